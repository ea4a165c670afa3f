import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
