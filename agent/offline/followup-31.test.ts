import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chatWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/** Round f31 (S45 follow-ups): "he", "his", "her" after "who is the plumber?" are the plumber. */
const world = async () => {
  const chat = chatWorld();
  const dir = testDir('fazt-followup-31-');
  writeFileSync(
    join(dir, 'contacts.txt'),
    [
      'Household contacts',
      'Plumber: Jérôme Béranger, 06 12 34 56 78',
      'Electrician: Ana Prost, 07 98 76 54 32',
      '',
    ].join('\n'),
  );
  await chat.say(`learn ${dir}`, { c: false });
  return chat;
};

describe('a pronoun after "who is the <job>?" asks of that one', () => {
  it('"what\'s his number?" after "who is the plumber?" is the plumber\'s number, not a statement', async () => {
    const { say, facts } = await world();
    await say('who is the plumber?', { c: false });
    const { answer } = await say("what's his number?");
    expect(answer).toContain('06 12 34 56 78');
    expect(answer).not.toMatch(/Whose number|Nothing was changed/);
    expect(facts()).toEqual({});
  });

  it('"what\'s her number?" after "who\'s our electrician" is the electrician\'s', async () => {
    const { say } = await world();
    await say("who's our electrician", { c: false });
    const { answer } = await say("what's her number?");
    expect(answer).toContain('07 98 76 54 32');
  });

  it('a third and fourth pronoun turn in a row are still about the plumber', async () => {
    const { say } = await world();
    await say('who is the plumber?', { c: false });
    await say('where does he live?');
    const email = await say("what's his email?");
    expect(email.answer).not.toMatch(/Whose email|Nothing was changed/);
    expect(email.answer).toMatch(/plumber/i);
    const { answer } = await say('and his number?');
    expect(answer).toContain('06 12 34 56 78');
  });
});

/** Round f31 (S45 follow-ups): "how long until then?", "is that in the past?" after a date answer. */
describe('a countdown or a past-question after a date answer counts to that date', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 12));
  });
  afterEach(() => vi.useRealTimers());

  const dated = async () => {
    const chat = chatWorld();
    const dir = testDir('fazt-followup-31b-');
    writeFileSync(
      join(dir, 'car.txt'),
      'Vehicle: Škoda\nContrôle technique (MOT) passed: 18 March 2025\nNext contrôle technique due: 18 March 2027\n',
    );
    writeFileSync(
      join(dir, 'lease.md'),
      '## Term\nThe tenancy starts on 1 March 2025 and ends on 28 February 2027.\n',
    );
    await chat.say(`learn ${dir}`, { c: false });
    await chat.say("remember my daughter's name is Léonie", { c: false });
    await chat.say("remember Léonie's birthday is 12 April", { c: false });
    await chat.say('remember our anniversary is 3 May 2025', { c: false });
    return chat;
  };

  it('"how long until then?" after a birthday found by relation counts to it', async () => {
    const { say } = await dated();
    await say("when is my daughter's birthday", { c: false });
    const { answer } = await say('how long until then?');
    expect(answer).toContain('131 days');
  });

  it('"how long until that?" after the MOT due date counts to it from the document', async () => {
    const { say } = await dated();
    await say('when is the MOT due?', { c: false });
    const { answer } = await say('how long until that?');
    expect(answer).toContain('106 days');
  });

  it('"how many weeks until then?" after "when does the lease end?" counts to its end', async () => {
    const { say } = await dated();
    await say('when does the lease end?', { c: false });
    const { answer } = await say('how many weeks until then?');
    expect(answer).toContain('28 February 2027 is 88 days (about 13 weeks)');
  });

  it('"is that in the past?" after a remembered date says how long ago', async () => {
    const { say, facts } = await dated();
    await say('when is our anniversary?', { c: false });
    const { answer } = await say('is that in the past?');
    expect(answer).toMatch(/that was \d+ days .* ago/);
    const birthday = await dated();
    await birthday.say("when is Léonie's birthday?", { c: false });
    expect((await birthday.say('has it passed?')).answer).toContain('131 days');
    expect(Object.keys(facts())).toHaveLength(3);
  });

  it('"is that before …?" after a when-question compares the two days, never keeps a fact', async () => {
    const { say, facts } = await dated();
    await say('when does the lease end?', { c: false });
    const { answer } = await say('is that before the MOT is due?');
    expect(answer).toContain('Yes — 28 February 2027 is before 18 March 2027.');
    expect(answer).not.toMatch(/To keep it/);
    expect(Object.keys(facts())).toHaveLength(3);
  });

  it('"how many days until Christmas?" is the day everyone knows', async () => {
    const { say } = await dated();
    const { answer } = await say('how many days until Christmas?', { c: false });
    expect(answer).toContain('Christmas Day is 25 December 2026: 23 days');
  });
});
