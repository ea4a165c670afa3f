import { delimiter } from 'node:path';
import { UsageError } from '../cartridge/errors.js';
import { createDefaultRegistry, type Registry } from '../tools/index.js';

/**
 * The registry a command works with, built when the command runs: the built-in capabilities,
 * plus the capability modules listed (absolute paths, separated by `:`) in
 * `FAZT_EXTRA_CAPABILITIES`. That variable is a test hook until skills arrive; a module that
 * would shadow a tool or reuse an event type is refused with the registry's message.
 */
export async function commandRegistry(env: NodeJS.ProcessEnv = process.env): Promise<Registry> {
  const registry = createDefaultRegistry();
  const extra = env.FAZT_EXTRA_CAPABILITIES?.split(delimiter).filter(Boolean) ?? [];
  if (extra.length === 0) return registry;
  const { loadCapabilityModule } = await import('../tools/load-capability.js');
  for (const path of extra) {
    const capability = await loadCapabilityModule(path);
    try {
      registry.addCapability(capability);
    } catch (error) {
      throw new UsageError(`Cannot add the capability from ${path}: ${(error as Error).message}`, {
        code: 'capability_refused',
        cause: error,
      });
    }
  }
  return registry;
}
