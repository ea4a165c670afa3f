import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * k32b 1: a question naming a learned file by its file name ("what does notes.txt contain?",
 * "contents of energy-bills.csv") goes to the documents and is answered with the file whole,
 * not looked up as a remembered fact or a note called "in lease.md". A file name never learned is
 * said plainly; a note that mentions a file name is still a note, and notes are still searched.
 */
const PAPERS: Record<string, string> = {
  'notes.txt': 'The bins go out on Tuesday night.\nSpare key is with the neighbour at number 12.\n',
  'lease.md': '# Lease\nLandlord: Maria Jones\nMove-in date: 1 September 2025\n',
  'recipes.md': '# Recipes\n## Pancakes\nFlour 200g, milk 300ml, 2 eggs.\n',
  'hotel-booking.txt': 'Booking confirmation: Hotel Lisboa Plaza\nCheck-in: 14 March 2026 from 15:00\n',
  'energy-bills.csv': 'month,date,amount\nSeptember,2025-09-15,63.20\nOctober,2025-10-15,78.50\n',
};

const world = async () => {
  const w = offlineWorld();
  const dir = testDir('fazt-file-named-32-');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(PAPERS)) writeFileSync(join(dir, name), text);
  await w.ask(`learn ${dir}`, true);
  return w;
};

describe('a learned file asked by its file name (k32b 1)', () => {
  it.each([
    ['what does notes.txt contain?', 'notes.txt holds 2 lines', 'Spare key is with the neighbour'],
    ["what's in lease.md?", 'lease.md holds 3 lines', 'Landlord: Maria Jones'],
    ['what is in lease.md?', 'lease.md holds 3 lines', 'Move-in date'],
    ['show me recipes.md', 'recipes.md holds 3 lines', 'Pancakes'],
    ['open notes.txt', 'notes.txt holds 2 lines', 'The bins go out'],
    ['read me the booking file', 'hotel-booking.txt holds 2 lines', 'Check-in: 14 March 2026'],
    ['contents of energy-bills.csv', 'energy-bills.csv holds 3 lines', 'October,2025-10-15,78.50'],
    ['what are the contents of energy-bills.csv?', 'energy-bills.csv holds 3 lines', 'September'],
  ])('%s', async (question, head, line) => {
    const { ask } = await world();
    const run = await ask(question);
    expect(run.names).toEqual(['knowledge_ask']);
    expect(run.answer).toContain(head);
    expect(run.answer).toContain(line);
  });

  it('a file name never learned is said plainly, not searched for', async () => {
    const { ask } = await world();
    const run = await ask("what's in taxes.pdf?");
    expect(run.names).toEqual(['knowledge_ask']);
    expect(run.answer).toContain('I have not learned a file named taxes.pdf.');
    expect(run.answer).not.toContain('remembered');
  });

  it('a note mentioning a file name is still a note; notes are still searched', async () => {
    const w = await world();
    const noted = await w.ask('note: check notes.txt later');
    expect(noted.names).toEqual(['notes_add']);
    expect(w.notes()).toContain('check notes.txt later');
    const searched = await w.ask('search my notes for lease');
    expect(searched.names).toEqual(['notes_search']);
  });
});
