import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

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
});
