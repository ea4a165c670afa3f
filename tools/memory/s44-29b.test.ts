import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * s44 (stranger): a fact kept under one name of a thing answers the question said with another
 * ("blood group" / "blood type") before any document; "where do I work?" reads the place from a
 * job kept with it; a wife kept as "wife name" links her name to her job.
 */

/** A cartridge with another person's medical note learned, so a document could answer instead. */
async function household() {
  const world = offlineWorld();
  const dir = testDir('fazt-s44-29b-');
  writeFileSync(
    join(dir, 'medical.md'),
    '# Medical note — Orla Wrenfield\n\nGP: Dr. Imogen Tully, Marsh Lane Surgery\nAllergies: penicillin (rash)\nOccupation of the GP: doctor\nBlood group: O negative\nBlood type: O negative\nDate of birth: 2 March 1985\n',
  );
  await world.ask(`learn ${dir}`, true);
  return world;
}

describe('a stored fact answers under any name of it before documents, s44', () => {
  it('"blood group" and "blood type" find each other, and the exact one', async () => {
    for (const [said, kept] of [
      ['my blood group is A+', 'Your blood group is A+.'],
      ['my blood type is B-', 'Your blood type is B-.'],
    ]) {
      const { ask, facts } = await household();
      await ask(said!, true);
      const before = facts();
      for (const question of [
        "what's my blood group?",
        'what is my blood type?',
        'what blood group am I?',
        'what blood type am I?',
      ]) {
        const run = await ask(question);
        expect(run.answer, question).toBe(kept);
        expect(run.names, question).not.toContain('knowledge_ask');
      }
      expect(facts()).toEqual(before);
    }
  });

  it('a job kept as "occupation", a birthday as "date of birth" answer the other word', async () => {
    const { ask, remember } = await household();
    await remember([
      ['occupation', 'pharmacist'],
      ['date of birth', '9 May 1984'],
    ]);
    expect((await ask("what's my job?")).answer).toBe('Your occupation is pharmacist.');
    expect((await ask('what do I do for a living?')).answer).toBe('Your occupation is pharmacist.');
    const birthday = await ask("when's my birthday?");
    expect(birthday.answer).toContain('9 May 1984');
    expect(birthday.names).not.toContain('knowledge_ask');
  });
});

describe('where I work, read from a job kept with its place, s44', () => {
  it('"where do I work?", "who do I work for?", "what company do I work for?"', async () => {
    const { ask, remember, facts } = await household();
    await remember([['job', 'water engineer at Fenland Water']]);
    const before = facts();
    for (const question of ['where do I work?', 'who do I work for?', 'what company do I work for?'])
      expect((await ask(question)).answer, question).toBe(
        'You work at Fenland Water (your job: water engineer at Fenland Water).',
      );
    expect((await ask("what's my job?")).answer).toBe('Your job is water engineer at Fenland Water.');
    expect(facts()).toEqual(before);
    // A workplace kept answers itself; a job with no place says nothing of where.
    await remember([['employer', 'Lincs Pharmacy']]);
    expect((await ask('where do I work?')).answer).toBe('Your employer is Lincs Pharmacy.');
    const other = await household();
    await other.remember([['job', 'pharmacist']]);
    expect((await other.ask('where do I work?')).answer).not.toContain('You work at');
  });
});

describe('where someone else works, read from their job kept with its place, s44', () => {
  it('"where does my wife work?", "who does Orla work for?"', async () => {
    const { ask, remember, facts } = await household();
    await remember([
      ["wife's name", 'Orla'],
      ["wife's job", 'pharmacist at Lincs Pharmacy'],
    ]);
    const before = facts();
    for (const question of ['where does my wife work?', 'who does my wife work for?'])
      expect((await ask(question)).answer, question).toBe(
        "Your wife works at Lincs Pharmacy (your wife's job: pharmacist at Lincs Pharmacy).",
      );
    expect((await ask('who does Orla work for?')).answer).toBe(
      "Orla works at Lincs Pharmacy (your wife's job: pharmacist at Lincs Pharmacy).",
    );
    expect((await ask('where does my brother work?')).answer).not.toContain('works at');
    expect(facts()).toEqual(before);
  });
});

describe("a wife's name kept as 'wife name' links to her job, s44", () => {
  it('"what does Orla do for work?" with "wife name" or "wife\'s name" or "wife" kept', async () => {
    for (const [key, value] of [
      ['wife name', "Orla and she's a pharmacist"],
      ['wife name', 'Orla'],
      ["wife's name", 'Orla'],
      ['wife', 'Orla'],
    ]) {
      const { ask, remember } = await household();
      await remember([
        [key!, value!],
        ["wife's job", 'pharmacist'],
      ]);
      for (const question of ['what does Orla do for work?', 'what does Orla do?']) {
        const run = await ask(question);
        expect(run.answer, `${key}: ${question}`).toBe('Orla (your wife) is a pharmacist.');
        expect(run.names, question).not.toContain('knowledge_ask');
      }
    }
  });

  it('"who is Orla?" says her name, not the whole sentence kept with it', async () => {
    const { ask, remember } = await household();
    await remember([['wife name', "Orla and she's a pharmacist"]]);
    expect((await ask('who is Orla?')).answer).toBe('Orla is your wife.');
  });
});
