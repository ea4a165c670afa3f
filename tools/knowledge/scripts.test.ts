import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { knowledgeCapability } from './index.js';
import { queryTerms, wordBreaks, words } from './text.js';

const caller = { kind: 'person' as const, id: 'test' };

/** Scripts written without spaces between words (Chinese, Japanese, Thai) in the index and in queries. */
describe('knowledge words of scripts without spaces', () => {
  it('cuts Chinese, Japanese and Thai runs into words and leaves every other text exactly as it is', () => {
    expect(words('京都の旅館は朝食付きです')).toEqual(['京都', 'の', '旅館', 'は', '朝食', '付き', 'です']);
    expect(words('我们的酒店在上海')).toEqual(['我们', '的', '酒店', '在', '上海']);
    // Thai vowel and tone marks are inside words: kept out of the index's copy (FTS5 would cut there).
    expect(words('ร้านอาหารเปิดทุกวัน')).toEqual(['ราน', 'อาหาร', 'เปด', 'ทก', 'วน']);
    // Kana next to Latin letters and digits: each its own word.
    expect(words('Wi-Fiのパスワードは7788abc')).toEqual(['wi', 'fi', 'の', 'パスワード', 'は', '7788abc']);
    for (const text of [
      'The rent is 1200 euros.',
      "Zoë's café — naïve über straße",
      'Санторини 7:30',
      '',
      '🎉🍰',
    ])
      expect(wordBreaks(text)).toBe(text);
    // Particles, copulas and question words are framing, as English stop words are.
    expect(queryTerms('朝食は何時からですか')).toEqual(['朝食']);
    expect(queryTerms('酒店在哪里')).toEqual(['酒店']);
  });

  it('finds a word inside a Japanese sentence, quotes the stored text unchanged, and re-indexes chunks learned before (migration 6, idempotent)', async () => {
    const open = (path?: string) => {
      const cartridge = testCartridge(path ? { path } : {});
      const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
      const run = async (tool: string, input: Record<string, unknown>) => {
        const result = await executor.execute(tool, input, { caller, approved: true });
        if (!result.ok) throw new Error(`${tool}: ${result.error.message}`);
        // biome-ignore lint/suspicious/noExplicitAny: test access to each tool's output.
        return result.output as any;
      };
      return { cartridge, run };
    };
    const { cartridge, run } = open();
    const dir = testDir('fazt-knowledge-scripts-');
    const line = '京都の旅館は朝食付きです。夕食は19時からです。';
    writeFileSync(join(dir, 'kyoto.md'), `# 旅の計画\n\n${line}\n\nThe train leaves at 8.\n`);
    await run('knowledge_learn', { paths: [dir] });
    const found = await run('knowledge_search', { query: '旅館' });
    expect(found.passages[0]?.text).toContain(line);
    expect(found.passages[0]?.lineStart).toBe(1);
    const answer = await run('knowledge_ask', { question: '夕食は何時からですか' });
    expect(answer.known).toBe(true);
    expect(answer.answer).toContain('夕食は19時からです。');
    expect(answer.citations[0]).toMatchObject({ path: join(dir, 'kyoto.md'), lineStart: 3 });

    // A cartridge learned before: its index holds each run as one token.
    cartridge.db.exec(`
      DELETE FROM knowledge_fts;
      INSERT INTO knowledge_fts (rowid, heading, text) SELECT id, heading, text FROM knowledge_chunks;
      UPDATE capability_schema SET version = 5 WHERE capability = 'knowledge';`);
    const terms = () =>
      cartridge.prepare('SELECT term FROM knowledge_fts_vocab ORDER BY term').pluck().all() as string[];
    expect(terms()).not.toContain('旅館');
    cartridge.close();
    const again = open(cartridge.path);
    applyCapabilityMigrations(again.cartridge, knowledgeCapability);
    const indexed = () =>
      again.cartridge.prepare('SELECT rowid, heading, text FROM knowledge_fts ORDER BY rowid').all();
    const once = indexed();
    expect((await again.run('knowledge_search', { query: '旅館' })).passages[0]?.text).toContain(line);
    again.cartridge.close();
    const third = open(cartridge.path);
    third.cartridge.prepare("UPDATE capability_schema SET version = 5 WHERE capability = 'knowledge'").run();
    third.cartridge.close();
    const fourth = open(cartridge.path);
    applyCapabilityMigrations(fourth.cartridge, knowledgeCapability);
    expect(
      fourth.cartridge.prepare('SELECT rowid, heading, text FROM knowledge_fts ORDER BY rowid').all(),
    ).toEqual(once);
    expect(fourth.cartridge.prepare('SELECT count(*) FROM knowledge_fts').pluck().get()).toBe(
      fourth.cartridge.prepare('SELECT count(*) FROM knowledge_chunks').pluck().get(),
    );
  });
});
