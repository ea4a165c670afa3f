/**
 * Question words, particles and light verbs of Chinese, Japanese and Korean, which a question
 * needs to be a question and never names what it is about (issue 10, stranger round 7): "咖啡豆
 * 多少钱?" asks of the coffee beans, and "咖啡豆每公斤120元" answers it without 多少钱. ICU's
 * segmenter (`Intl.Segmenter`, see text.ts `wordBreaks`) cuts a question word sometimes as one
 * word (多少钱, 几点, 什么时候) and sometimes in pieces (几 | 号, 多少 | 钱), so a question word is
 * known by how it starts (`QUESTION_STARTS`), and the measure word after a bare question word
 * (钱, 点, 号 after 多少 or 几) is part of it. Hand-made from each language's interrogatives,
 * particles, copulas and light verbs.
 */
import { words } from './text.js';

/** How a question word starts: Chinese (simplified and traditional), Japanese and Korean. */
const QUESTION_STARTS = [
  // Chinese: how much/many, which, what, who, how, why, when.
  '多少',
  '几',
  '幾',
  '什么',
  '什麼',
  '啥',
  '哪',
  '谁',
  '誰',
  '怎',
  '为什么',
  '為什麼',
  '为何',
  '為何',
  '如何',
  '何',
  // Japanese (kana; kanji 何 and 誰 above).
  'いつ',
  'どこ',
  'どう',
  'どの',
  'どれ',
  'どちら',
  'どんな',
  'だれ',
  'なに',
  'なん',
  'なぜ',
  'いくら',
  'いくつ',
  // Korean: how much, how many, when, where, who, what, why, how, which.
  '얼마',
  '몇',
  '언제',
  '어디',
  '누구',
  '누가',
  '무엇',
  '뭐',
  '뭘',
  '뭔',
  '무슨',
  '왜',
  '어떻게',
  '어떤',
  '어느',
];

/**
 * Particles, copulas, pronouns and light verbs ("是", "有", "做"; "です", "ます", "する", "し";
 * "있어요"), as ICU cuts them: never the subject of a question.
 */
const FUNCTION_WORDS = new Set(
  `吗 嗎 呢 吧 啊 呀 的 了 是 有 在 做 要 想 能 会 會 可以 需要 应该 應該 得 地 着 過 过 和 与 與 跟 给 給 把 被 对 對 从 從 到
交 缴 繳 付 支付 拿 带 帶 用 去 来 來 办 辦 让 讓 必须 必須 时候 時候
我 你 您 他 她 它 我们 我們 你们 你們 他们 他們 这 這 那 这个 這個 那个 那個 这些 那些 个 個 都 也 还 還 就 呢 请 請 告诉 告訴
は が の を に へ と で や も か な ね よ から まで より です でした ですか だ だった である ます ました ません ませ
する し します した して しますか される できる できます ある あります あった いる います いた なる なります
私 僕 あなた 彼 彼女 これ それ あれ この その あの ここ そこ あそこ ください 教え 教えて
은 는 이 가 을 를 에 에서 의 도 로 으로 와 과 까지 부터 에게 한테 만 요 예요 이에요 입니까 습니까 있어요 있나요 있습니까 있니
해요 하나요 합니까 나 제 내 우리`.split(/\s+/),
);

/** Measure and unit words a bare question word takes after it (多少 | 钱, 几 | 点, 几 | 号). */
const MEASURES = new Set(
  '钱 錢 点 點 点钟 點鐘 钟 鐘 个 個 号 號 天 日 月 年 次 岁 歲 人 位 本 张 張 块 塊 分 时 時 時間 回 つ 個 시 개 번 명 살 원'.split(
    ' ',
  ),
);

const startsAQuestion = (word: string) => QUESTION_STARTS.some((start) => word.startsWith(start));

/**
 * The words of `question` (as `words` cuts them) that are CJK question words, particles or light
 * verbs, never required of a sentence: each word that starts like a question word, the measure
 * word right after one (多少 | 钱), each function word, and the pieces ICU cuts a light verb into (ありま | すか). Empty for a question with no CJK text.
 */
export function cjkFramingWords(question: string): Set<string> {
  const out = new Set<string>();
  const list = words(question);
  list.forEach((word, index) => {
    if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word)) return;
    const before = list[index - 1];
    if (
      startsAQuestion(word) ||
      FUNCTION_WORDS.has(word) ||
      (before !== undefined && startsAQuestion(before) && MEASURES.has(word)) ||
      // Korean writes the ending on the measure: 몇 | 시야 ("what time is it?").
      (before === '몇' && /^\p{Script=Hangul}/u.test(word) && MEASURES.has(word.slice(0, 1)))
    )
      out.add(word);
    // A light verb ICU cuts into pieces ("ありますか" → ありま | すか): every piece is framing.
    for (let end = index + 2; end <= Math.min(list.length, index + 3); end += 1) {
      const joined = list.slice(index, end).join('');
      if (!/^\p{Script=Hiragana}+$/u.test(joined)) break;
      if (FUNCTION_WORDS.has(joined) || FUNCTION_WORDS.has(joined.replace(/[かねよ]+$/u, '')))
        for (const piece of list.slice(index, end)) out.add(piece);
    }
  });
  return out;
}

/**
 * The stem a Japanese verb or adjective is found by in other forms: its leading kanji when kana
 * follow them ("食べる" → "食", which "食べます" is cut into by ICU: 食 | べ | ます), else undefined.
 */
export function kanjiStem(word: string): string | undefined {
  const match = /^(\p{Script=Han}+)\p{Script=Hiragana}+$/u.exec(word);
  return match?.[1];
}

/**
 * Korean particles a noun is written with (issue 7, S11): topic, subject, object, place,
 * possessive, "until", "from", "to", "also", "with", "only". "고양이는", "고양이가" and "고양이를"
 * are one noun. Strong ones rarely end a noun themselves; weak ones (이, 가, 의, 도, 로, 와, 과)
 * often do ("고양이", "회의"), so they are taken off only a noun of two syllables or more.
 */
const STRONG_PARTICLES = ['에서', '에게', '한테', '까지', '부터', '으로', '은', '는', '을', '를', '에', '만'];
const WEAK_PARTICLES = ['이', '가', '의', '도', '로', '와', '과'];
const PARTICLES = [...STRONG_PARTICLES, ...WEAK_PARTICLES];

/**
 * A Korean word (Hangul only) without its particle, and with each particle, as the index may
 * hold it: "고양이가" → 고양이가, 고양이, 고양이는, 고양이를, …. Empty for any other word.
 * The bare noun is kept too, and a weak particle is taken off only when two syllables are left.
 */
export function hangulForms(word: string): string[] {
  if (!/^\p{Script=Hangul}{2,}$/u.test(word)) return [];
  const bases = new Set([word]);
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const base = word.slice(0, -particle.length);
    const least = STRONG_PARTICLES.includes(particle) ? 1 : 2;
    if ([...base].length >= least) bases.add(base);
    break;
  }
  const out = new Set<string>();
  for (const base of bases) {
    out.add(base);
    for (const particle of PARTICLES) out.add(`${base}${particle}`);
  }
  return [...out];
}
