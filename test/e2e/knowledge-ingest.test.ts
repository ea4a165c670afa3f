import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';

interface Summary {
  new: number;
  changed: number;
  unchanged: number;
  removed: number;
  skipped: number;
  skippedReasons: Record<string, number>;
  skippedFiles: { path: string; reason: string }[];
  chunks: number;
  warnings: string[];
}

/** What a stranger found learning odd folders from outside (issue 10), as the real CLI sees it. */
describe('fazt learn on odd files (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-ingest-');
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[], cwd?: string) =>
    runCli(args, { cartridge: cart.path, ...(cwd ? { cwd } : {}) });
  const learnJson = (path: string) =>
    runCliJson<Summary>(['learn', path, '--json'], { cartridge: cart.path });

  it('learns a folder of one repetitive log the first time (few distinct terms, idf 0 terms) and answers from it', async () => {
    const dir = join(cart.dir, 'logs');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'server.log'),
      Array.from({ length: 400 }, (_, i) => `2026-11-0${1 + (i % 9)} INFO request served ok\n`).join(''),
    );
    const first = await cli(['learn', dir]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Learned 1 file: 1 new/);
    const again = await cli(['learn', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 unchanged/);
    const found = await cli(['knowledge', 'search', 'served']);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/server\.log/);
  });
});
