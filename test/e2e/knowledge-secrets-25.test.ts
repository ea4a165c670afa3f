import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearnSummary } from '../../tools/knowledge/learn-documents.js';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/** S37 H7 and LOW: a passwords file learned without a word, and brought back after a forget. */
describe('fazt learn and files that look like they hold secrets (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-secrets-');
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[]) => runCli(args, { cartridge: cart.path });

  it('skips them unless --include-secrets, says so, and a forget says how to keep a file out', async () => {
    const dir = join(cart.dir, 'docs');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'passwords-private.txt'),
      'Home wifi\nWHITFIELD-5G password larch42-Sunflower!\nGuest password: Tulip#Garden\n',
    );
    writeFileSync(join(dir, 'lease.md'), '# Lease\n\nKeys are returned at the end of the lease.\n');
    writeFileSync(
      join(dir, 'manual.txt'),
      'Router manual\nTo reset the password in settings, open the admin page.\n',
    );

    const first = await cli(['learn', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Learned 2 files: 2 new');
    expect(first.stdout).toContain('skipped 1 (1 secrets)');
    expect(first.stdout).toContain(
      `Not learned, to keep secrets out of answers: passwords-private.txt looks like it holds passwords (its name). To learn it anyway, run \`fazt learn --include-secrets ${join(dir, 'passwords-private.txt')}\`.`,
    );
    const asked = await cli(['knowledge', 'ask', 'what is the WHITFIELD-5G password?']);
    expect(asked.stdout).not.toContain('larch42');

    const included = await runCliJson<LearnSummary>(['learn', dir, '--include-secrets', '--json'], {
      cartridge: cart.path,
    });
    expect(included.new).toBe(1);
    expect(included.skipped).toBe(0);
    expect((await cli(['knowledge', 'ask', 'what is the WHITFIELD-5G password?'])).stdout).toContain(
      'larch42-Sunflower!',
    );

    const forgot = await cli(['knowledge', 'forget', join(dir, 'lease.md'), '--yes']);
    expect(forgot.code).toBe(0);
    expect(forgot.stdout).toContain(
      `A later \`fazt learn ${dir}\` learns it again: to keep it out, add the line "lease.md" to ${dir}/.gitignore.`,
    );
    writeFileSync(join(dir, '.gitignore'), 'lease.md\n');
    const kept = await runCliJson<LearnSummary>(['learn', dir, '--json'], { cartridge: cart.path });
    expect(kept.new).toBe(0);
    expect(kept.skippedReasons).toEqual({ gitignored: 1 });
  });

  it('documents --include-secrets in the help', async () => {
    const help = await cli(['learn', '--help']);
    expect(help.stdout).toMatch(
      /--include-secrets\s+also learn the lines and files that look like they hold\s+passwords/,
    );
  });
});
