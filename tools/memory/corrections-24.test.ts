import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';

/**
 * m24 (stranger, HIGH): a correction or an addition said of a person by their name alone ("Lily")
 * changes or adds to the fact kept about them ("daughter Lily: allergic to peanuts"), never keeps
 * a second fact that disagrees, and ", not Z" names the value replaced.
 */
const lily = [['daughter Lily', 'allergic to peanuts']] as const;

describe('a correction of a person named alone changes the fact kept about them', () => {
  it.each([
    'actually Lily is allergic to tree nuts, not peanuts',
    'Lily is allergic to tree nuts, not peanuts',
    'no, Lily is allergic to tree nuts',
    'actually Lily is allergic to tree nuts',
  ])('"%s"', async (said) => {
    const { ask, facts } = await seededWorld(lily);
    const run = await ask(said);
    expect(run.answer).toContain('was allergic to peanuts');
    expect(facts()).toEqual({ 'daughter Lily': 'allergic to tree nuts' });
    expect((await ask('what is Lily allergic to?')).answer).toContain('tree nuts');
  });

  it('", not eggs" when the fact holds peanuts asks, and changes nothing', async () => {
    const { ask, facts } = await seededWorld(lily);
    const run = await ask('Lily is allergic to sesame, not eggs');
    expect(run.answer).toContain('allergic to peanuts, not eggs');
    expect(run.answer).toContain('"actually my daughter Lily is allergic to sesame"');
    expect(facts()).toEqual({ 'daughter Lily': 'allergic to peanuts' });
  });

  it('the correction said again is already remembered', async () => {
    const { ask, facts } = await seededWorld([['daughter Lily', 'allergic to tree nuts']]);
    const run = await ask('actually Lily is allergic to tree nuts, not peanuts');
    expect(run.answer).toMatch(/^Already remembered/);
    expect(facts()).toEqual({ 'daughter Lily': 'allergic to tree nuts' });
  });
});

describe('"also" adds to the fact kept about the person', () => {
  it.each(['remember Lily is also allergic to eggs', 'Lily is also allergic to eggs'])(
    '"%s"',
    async (said) => {
      const { ask, facts } = await seededWorld(lily);
      const run = await ask(said);
      expect(run.answer).not.toContain('your Lily');
      expect(facts()).toEqual({ 'daughter Lily': 'allergic to peanuts and eggs' });
    },
  );

  it('a value already kept is said so, nothing written', async () => {
    const { ask, facts } = await seededWorld(lily);
    expect((await ask('Lily is also allergic to peanuts')).answer).toMatch(/^Already remembered/);
    expect(facts()).toEqual({ 'daughter Lily': 'allergic to peanuts' });
  });

  it('said plainly of a name nothing is kept about, it is left as before', async () => {
    const { ask, facts } = await seededWorld();
    expect((await ask('emma is allergic to peanuts')).answer).toContain("remember emma's allergy is peanuts");
    expect(facts()).toEqual({});
  });
});

describe('a correction of a name nothing is kept about keeps no "your Lily"', () => {
  it.each(['no, Lily is allergic to tree nuts', 'actually Lily is allergic to tree nuts, not peanuts'])(
    '"%s"',
    async (said) => {
      const { ask, facts } = await seededWorld();
      expect((await ask(said)).answer).toContain(`say "remember Lily's allergy is tree nuts"`);
      expect(facts()).toEqual({});
    },
  );
});

it('"my Max is allergic to peanuts", no correction said, is kept as before', async () => {
  const { ask, facts } = await seededWorld();
  await ask('my Max is allergic to peanuts');
  expect(facts()).toEqual({ Max: 'allergic to peanuts' });
});
