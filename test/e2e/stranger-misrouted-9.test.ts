import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

/**
 * Issue 7, stranger 11 (ninth round), through the real, built CLI: requests that were answered as
 * something else. Six CLI runs in all.
 */
describe('stranger 11: misrouted requests (CLI)', { timeout: 90_000 }, () => {
  const cart = useTempCartridge();
  const ask = (text: string, ...flags: string[]) =>
    runCli(['ask', text, ...flags], { cartridge: cart().path });

  it('"when did I change my locker?" says when, and the fact', async () => {
    expect((await ask('my locker is 51')).code).toBe(0);
    const when = await ask('when did I change my locker?');
    expect(when.stdout).toMatch(
      /^You told me your locker on \d+ \w{3} \d{4} at \d\d:\d\d and have not changed it since\. Your locker is 51\.\n$/,
    );
    expect(when.code).toBe(0);
  });

  it('"publish <path>" deploys the folder under its own name; "👍" is acknowledged', async () => {
    const folder = join(cart().dir, 'garden-site');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'index.html'), '<h1>garden</h1>');
    const published = await ask(`publish ${folder}`);
    expect(published.stdout).toMatch(/^Deployed garden-site version 1 \(1 file\), private/);
    expect(published.code).toBe(0);
    const thumbs = await ask('👍');
    expect(thumbs.stdout).toBe('Okay. I kept nothing new.\n');
    expect(thumbs.code).toBe(0);
  });

  it('"--yes delete the last note" with no notes says so, names no tool, exit 2', async () => {
    const none = await ask('delete the last note', '--yes');
    expect(none.stdout).toBe('You have no notes, so there is nothing to delete.\n');
    expect(none.code).toBe(2);
  });
});
