import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';
import { documentNamed } from './document-named.js';

/**
 * S44 13: "what's in notes.txt?" was read as a fact called "in notes.txt". A question about one
 * learned document as a whole is answered with what it holds, each line cited; lines withheld as
 * secrets when learned are counted, never shown.
 */

const NOTES = 'Household notes\n\nBin day: Wednesday\nStopcock is under the kitchen sink\n';
const LEASE = '# Tenancy agreement\n\nTenants: Tomasz and Orla\n\nMonthly rent: £1,140, due on the 3rd.\n';
const CAR = '# Car file\n\nColour: grey\nMOT due: 17 November 2026\n';
const PAPERS = { 'notes.txt': NOTES, 'tenancy-agreement.md': LEASE, 'car.md': CAR };

describe('which document a question names as a whole', () => {
  const paths = ['/d/notes.txt', '/d/tenancy-agreement.md', '/d/car.md'];
  it.each([
    ["what's in notes.txt?", '/d/notes.txt'],
    ['whats in Notes.TXT', '/d/notes.txt'],
    ['what is in my tenancy agreement?', '/d/tenancy-agreement.md'],
    ['what does notes.txt say?', '/d/notes.txt'],
    ['what does my tenancy agreement document say?', '/d/tenancy-agreement.md'],
    ['notes.txt say', '/d/notes.txt'],
    ['show me car.md', '/d/car.md'],
    ['summarise the car document', '/d/car.md'],
    ['tell me about car.md', '/d/car.md'],
  ])('%s', (question, path) => {
    expect(documentNamed(question, paths)).toEqual({ path });
  });

  it.each([
    'tell me about my car',
    "what's in my notes?",
    "what's in my documents about the front door?",
    'what does my lease say about pets?',
    'what does my tenancy agreement say?',
    "what's in the fridge?",
  ])('%s names no document', (question) => {
    expect(documentNamed(question, paths)).toBeUndefined();
  });
});

describe('a document asked about by name', () => {
  it('is answered with its lines, each cited', async () => {
    const { ask } = await learn(PAPERS);
    for (const question of ["what's in notes.txt?", "what's in my tenancy agreement?"]) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.citations.length, question).toBeGreaterThan(1);
    }
    const notes = await ask("what's in notes.txt?");
    expect(notes.answer).toMatch(
      /^notes\.txt holds 3 lines:\nHousehold notes \(notes\.txt:1\)\nBin day: Wednesday \(notes\.txt:3\)/u,
    );
    expect((await ask('show me car.md')).answer).toContain('MOT due: 17 November 2026 (car.md:4)');
  });

  it('counts lines withheld as secrets, never shows them', async () => {
    const { ask } = await learn({ 'notes.txt': `${NOTES}Wifi password: marmalade-Otter-2291\n` });
    const a = await ask("what's in notes.txt?");
    expect(a.answer).not.toContain('marmalade');
    expect(a.answer).toMatch(/1 line was withheld as secret-holding/u);
  });

  it('through the planner: the document, not a fact called "in notes.txt"', async () => {
    const { ask } = offlineWorld();
    const dir = testDir('fazt-document-named-30-');
    for (const [name, text] of Object.entries(PAPERS)) writeFileSync(join(dir, name), text);
    await ask(`learn ${dir}`);
    const { answer } = await ask("what's in notes.txt?");
    expect(answer).toContain('notes.txt holds 3 lines:');
    expect(answer).not.toMatch(/remembered about in notes|remember that in notes/u);
  });
});
