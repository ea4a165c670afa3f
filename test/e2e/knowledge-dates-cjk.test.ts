import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_CSV, AGENDA_NOTES } from '../fixtures/papers.js';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/**
 * Dates written differently in question and document, and Chinese and Japanese questions, asked
 * through the real CLI (issue 10, stranger round 7): the answer quotes the row or sentence with
 * its file and line, and a date or thing no document states is "I don't know" (exit 0).
 */
describe('knowledge ask: dates and CJK questions (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-dates-');
    writeFileSync(join(cart.dir, 'agenda.csv'), AGENDA_CSV);
    writeFileSync(join(cart.dir, 'notes.md'), AGENDA_NOTES);
    writeFileSync(join(cart.dir, 'coffee.txt'), '咖啡豆每公斤120元。\n');
    writeFileSync(join(cart.dir, 'breakfast.txt'), '朝ごはんはパンを食べます。\n');
    const learned = await runCli(['learn', cart.dir, '--yes'], { cartridge: cart.path });
    if (learned.code !== 0) throw new Error(learned.stderr);
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const ask = (question: string) => runCli(['knowledge', 'ask', question], { cartridge: cart.path });

  it('answers a date however the question writes it, and knows a date no document states', async () => {
    for (const question of [
      'when is the dentist in March?',
      'what do I have on March 14th?',
      'what is on 14/03?',
    ]) {
      const answer = await ask(question);
      expect(answer.code, question).toBe(0);
      expect(answer.stdout, question).toContain(
        'date: 2026-03-14, what: dentist, where: Dr Ruiz (agenda.csv:2)',
      );
    }
    const vet = await ask('when is the vet on 2026-03-20?');
    expect(vet.stdout).toBe('The vet visit is March 20 at the Oak clinic. (notes.md:5)\n');
    const none = await ask("what's on 15 March?");
    expect(none.code).toBe(0);
    expect(none.stdout).toBe("I don't know: nothing I found in your documents is dated 15 March.\n");
  }, 120_000);

  it('answers Chinese and Japanese questions without requiring their question words', async () => {
    const coffee = await ask('咖啡豆多少钱?');
    expect(coffee.code).toBe(0);
    expect(coffee.stdout).toBe('咖啡豆每公斤120元。 (coffee.txt:1)\n');
    expect((await ask('朝ごはんは何を食べる?')).stdout).toBe(
      '朝ごはんはパンを食べます。 (breakfast.txt:1)\n',
    );
    const tea = await ask('茶叶多少钱?');
    expect(tea.code).toBe(0);
    expect(tea.stdout).toMatch(/^I don't know/);
  }, 120_000);
});
