import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { offlineWorld } from '../../test/helpers/offline.js';
import { plainFirstLine } from './title.js';

/**
 * S45 (documents): "when does the home insurance end?" said "I don't know" though the policy,
 * whose first line is "MAIF Home Contents Insurance — …", says "Period: 1 January 2026 to 31
 * December 2026"; "is the home insurance still valid?" invited keeping "my home insurance is
 * valid", a claim never checked. Now the end is quoted, and whether it still holds is that end
 * day against today.
 */
const POLICY = `MAIF Home Contents Insurance — Policy No. HC-55821-LY
Policyholder: Mateus Oliveira
Period: 1 January 2026 to 31 December 2026

Cover
- Theft: covered, excess €300
`;
const OLD = `Allianz Travel Insurance
Insured: Mateus Oliveira
Period: 1 March 2025 to 28 February 2026
`;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 2, 12));
});
afterEach(() => vi.useRealTimers());

describe('a plain first line names a text document', () => {
  it('"when does the home insurance end?" quotes its period', async () => {
    const { ask } = await learn({ 'insurance_policy.txt': POLICY });
    const { answer } = await ask('when does the home insurance end?');
    expect(answer).toContain('Period: 1 January 2026 to 31 December 2026');
  });

  it('reads a short title line only', () => {
    expect(
      plainFirstLine('a.txt', 'MAIF Home Contents Insurance — Policy No. HC-1\nPolicyholder: M\n'),
    ).toContain('Home');
    expect(plainFirstLine('a.txt', 'Policyholder: Mateus\nx')).toBeUndefined();
    expect(
      plainFirstLine('a.txt', 'We moved in on a rainy day and the boiler broke.\nDate: 3 May\n'),
    ).toBeUndefined();
    expect(plainFirstLine('a.md', 'Home Insurance\nInsured: M\n')).toBeUndefined();
    expect(plainFirstLine('a.txt', 'Tiramisù della nonna (per 8)\n\nIngredienti: 500 g\n')).toBeUndefined();
  });
});

describe('"is it still valid?" is its end day against today', () => {
  it('a period still running is "Yes — it runs until …"', async () => {
    const { ask } = await learn({ 'insurance_policy.txt': POLICY, 'travel_insurance.txt': OLD });
    const { answer } = await ask('is the home insurance still valid?');
    expect(answer).toMatch(/^Yes — it runs until 31 December 2026, which is still ahead/);
    expect(answer).toContain('(insurance_policy.txt:3)');
  });

  it('a period over is "No — … so it has lapsed", and "has it expired?" the other way', async () => {
    const { ask } = await learn({ 'insurance_policy.txt': POLICY, 'travel_insurance.txt': OLD });
    expect((await ask('is the travel insurance still valid?')).answer).toMatch(
      /^No — it ran until 28 February 2026/,
    );
    expect((await ask('has the travel insurance expired?')).answer).toMatch(
      /^Yes — it ran until 28 February 2026/,
    );
  });

  it('a thing no document dates is still "I don\'t know"', async () => {
    const { ask } = await learn({ 'insurance_policy.txt': POLICY });
    expect((await ask('is my passport still valid?')).known).toBe(false);
  });
});

describe('the planner never invites keeping "… is valid"', () => {
  it('"is the home insurance still valid?" with nothing remembered asks the documents', async () => {
    const world = offlineWorld();
    const { answer, names } = await world.ask('is the home insurance still valid?');
    expect(answer).not.toMatch(/To keep it|remember my home insurance is valid/);
    expect(names).toContain('knowledge_ask');
    expect(world.facts()).toHaveLength(0);
  });
});
