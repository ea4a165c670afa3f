import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * Issue 7, S24 (stranger): "change my locker number to 30" when it already was 30 answered
 * "Already remembered" and still logged `memory.remembered` with `previous` equal to `value`, so
 * "what did I update today?" listed a change that never happened. Storing the same value again
 * changes nothing: no event.
 */
describe('the same value stored again', () => {
  const remembered = (cartridge: ReturnType<typeof offlineWorld>['cartridge']) =>
    cartridge.prepare("SELECT count(*) AS n FROM events WHERE type = 'memory.remembered'").get() as {
      n: number;
    };

  it('logs no event and is never listed as a change', async () => {
    const world = offlineWorld();
    await world.remember([['locker number', '21']]);
    await world.ask('change my locker number to 30', true);
    expect(remembered(world.cartridge).n).toBe(2);
    const again = await world.ask('change my locker number to 30', true);
    expect(again.answer).toMatch(/^Already remembered: your locker number is 30\.$/);
    expect(remembered(world.cartridge).n).toBe(2);
    await world.remember([['locker number', '30']]);
    expect(remembered(world.cartridge).n).toBe(2);
    const changes = await world.ask('what did I update today?');
    // The first write and the one real change: 2 changes, one of them "changed".
    expect(changes.answer).toMatch(/^Today, 2 changes/);
    expect(changes.answer.match(/changed your locker number/g)).toHaveLength(1);
    expect(changes.names).not.toContain('memory_remember');
  });

  it('a new value and a new secret value are still logged', async () => {
    const world = offlineWorld();
    await world.remember([
      ['locker number', '21'],
      ['bank PIN', '1111'],
    ]);
    await world.remember([
      ['locker number', '22'],
      ['bank PIN', '2222'],
    ]);
    expect(remembered(world.cartridge).n).toBe(4);
  });
});
