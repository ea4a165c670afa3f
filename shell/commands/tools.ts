import { toolCatalogue } from '../../tools/catalogue.js';
import { printJson, printText } from '../output.js';
import { commandRegistry } from '../registry.js';
import type { GlobalOptions } from '../runtime.js';
import { flagName } from '../tool-arguments.js';

/**
 * `fazt tools [--json]`: the catalogue, straight from the registry (no cartridge needed). Text:
 * one tool a line with its risk and the flags `fazt run` takes for it.
 */
export async function toolsCommand(_globals: GlobalOptions, options: { json?: boolean }): Promise<void> {
  const catalogue = toolCatalogue(await commandRegistry());
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
