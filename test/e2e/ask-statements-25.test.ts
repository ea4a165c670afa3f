import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

/**
 * m25 (S39 A7, A10–A13): through the real CLI, plain statements about the person's people are kept
 * and found again, and a pronoun in a `-c` follow-up is the person the turn before was about.
 */
describe('statements about people and pronoun follow-ups, as strangers typed them', () => {
  const cart = useTempCartridge();
  const ask = async (...args: string[]) => runCli(['ask', ...args], { cartridge: cart().path });

  it('keeps each and answers the questions about them', { timeout: 240_000 }, async () => {
    await ask('my wife is Priya and her phone is 07700 900111');
    const followed = await ask('-c', 'and her birthday is 14 March');
    expect(followed.stdout).not.toContain('my and her');
    expect(followed.stdout).toContain('Remembered');
    expect((await ask("when is my wife's birthday?")).stdout).toContain('14 March');
    await ask('My mum is Helen and she lives at 12 Oak Lane');
    expect((await ask('where does my mum live?')).stdout).toContain('12 Oak Lane');
    await ask('Mia is allergic to peanuts');
    expect((await ask('what is Mia allergic to?')).stdout).toContain('peanuts');
    await ask('I live at 5 Elm Street');
    expect((await ask('where do I live?')).stdout).toContain('5 Elm Street');
  });
});
