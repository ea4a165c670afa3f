import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useMemoryCli } from '../helpers/cli.js';

/**
 * S48 (issue 7 item 1's kind): "parallel key A10" beside a kept "parallel key B10" was taken for a
 * typo of it, and nothing was written while `fazt run` exited 0. A word holding a digit is an
 * identifier, matched exactly; a write that writes nothing and asks back exits 3 from `fazt run`
 * as from `fazt ask`.
 */
describe('identifiers that differ by a letter are different facts (CLI)', () => {
  const { cart, ask } = useMemoryCli();
  const remember = (key: string, value: string) =>
    runCli(['run', 'memory_remember', JSON.stringify({ key, value })], { cartridge: cart().path });

  it('A10 beside B10, flat 3A beside 3B: each is written and recalled as itself', async () => {
    for (const [key, value] of [
      ['parallel key B10', 'valueB10'],
      ['parallel key A10', 'valueA10'],
      ['flat 3B door code', '1111'],
      ['flat 3A door code', '2222'],
      ['room C12 key', 'blue'],
      ['room D12 key', 'red'],
    ]) {
      const written = await remember(key!, value!);
      expect(written.code, written.stdout).toBe(0);
      expect(written.stdout).toMatch(/^Remembered/);
    }
    const list = await runCliJson<{ total: number }>(['run', 'memory_list', '--json'], {
      cartridge: cart().path,
    });
    expect(list.total).toBe(6);
    expect((await ask('what is my parallel key A10?')).stdout).toBe('Your parallel key A10 is valueA10.\n');
    expect((await ask('what is my room D12 key?')).stdout).toBe('Your room D12 key is red.\n');
  });

  it('a typo that writes nothing and asks back exits 3 from `fazt run`; a read that asks which exits 0', async () => {
    expect((await remember('gym locker', '118')).code).toBe(0);
    const typo = await remember('gim locker', '120');
    expect(typo.stdout).toContain('Nothing was changed');
    expect(typo.code).toBe(3);
    const json = await runCli(
      ['run', 'memory_remember', JSON.stringify({ key: 'gim locker', value: '120' }), '--json'],
      { cartridge: cart().path },
    );
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ kept: true, created: false });
    await remember('work wifi password', 'a1');
    const read = await runCli(['run', 'memory_recall', '{"key":"password"}'], { cartridge: cart().path });
    expect(read.code).toBe(0);
  });
});
