import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, useDocumentsCli } from '../helpers/cli.js';

/** Answers in other words, a bare "contract", foreign kinds and Korean dates, through the real CLI (issue 7, S11). */
describe('fazt knowledge ask and fazt ask answer in other words (real CLI)', () => {
  const cart = useDocumentsCli('fazt-knowledge-words11-', {
    'lease.md':
      '# Tenancy agreement\n\nThe tenancy starts on 1 March 2026 for a fixed term of 12 months.\nPets are allowed with written consent.\n',
    'soup.md': '# Tomato soup\n\nServes 4.\n',
    'club.md': '# Tennis club\n\nAdults pay £120 a year. Juniors play free.\n',
    'ko.md': '# 일정\n\n4월 2일에 치과 예약이 있어요.\n5월 10일에 회의가 있어요.\n',
    'miete.md': '# Mietvertrag\n\nDie Miete beträgt 980 Euro im Monat.\nDer Schlüssel liegt im Keller.\n',
  });
  beforeAll(async () => {
    await runCli(['learn', cart.dir], { cartridge: cart.path });
  }, 120_000);
  const cli = (args: string[]) => runCli(args, { cartridge: cart.path });

  it('quotes a start and term for an end, and says the end is computed', async () => {
    const asked = await cli(['knowledge', 'ask', 'when does the lease end?']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('for a fixed term of 12 months');
    expect(asked.stdout).toContain('Computed, not stated in the document');
    const routed = await cli(['ask', 'when does the lease end?']);
    expect(routed.stdout).toContain('1 March 2027');
  }, 120_000);

  it('serves, free, a bare contract, German and Korean', async () => {
    expect((await cli(['knowledge', 'ask', 'how many people does the soup serve?'])).stdout).toContain(
      'Serves 4.',
    );
    expect((await cli(['knowledge', 'ask', 'how much do juniors pay?'])).stdout).toContain(
      'Juniors play free.',
    );
    expect((await cli(['ask', 'what does my contract say about pets?'])).stdout).toContain('written consent');
    expect((await cli(['knowledge', 'ask', 'was kostet die Miete?'])).stdout).toContain('980 Euro');
    const korean = await cli(['ask', '4월 2일에 뭐가 있어요?']);
    expect(korean.stdout).toContain('치과');
    expect(korean.stdout).not.toContain('회의');
    // One word shared, no answer: never a wrong quote.
    const none = await cli(['knowledge', 'ask', 'how much does the soup cost?']);
    expect(none.stdout).toMatch(/I don't know/);
    expect(none.stdout).not.toContain('Serves');
  }, 120_000);
});
