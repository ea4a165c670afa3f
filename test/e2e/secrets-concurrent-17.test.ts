import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, runCli, spawnCli, useTempCartridge } from '../helpers/cli.js';

/**
 * m17 (stranger S26 H4): forget means forget when processes write at once. Eight `fazt ask`
 * processes replace one secret together; each replaced value is scrubbed, including from turns a
 * process stored after another process's scrub, and the final forget leaves none of them in the
 * cartridge's bytes (the file and its WAL).
 */
describe('replaced and forgotten secrets leave no copy when processes write at once', () => {
  const cart = useTempCartridge();

  /** Every byte of the cartridge's files (the database, its WAL and journal), as text. */
  const bytes = () =>
    readdirSync(cart().dir)
      .filter((name) => name.startsWith('fazt.db'))
      .map((name) => readFileSync(join(cart().dir, name)).toString('latin1'))
      .join('\n');
  const said = (value: string) => new RegExp(`(?<!\\d)${value}(?!\\d)`).test(bytes());

  it('eight parallel replacements, then a forget', { timeout: 300_000 }, async () => {
    const on = { cartridge: cart().path, timeoutMs: 240_000 };
    expect((await runCli(['ask', 'remember my vault pin is 100000'], on)).code).toBe(0);
    const values = Array.from({ length: 8 }, (_, index) => `20000${index + 1}`);
    const runs = await Promise.all(
      values.map((value) => collect(spawnCli(['ask', `remember my vault pin is ${value}`], on), 240_000)),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const answer = (await runCli(['ask', 'what is my vault pin?'], on)).stdout;
    const current = values.find((value) => answer.includes(value));
    expect(current, answer).toBeDefined();
    expect(said('100000')).toBe(false);
    for (const value of values) if (value !== current) expect(said(value), value).toBe(false);
    expect((await runCli(['ask', '--yes', 'forget my vault pin'], on)).code).toBe(0);
    for (const value of values) expect(said(value), value).toBe(false);
  });
});
