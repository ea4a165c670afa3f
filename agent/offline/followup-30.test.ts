import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/** Round c30 (S44 8, 10): a follow-up about a person just asked about keeps that person. */
const world = async () => {
  const chat = chatWorld();
  const dir = testDir('fazt-followup-30-');
  writeFileSync(
    join(dir, 'trip.md'),
    [
      '# Rome trip — Easter 2027',
      '',
      'Travellers: Nina Hale, Piotr Hale, Zofia Hale (age 11)',
      '(Uncle Bram is NOT coming; he is feeding the fish.)',
      '',
      '## Flights',
      '- Outbound: BA 548, Gatwick to Rome, Saturday 27 March 2027, departs 07:10',
      '- Return: BA 549, Rome to Gatwick, Saturday 3 April 2027, departs 15:30',
      '',
    ].join('\n'),
  );
  await chat.say(`learn ${dir}`, { c: false });
  await chat.say('remember my daughter is Zofia', { c: false });
  await chat.say('remember my brother is Bram', { c: false });
  await chat.say("remember Zofia's age is 11", { c: false });
  await chat.say("remember my wife's name is Nina", { c: false });
  await chat.say("remember Bram's job is plumber", { c: false });
  return chat;
};

describe('"she", "he", "her" after a question about a person ask of that person', () => {
  it('"and how old is she?" after "who\'s Zofia" is Zofia\'s age', async () => {
    const { say } = await world();
    await say("who's Zofia", { c: false });
    const { answer } = await say('and how old is she?');
    expect(answer).toContain('11');
    expect(answer).not.toMatch(/I don't know/);
  });

  it('"is he coming to Rome?" after "who is Bram?" quotes the line saying he is not', async () => {
    const { say } = await world();
    await say('who is Bram?', { c: false });
    const { answer } = await say('is he coming to Rome?');
    expect(answer).toContain('Uncle Bram is NOT coming');
  });

  it('"what is his job?" after "who is Bram?" is Bram\'s job', async () => {
    const { say } = await world();
    await say('who is Bram?', { c: false });
    const { answer } = await say('what is his job?');
    expect(answer).toContain('plumber');
  });
});

describe('a correction of a person just asked about says whose it is', () => {
  it('"no, her name is just Nia" after "what\'s my wife\'s name?" corrects the wife\'s name', async () => {
    const { say, facts } = await world();
    await say("what's my wife's name?", { c: false });
    const { answer } = await say('no, her name is just Nia');
    expect(answer).not.toMatch(/can't tell who/);
    expect(Object.entries(facts()).find(([key]) => /wife'?s? name/.test(key))?.[1]).toBe('Nia');
  });

  it('"his phone is 07700 900222" after "who is Bram?" keeps the brother\'s phone', async () => {
    const { say, facts } = await world();
    await say('who is Bram?', { c: false });
    await say('his phone is 07700 900222');
    expect(Object.values(facts())).toContain('07700 900222');
    expect(Object.entries(facts()).find(([, value]) => value === '07700 900222')?.[0]).toMatch(/bram/i);
  });
});

describe('document follow-ups keep the subject and the attribute (S44 10)', () => {
  const insured = async () => {
    const chat = chatWorld();
    const dir = testDir('fazt-followup-30-docs-');
    writeFileSync(
      join(dir, 'car.md'),
      ['# Car', '', 'Registration: KX19 ABC', 'MOT due: 3 January 2020', 'Insurer: Brightside'].join('\n'),
    );
    writeFileSync(
      join(dir, 'policy.md'),
      [
        '# House insurance policy',
        '',
        'Excess: £100 per claim (£350 for escape of water claims)',
        '',
        '## What is covered',
        '- Escape of water from burst pipes',
        '- Theft following forced entry',
      ].join('\n'),
    );
    await chat.say(`learn ${dir}`, { c: false });
    return chat;
  };

  it('"is that in the past?" after "when is the MOT due?" compares the day with today', async () => {
    const { say } = await insured();
    await say('when is the MOT due?', { c: false });
    const { answer } = await say('is that in the past?');
    expect(answer).toMatch(/^Yes|\nYes/);
    expect(answer).toContain('overdue');
  });

  it('"and for a burst pipe?" after the excess asks the excess, not the cover', async () => {
    const { say } = await insured();
    await say("what's the excess on the house insurance?", { c: false });
    const { answer } = await say('and for a burst pipe?');
    expect(answer).toContain('£350');
  });
});
