import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';
import { notYoursLines } from './whose-file.js';

/**
 * s44 (stranger): "what am I allergic to?" answered from a note headed "Medical note — Orla
 * Wrenfield" says whose the note is; it is never given as the asker's own.
 */

async function household() {
  const world = offlineWorld();
  const dir = testDir('fazt-whose-29b-');
  writeFileSync(
    join(dir, 'medical.md'),
    '# Medical note — Orla Wrenfield\n\nGP: Dr. Imogen Tully, Marsh Lane Surgery, 01522 700 281\nNHS number: 485 777 3456\nAllergies: penicillin (rash), tree nuts (anaphylaxis)\nBlood group: O negative\n',
  );
  writeFileSync(
    join(dir, 'car.md'),
    '# Car\n\nInsurer: Hedgerow Motor\nThe car insurance renews 8 April 2027.\n',
  );
  await world.ask(`learn ${dir}`, true);
  return world;
}

describe("a first-person question answered from another person's document, s44", () => {
  it('says whose the document is, for any question about me', async () => {
    const { ask, facts } = await household();
    for (const [question, line] of [
      ['what am I allergic to?', 'Allergies: penicillin'],
      ["what's my blood group?", 'Blood group: O negative'],
      ['who is my GP?', 'GP: Dr. Imogen Tully'],
      ["what's my NHS number?", 'NHS number: 485 777 3456'],
    ]) {
      const run = await ask(question!);
      expect(run.answer, question).toContain('medical.md is about Orla Wrenfield, so this may not be yours:');
      expect(run.answer, question).toContain(line!);
    }
    expect(facts()).toEqual([]);
    // Named, or from a document that names nobody: said as before.
    const orla = await ask('what is Orla allergic to?');
    expect(orla.answer).toContain('Allergies: penicillin');
    expect(orla.answer).not.toContain('may not be yours');
    const car = await ask('who is my car insurer?');
    expect(car.answer).toContain('Hedgerow Motor');
    expect(car.answer).not.toContain('is about');
  });

  it('notYoursLines reads a question about me only', () => {
    const about = [{ name: 'medical.md', person: 'Orla Wrenfield' }];
    expect(notYoursLines("what's my blood group?", about)).toEqual([
      'medical.md is about Orla Wrenfield, so this may not be yours:',
    ]);
    expect(notYoursLines("what's Orla's blood group?", about)).toEqual([]);
    expect(notYoursLines('what is the blood group?', about)).toEqual([]);
  });
});
