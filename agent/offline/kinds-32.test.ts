import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * Stranger s47 (a Polish–Nigerian household; issue 7 item 2): a question asking who lives
 * somewhere, where someone lives, when or how much is never answered by a kept fact of another
 * kind that merely shares a name word (a fee is no person, a pension no place, an age or a name no
 * birthday); the documents answer instead. And a document line that merely mentions a name is no
 * contradiction of what is kept.
 */
const NOTES = `House notes
Babcia and Dziadek (Halina and Tadeusz Kowalski) live at ul. Długa 14, Kraków. Their phone: +48 12 421 55 90.
Grandpa Emeka Okafor lives in Surulere, Lagos. Phone: +234 803 555 0199.
`;
const TRAVEL = `# Booking confirmation KLM
Passengers: Chidi Okafor, Oluwaseun Okafor-Kowalska
Hotel in Lagos: none — staying with Grandpa Emeka in Surulere.
`;
const SCHOOL = `Basisschool De Regenboog — Letter to parents of group 6
Dear parents of Zuzanna Okafor-Kowalska,
The school trip to Diergaarde Blijdorp zoo will take place on Thursday 16 April 2027.
`;

async function world(facts: readonly (readonly [string, string])[], documents = true) {
  const { ask, remember } = offlineWorld();
  if (documents) {
    const dir = testDir('fazt-kinds-32-');
    writeFileSync(join(dir, 'notes.txt'), NOTES);
    writeFileSync(join(dir, 'travel.md'), TRAVEL);
    writeFileSync(join(dir, 'school-letter.txt'), SCHOOL);
    await ask(`learn ${dir}`);
  }
  await remember(facts);
  return ask;
}

describe('a kept fact of another kind than asked never answers', () => {
  it('who lives somewhere: a fee or a pass is no person; the documents answer', async () => {
    const ask = await world([
      ['Kraków parking fee', 'zł 120'],
      ['Łódź tram pass', 'zł 99'],
    ]);
    const krakow = (await ask('who lives in Kraków?')).answer;
    expect(krakow).not.toContain('zł 120');
    expect(krakow).toContain('ul. Długa 14, Kraków');
    for (const question of ['who lives in Łódź?', 'who lives in Krakow?']) {
      const { answer } = await ask(question);
      expect(answer, question).not.toMatch(/zł (?:120|99)/u);
    }
  });

  it('where someone lives: a pension or a birthday is no place; the documents answer', async () => {
    const ask = await world([
      ["Grandpa Emeka's pension", '₦5,000 a week'],
      ["Babcia Halina's birthday", '3 May 1950'],
    ]);
    const emeka = (await ask('where does Grandpa Emeka live?')).answer;
    expect(emeka).not.toMatch(/^Your grandpa Emeka's pension/u);
    expect(emeka).toContain('Surulere');
    const halina = (await ask('where does Babcia Halina live?')).answer;
    expect(halina).not.toMatch(/^Babcia Halina's birthday is/u);
  });

  it('when: a birthday answers, never an age, a name or an amount', async () => {
    const ask = await world(
      [
        ['daughter', 'Zuzanna'],
        ["daughter Zuzanna's age", '9'],
        ["Zuzanna's birthday", '14 March 2017'],
        ['Kraków parking fee', 'zł 120'],
      ],
      false,
    );
    for (const question of [
      'when was Zuzanna born?',
      'when was my daughter born?',
      'When was Zuzanna born',
    ]) {
      const { answer } = await ask(question);
      expect(answer, question).toContain('14 March 2017');
      expect(answer, question).not.toContain('Two remembered facts');
    }
    // A near fact may be named as "about something else", never said as the answer.
    expect((await ask('when is the Kraków parking fee due?')).answer).not.toMatch(
      /^Your Kraków parking fee is/u,
    );
  });

  it('still answers a fact of the kind asked (must-not guards)', async () => {
    const ask = await world(
      [
        ["Grandpa Emeka's pension", '₦5,000 a week'],
        ['Kraków parking fee', 'zł 120'],
        ["Babcia's home", 'Kraków'],
        ['car', 'parked on level 3'],
        ["daughter Zuzanna's age", '9'],
      ],
      false,
    );
    expect((await ask("how much is Grandpa Emeka's pension?")).answer).toContain('₦5,000 a week');
    expect((await ask('how much is the Kraków parking fee?')).answer).toContain('zł 120');
    expect((await ask('where does Babcia live?')).answer).toContain('Kraków');
    expect((await ask('where did I park?')).answer).toContain('level 3');
    expect((await ask('how old is Zuzanna?')).answer).toContain('9');
  });
});

describe('a document line that merely mentions a name does not differ', () => {
  it('who is Chidi / Zuzanna, Grandpa Emeka’s pension: no "say otherwise"', async () => {
    const ask = await world([
      ['husband', 'Chidi'],
      ['daughter', 'Zuzanna'],
      ["Grandpa Emeka's pension", '₦5,000 a week'],
    ]);
    for (const [question, said] of [
      ['who is Chidi?', 'Chidi is your husband'],
      ['who is Zuzanna?', 'Zuzanna is your daughter'],
      ["what is Grandpa Emeka's pension?", '₦5,000 a week'],
      ["how much is Grandpa Emeka's pension?", '₦5,000 a week'],
    ] as const) {
      const { answer } = await ask(question);
      expect(answer, question).toContain(said);
      expect(answer, question).not.toContain('say otherwise');
    }
  });
});
