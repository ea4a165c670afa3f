import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { acknowledgement } from './acks.js';

/** S47: thanks and greetings in a household's other languages were "not understood". */
describe('thanks and greetings in other languages', () => {
  const thanks = [
    'dziękuję bardzo',
    'dzięki!',
    'dank je wel!',
    'bedankt',
    'merci beaucoup',
    'danke schön',
    'vielen Dank!',
    'muchas gracias',
    'grazie mille',
    'obrigada',
    'teşekkürler',
    'спасибо',
    'tack så mycket',
    'ありがとうございます！',
    '谢谢',
    '감사합니다',
    'asante sana',
    'na gode',
    'ok merci',
  ];
  for (const said of thanks)
    it(`"${said}" is thanks`, () => {
      expect(acknowledgement(said)).toBe("You're welcome. I kept nothing new.");
    });

  const hellos = [
    'cześć',
    'dzień dobry',
    'merhaba',
    'bonjour fazt',
    'hola!',
    'goedemorgen',
    'guten Morgen',
    'こんにちは',
  ];
  for (const said of hellos)
    it(`"${said}" is a greeting`, () => {
      expect(acknowledgement(said)).toMatch(/^Hello! I remember facts/);
    });

  it('a thanks word inside a sentence is no thanks', () => {
    for (const said of ['merci is my cat', 'tack is the dog', 'grazie to Luca for the tip'])
      expect(acknowledgement(said)).toBe(undefined);
  });

  it('the planner keeps nothing from them', async () => {
    const { ask, facts } = offlineWorld();
    for (const said of ['dziękuję bardzo', 'dank je wel!', 'cześć']) {
      const { answer } = await ask(said);
      expect(answer).not.toMatch(/did not understand/);
    }
    expect(facts()).toEqual([]);
  });
});
