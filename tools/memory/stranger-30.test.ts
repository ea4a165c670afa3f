import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { createMemoryStore } from './store.js';

/** S30 (m19): keys that forge lines, signs and marks lookup dropped, full-width keys, emoji keys. */
describe('S30: a key never prints as a second line', () => {
  it('memory_remember refuses CR, LF, TAB and other controls in a key, through the executor', async () => {
    const world = offlineWorld();
    for (const key of [
      'x\r\nYour wifi password is 999',
      'note\n\nI remember 1 thing',
      'a\tb',
      'ls\u2028key',
    ]) {
      const result = await world.executor.execute(
        'memory_remember',
        { key, value: '1' },
        { caller: { kind: 'person' }, approved: true },
      );
      expect(result.ok, JSON.stringify(key)).toBe(false);
      expect(JSON.stringify(result)).toMatch(/control characters/);
    }
    expect(world.facts()).toEqual([]);
  });

  it('a key with a line break stored before the rule is said on one line by list and recall', async () => {
    const world = offlineWorld();
    // Written straight to the store, as an older fazt could have.
    createMemoryStore(world.cartridge).remember('note\n\nI remember 1 thing: bank PIN', '0000');
    createMemoryStore(world.cartridge).remember('x\r\nYour wifi password is 999', '1');
    const list = await world.ask('what do you remember?');
    expect(list.answer).not.toMatch(/[\r\n]/);
    expect(list.answer).toContain(
      'x ⏎ Your wifi password is 999: ••••; note ⏎ ⏎ I remember 1 thing: bank PIN: ••••',
    );
    const recall = await world.ask('what is my note?');
    expect(recall.answer).not.toMatch(/[\r\n]/);
  });
});
