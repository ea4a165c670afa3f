import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { askedKind, statesAskedKind } from './asked-kind.js';

const COURSE = `# Marine Biology 110

Lecturer: Dr. Ines Okafor

## Unit 3: Reefs
Covers coral ecology. Final exam on 9 June 2026, worth 45% of the grade.
The field trip report counts for 20 points.
`;
const SYNC_PY = `# Offsite sync script
import os

SYNC_HOST = "vault.lan"
SYNC_PORT = 2200

def run():
    # rsync to the vault over ssh on port 2200
    os.system("rsync -a ~/ vault.lan:/sync")
`;
const FLATBREAD = `# Flatbread

Serves 6. Takes 40 minutes.

## Steps
1. Mix 500 g of flour with 2 teaspoons of salt.
2. Knead for 10 minutes and rest the dough.
`;
const KETTLE = `<html><head><title>Kettle Manual</title></head><body>
<h1>Brewmaster 5 Manual</h1>
<h2>Specifications</h2>
<table>
<tr><th>Setting</th><th>Value</th></tr>
<tr><td>Water tank</td><td>1.7 litres</td></tr>
<tr><td>Power</td><td>2200 watts</td></tr>
</table>
<p>The kettle weighs 1.2 kg empty.</p>
</body></html>
`;
const SERVER_LOG = `2026-11-01 10:00:01 INFO backup finished
2026-11-01 10:05:12 WARN disk /dev/sdc1 at 96% capacity
2026-11-01 10:06:00 INFO cron ran
`;
const PARTY = `Picnic notes 🎉
The picnic 🧺 is at Lakeside Park on Sunday.
Bring 🍉 for fifteen people.
`;
const HEATER = `Heater notes

The heater is in the attic next to the water pipes. To reset it, press the black switch twice.

The yearly check costs 80 pounds and is done by Warmco every October.
`;

describe('the kind asked, said in other words (issue 10, S14)', () => {
  it('a percentage, points or a weight is what something is worth (HIGH 4)', async () => {
    const { ask } = await learn({ 'course.md': COURSE });
    const worth = await ask('how much is the final exam worth?');
    expect(worth.quotes).toEqual(['Final exam on 9 June 2026, worth 45% of the grade.']);
    const trip = await ask('how much does the field trip report count for?');
    expect(trip.quotes).toEqual(['The field trip report counts for 20 points.']);
  });

  it('light verbs are never required: what port does the sync use? (HIGH 5)', async () => {
    const { ask } = await learn({ 'sync.py': SYNC_PY });
    const port = await ask('what port does the sync use?');
    expect(port.known, port.text).toBe(true);
    expect(port.text).toMatch(/2200/);
  });

  it('rewordings: servings made, how big, how much it holds, almost full (MEDIUM 9)', async () => {
    const { ask } = await learn({
      'flatbread.md': FLATBREAD,
      'kettle.html': KETTLE,
      'server.log': SERVER_LOG,
    });
    const servings = await ask('how many servings does the recipe make?');
    expect(servings.quotes).toEqual(['Serves 6.']);
    const big = await ask('how big is the water tank?');
    expect(big.text).toMatch(/1\.7 litres/);
    const hold = await ask('how much water does the tank hold?');
    expect(hold.text).toMatch(/1\.7 litres/);
    const disk = await ask('what disk is almost full?');
    expect(disk.text).toMatch(/96% capacity/);
    const heavy = await ask('how heavy is the kettle?');
    expect(heavy.text).toMatch(/1\.2 kg/);
  });

  it('a sentence after the one naming the subject is about it; spelled counts count (MEDIUM 11)', async () => {
    const { ask } = await learn({ 'picnic.md': PARTY });
    const people = await ask('how many people is the picnic for?');
    expect(people.text).toMatch(/fifteen people/);
  });

  it('a sentence opening with "it" is quoted with the one naming the subject (LOW 12, 13)', async () => {
    const { ask } = await learn({ 'heater.txt': HEATER, 'flatbread.md': FLATBREAD });
    const reset = await ask('how do I reset the heater?');
    expect(reset.text).toMatch(/The heater is in the attic/);
    expect(reset.text).toMatch(/To reset it/);
    const where = await ask('where is the heater?');
    expect(where.text).not.toMatch(/costs/);
    const minutes = await ask('how many minutes does the flatbread take?');
    expect(minutes.quotes).toEqual(['Takes 40 minutes.']);
  });

  it('a measure of the wrong dimension is no answer: how old, how heavy (never a false answer)', async () => {
    const { ask } = await learn({ 'heater.txt': HEATER, 'kettle.html': KETTLE, 'course.md': COURSE });
    // "press the black switch twice", "80 pounds" (money) and "2200 watts" are no age nor weight.
    for (const question of [
      'how old is the heater?',
      'how heavy is the water tank?',
      'how tall is the kettle?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
    // "Office hours: … 15:30 in Room B-2": "30 in" is no length, a time no distance.
    expect((await ask('how far is the kettle?')).known).toBe(false);
    // What a thing is worth is not the price of its yearly check.
    expect((await ask('how much is the heater worth?')).known).toBe(false);
    // Only the measure asked, of nothing named: no weight of anything else.
    expect((await ask('how heavy is 🎂?')).text).toMatch(/^I don't know: the question does not say/);
    // A degree adverb or light verb dropped never makes an unknown word known.
    expect((await ask('what sauna does the heater use?')).known).toBe(false);
    expect((await ask('how much is the lab report worth?')).known).toBe(false);
  });

  it('counts the thing named before a preposition; an import line says no fact', async () => {
    const { ask } = await learn({ 'flatbread.md': FLATBREAD, 'sync.py': SYNC_PY });
    expect((await ask('how many teaspoons in the flatbread?')).quotes).toEqual([
      'Mix 500 g of flour with 2 teaspoons of salt.',
    ]);
    expect(askedKind('how many in the box?')).toBeUndefined();
    expect((await ask('what is very important?')).known).toBe(false);
  });

  it('reads the measure asked, and which units answer it', () => {
    expect(askedKind('how big is the water tank?')).toEqual({ kind: 'measure', measure: 'big' });
    expect(askedKind('how much is the final exam worth?')).toEqual({ kind: 'measure', measure: 'worth' });
    expect(askedKind('how much does the parcel weigh?')).toEqual({ kind: 'measure', measure: 'weigh' });
    expect(askedKind('how much is the rent?')).toEqual({ kind: 'money' });
    expect(askedKind('how much notice do I need to give?')).toBeUndefined();
    const states = (question: string, text: string, columns?: string[]) =>
      statesAskedKind(
        askedKind(question) as NonNullable<ReturnType<typeof askedKind>>,
        { text, label: false, ...(columns ? { columns } : {}) },
        '',
      );
    expect(states('how much is the exam worth?', 'worth 40% of the grade')).toBe(true);
    expect(states('how much does it count for?', 'counts for twenty points')).toBe(true);
    expect(states('how big is the tank?', 'Water tank 1.8 litres', ['Setting', 'Value'])).toBe(true);
    expect(states('how big is the tank?', 'Boiler pressure 9 bar', ['Setting', 'Value'])).toBe(false);
    expect(states('how heavy is the kettle?', 'The kettle weighs 1.2 kg empty.')).toBe(true);
    expect(states('how heavy is the kettle?', 'I am here with Al.')).toBe(false);
    expect(states('how old is the boiler?', 'Hold it for ten seconds.')).toBe(false);
    expect(states('how old is the boiler?', 'The boiler is 12 years old.')).toBe(true);
    expect(states('how long is the essay?', 'The essay must be 2000 words.')).toBe(true);
    expect(states('how many servings does it make?', 'Serves 4.')).toBe(true);
    expect(states('how many people is it for?', 'Bring cake for seventeen people.')).toBe(true);
  });
});

describe('search says when a passage holds only some of the words (S14 LOW 15)', () => {
  it('"locker 12": a note holding only "12" is not counted as holding your words', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const dir = testDir('fazt-some-');
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'gym.md'), '# Gym\n\nMy locker 12 code is 4471.\n');
    for (let n = 1; n <= 14; n += 1)
      writeFileSync(
        join(dir, 'notes', `note${String(n).padStart(3, '0')}.md`),
        `# Note ${n}\n\nNothing much today.\n`,
      );
    const caller = { kind: 'person' as const, id: 'test' };
    const learned = await executor.execute('knowledge_learn', { paths: [dir] }, { caller, approved: false });
    expect(learned.ok).toBe(true);
    const both = await executor.execute(
      'knowledge_search',
      { query: 'locker 12' },
      { caller, approved: false },
    );
    if (!both.ok) throw new Error(both.error.message);
    const lines = both.text.split('\n');
    expect(lines[0], both.text).toMatch(
      /^Found \d+ passages? with your words \(\d+ with only some, marked "some words"\)/,
    );
    expect(lines.find((line) => line.includes('gym.md'))).not.toContain('[some words]');
    expect(lines.find((line) => line.includes('note012'))).toContain('[some words]');
    // Every passage with every word: said as before.
    const one = await executor.execute('knowledge_search', { query: 'locker' }, { caller, approved: false });
    if (!one.ok) throw new Error(one.error.message);
    expect(one.text).toMatch(/^Found 1 passage:/);
  });
});
