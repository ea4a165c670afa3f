import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { numbersHeld, wholeNumbers } from './whole-numbers.js';

describe('numbers searched whole (S25 LOW 2)', () => {
  it('holds "1,150" only where those digits stand together, grouped any way', () => {
    const numbers = wholeNumbers('1,150');
    expect(numbers.map((n) => n.written)).toEqual(['1,150']);
    for (const text of [
      'The rent is £1,150 a month.',
      'rent 1150',
      'Miete 1.150 €',
      '£1,150.00 paid',
      'CHF 1’150',
    ])
      expect(numbersHeld(text, numbers), text).toBe(1);
    for (const text of [
      'The excess is £150 for each claim; 1 bedroom.',
      'The rent is £1,200 (was £21,150 a year).',
      'Cover up to £1,150,000.',
      '11150 miles',
    ])
      expect(numbersHeld(text, numbers), text).toBe(0);
  });

  it('reads decimals as part of the number, and leaves a plain number alone', () => {
    const price = wholeNumbers('£612.00');
    expect(numbersHeld('Hotel: £612.00', price)).toBe(1);
    expect(numbersHeld('chunk 612 of 00 photos', price)).toBe(0);
    expect(wholeNumbers('locker 12')).toEqual([]);
    expect(wholeNumbers('flight TP 1362 on 20 April')).toEqual([]);
  });
});

describe('knowledge search lists a number only where it is whole (S25 LOW 2)', () => {
  it('after the rent changed from £1,150 to £1,200, "1,150" is held by no passage', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const dir = testDir('fazt-whole-');
    writeFileSync(join(dir, 'lease.md'), '# Lease\n\nThe rent is £1,200 per calendar month, from 1 March.\n');
    writeFileSync(
      join(dir, 'insurance.md'),
      '# Insurance\n\nThe excess is £150 for each claim; 1 claim a year.\n',
    );
    writeFileSync(join(dir, 'old.md'), '# Old letter\n\nUntil February the rent was 1150 pounds.\n');
    const caller = { kind: 'person' as const, id: 'test' };
    const learned = await executor.execute('knowledge_learn', { paths: [dir] }, { caller, approved: false });
    expect(learned.ok).toBe(true);
    const search = async (query: string) => {
      const result = await executor.execute('knowledge_search', { query }, { caller, approved: false });
      if (!result.ok) throw new Error(result.error.message);
      return result.text.split('\n');
    };
    const old = await search('1,150');
    // The letter writing it "1150" holds it, first; the insurance's "£150" and "1" do not.
    expect(old[0]).toMatch(/^Found 1 passage with your words, and \d+ related/u);
    expect(old[1]).toMatch(/^old\.md/u);
    expect(old.find((line) => line.startsWith('insurance.md'))).toContain('[related]');
    const now = await search('rent 1,200');
    expect(now[1]).toMatch(/^lease\.md/u);
    expect(now[1]).not.toContain('[some words]');
    expect(now.find((line) => line.startsWith('old.md'))).toContain('[some words]');
  });
});
