import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * S47 LOW: "Chidi is tired today" answered "I couldn't do that: "Chidi" is not something of
 * yours". How or where a person is, said by their name, keeps nothing and says so plainly; a
 * value that may be one of their facts is asked for in their own words.
 */
describe('a sentence about how or where someone is, by name', () => {
  const states = [
    'Chidi is tired today',
    'Zuzanna is sick today',
    'Chidi is at work',
    'Małgorzata is away this week',
    'Oluwaseun is asleep',
    'Biscuit is so cute',
  ];
  for (const said of states)
    it(`"${said}" keeps nothing and says why`, async () => {
      const { ask, facts } = offlineWorld();
      const { answer } = await ask(said);
      const name = said.split(' ')[0]!;
      expect(answer).toBe(
        `I kept nothing: "${said}" says how or where ${name} is, not a fact to keep. To keep one about ${name}, say "remember ${name}'s … is …".`,
      );
      expect(facts()).toEqual([]);
    });

  it('a value that may be one of their facts is asked for with their name', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('Chidi is a nurse');
    expect(answer).toBe(
      'I kept nothing: "Chidi is a nurse" does not say which of Chidi\'s facts it is. To keep it, say "remember Chidi\'s … is a nurse".',
    );
    expect(facts()).toEqual([]);
  });

  it('several statements by name are never suggested as one fact', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('Python is 3 and Node is 22');
    expect(answer).not.toContain("remember Python's");
    expect(facts()).toEqual([]);
  });

  it('"Emma is allergic to peanuts" is still kept as her allergy', async () => {
    const { ask, facts } = offlineWorld();
    await ask('Emma is allergic to peanuts');
    expect(facts()).toEqual([["Emma's allergy", 'peanuts']]);
  });
});
