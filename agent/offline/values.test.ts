import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseTime } from './dates.js';
import { describeField } from './fields.js';
import { cleanContent, cleanName, coerceSlot, parseNumber, parseNumberList } from './values.js';

describe('slot values', () => {
  it('cleans a name: edge punctuation and a leading "my"/"the" go, inner words stay', () => {
    expect(cleanName('my bike lock code?')).toBe('bike lock code');
    expect(cleanName('"the garage code"')).toBe('garage code');
    expect(cleanName("mom's birthday")).toBe("mom's birthday");
    expect(cleanName('my')).toBe('my');
  });

  it('keeps content as typed except sentence punctuation; a password keeps its "!"', () => {
    expect(cleanContent('Hunter2!')).toBe('Hunter2!');
    // A ":" that opens a word is typed (":D"); one before a space is a separator (issue 7, S5).
    expect(cleanContent(':D')).toBe(':D');
    expect(cleanContent(': it is raining')).toBe('it is raining');
    expect(cleanContent('4312.')).toBe('4312');
    // Issue 7, third round: "!" and clusters of marks are what was typed, read back as typed.
    expect(cleanContent('0042!!!')).toBe('0042!!!');
    expect(cleanContent('at noon!')).toBe('at noon!');
    expect(cleanContent('ana.lopez@example.com.')).toBe('ana.lopez@example.com');
    expect(cleanContent('wait...')).toBe('wait...');
    expect(cleanContent('Dr. Alvarez')).toBe('Dr. Alvarez');
    // A code-like word keeps what ends it; a number or a sentence does not (issue 7, second round).
    expect(cleanContent('Tr0ub4dor&3!?')).toBe('Tr0ub4dor&3!?');
    expect(cleanContent('7x?9?')).toBe('7x?9?');
    expect(cleanContent('A+')).toBe('A+');
    expect(cleanContent('O-')).toBe('O-');
    expect(cleanContent('carpe diem…')).toBe('carpe diem…');
    expect(cleanContent('1234?')).toBe('1234');
    expect(cleanContent('at noon?')).toBe('at noon');
  });

  it('drops only a final "." that is sentence punctuation (issue 7, third round)', () => {
    expect(cleanContent('Mochi!?')).toBe('Mochi!?');
    expect(cleanContent('0000!!')).toBe('0000!!');
    expect(cleanContent('12!')).toBe('12!');
    expect(cleanContent('at 5 p.m.')).toBe('at 5 p.m.');
    expect(cleanContent('John Smith Jr.')).toBe('John Smith Jr.');
    expect(cleanContent('apples, pears etc.')).toBe('apples, pears etc.');
    expect(cleanContent('U.S.')).toBe('U.S.');
    expect(cleanContent('P@ss.word.')).toBe('P@ss.word.');
    expect(cleanContent('Mochi.')).toBe('Mochi');
    expect(cleanContent('hunter2.')).toBe('hunter2');
    expect(cleanContent('192.168.1.1.')).toBe('192.168.1.1');
    expect(cleanContent('-18°C.')).toBe('-18°C');
    expect(cleanContent('example.com.')).toBe('example.com');
    expect(cleanContent('the answer is no.')).toBe('the answer is no');
  });

  it('keeps a sign and a capital "A" in a name: "blood type O-", "A team" (issue 7, second round)', () => {
    expect(cleanName('my blood type O-')).toBe('blood type O-');
    expect(cleanName('-5 setting')).toBe('-5 setting');
    expect(cleanName('A team captain')).toBe('A team captain');
    expect(cleanName('a friend of mine')).toBe('friend of mine');
    expect(cleanName('the code -')).toBe('code');
  });

  it('reads numbers in digits, words, ordinals and with a "#"', () => {
    expect(parseNumber('3')).toBe(3);
    expect(parseNumber('#12')).toBe(12);
    expect(parseNumber('number three')).toBe(3);
    expect(parseNumber('twenty one')).toBe(21);
    expect(parseNumber('3rd')).toBe(3);
    expect(parseNumber('third')).toBe(3);
    expect(parseNumber('3 permanently')).toBe(3);
    expect(parseNumber('all my notes')).toBeUndefined();
    expect(parseNumberList('1 and 2')).toEqual([1, 2]);
    expect(parseNumberList('2, 3 and four')).toEqual([2, 3, 4]);
    expect(parseNumberList('1 and milk')).toBeUndefined();
  });

  it('reads times relative to now', () => {
    const now = new Date(2025, 5, 18, 15, 30).getTime();
    expect(parseTime('today', now)).toBe(new Date(2025, 5, 18).getTime());
    expect(parseTime('since yesterday', now)).toBe(new Date(2025, 5, 17).getTime());
    expect(parseTime('in the last hour', now)).toBe(now - 3_600_000);
    expect(parseTime('3 days ago', now)).toBe(now - 3 * 86_400_000);
    expect(parseTime('2025-01-02', now)).toBe(new Date(2025, 0, 2).getTime());
    expect(parseTime('the weather', now)).toBeUndefined();
  });

  it('reads a field from its zod type, through optional and default wrappers', () => {
    const limit = describeField('limit', z.number().int().min(1).default(20).describe('How many.'));
    expect(limit).toMatchObject({ kind: 'number', required: false });
    const since = describeField('since', z.number().int().describe('Unix time in milliseconds.').optional());
    expect(since).toMatchObject({ kind: 'time', required: false });
    const value = describeField('value', z.union([z.string(), z.number(), z.boolean()]));
    expect(value).toMatchObject({ kind: 'union', required: true, accepts: ['string', 'number', 'boolean'] });
    const choice = describeField('choice', z.enum(['red', 'green']));
    expect(choice).toMatchObject({ kind: 'enum', options: ['red', 'green'] });
  });

  it('coerces a slot to its field type or says why not', () => {
    const id = describeField('id', z.number().int());
    expect(coerceSlot(id, 'three', false)).toEqual({ value: 3 });
    expect(coerceSlot(id, '1 and 2', false)).toEqual({ value: 1, more: [2] });
    expect(coerceSlot(id, 'the milk one', false)).toEqual({
      problem: { field: 'id', message: '"the milk one" is not a number' },
    });
    const value = describeField('value', z.union([z.string(), z.number(), z.boolean()]));
    expect(coerceSlot(value, '8080', false)).toEqual({ value: 8080 });
    expect(coerceSlot(value, 'off', false)).toEqual({ value: false });
    expect(coerceSlot(value, '8080', true)).toEqual({ value: '8080' });
    const key = describeField('key', z.string());
    expect(coerceSlot(key, 'my wifi password?', false)).toEqual({ value: 'wifi password' });
    expect(coerceSlot(key, 'my wifi password?', true)).toEqual({ value: 'my wifi password?' });
  });
});
