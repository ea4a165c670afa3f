import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/** Chinese, Japanese and Thai are written without spaces: each word of them is searchable (issue 10, S6). */
describe('fazt knowledge on scripts without spaces (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-scripts-');
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[]) => runCli(args, { cartridge: cart.path });

  it('finds a Japanese, Chinese or Thai word inside a sentence, answers a Japanese question, and cites the line as written', async () => {
    const dir = join(cart.dir, 'travel');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'osaka.md'),
      '# 大阪の旅\n\n駅の近くの旅館に泊まります。朝食は7時半からです。\n\n## 上海\n\n我们的酒店在外滩附近。\n\n## กรุงเทพ\n\nร้านอาหารเปิดทุกวันตอนเย็น\n',
    );
    writeFileSync(join(dir, 'english.md'), '# Packing\n\nPack the rain jacket and the charger.\n');
    const learned = await cli(['learn', dir]);
    expect(learned.code).toBe(0);
    for (const [word, line] of [
      ['旅館', '駅の近くの旅館に泊まります。'],
      ['朝食', '朝食は7時半からです。'],
      ['酒店', '我们的酒店在外滩附近。'],
      ['ร้านอาหาร', 'ร้านอาหารเปิดทุกวันตอนเย็น'],
    ]) {
      const found = await cli(['knowledge', 'search', word as string]);
      expect(found.code, word).toBe(0);
      expect(found.stdout, word).toMatch(/^Found 1 passage:/);
      expect(found.stdout, word).toContain(line);
    }
    const asked = await cli(['knowledge', 'ask', '朝食は何時からですか']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('朝食は7時半からです。 (osaka.md:3)');
    const english = await cli(['knowledge', 'search', 'rain jacket']);
    // The search cites the line that matches, not the whole small file (S32 LOW, k20-wraps).
    expect(english.stdout).toContain('english.md:3 ');
    const none = await cli(['knowledge', 'search', '新幹線']);
    expect(none.stdout).toMatch(/^Nothing in your documents matches 新幹線|No passage holds the words/);
  }, 120_000);
});
