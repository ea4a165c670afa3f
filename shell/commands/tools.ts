import { FaztError } from '../../cartridge/errors.js';
import { openCartridge } from '../../cartridge/open.js';
import { resolveCartridgePath } from '../../cartridge/paths.js';
import { loadSkills } from '../../skills/load.js';
import { toolCatalogue } from '../../tools/catalogue.js';
import { createExecutor, type Registry } from '../../tools/index.js';
import { printJson, printText } from '../output.js';
import { commandRegistry } from '../registry.js';
import type { GlobalOptions } from '../runtime.js';
import { flagName } from '../tool-arguments.js';

/** The built-in tools, and the enabled skills' tools when the cartridge exists (never created here). */
async function registryWithSkills(globals: GlobalOptions): Promise<Registry> {
  const registry = await commandRegistry();
  let cartridge: ReturnType<typeof openCartridge>;
  try {
    cartridge = openCartridge(resolveCartridgePath(globals.cartridge), { mustExist: true });
  } catch (error) {
    if (FaztError.isInstance(error) && error.code === 'cartridge_missing') return registry;
    throw error;
  }
  try {
    const executor = createExecutor({ cartridge, registry });
    loadSkills(registry, { cartridge, executor: () => executor });
  } finally {
    cartridge.close();
  }
  return registry;
}

/**
 * `fazt tools [--json]`: the catalogue, straight from the registry: the built-in tools and those
 * of enabled skills (a cartridge is never created for this). Text: one tool a line with its risk
 * and the flags `fazt run` takes for it.
 */
export async function toolsCommand(globals: GlobalOptions, options: { json?: boolean }): Promise<void> {
  const catalogue = toolCatalogue(await registryWithSkills(globals));
  if (options.json) {
    printJson(
      catalogue.map(({ name, title, description, risk, inputSchema }) => ({
        name,
        title,
        description,
        risk,
        inputSchema,
      })),
    );
    return;
  }
  const width = Math.max(...catalogue.map((tool) => tool.name.length));
  for (const tool of catalogue) {
    const fields = Object.keys((tool.inputSchema.properties as Record<string, unknown> | undefined) ?? {});
    printText(
      `${tool.name.padEnd(width)}  ${tool.risk.padEnd(11)}  ${tool.title}${fields.length ? ` (${fields.map((field) => `--${flagName(field)}`).join(' ')})` : ''}\n`,
    );
  }
}
