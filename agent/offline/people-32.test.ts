import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { livesAndTurned } from './household.js';

/**
 * Stranger s48 (a Korean–Brazilian household in Lisbon: Ji-woo 지우, João, Beatriz, Grandma
 * Soon-ja in Busan, Grandpa Raimundo in Recife): a name's relation ("João's father") is another
 * person, several "X lives in Y" joined by "and" are each kept, "who lives in Recife?" names every
 * home there, an introduction keeps each of its parts.
 */
describe('several "lives in" joined by "and" (s48)', () => {
  it.each([
    [
      'Grandma Soon-ja lives in Busan and Grandpa Raimundo lives in Recife',
      'my grandma is Soon-ja and lives in Busan and my grandpa is Raimundo and lives in Recife',
    ],
    [
      'my sister lives in Lyon and João’s father lives in São Paulo',
      "João's father's home is São Paulo and my sister's home is Lyon",
    ],
    [
      'remember Ana lives in Porto, Rui lives in Braga and my wife’s mother lives in Faro',
      "remember my wife's mother's home is Faro and Ana's home is Porto and Rui's home is Braga",
    ],
  ])('%s', (said, turned) => {
    expect(livesAndTurned(said)).toBe(turned);
  });

  it.each([
    'Grandma Ayşe lives in Üsküdar',
    'my sister lives in Lyon and she loves it',
    'Ana lives in fear and Rui lives in Braga',
    'the bus lives in Porto and Rui lives in Braga',
    "João's father lives in Recife and Ana's mother lives in Porto",
  ])('leaves %s as typed', (said) => {
    expect(livesAndTurned(said)).toBe(said);
  });
});

describe('the household in Lisbon (s48)', () => {
  it('a name’s relation lives somewhere, kept and asked, as "my sister" is', async () => {
    const { ask, facts } = offlineWorld();
    await ask('João’s father lives in Recife');
    await ask('remember Beatriz’s mother lives in Lisbon');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ["João's father's home", 'Recife'],
        ["Beatriz's mother's home", 'Lisbon'],
      ]),
    );
    expect((await ask('where does João’s father live?')).answer).toContain('Recife');
    expect((await ask("where does Beatriz's mum live?")).answer).toContain('Lisbon');
  });

  it('two grandparents in one sentence, then who lives where', async () => {
    const { ask, facts } = offlineWorld();
    await ask('Grandma Soon-ja lives in Busan and Grandpa Raimundo lives in Recife');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['grandma', 'Soon-ja'],
        ["grandma's home", 'Busan'],
        ['grandpa', 'Raimundo'],
        ["grandpa's home", 'Recife'],
      ]),
    );
    await ask("João's father lives in Recife");
    const recife = (await ask('who lives in Recife?')).answer;
    expect(recife).toContain("João's father's home is Recife");
    expect(recife).toContain("grandpa's home is Recife");
    expect(recife).not.toContain('Busan');
    expect((await ask('who lives in busan')).answer).toContain("grandma's home is Busan");
    expect((await ask('where does Grandma Soon-ja live?')).answer).toContain('Busan');
  });

  it('an introduction keeps each part: the name in two scripts, the husband and his workplace', async () => {
    const { ask, facts } = offlineWorld();
    await ask("I'm Ji-woo (지우), my husband is João Oliveira, he works at Banco Atlântico");
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['name', 'Ji-woo (지우)'],
        ['husband', 'João Oliveira'],
        ["husband's workplace", 'Banco Atlântico'],
      ]),
    );
    expect((await ask('where does my husband work?')).answer).toContain('Banco Atlântico');
  });

  it('"she works at Google" after "my wife is Ana" is Ana’s workplace; "works at night" is none', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my wife is Ana and she works at Google');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['wife', 'Ana'],
        ["wife's workplace", 'Google'],
      ]),
    );
    const other = offlineWorld();
    await other.ask('my son is Leo and he works at night');
    expect(other.facts()).toEqual([]);
  });

  it('birth dates in Portuguese and Korean, with or without "on"', async () => {
    const { ask, facts } = offlineWorld();
    await ask('João was born on 12 de outubro de 1984 and I was born 1988년 3월 5일');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ["João's birthday", '12 de outubro de 1984'],
        ['birthday', '1988년 3월 5일'],
      ]),
    );
    expect((await ask('how old is João?')).answer).toMatch(/João is \d+ — born 12 October 1984/u);
    expect((await ask('how old am I?')).answer).toMatch(/You are \d+ — born 5 March 1988/u);
  });

  it('a countdown to a birthday kept in Portuguese, and to a day asked', async () => {
    const { ask } = offlineWorld();
    await ask("João's birthday is 5 de março");
    expect((await ask("how many days until João's birthday?")).answer).toMatch(
      /João's birthday is 5 de março: \d+ days?/u,
    );
    expect((await ask('how many days until 5 de março?')).answer).toMatch(/^5 March \d{4} is \d+ days?/u);
    expect((await ask('how many weeks until el 3 de mayo?')).answer).toMatch(/^3 May \d{4} is \d+ days?/u);
  });

  it.each(["I'm Ayşe", "I'm English", 'I was born and raised in Paris'])(
    '"%s" keeps nothing',
    async (said) => {
      const { ask, facts } = offlineWorld();
      await ask(said);
      expect(facts()).toEqual([]);
    },
  );
});
