import { describe, expect, it } from 'vitest';
import { chatWorld } from '../../test/helpers/offline.js';

/**
 * m21 (stranger S33 H1, M3, M5): a correction that names another owner, each turn stored in a real
 * cartridge as `fazt ask -c` stores it. After "whats alexs pin", "no wait, jakes is 3333" is Jake's
 * PIN, never "jakes is 3333" as Alex's value; openers ("oh and", "ok so") are dropped and "changed
 * to" / "is now" / "moved to" are a new value of the attribute in focus; "alexs" is Alex's for a
 * question as for forget.
 */
const chat = chatWorld;

describe("a correction naming another owner is that owner's fact (S33 H1)", () => {
  it.each([['no wait, jakes is 3333'], ["actually jake's is 3333"], ['no, Jakes is 3333']])(
    'after "whats alexs pin", "%s" changes Jake\'s PIN and keeps Alex\'s',
    async (said) => {
      const { say, facts, remember } = chat();
      await remember([
        ['alexs pin', '1111'],
        ['jakes pin', '2222'],
      ]);
      await say('whats alexs pin', { c: false });
      const answer = await say(said);
      expect(answer.answer).not.toContain('jakes is');
      expect(facts()).toEqual({ 'alexs pin': '1111', 'jakes pin': '3333' });
    },
  );

  it('the same owner said again corrects the fact in focus', async () => {
    const { say, facts, remember } = chat();
    await remember([
      ['alexs pin', '1111'],
      ['jakes pin', '2222'],
    ]);
    await say('whats alexs pin', { c: false });
    await say('no wait, alexs is 1112');
    expect(facts()).toEqual({ 'alexs pin': '1112', 'jakes pin': '2222' });
  });

  it('a phone number, and an owner with no fact yet, get their own fact', async () => {
    const { say, facts, remember } = chat();
    await remember([
      ['alexs phone', '07111 111111'],
      ['jakes shoe size', '6'],
    ]);
    await say('whats alexs phone', { c: false });
    await say('actually jakes is 07333 333333');
    await say('what is jakes shoe size', { c: false });
    await say('actually emmas is 11');
    await say('what is jakes shoe size', { c: false });
    await say("no, my wife's is 5");
    expect(facts()).toEqual({
      'alexs phone': '07111 111111',
      'jakes phone': '07333 333333',
      'jakes shoe size': '6',
      'emmas shoe size': '11',
      "wife's shoe size": '5',
    });
  });

  it('a value with a clause of its own is read as a statement, never kept as the value', async () => {
    const { say, facts, remember } = chat();
    await remember([['locker', '12']]);
    await say('whats my locker', { c: false });
    await say('actually bruno is 8');
    expect(facts()).toEqual({ locker: '12' });
  });

  it('after a lookup that found nothing, an owner said keeps nothing', async () => {
    const { say, facts, remember } = chat();
    await remember([
      ['alexs pin', '1111'],
      ['alexs phone', '07111'],
    ]);
    await say('whats alexs pin and alexs phone', { c: false });
    await say('no wait, jakes is 3333');
    expect(facts()).toEqual({ 'alexs pin': '1111', 'alexs phone': '07111' });
  });
});

describe('openers and "changed to" in a correction (S33 M5)', () => {
  it.each([
    ['oh and jakes changed to 10 oct', '10 oct'],
    ["ok so jake's is now 11 oct", '11 oct'],
    ['and jakes moved to 12 oct', '12 oct'],
  ])('after "whens emmas bday", "%s" changes Jake\'s birthday', async (said, value) => {
    const { say, facts, remember } = chat();
    await remember([
      ['emmas bday', '3 may'],
      ['jakes bday', '9 oct'],
    ]);
    await say('whens emmas bday', { c: false });
    expect((await say(said)).answer).not.toContain('and jakes');
    expect(facts()).toEqual({ 'emmas bday': '3 may', 'jakes bday': value });
  });

  it('with no fact in focus an owner alone keeps nothing, and asks which', async () => {
    const { say, facts } = chat();
    for (const said of ['oh and jakes changed to 10 oct', "my wife's is 1 jan", "so emma's is 11"]) {
      const asked = await say(said, { c: false });
      expect(asked.answer).toMatch(/^Which of \S+ facts\?/);
    }
    expect(facts()).toEqual({});
    await say('oh and my locker is 12', { c: false });
    expect(facts()).toEqual({ locker: '12' });
  });
});

describe('a name typed without its apostrophe is its owner for every lookup (S33 M3)', () => {
  it('recall answers, and forget offers, the same fact', async () => {
    const { say, remember, facts } = chat();
    await remember([
      ['partner alexs birthday', '21 june'],
      ['sister sarahs pin', '9911'],
      ['jakes phone pin', '4455'],
    ]);
    const asked = await say('when is alexs birthday', { c: false });
    expect(asked.answer).toContain('21 june');
    expect(asked.answer).not.toContain('something else');
    expect((await say('what is sarahs pin', { c: false })).answer).toContain('9911');
    expect((await say('whats jakes pin', { c: false })).answer).toContain('4455');
    for (const [said, fact] of [
      ['forget alexs birthday', 'partner alexs birthday'],
      ['forget sarahs pin', 'sister sarahs pin'],
      ['forget jakes pin', 'jakes phone pin'],
    ])
      expect((await say(said!, { c: false })).answer).toContain(`do you mean "${fact}"`);
    // Another owner's is never the answer.
    expect((await say('when is toms birthday', { c: false })).answer).not.toContain('21 june');
    expect(Object.keys(facts())).toHaveLength(3);
  });
});
