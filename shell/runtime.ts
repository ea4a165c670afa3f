import type { Caller } from '../cartridge/audit.js';
import { type Cartridge, openCartridge } from '../cartridge/open.js';
import { resolveCartridgePath } from '../cartridge/paths.js';
import { loadSkills } from '../skills/load.js';
import { createExecutor, type Executor, type Registry } from '../tools/index.js';
import { commandRegistry } from './registry.js';

/** Options every command inherits from the root program. */
export interface GlobalOptions {
  cartridge?: string;
}

export interface RuntimeOptions {
  /**
   * The command only reads (status, lists, searches): a missing cartridge is said ("No cartridge
   * at … yet", code `cartridge_missing`) instead of created, and no folder is made for it.
   */
  readOnly?: boolean;
}

/** What a command works with: the open cartridge, the registry, and the one executor. */
export interface Runtime {
  cartridge: Cartridge;
  registry: Registry;
  executor: Executor;
  caller: Caller;
}

/**
 * How long a write waits for another process's lock: `FAZT_LOCK_TIMEOUT_MS` (whole ms), else the
 * cartridge default (15 s). Reads never wait for it.
 */
function lockWait(): { busyTimeoutMs?: number } {
  const value = Number(process.env.FAZT_LOCK_TIMEOUT_MS);
  return Number.isInteger(value) && value >= 0 ? { busyTimeoutMs: value } : {};
}

/**
 * Opens the cartridge named by the global options (or the default) with the command's registry
 * and the enabled skills (one query; a skill's sandbox starts only when one of its tools runs).
 */
export async function openRuntime(
  options: GlobalOptions,
  caller: Caller = { kind: 'person', id: 'cli' },
  { readOnly = false }: RuntimeOptions = {},
): Promise<Runtime> {
  const registry = await commandRegistry();
  const cartridge = openCartridge(resolveCartridgePath(options.cartridge), {
    ...lockWait(),
    mustExist: readOnly,
  });
  const executor = createExecutor({ cartridge, registry });
  const { problems } = loadSkills(registry, { cartridge, executor: () => executor });
  for (const problem of problems) process.stderr.write(`fazt: ${problem}\n`);
  return { cartridge, registry, executor, caller };
}

/** Runs `fn` with a runtime and always closes the cartridge afterwards. */
export async function withRuntime<T>(
  options: GlobalOptions,
  fn: (runtime: Runtime) => Promise<T> | T,
  runtimeOptions: RuntimeOptions = {},
): Promise<T> {
  const runtime = await openRuntime(options, undefined, runtimeOptions);
  try {
    return await fn(runtime);
  } finally {
    runtime.cartridge.close();
  }
}
