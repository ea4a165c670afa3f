import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCartridge } from '../../cartridge/open.js';
import { createDefaultRegistry } from '../../tools/index.js';
import { ChatEngine } from './engine.js';

/** A real engine over a fresh cartridge in a temp directory (offline planner unless told). */
export async function tempEngine(model = 'offline') {
  const dir = mkdtempSync(join(tmpdir(), 'fazt-chat-'));
  const cartridge = openCartridge(join(dir, 'fazt.db'));
  const engine = await ChatEngine.create({ cartridge, registry: createDefaultRegistry(), model, env: {} });
  return {
    engine,
    cartridge,
    close() {
      cartridge.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` passes (polling every 10 ms, 30 s at most: the machine may be busy), then returns its value. */
export async function eventually<T>(check: () => T, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
