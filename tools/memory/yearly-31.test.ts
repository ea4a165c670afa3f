import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chatWorld, offlineWorld } from '../../test/helpers/offline.js';
import { ageAnswer, nextTimeAnswer, pastAnswer, yearlyAsked } from './countdown.js';

/**
 * S46: a birthday or anniversary kept with its first year ("Elif's birthday: 23 July 2020") was
 * counted as a one-off day ("that was 2323 days ago"), "how old is Elif?" said "I don't know" and
 * "is Can's birthday in the past?" only said the date again. A yearly day recurs: countdowns go
 * to its next time, an age is computed from it (and said so), and "in the past?" is this year's.
 */
const TODAY = new Date(2026, 11, 2, 12);

describe('yearly days, by function', () => {
  it('counts a birthday with a year to its next time and says the age turned', () => {
    expect(
      nextTimeAnswer("Elif's birthday is 23 July 2020.", "Elif's birthday", '23 July 2020', 'days', TODAY),
    ).toBe(
      "Elif's birthday is 23 July 2020: the next is 23 July 2027, 233 days (about 33 weeks) from today (2 December 2026); Elif turns 7.",
    );
    expect(
      nextTimeAnswer('Your birthday is 4 March 1990.', 'birthday', '4 March 1990', 'days', TODAY),
    ).toMatch(/the next is 4 March 2027, 92 days .*; you turn 37\.$/u);
  });

  it('an anniversary recurs too; a one-off date does not', () => {
    expect(
      nextTimeAnswer(
        'Your wedding anniversary is 12 June 2015.',
        'wedding anniversary',
        '12 June 2015',
        'days',
        TODAY,
      ),
    ).toMatch(/the next is 12 June 2027, 192 days .*; 12 years since 2015\.$/u);
    expect(
      nextTimeAnswer(
        'Your dentist appointment is 10 January 2027.',
        'dentist appointment',
        '10 January 2027',
        'days',
        TODAY,
      ),
    ).toBeUndefined();
  });

  it('computes an age from a birthday with a year, and says it was computed', () => {
    expect(ageAnswer("Elif's birthday", '23 July 2020', TODAY)).toBe(
      'Elif is 6 — born 23 July 2020 (computed from today, 2 December 2026).',
    );
    expect(ageAnswer("Zeynep's birthday", '2 February 1988', TODAY)).toMatch(/^Zeynep is 38 — born/u);
    // The birthday this year is still to come: not yet a year older.
    expect(ageAnswer("Ayşe's birthday", '20 December 1948', TODAY)).toMatch(/^Ayşe is 77 — born/u);
    expect(ageAnswer('birthday', '4 March 1990', TODAY)).toMatch(/^You are 36 — born/u);
  });

  it('never computes an age without a year, or from anything but a birthday', () => {
    expect(ageAnswer("Elif's birthday", '23 July', TODAY)).toBeUndefined();
    expect(ageAnswer('wedding anniversary', '12 June 2015', TODAY)).toBeUndefined();
  });

  it("says whether this year's birthday has passed", () => {
    expect(
      pastAnswer("Can's birthday is 5 November 2023.", "Can's birthday", '5 November 2023', true, TODAY),
    ).toBe(
      "Yes: Can's birthday is 5 November 2023: this year's (5 November 2026) — that was 27 days (about 4 weeks) ago (today is 2 December 2026); the next is 5 November 2027, 338 days (about 48 weeks) from today (2 December 2026).",
    );
    expect(
      pastAnswer("Ayşe's birthday is 20 December 1948.", "Ayşe's birthday", '20 December 1948', true, TODAY),
    ).toMatch(/^No: .*this year's \(20 December 2026\) is 18 days/u);
  });

  it.each([
    ['how old is Elif?', 'age', "Elif's birthday"],
    ['what age is Zeynep now?', 'age', "Zeynep's birthday"],
    ['how old am I?', 'age', 'my birthday'],
    ["when is Zeynep's next birthday?", 'next', "Zeynep's birthday"],
    ['when is our next anniversary?', 'next', 'our anniversary'],
    ["is Can's birthday in the past?", 'past', "Can's birthday"],
    ["has Ayşe's birthday passed yet?", 'past', "Ayşe's birthday"],
    ["how long ago was Can's birthday?", 'ago', "Can's birthday"],
  ])('%s', (question, kind, subject) => {
    expect(yearlyAsked(question)).toEqual({ kind, subject });
  });

  it.each(['how old is the car?', 'how old is she?', "when is Zeynep's birthday?", 'how long is the lease?'])(
    '%s is not one',
    (question) => {
      expect(yearlyAsked(question)).toBeUndefined();
    },
  );
});

describe('yearly days, through the planner', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TODAY);
  });
  afterEach(() => vi.useRealTimers());

  const household = async () => {
    const world = offlineWorld();
    for (const said of [
      "Elif's birthday is 23 July 2020",
      "Zeynep's birthday is 2 February 1988",
      "Can's birthday is 5 November 2023",
      'our wedding anniversary is 12 June 2015',
      'remember my daughter is Elif',
    ])
      await world.ask(said);
    return world;
  };

  it('a countdown to a birthday with a year goes to the next one, never "ago"', async () => {
    const { ask } = await household();
    const { answer } = await ask("how many days until Elif's birthday?");
    expect(answer).toMatch(/next is 23 July 2027, 233 days .*Elif turns 7/u);
    expect(answer).not.toMatch(/ago/u);
    expect((await ask('how long until our wedding anniversary?')).answer).toMatch(/next is 12 June 2027/u);
    expect((await ask("how long until my daughter's birthday?")).answer).toMatch(/next is 23 July 2027/u);
  });

  it('"when is Zeynep\'s next birthday?" is her birthday\'s next time, not a near fact', async () => {
    const { ask } = await household();
    const { answer } = await ask("when is Zeynep's next birthday?");
    expect(answer).toMatch(/next is 2 February 2027, 62 days .*Zeynep turns 39/u);
    expect(answer).not.toMatch(/Near facts/u);
  });

  it('"how old is Elif?" is computed from her birthday, and nothing is stored', async () => {
    const { ask, facts } = await household();
    const before = facts();
    expect((await ask('how old is Elif?')).answer).toMatch(/^Elif is 6 — born 23 July 2020 \(computed/u);
    expect((await ask('how old is Zeynep?')).answer).toMatch(/^Zeynep is 38/u);
    expect((await ask('how old is my daughter?')).answer).toMatch(/^Elif is 6/u);
    expect(facts()).toEqual(before);
    // Never read off another fact: "my birthday" is no car's, and Bob has none.
    await ask('remember my birthday is 4 March 1990');
    expect((await ask('how old am I?')).answer).toMatch(/^You are 36/u);
    expect((await ask('how old is my car?')).answer).not.toMatch(/You are 36/u);
    expect((await ask('how old is Bob?')).answer).not.toMatch(/\d+ — born/u);
  });

  it('"is Can\'s birthday in the past?" says this year\'s relation to today', async () => {
    const { ask } = await household();
    expect((await ask("is Can's birthday in the past?")).answer).toMatch(
      /^Yes: .*5 November 2026\) — that was 27 days/u,
    );
    expect((await ask("how long ago was Can's birthday?")).answer).toMatch(/that was 27 days/u);
  });

  it('follow-ups after "when is Elif\'s birthday?" count and compute too', async () => {
    const { say } = chatWorld();
    await say("Elif's birthday is 23 July 2020", { c: false });
    await say("when is Elif's birthday?", { c: false });
    expect((await say('how long until then?')).answer).toMatch(/next is 23 July 2027/u);
    await say("when is Elif's birthday?", { c: false });
    expect((await say('how old is she?')).answer).toMatch(/^Elif is 6/u);
    await say("when is Elif's birthday?", { c: false });
    expect((await say('is that in the past?')).answer).toMatch(
      /^Yes: .*this year's \(23 July 2026\) — that was/u,
    );
  });
});
