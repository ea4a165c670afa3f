import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller } from '../cartridge/audit.js';
import { type Cartridge, openCartridge } from '../cartridge/open.js';
import { resolveCartridgePath } from '../cartridge/paths.js';
import { loadSkills } from '../skills/load.js';
import { needsConsent } from '../tools/approval.js';
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
  /**
   * The command may write, but only through a tool that writes (`ask`, `config get`, `models`):
   * on a missing cartridge, tools that only read run against an empty scratch cartridge in the
   * temp folder (removed on close), and the real cartridge is created only when a tool whose risk
   * is not `read` is about to run. Until then `stored()` is false and nothing exists at the path.
   */
  lazy?: boolean;
}

/** What a command works with: the open cartridge, the registry, and the one executor. */
export interface Runtime {
  cartridge: Cartridge;
  registry: Registry;
  executor: Executor;
  caller: Caller;
  /** Whether `cartridge` is the real file (false while a lazy runtime answers from scratch). */
  stored(): boolean;
  /** Closes the cartridge (and removes a lazy runtime's scratch cartridge). */
  close(): void;
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
  { readOnly = false, lazy = false }: RuntimeOptions = {},
): Promise<Runtime> {
  const registry = await commandRegistry();
  const path = resolveCartridgePath(options.cartridge);
  if (lazy && !existsSync(path)) return scratchRuntime(path, registry, caller);
  const cartridge = openCartridge(path, { ...lockWait(), mustExist: readOnly });
  const executor = createExecutor({ cartridge, registry });
  const { problems } = loadSkills(registry, { cartridge, executor: () => executor });
  for (const problem of problems) process.stderr.write(`fazt: ${problem}\n`);
  return { cartridge, registry, executor, caller, stored: () => true, close: () => cartridge.close() };
}

/**
 * The runtime of a lazy command on a missing cartridge at `path`: an empty scratch cartridge
 * (answering with the defaults and nothing stored) until the first call of a tool that is not
 * read-only (and, if destructive, approved) creates the real one, which then serves every later
 * call. A new cartridge holds no
 * skills, so none are loaded.
 */
function scratchRuntime(path: string, registry: Registry, caller: Caller): Runtime {
  const folder = mkdtempSync(join(tmpdir(), 'fazt-scratch-'));
  let scratch: Cartridge;
  try {
    scratch = openCartridge(join(folder, 'scratch.db'), { ...lockWait(), standsFor: path });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const scratchExecutor = createExecutor({ cartridge: scratch, registry });
  let real: { cartridge: Cartridge; executor: Executor } | undefined;
  const current = () => real ?? { cartridge: scratch, executor: scratchExecutor };
  const executor: Executor = {
    registry,
    get cartridge() {
      return current().cartridge;
    },
    execute(name, input, options) {
      const tool = registry.get(name);
      // A destructive call not approved is refused before it runs: the scratch one says so.
      const writes =
        tool && tool.risk !== 'read' && (!needsConsent(tool, input) || options.approved === true);
      if (!real && writes) {
        const cartridge = openCartridge(path, lockWait());
        real = { cartridge, executor: createExecutor({ cartridge, registry }) };
      }
      return current().executor.execute(name, input, options);
    },
  };
  return {
    get cartridge() {
      return current().cartridge;
    },
    registry,
    executor,
    caller,
    stored: () => real !== undefined,
    close() {
      real?.cartridge.close();
      scratch.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
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
    runtime.close();
  }
}
