import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { onlyMood } from './offline.js';

/**
 * Stranger s48 (issue 7: chatter never written): "my sister is lovely" kept sister = "lovely" (an
 * adjective ending in "-ly" was read as a softener), and opinions of a person ("generous", "the
 * sweetest", "a lovely person", "the best mum ever") were kept as who they are. A name is kept,
 * capitalised "Lovely" too (a name people have); so is what a person is ("a nurse", "the eldest").
 */
describe('an opinion of a person is chatter, a name is kept', () => {
  it('an "-ly" word of the mood lists is a mood, never a softener', () => {
    for (const value of ['lovely', 'so lovely', 'very friendly', 'silly', 'lonely', 'chilly today'])
      expect(onlyMood(value), value).toBe(true);
    for (const value of ['Lovely', 'Lily', 'lily', 'going badly', 'really'])
      expect(onlyMood(value), value).toBe(value === 'going badly');
  });

  it.each([
    'my sister is lovely',
    'my sister is so lovely',
    'my brother is very friendly',
    'my husband is silly',
    'my sister is generous',
    'my dad is stubborn',
    'my sister is the sweetest',
    'my mum is the best mum ever',
    'my boss is a lovely person',
    'my wife is a nice guy',
  ])('"%s" keeps nothing', async (sentence) => {
    const { ask, facts } = offlineWorld();
    const { names } = await ask(sentence);
    expect(names).not.toContain('memory_remember');
    expect(facts()).toEqual([]);
  });

  it('"who is my sister?" after "my sister is lovely" does not say "lovely"', async () => {
    const { ask } = offlineWorld();
    await ask('my sister is lovely');
    expect((await ask('who is my sister?')).answer).not.toContain('lovely');
  });

  it.each([
    ['my sister is Ana', 'Ana'],
    ['my sister is Lovely', 'Lovely'],
    ['my sister is Lily', 'Lily'],
    ['my sister is a nurse', 'a nurse'],
    ['my sister is the eldest', 'the eldest'],
    ['my sister is a lovely nurse', 'a lovely nurse'],
  ])('"%s" is kept', async (sentence, value) => {
    const { ask, facts } = offlineWorld();
    await ask(sentence);
    expect(facts()).toEqual([['sister', value]]);
  });

  it('said after "remember", an opinion is kept: the person asked', async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember that my sister is lovely');
    expect(facts()).toEqual([['sister', 'lovely']]);
  });
});
