import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { NODE, ROOT } from './cli.js';

/** A real second process holding BEGIN IMMEDIATE on the cartridge until released. */
export async function holdLock(
  cartridge: string,
): Promise<{ child: ChildProcess; release(): Promise<void> }> {
  const child = spawn(NODE, [join(ROOT, 'test/e2e/fixtures/lock-holder.mjs'), cartridge], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  const saw = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => out.includes(word) && resolve();
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        check();
      });
      child.once('exit', () =>
        out.includes(word) ? resolve() : reject(new Error(`lock holder exited: ${out}`)),
      );
      check();
    });
  await saw('held');
  return {
    child,
    async release() {
      const released = saw('released');
      child.stdin?.end();
      await released;
    },
  };
}
