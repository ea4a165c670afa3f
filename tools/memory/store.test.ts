import { describe, expect, it } from 'vitest';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createMemoryStore, normaliseKey } from './store.js';

describe('memory store', () => {
  it('normalises keys: case, punctuation and a leading "my"/"the" do not matter', () => {
    expect(normaliseKey('My Bike-Lock Code!')).toBe('bike lock code');
    expect(normaliseKey('the garage code')).toBe('garage code');
    expect(normaliseKey("Leo's shoe size")).toBe(normaliseKey('leo shoe size'));
    expect(normaliseKey('Sam’s birthday')).toBe('sam birthday');
    expect(normaliseKey("don't forget list")).toBe('dont forget list');
    expect(normaliseKey('my')).toBe('my');
  });

  it('remembers, updates in place and reports what it replaced', () => {
    const memory = createMemoryStore(testCartridge());
    const first = memory.remember('My bike lock code', '4312');
    expect(first).toMatchObject({ created: true, previous: undefined });
    expect(first.entry).toMatchObject({ key: 'bike lock code', label: 'My bike lock code', value: '4312' });
    const second = memory.remember('bike lock code', '9999');
    expect(second).toMatchObject({ created: false, previous: '4312' });
    expect(second.entry.label).toBe('My bike lock code');
    expect(second.entry.createdAt).toBe(first.entry.createdAt);
    expect(memory.count()).toBe(1);
    expect(memory.get('BIKE LOCK CODE')?.value).toBe('9999');
  });

  it('recalls "bike lock code" when the fact was stored as "my bike lock code"', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('my bike lock code', '4312');
    memory.remember('wifi password', 'hunter2');
    const [best] = memory.recall('bike lock code');
    expect(best).toMatchObject({ score: 1, entry: { value: '4312' } });
  });

  it('recalls despite typos and rewording, best match first', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('my bike lock code', '4312');
    memory.remember('garage door code', '7781');
    memory.remember('passport number', 'X1234567');
    expect(memory.recall('bike lokc code')[0]?.entry.value).toBe('4312');
    expect(memory.recall('what is the code for my bike lock')[0]?.entry.value).toBe('4312');
    expect(memory.recall('pasport numbr')[0]?.entry.value).toBe('X1234567');
    const fuzzy = memory.recall('garage code')[0];
    expect(fuzzy?.entry.value).toBe('7781');
    expect(fuzzy?.score).toBeLessThan(1);
  });

  it('recalls nothing for an unrelated query rather than a wrong guess', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('my bike lock code', '4312');
    expect(memory.recall('dentist appointment')).toEqual([]);
    expect(memory.recall('   ')).toEqual([]);
  });

  it('lists newest first with paging, and forgets by any spelling of the key', () => {
    const memory = createMemoryStore(testCartridge());
    for (const [index, key] of ['alpha', 'beta', 'gamma'].entries()) {
      memory.remember(key, String(index));
    }
    expect(memory.list({ limit: 2 })).toHaveLength(2);
    expect(memory.list({ limit: 10, offset: 2 })).toHaveLength(1);
    expect(memory.forget('The Beta')?.value).toBe('1');
    expect(memory.forget('beta')).toBeUndefined();
    expect(memory.count()).toBe(2);
  });

  it('keeps values of any JSON type', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('numbers', [1, 2, 3]);
    memory.remember('nested', { a: { b: null } });
    expect(memory.get('numbers')?.value).toEqual([1, 2, 3]);
    expect(memory.get('nested')?.value).toEqual({ a: { b: null } });
  });
});
