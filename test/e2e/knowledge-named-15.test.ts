import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/**
 * Stranger round 15, item 7: "what do my contracts say about notice?" asks the files called
 * contract(s), however the name is written ("the contracts", "contract files", a hyphen or an
 * underscore inside "employment-contract.md"), not every document that says "notice".
 */
describe('documents asked by a name in the question (real CLI)', () => {
  let cart: TempCartridge;
  let docs: string;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-named-');
    docs = join(cart.dir, 'docs');
    mkdirSync(join(docs, 'contracts'), { recursive: true });
    writeFileSync(
      join(docs, 'contracts', 'employment-contract.md'),
      '# Employment contract\n\nThe notice period is three months on either side.\n',
    );
    writeFileSync(join(docs, 'phone_contract.md'), '# Phone plan\n\nCancel with 30 days notice.\n');
    writeFileSync(
      join(docs, 'newsletter.md'),
      '# Club newsletter\n\nPlease give notice of holiday plans to the committee.\nNotice boards are in the hall.\n',
    );
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[]) =>
    runCli(args, { cartridge: cart.path, cwd: cart.dir, env: { HOME: join(cart.dir, 'home') } });

  it('reads the contracts, never the newsletter', async () => {
    const learned = await cli(['learn', docs, '--yes']);
    expect(learned.code, learned.stderr).toBe(0);
    for (const question of [
      'what do my contracts say about notice?',
      'what do the contracts say about notice?',
      'what do my contract files say about notice?',
    ]) {
      const { code, stdout } = await cli(['ask', question]);
      expect(code, question).toBe(0);
      expect(stdout, question).toContain(
        'The notice period is three months on either side. (employment-contract.md:3)',
      );
      expect(stdout, question).not.toContain('newsletter.md');
      expect(stdout, question).not.toMatch(/No learned folder or file is called/);
    }
    const phone = await cli(['ask', 'what do my phone contracts say about notice?']);
    expect(phone.stdout).toContain('Cancel with 30 days notice. (phone_contract.md:3)');
    expect(phone.stdout).not.toContain('newsletter.md');
  });
});
