import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/** What `fazt knowledge` says, word for word (issue 10, S6: "1 files", "what is the?" answered). */
describe('fazt knowledge wording (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-words-');
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[]) => runCli(args, { cartridge: cart.path });

  it('agrees counts with their nouns: one file, one chunk, one collection file; many files', async () => {
    const dir = join(cart.dir, 'garden');
    mkdirSync(dir);
    writeFileSync(join(dir, 'roses.md'), '# Roses\n\nPrune the roses in March.\n');
    writeFileSync(join(dir, 'tulips.md'), '# Tulips\n\nPlant the bulbs in October.\n');
    expect((await cli(['learn', join(dir, 'roses.md'), '--collection', 'one'])).stdout).toMatch(
      /^Learned 1 file: 1 new, .*; 1 chunk written\./,
    );
    expect((await cli(['learn', dir])).stdout).toMatch(/^Learned 2 files: 2 new, .*; 2 chunks written\./);
    const one = await cli(['knowledge', 'list', '--collection', 'one']);
    expect(one.stdout).toContain('1 learned file:\n');
    expect(one.stdout).toContain('roses.md (markdown, 1 chunk)');
    expect(one.stdout).toContain('Collections: default (2 files, offline), one (1 file, offline)');
    expect(one.stdout).not.toMatch(/\b1 (files|chunks|passages)\b/);
    const past = await cli(['knowledge', 'list', '--collection', 'one', '--offset', '5']);
    expect(past.stdout).toMatch(/^1 learned file; none past 5/);
    expect((await cli(['knowledge', 'search', 'roses'])).stdout).toMatch(/^Found 1 passage/);
  }, 120_000);

  it('asks back (exit 3) when a question has no word to look for, in fazt knowledge ask and fazt ask', async () => {
    const dir = join(cart.dir, 'shed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'tools.md'), '# Tools\n\nThe spade hangs on the left wall.\n');
    await cli(['learn', dir]);
    for (const question of ['what is the?', 'who is it?', 'what about those?']) {
      const asked = await cli(['knowledge', 'ask', question]);
      expect(asked.code, question).toBe(3);
      expect(asked.stdout, question).toMatch(/^What would you like to know from your documents\?/);
      expect(asked.stdout, question).not.toMatch(/I don't know/);
    }
    const routed = await cli(['ask', 'what do my documents say about the?']);
    expect(routed.code).toBe(3);
    expect(routed.stdout).toMatch(/What would you like to know/);
    // A real question is still answered, exit 0.
    const real = await cli(['knowledge', 'ask', 'where does the spade hang?']);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('The spade hangs on the left wall. (tools.md:3)');
  }, 120_000);
});
