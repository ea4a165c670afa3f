import { describe, expect, it } from 'vitest';
import { testCartridge } from '../test/helpers/runtime.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('cartridge.asyncTransaction', () => {
  const put = (cartridge: ReturnType<typeof testCartridge>, id: string) =>
    cartridge.documents.put('things', { id }, id);

  it('holds one transaction across awaits: everything commits together, or nothing on a throw', async () => {
    const cartridge = testCartridge();
    await cartridge.asyncTransaction(async () => {
      put(cartridge, 'a');
      await wait(5);
      put(cartridge, 'b');
    });
    expect(cartridge.documents.count()).toBe(2);
    await expect(
      cartridge.asyncTransaction(async () => {
        put(cartridge, 'c');
        await wait(5);
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    expect(cartridge.documents.count()).toBe(2);
    expect(cartridge.db.inTransaction).toBe(false);
  });

  it('a second writer in the same process waits until the first commits, never joining it', async () => {
    const cartridge = testCartridge();
    const order: string[] = [];
    const first = cartridge.asyncTransaction(async () => {
      put(cartridge, 'first');
      await wait(20);
      order.push('first done');
      throw new Error('first fails');
    });
    const second = cartridge.exclusive(() =>
      cartridge.transaction(() => {
        order.push('second runs');
        put(cartridge, 'second');
      }),
    );
    await expect(first).rejects.toThrow('first fails');
    await second;
    expect(order).toEqual(['first done', 'second runs']);
    expect(cartridge.documents.get('things', 'second')).toBeDefined();
    expect(cartridge.documents.get('things', 'first')).toBeUndefined();
  });
});
