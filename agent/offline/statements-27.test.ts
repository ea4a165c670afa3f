import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * m27 (S42): a name typed in lower case that is exactly the name of a person kept (son = Leo,
 * "Leo's age") is read as that name, as if capitalised; a name nobody kept stays as typed.
 */

describe('a kept person named in lower case', () => {
  it.each([
    ['leo is 7 now', "Leo's age", '7'],
    ['mia is 4 years old', "Mia's age", '4 years old'],
    ['mia is allergic to peanuts', "Mia's allergy", 'peanuts'],
  ])('%s', async (said, key, value) => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['son', 'Leo'],
      ['daughter', 'Mia'],
    ]);
    expect((await ask(said)).finish.status).toBe('done');
    expect(facts()).toEqual(expect.arrayContaining([[key, value]]));
  });

  it('a value kept in lower case ("my son is leo") names him too', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my son is leo');
    expect((await ask('leo is 7 now')).finish.status).toBe('done');
    expect(facts()).toEqual(expect.arrayContaining([["Leo's age", '7']]));
  });

  it('"actually leo is 8" changes his age and "how old is leo" answers it', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['son', 'Leo']]);
    await ask('leo is 7 now');
    const change = await ask('actually leo is 8', true);
    expect(change.answer).toContain('7');
    expect(facts()).toEqual(expect.arrayContaining([["Leo's age", '8']]));
    expect((await ask('how old is leo')).answer).toContain('8');
  });

  it('"my son leo is 7" is son Leo\'s age, and "how old is leo" answers it', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['son', 'Leo']]);
    await ask('my son leo is 7');
    expect(facts()).toEqual(expect.arrayContaining([["son Leo's age", '7']]));
    expect(facts()).not.toEqual(expect.arrayContaining([['son leo', expect.anything()]]));
    expect((await ask('how old is leo')).answer).toContain('7');
  });

  it.each(['emma is allergic to peanuts', 'battery is 80 now', 'emma is 7 now'])(
    '%s keeps nothing when no such person is kept',
    async (said) => {
      const { ask, facts, remember } = offlineWorld();
      await remember([['son', 'Leo']]);
      await ask(said);
      expect(facts()).toEqual([['son', 'Leo']]);
    },
  );

  it('a kept name said as a value stays as typed ("my wifi password is leo")', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['son', 'Leo']]);
    await ask('my wifi password is leo');
    expect(facts()).toEqual(expect.arrayContaining([['wifi password', 'leo']]));
  });
});
