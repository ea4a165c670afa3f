import { describe, expect, it } from 'vitest';
import { turn } from '../../test/helpers/offline.js';
import { readFollowUp } from './followup.js';

/**
 * m17 (stranger S26 H1): a follow-up that sounds like a correction but holds no value ("sorry
 * typo", "no thats my old one", "oops wrong, forget that") writes nothing: it asks what the value
 * should be, or offers to forget. A code of digits is never corrected to a word.
 */
describe('a correction with no value in it writes nothing', () => {
  const shed = turn(
    'remember my shed code is 4242',
    [{ name: 'memory_remember', input: { key: 'shed code', value: '4242' } }],
    'Remembered: your shed code is 4242.',
  );
  const city = turn(
    'remember my home town is Leeds',
    [{ name: 'memory_remember', input: { key: 'home town', value: 'Leeds' } }],
    'Remembered: your home town is Leeds.',
  );

  it.each([
    'sorry typo',
    'no thats my old one',
    "no that's my old one",
    'oops, typo',
    'sorry, wrong',
    "no it's wrong",
    'my mistake, that was wrong',
    'actually that is my old one',
    'oops my bad, typo',
  ])('"%s" asks what the value should be', (said) => {
    for (const before of [shed, city]) {
      const meaning = readFollowUp(said, before);
      expect(meaning?.kind, said).toBe('answer');
      if (meaning?.kind !== 'answer') continue;
      expect(meaning.status).toBe('needs_input');
      expect(meaning.text).toMatch(/^What should your (?:shed code|home town) be\? I changed nothing\./);
    }
  });

  it('"forget that" offers to forget the fact, which a yes then asks consent for', () => {
    for (const said of ['oops wrong, forget that', 'sorry, scratch that, wrong', 'typo, forget it']) {
      const meaning = readFollowUp(said, shed);
      expect(meaning, said).toEqual({
        kind: 'answer',
        text: 'I changed nothing. Should I forget your shed code? Say "forget my shed code".',
        status: 'needs_input',
      });
    }
  });

  it('a code of digits is never corrected to a word; a value of its kind still corrects', () => {
    expect(readFollowUp('actually, abcd', shed)?.kind).toBe('answer');
    expect(readFollowUp('actually, 4243', shed)).toEqual({
      kind: 'request',
      text: 'actually my shed code is 4243',
    });
    expect(readFollowUp('sorry, 4243', shed)).toEqual({
      kind: 'request',
      text: 'actually my shed code is 4243',
    });
    expect(readFollowUp('sorry typo, 4243', shed)).toEqual({
      kind: 'request',
      text: 'actually my shed code is 4243',
    });
    expect(readFollowUp("typo, it's 4243", shed)).toEqual({
      kind: 'request',
      text: 'actually my shed code is 4243',
    });
    expect(readFollowUp('oops wrong, 4243', shed)).toEqual({
      kind: 'request',
      text: 'actually my shed code is 4243',
    });
    expect(readFollowUp('no, A-42', shed)).toEqual({
      kind: 'request',
      text: 'actually my shed code is A-42',
    });
    expect(readFollowUp('actually, York', city)).toEqual({
      kind: 'request',
      text: 'actually my home town is York',
    });
    expect(readFollowUp('sorry, Old Trafford', city)).toEqual({
      kind: 'request',
      text: 'actually my home town is Old Trafford',
    });
  });

  it('two facts in the turn before: which one is asked, nothing written', () => {
    const two = turn(
      'remember my locker is 12 and my gym pin is 5566',
      [
        { name: 'memory_remember', input: { key: 'locker', value: '12' } },
        { name: 'memory_remember', input: { key: 'gym pin', value: '5566' } },
      ],
      'Remembered: …',
    );
    const meaning = readFollowUp('sorry typo', two);
    expect(meaning?.kind).toBe('answer');
    expect(meaning?.kind === 'answer' && meaning.text).toMatch(/your locker or your gym pin/);
  });
});
