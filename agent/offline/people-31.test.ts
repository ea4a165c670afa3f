import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * Round 31 (S45): facts told about people in a household — a clause after an age, in-law
 * relations, names with accents, and a kept person's age said with their name alone.
 */
describe('telling and correcting facts about people, round 31', () => {
  it('"my mother-in-law Amélie is 78 and lives with us" keeps her name and her age, never the clause in the age', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('my mother-in-law Amélie is 78 and lives with us');
    expect(answer).toContain('not keep "lives with us"');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ["mother-in-law's name", 'Amélie'],
        ["mother-in-law Amélie's age", '78'],
      ]),
    );
    expect(facts().some(([, value]) => String(value).includes('lives'))).toBe(false);
    for (const question of [
      'how old is Amélie?',
      'how old is my mother in law',
      'how old is my mother-in-law?',
    ])
      expect((await ask(question)).answer, question).toContain('78');
  });

  it('an age with "and is …" after it keeps both; other relations and "years old" alike', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my brother in law Marc is 40 and is retired');
    await ask('my son Tim is 9 and plays football');
    await ask('my daughter Mia is 6 years old, and loves horses');
    const kept = Object.fromEntries(facts());
    expect(kept["brother-in-law Marc's age"]).toBe('40');
    expect(kept['brother-in-law Marc']).toBe('retired');
    expect(kept["son Tim's age"]).toBe('9');
    expect(kept["daughter Mia's age"]).toBe('6 years old');
    expect(Object.values(kept).some((value) => /football|horses/.test(String(value)))).toBe(false);
    expect((await ask('how old is Tim?')).answer).toContain('9');
  });

  it('a name with an accent opens a fact\'s name: "Amélie\'s birthday is 3 March"', async () => {
    const { ask, facts } = offlineWorld();
    await ask("Amélie's birthday is 3 March");
    await ask("remember Iñaki's pin is 4411");
    const kept = Object.fromEntries(facts());
    expect(kept["Amélie's birthday"]).toBe('3 March');
    expect(kept["Iñaki's pin"]).toBe('4411');
    expect((await ask("when is Amélie's birthday?")).answer).toContain('3 March');
  });

  it('a kept person named alone with an age changes their age fact, found by the name', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my son Théo is 9');
    await ask('my daughter Léonie is 6');
    await ask('my partner is Zoë');
    await ask('no wait, Léonie is 7');
    await ask('actually Théo is 10');
    // "now" says the age changed: his kept age is updated, under its own name (D32 3: it asked).
    expect((await ask('Théo is 11 now')).answer).toContain("Updated: your son Théo's age is now 11 (was 10)");
    await ask('Zoë is 41');
    const kept = Object.fromEntries(facts());
    expect(kept["daughter Léonie's age"]).toBe('7');
    expect(kept["son Théo's age"]).toBe('11');
    expect(kept["Zoë's age"]).toBe('41');
    expect(facts().map(([label]) => label)).not.toContain("Théo's age");
    expect((await ask('how old is my partner?')).answer).toContain('41');
  });

  it('a name nobody kept is no person: "Paris is 40" keeps nothing', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my son Théo is 9');
    await ask('Paris is 40');
    expect(facts().map(([label]) => label)).not.toContain("Paris's age");
    expect(facts()).toHaveLength(2);
  });

  it('"my partner Zoë works at … in Lyon as a nurse" keeps her name, workplace and job', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my partner Zoë works at Hôpital Édouard Herriot in Lyon as a nurse');
    await ask('my brother-in-law Marc works for the council');
    const kept = Object.fromEntries(facts());
    expect(kept["partner's name"]).toBe('Zoë');
    expect(kept["partner's workplace"]).toBe('Hôpital Édouard Herriot in Lyon');
    expect(kept["partner's job"]).toBe('nurse');
    expect(kept["brother-in-law's workplace"]).toBe('the council');
    expect((await ask('where does Zoë work?')).answer).toContain('Hôpital Édouard Herriot');
  });

  it('"actually Zoë moved to Clinique du Parc" changes the workplace kept under her relation', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my partner is Zoë');
    await ask('my partner works at Hôpital Édouard Herriot');
    const { answer } = await ask('actually Zoë moved to Clinique du Parc in Villeurbanne');
    expect(answer).toContain('was Hôpital Édouard Herriot');
    const kept = Object.fromEntries(facts());
    expect(kept["partner's workplace"]).toBe('Clinique du Parc in Villeurbanne');
    expect(kept).not.toHaveProperty("Zoë's workplace");
  });

  it('"Zoë moved to Lyon" is a move of home, never a workplace', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my partner is Zoë');
    await ask('Zoë moved to Lyon');
    expect(facts()).toEqual([['partner', 'Zoë']]);
  });
});
