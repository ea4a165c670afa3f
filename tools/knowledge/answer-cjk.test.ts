import { describe, expect, it } from 'vitest';
import { learnPapers } from '../../test/helpers/knowledge.js';
import { cjkFramingWords, kanjiStem } from './cjk.js';
import { fold } from './lexicon.js';

/**
 * Chinese, Japanese and Korean questions (issue 10, stranger round 7): their question words,
 * particles and light verbs are never required of a sentence, however ICU cuts them (多少钱 as
 * one word, 多少 | 钱 as two), and an unrelated question still gets "I don't know".
 */
describe('CJK questions', () => {
  it('asks Chinese prices and times without requiring 多少钱 or 几点', async () => {
    const { ask } = await learnPapers({
      'coffee.txt': '咖啡豆每公斤120元。\n',
      'tea.txt': '茶叶每盒80元。\n',
      'meeting.txt': '会议下午三点开始。\n',
    });
    const coffee = await ask('咖啡豆多少钱?');
    expect(coffee.known).toBe(true);
    expect(coffee.quotes).toEqual(['咖啡豆每公斤120元。']);
    expect((await ask('咖啡豆 多少钱')).quotes).toEqual(['咖啡豆每公斤120元。']);
    expect((await ask('茶叶多少钱?')).quotes).toEqual(['茶叶每盒80元。']);
    expect((await ask('会议几点开始?')).quotes).toEqual(['会议下午三点开始。']);
    expect((await ask('会议几点钟开始?')).quotes).toEqual(['会议下午三点开始。']);
    expect((await ask('会议什么时候开始?')).quotes).toEqual(['会议下午三点开始。']);
    // Nothing learned about cake: no price of anything else.
    expect((await ask('蛋糕多少钱?')).known).toBe(false);
  });

  it('never answers a Chinese question about something else', async () => {
    const { ask } = await learnPapers({ 'tea.txt': '茶叶每盒80元。\n' });
    for (const question of ['咖啡豆 多少钱', '咖啡豆多少钱?', '咖啡豆一公斤多少?']) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(false);
      expect(answer.answer, question).toMatch(/I don't know/);
    }
  });

  it('asks Japanese questions without requiring 何, を or the verb form', async () => {
    const { ask } = await learnPapers({
      'breakfast.txt': '朝ごはんはパンを食べます。\n',
      'chores.txt': '部屋の掃除は土曜日にします。\n',
    });
    expect((await ask('朝ごはんは何を食べる?')).quotes).toEqual(['朝ごはんはパンを食べます。']);
    expect((await ask('朝ごはんは何ですか?')).quotes).toEqual(['朝ごはんはパンを食べます。']);
    expect((await ask('部屋を掃除するのはいつですか?')).quotes).toEqual(['部屋の掃除は土曜日にします。']);
    expect((await ask('昼ごはんは何を食べる?')).known).toBe(false);
  });

  it('asks Korean questions without requiring 얼마 or 언제', async () => {
    const { ask } = await learnPapers({ 'cafe.txt': '커피 한 잔 4000원.\n' });
    expect((await ask('커피 얼마예요?')).quotes).toEqual(['커피 한 잔 4000원.']);
    expect((await ask('녹차 얼마예요?')).known).toBe(false);
  });

  it('knows question words whole or cut', () => {
    expect([...cjkFramingWords('咖啡豆多少钱?')]).toEqual(['多少钱']);
    // Cut in pieces by hand: the measure word after a bare question word goes with it.
    expect([...cjkFramingWords('咖啡豆 多少 钱')]).toEqual(['多少', '钱']);
    expect([...cjkFramingWords('钱 在 哪里')]).toEqual(['在', '哪里']);
    expect([...cjkFramingWords('what is the rent?')]).toEqual([]);
    expect(kanjiStem('食べる')).toBe('食');
    expect(kanjiStem('会议')).toBeUndefined();
  });

  it('folds Latin accents but keeps kana voicing marks and Hangul syllables', () => {
    expect(fold('Café')).toBe('cafe');
    expect(fold('ごはん')).toBe('ごはん');
    expect(fold('パン')).toBe('パン');
    expect(fold('커피')).toBe('커피');
  });
});
