import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/** S41: notes.md was left out for its Wi-Fi line, and "I don't know" never said so; k29: only its secret lines are. */
describe('an "I don\'t know" says which files learn left out as secret-holding (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-secrets-26-');
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[]) => runCli(args, { cartridge: cart.path });

  it('fazt ask, fazt knowledge ask and knowledge list name notes.md until it is learned', async () => {
    const dir = join(cart.dir, 'docs');
    mkdirSync(dir);
    const notes = join(dir, 'notes.md');
    writeFileSync(
      notes,
      "# Misc notes\n\n## Home\n\nWi-Fi network: LARKSPUR-HUB5 password: tangerine-Owl-7731\nFront door keypad PIN 5820\n\n## People\n\nLandlord's phone: Margaret Ellison 07700 900456\n\n## To do\n\n- Renew passport (expires 3 August 2026)\n",
    );
    writeFileSync(join(dir, 'lease.md'), '# Lease\n\nThe rent is 900 pounds a month.\n');
    // k29: notes.md is learned without its Wi-Fi and PIN lines, not left out whole.
    expect((await cli(['learn', dir])).stdout).toContain(
      'Withheld 2 lines that look like they hold passwords (notes.md lines 5, 6), and learned the rest.',
    );
    const line = `Not searched: 2 lines of notes.md were withheld when learned because they look like they hold passwords; \`fazt learn --include-secrets ${notes}\` learns them.`;

    // The rest of the file answers.
    const passport = await cli(['ask', 'when does my passport expire?']);
    expect(passport.code).toBe(0);
    expect(passport.stdout).toContain('3 August 2026');
    expect(passport.stdout).not.toContain('Not searched');
    const knowledge = await cli(['knowledge', 'ask', "what's the landlord's phone number?"]);
    expect(knowledge.stdout).toContain('07700 900456');
    // A lookup that found nothing, then the documents ("… they do not say.").
    const wifi = await cli(['ask', "what's the wifi password?"]);
    expect(wifi.stdout).toContain(`they do not say.\n${line}`);
    expect(wifi.stdout).not.toContain('tangerine');
    // An answer found says nothing of it.
    const rent = await cli(['ask', 'how much is the rent?']);
    expect(rent.stdout).toContain('900 pounds');
    expect(rent.stdout).not.toContain('Not searched');

    const listed = await runCliJson<{ skippedSecrets: unknown[] }>(['knowledge', 'list', '--json'], {
      cartridge: cart.path,
    });
    expect(listed.skippedSecrets).toEqual([{ path: notes, kind: 'passwords', line: 5, withheld: 2 }]);
    expect((await cli(['knowledge', 'list'])).stdout).toContain(
      `Learned without the lines that look like they hold secrets: ${notes} (passwords, 2 lines from line 5).`,
    );

    // Learned on purpose (the file unchanged): answered, and no longer said to be withheld.
    expect((await cli(['learn', '--include-secrets', notes])).code).toBe(0);
    const after = await cli(['knowledge', 'ask', "what's the wifi password?"]);
    expect(after.stdout).toContain('tangerine-Owl-7731');
    expect(after.stdout).not.toContain('Not searched');
    expect(
      (
        await runCliJson<{ skippedSecrets: unknown[] }>(['knowledge', 'list', '--json'], {
          cartridge: cart.path,
        })
      ).skippedSecrets,
    ).toEqual([]);
  });
});
