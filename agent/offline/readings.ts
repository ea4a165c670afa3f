import { isOwnerWord } from '../../cartridge/text-similarity.js';
import {
  clauseCandidates,
  isAside,
  retracts,
  sentences,
  spillsOver,
  withdrawsWrite,
  withoutTrailingAside,
} from './clauses.js';
import type { Interpretation } from './interpret.js';
import { consentLast } from './joints.js';
import { tailSaid, timeAsideSaid, trailingClause } from './tails.js';

/** A call that writes or deletes something. */
function writes(reading: Interpretation): boolean {
  return reading.kind === 'call' && reading.steps.some((step) => step.tool.risk !== 'read');
}

/** A call that keeps something new (a fact, a note, a setting): what "don't save that" takes back. */
function adds(reading: Interpretation): boolean {
  return reading.kind === 'call' && reading.steps.some((step) => step.tool.risk === 'write');
}

/** A call that deletes something. */
function destroys(reading: Interpretation): boolean {
  return reading.kind === 'call' && reading.steps.some((step) => step.tool.risk === 'destructive');
}

/** A call with a key or value running across a sentence end or into an aside ("…, dear? I need …"). */
function spills(reading: Interpretation, request = ''): boolean {
  return (
    reading.kind === 'call' &&
    reading.steps.some((step) =>
      Object.entries(step.input).some(([field, value]) => field !== 'text' && spillsOver(value, request)),
    )
  );
}

/** How useful a reading is: a clean call, then a question to answer, then a spilled call, then asking. */
function rank(reading: Interpretation, request: string): number {
  switch (reading.kind) {
    case 'call':
      return spills(reading, request) ? 1.5 : 3;
    case 'question':
      return 2;
    case 'ask':
      return 1;
    case 'unknown':
      return reading.lookup ? 0.5 : 0;
    default:
      return -1;
  }
}

/** Words that show the person wants something kept or corrected, wherever they sit in the request. */
const KEEP_INTENT =
  /\b(?:re?me?m?be?r|memori[sz]e|keep|save|store|note|jot|write|record|forget|correction|wrong|mixed|mistake|changed|actually|update|typo)\b/i;

/** A value worth keeping even without such words: a number, a code or a name ("Dr. Okafor", "Anna"). */
function factLike(reading: Interpretation): boolean {
  return (
    reading.kind === 'call' &&
    reading.steps.every((step) =>
      Object.entries(step.input).some(
        ([field, value]) => field !== 'key' && typeof value === 'string' && /[\d\p{Lu}]/u.test(value),
      ),
    )
  );
}

const REAL_QUESTION = /^(?:what|which|who|whom|whose|where|when|why|how|do|does|did|is|are|was|were)\b/i;

/**
 * Reads the whole request, and when that gives no clean call, each sentence and each clause
 * without its trailing aside; the most useful reading wins (the whole request on ties). A clause
 * may write only when no other sentence asks a question, nothing takes the write back ("don't
 * save that"), and the request says to keep or correct something or the value is a number, code
 * or name ("The weather is awful today." alone among chatter keeps nothing). A dropped clause is
 * always an aside (see `isAside`), never a noun phrase that would change which fact is meant.
 */
export function readClauses(text: string, read: (text: string) => Interpretation): Interpretation {
  const withdrawn = withdrawsWrite(text);
  const whole = read(text);
  // "remember my PIN is 4321, don't share it": an instruction after a comma, ";" or dash is a
  // sentence of its own, never part of the value ("4321, don't share it").
  const tail = NEGATED_TAIL.exec(text);
  if (tail && !withdrawn && writes(whole) && valueHolds(whole, tail[2]!))
    return readClauses(`${tail[1]}. ${tail[2]}`, read);
  // "my gate is 44 and thanks", "… hunter2 and it's case sensitive", "… P3 for tomorrow": a
  // clause of its own after the value is said back, never kept in it (`tails.ts`).
  const trailing = withdrawn || !writes(whole) ? undefined : trailingClause(text);
  // (The clause's first word is enough: an emoji after it may already be gone from the value.)
  if (trailing && (trailing.time || valueHolds(whole, trailing.tail.split(/\s+/)[0]!))) {
    const head = readClauses(trailing.head, read);
    if (head.kind === 'ask') return head;
    if (head.kind === 'call' && writes(head) && !spills(head, trailing.head)) {
      const add = (words: string) => ({ ...head, say: [head.say, words].filter(Boolean).join(' ') });
      if (trailing.time) return add(timeAsideSaid(trailing.tail));
      if (/^who\b/i.test(trailing.tail)) return add(tailSaid(trailing.tail, head));
      const said = accountForRest([trailing.head, trailing.tail], trailing.head, head);
      if (said !== head || ABOUT_THE_WRITE.test(bare(trailing.tail))) return said;
      // "… and I'm happy about it": never dropped without a word.
      return add(tailSaid(trailing.tail, head));
    }
  }
  if ((withdrawn && adds(whole)) || (retracts(text) && writes(whole)))
    return { kind: 'unknown', closest: [], lookup: false, query: text };
  // "remove the gate code, it is wrong now": a delete is also read without its trailing aside,
  // since "…, it is …" would otherwise join the aside to the key.
  const recheck = destroys(whole) && withoutTrailingAside(text) !== undefined;
  if (whole.kind === 'call' && !spills(whole, text) && !recheck) return whole;
  const bySentence = withdrawn || recheck ? undefined : readSentences(text, whole, read);
  if (bySentence) return bySentence;
  const candidates = clauseCandidates(text);
  if (candidates.length === 0) return whole;
  const parts = sentences(text);
  const mayWrite = !withdrawn && !(parts.length > 1 && parts.some((part) => REAL_QUESTION.test(part.trim())));
  let best = whole;
  let bestText = text;
  let bestRank = rank(whole, text);
  for (const candidate of candidates) {
    const reading = read(candidate);
    if (writes(reading) && (!mayWrite || spills(reading, text))) continue;
    if (adds(reading) && !(KEEP_INTENT.test(text) || factLike(reading))) continue;
    const score = rank(reading, text);
    const sameDelete =
      recheck && best === whole && destroys(reading) && reading.kind === 'call' && whole.kind === 'call';
    const better =
      score > bestRank ||
      (sameDelete && reading.steps[0]?.tool === whole.steps[0]?.tool) ||
      (score === bestRank &&
        reading.kind === 'call' &&
        best.kind === 'call' &&
        score >= 3 &&
        reading.score > best.score);
    if (better) {
      best = reading;
      bestText = candidate;
      bestRank = score;
    }
  }
  // A write whose key or value runs into another sentence or an aside would keep chatter.
  if (writes(best) && spills(best, text)) return { kind: 'unknown', closest: [], lookup: false, query: text };
  if (writes(best) && bestText !== text && parts.length > 1) return accountForRest(parts, bestText, best);
  if (adds(best) && bestText !== text) return withAsideSaid(text, bestText, best);
  return best;
}

/**
 * A write read with a trailing aside dropped ("my name is Dana, I love cats"): an aside that is a
 * clause of its own is said back as not kept, never dropped without a word (issue 7, m12); thanks,
 * "lol", "ok" and words about the write are answered by the write itself.
 */
function withAsideSaid(text: string, chosen: string, best: Interpretation): Interpretation {
  const head = chosen.replace(/[.!]+$/, '').trim();
  const whole = text.trim();
  if (!whole.startsWith(head)) return best;
  const aside = whole
    .slice(head.length)
    .replace(/^[\s,;:-]+/, '')
    .replace(/[.!]+$/, '')
    .trim();
  if (!/\p{L}{2,}/u.test(aside) || ABOUT_THE_WRITE.test(bare(aside)) || !/\s\S/.test(aside)) return best;
  if (best.kind !== 'call') return best;
  return { ...best, say: [best.say, tailSaid(aside, best)].filter(Boolean).join(' ') };
}

/**
 * A write read from one sentence of several ("my PIN is 4321. Or maybe 4322."): the sentences it
 * does not cover are accounted for as `readSentences` does: one about the write is answered by
 * it, one that corrects it turns the write into a question, any other is said back.
 */
function accountForRest(parts: string[], chosen: string, best: Interpretation): Interpretation {
  if (best.kind !== 'call') return best;
  const said: string[] = [];
  const key = best.steps[0]?.input.key;
  for (const part of parts) {
    const trimmed = part.replace(/[.!?]+$/, '').trim();
    if (chosen.includes(trimmed) || !/[\p{L}\p{N}]/u.test(trimmed) || ABOUT_THE_WRITE.test(bare(trimmed)))
      continue;
    if (GREETING.test(trimmed) || isAside(trimmed.replace(/^(?:oh|ah|well)\b[\s,]*/i, ''))) {
      if (!PRONOUN_SUBJECT.test(trimmed) && !NEGATED.test(trimmed)) continue;
    }
    if (CORRECTS.test(trimmed) && !/^(?:oh|ah|well)\b/i.test(trimmed))
      return {
        kind: 'ask',
        tool: best.steps[0]!.tool,
        input: {},
        question: correctionQuestion(trimmed, key),
      };
    said.push(sayBack(trimmed, typeof key === 'string' ? key : undefined));
  }
  if (said.length === 0) return best;
  return { ...best, say: [best.say, ...sayAll(said)].filter(Boolean).join(' ') };
}

/** The most sentences said back one by one; the rest are counted, so a long paste stays readable. */
const MAX_SAID = 5;

/** What is said back, each once, the first `MAX_SAID` in full and the rest as a count. */
function sayAll(said: string[]): string[] {
  const unique = [...new Set(said)];
  if (unique.length === said.length && said.length <= MAX_SAID) return said;
  const shown = unique.slice(0, MAX_SAID);
  const rest = said.length - shown.length;
  return rest > 0
    ? [...shown, `${rest} more sentence${rest === 1 ? '' : 's'} like these kept nothing either.`]
    : shown;
}

/** Greetings and openers that carry nothing: "Hi there!", "Good morning.", "Quick one." */
const GREETING =
  /^(?:hi|hello|hey|hiya|yo|merhaba|selam|bonjour|salut|hola|hallo|ciao|good\s+(?:morning|afternoon|evening|day)|morning|evening|quick\s+(?:one|thing|note)|so|ok(?:ay)?\s+so|oh|ah|well|right|listen|one\s+more\s+thing|before\s+i\s+forget)\b/i;

/** The question a request that corrects itself gets: nothing is kept. */
function correctionQuestion(sentence: string, key: unknown): string {
  return `I kept nothing: "${sentence}" changes what came before it, and I would be guessing which to keep. Say the one you mean on its own, for example "remember my ${typeof key === 'string' ? key : '…'} is …".`;
}

/**
 * A negated instruction about the thing kept, after a comma, ";" or dash: "…, don't share it",
 * "… - never tell anyone". Not a value's own words ("my motto is work hard, never give up").
 */
const NEGATED_TAIL =
  /^(.*?[^\s,;])\s*(?:[,;]|\s[-–—])\s*((?:please\s+)?(?:don['’]?t|do\s+not|never)\s+(?:share|send|tell|show|give|post|publish|e-?mail|text|leak|forget|lose|change|use|reuse|say|mention|write|print)\s+(?:it|this|that|them|anyone|anybody|nobody|him|her|to)\b[^,;]*)$/iu;

/** True when a call's key or value (not a note's text) has `words` in it. */
function valueHolds(reading: Interpretation, words: string): boolean {
  return (
    reading.kind === 'call' &&
    reading.steps.some((step) =>
      Object.entries(step.input).some(
        ([field, value]) => field !== 'text' && typeof value === 'string' && value.includes(words.trim()),
      ),
    )
  );
}

/** A sentence that ends in "." (or nothing): what follows it may carry on its value ("3. Mai"). */
const CARRIES_ON = /(?:^|[^.?!])\.$/;

/**
 * A sentence that only speaks about the write beside it: thanks, please, "could you keep that for
 * me?", "is that ok?", "I always forget it", "because I keep forgetting". The write answers it.
 */
const ABOUT_THE_WRITE =
  /^(?:(?:ok(?:ay)?|(?:thanks?|thank\s+you|thx|ty)(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|million))?|cheers|ta|please|pls|plz|lol|lmao|haha|ha|cool|great|sorry|oops|got\s+it|done|right|yes|yeah|yep|ok\s+then|that['’]?s\s+(?:it|all))[\s,!.]*)+$|^(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:keep|remember|save|store|note|memori[sz]e)\s+(?:that|this|it)(?:\s+for\s+me)?(?:\s+please)?$|^(?:is\s+)?(?:that|this)\s+(?:ok(?:ay)?|alright|fine)$|^(?:don['’]?t|do\s+not)\s+forget(?:\s+(?:it|that|this))?$|^(?:because|cause|cuz|since|as)\b.*\bforget|^i\s+(?:always|keep|often|tend\s+to|might|may|will|would)?\s*(?:forget|forgetting)\b/i;

/** A sentence without the emoji and marks around it ("🙏 Thanks" is "Thanks"). */
const bare = (sentence: string) => sentence.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** A sentence that corrects the one before it: "No, 4322.", "Actually it's 4322.", "Or maybe 12." */
const CORRECTS =
  /^(?:no|nope|nah|actually|wait|or|sorry|oops|whoops|i\s+mean(?:t)?|correction|make\s+(?:that|it)|scratch\s+that|hmm+|erm+|err+|my\s+bad|not\s+\S+\s*,)\b/i;

/** A sentence about someone or something said only with a pronoun: "He is 5.", "It's on floor 3." */
const PRONOUN_SUBJECT =
  /^(he|she|it|they|him|her|them|his|its|their)(?:(['’]s|['’]re|\s+(?:is|are|was|were)|(?<=^(?:he|she))s(?=\s)|(?<=^they)re(?=\s))|\s+\p{L}+)\b\s*(.*)$/iu;

/** A negated instruction: "Don't share it.", "Never tell anyone.", "Do not send it to Sam." */
const NEGATED = /^(?:(?:please\s+)?(?:don['’]?t|do\s+not|never|no\s+need\s+to))\s+(\p{L}+)/iu;

/**
 * What the answer says about a sentence that is not done: a question back for a pronoun (whose?),
 * a plain word about sharing, or "not understood". `key` is the first write's key, for an example.
 */
function sayBack(sentence: string, key: string | undefined): string {
  const pronoun = PRONOUN_SUBJECT.exec(sentence);
  if (pronoun) {
    // "my dog's name is Rex. He is 5.": the dog is whom "He" most likely means, a bare number
    // most likely an age; said as an example only, never kept as a guess.
    const possessor = key ? /^(.+?)['’]s?\s/.exec(key)?.[1] : undefined;
    // "sister lives in Lyon" names no one to own a fact: no "remember my sister lives in Lyon's …".
    const said =
      possessor ??
      (key && !/\s(?:in|at|on|to|of|with|for|from|by|lives?|works?|is|are)\b/i.test(key) ? key : undefined);
    // "my locker is 42. He is tall.": "he", "she", "they" are people (or pets), never a locker (S20).
    const last = said?.split(/\s+/).at(-1) ?? '';
    const owner =
      said && /^(?:he|she|him|his|her|they|them|their)$/i.test(pronoun[1] ?? '')
        ? isOwnerWord(last.replace(/['’]s?$/u, '')) || /^\p{Lu}/u.test(last)
          ? said
          : undefined
        : said;
    const value = pronoun[2] ? (pronoun[3] ?? '').trim() : '';
    const what =
      (possessor ?? owner) && /^(?:he|she|they)$/i.test(pronoun[1] ?? '') && /^\d{1,3}$/.test(value)
        ? 'age'
        : '…';
    // "… passport number is X1 and it expires 2031-05-02": a dated verb says itself with the
    // thing's name, "my passport expires 2031-05-02" (a form the planner keeps), never "number's".
    const dated =
      /^(?:it|they)\s+((?:expires?|renews?|ends?|starts?|runs?\s+out|is\s+due|are\s+due)\s+\S.*)$/i.exec(
        sentence,
      );
    const thing = owner?.replace(/\s+(?:number|no|nr|code|id|pin|#)$/i, '');
    const example = owner
      ? dated
        ? `"my ${thing} ${dated[1]}"`
        : `"remember my ${owner}${/^they$/i.test(pronoun[1] ?? '') && /s$/i.test(owner) ? "'" : "'s"} ${what} is ${value || '…'}"`
      : '"remember my … is …" with its name';
    return `I did not keep "${sentence}": I cannot tell who or what "${pronoun[1]}" means, so I would be guessing which fact it is. To keep it, say it with its name, for example ${example}.`;
  }
  const negated = NEGATED.exec(sentence);
  if (negated && /^(?:share|send|tell|show|give|post|publish|email|text|leak)$/i.test(negated[1] ?? ''))
    return `"${sentence}": fazt sends nothing anywhere; what you keep stays in your cartridge on this machine, and I share it with no one.`;
  return `I did not understand "${sentence}", so nothing was kept from it.`;
}

/**
 * "Her cat is called Mochi" after a write whose key names a person with a possessive ("sister
 * Maria's birthday"): the sentence said of that person, "my sister Maria's cat is called Mochi".
 * Undefined for any other sentence, or when the key names no one.
 */
function possessed(sentence: string, whole: Interpretation): string | undefined {
  const said = /^(?:his|her|their)\s+(\S.*)$/iu.exec(sentence);
  const key = whole.kind === 'call' ? whole.steps[0]?.input.key : undefined;
  if (!said || typeof key !== 'string') return undefined;
  const words = key.split(/\s+/);
  const named = words.findLastIndex((word) => /^[\p{L}\p{N}-]+['’]s$/u.test(word));
  if (named < 0 || named === words.length - 1) return undefined;
  const person = words.slice(0, named + 1);
  // A name or a person's word ("sister Maria's", "Tom's", "mum's"), never "car's".
  if (!person.some((word) => /^\p{Lu}/u.test(word) || isOwnerWord(word.replace(/['’]s$/u, ''))))
    return undefined;
  return `my ${person.join(' ')} ${said[1]}`;
}

/**
 * A write whose value runs across a sentence end, read sentence by sentence, so every sentence is
 * accounted for in the answer. Each sentence that reads as a request of its own is one ("remember
 * that my wifi is abc. Also my door code is 55" keeps both); one that cannot stand alone after a
 * "." carries on the value before it ("Stop. Think. Act.", "3. Mai", "v1.2. beta"); one that only
 * speaks about the write ("Thanks!", "Could you keep that for me?") is answered by it; a question
 * is answered after the write when a read tool takes it, else said back unanswered; anything else
 * ("He is 5.", "Don't share it.", "Lovely weather today.") is said back — with a question back for
 * a pronoun, since "He" may be the dog or anyone — and keeps nothing. Nothing is dropped
 * silently, and no sentence is joined into another's value. Undefined when the request is not
 * such a write, or when a later sentence asks something and the request never says to keep
 * anything (the clause readings decide those: "my wifi is slow. What is the password?").
 */
function readSentences(
  text: string,
  whole: Interpretation,
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  if (!writes(whole) || !spills(whole, text)) return undefined;
  const parts = sentences(text);
  if (parts.length < 2) return undefined;
  const explicit = KEEP_INTENT.test(parts[0]!);
  const groups: string[] = [parts[0]!];
  const notUnderstood: string[] = [];
  const answers: Interpretation[] = [];
  let answeredByWrite = false;
  for (const part of parts.slice(1)) {
    const trimmed = part.replace(/[.!]+$/, '').trim();
    // "🤫", "…": nothing to read, and never part of the value before it.
    if (!/[\p{L}\p{N}]/u.test(trimmed)) {
      answeredByWrite = true;
      continue;
    }
    const question = REAL_QUESTION.test(trimmed) || /\?$/.test(part);
    if (ABOUT_THE_WRITE.test(bare(trimmed))) {
      answeredByWrite = true;
      continue;
    }
    // "No, 4322.", "Actually it's 4322.", "Wait, make that 4322": the request corrects itself, so
    // which value to keep is a guess: nothing is written, and the answer asks.
    if (CORRECTS.test(trimmed)) {
      const tool = (whole.kind === 'call' && whole.steps[0]?.tool) || undefined;
      const key = whole.kind === 'call' ? whole.steps[0]?.input.key : undefined;
      if (!tool) return undefined;
      return { kind: 'ask', tool, input: {}, question: correctionQuestion(trimmed, key) };
    }
    if (question && !explicit) return undefined;
    // "… Maria's birthday is March 3rd. Her cat is called Mochi.": her cat is the person's named
    // with a possessive in the first fact, as it is after a comma (`joints.ts`, S28 M9).
    const theirs = question ? undefined : possessed(trimmed, whole);
    if (theirs) {
      const reading = read(theirs);
      if (reading.kind === 'call' && writes(reading) && !spills(reading, theirs)) {
        groups.push(theirs);
        continue;
      }
    }
    const own = read(trimmed);
    if (question) {
      // "What is my wifi password?" after a write: answered after it when a read tool takes it.
      if (own.kind === 'call' && !own.reply && !writes(own)) answers.push(own);
      else notUnderstood.push(`I did not answer "${trimmed}": ask it on its own.`);
      continue;
    }
    const aside = isAside(trimmed);
    if (!aside && own.kind === 'call' && writes(own) && !spills(own, trimmed)) {
      groups.push(part);
      continue;
    }
    // One word ("Think.", "Mai", "beta") or words in lower case ("beta release") carry a value
    // on; a sentence of its own ("Lovely weather today.", "it's on floor 3") does not.
    // A sentence in a script written without spaces ("他5岁。") is never one carried-on word.
    const unspaced = /[。！？]$|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]{2}/u.test(
      trimmed,
    );
    const continues =
      !NEGATED.test(trimmed) &&
      ((!/\s/.test(trimmed) && !unspaced) || (!/^\p{Lu}/u.test(trimmed) && !aside && !unspaced));
    if (
      own.kind === 'unknown' &&
      continues &&
      CARRIES_ON.test(groups.at(-1)!) &&
      notUnderstood.length === 0 &&
      answers.length === 0
    ) {
      groups[groups.length - 1] = `${groups.at(-1)} ${part}`;
      continue;
    }
    notUnderstood.push(trimmed);
  }
  if (groups.length === 1 && notUnderstood.length === 0 && answers.length === 0 && !answeredByWrite)
    return whole;
  const readings = groups.map((group) => (group === text ? whole : read(group.replace(/[.!]+$/, '').trim())));
  const calls = readings.flatMap((reading) =>
    reading.kind === 'call' && !reading.reply && !spills(reading, text) ? [reading] : [],
  );
  if (calls.length !== readings.length) return undefined;
  const key = calls[0]?.steps[0]?.input.key;
  const said = notUnderstood.map((part) =>
    part.startsWith('I did not answer') ? part : sayBack(part, typeof key === 'string' ? key : undefined),
  );
  const say = [...calls.flatMap((reading) => (reading.say ? [reading.say] : [])), ...sayAll(said)].join(' ');
  const all = [...calls, ...answers] as Extract<Interpretation, { kind: 'call' }>[];
  return {
    kind: 'call',
    // Each step names its own sentence, so a step not done is said as typed, never the whole text.
    steps: all.flatMap((reading, at) =>
      reading.steps.map((step) =>
        at < groups.length && groups.length > 1
          ? { ...step, said: step.said ?? groups[at]!.replace(/[.!]+$/, '').trim() }
          : step,
      ),
    ),
    template: all.map((reading) => reading.template).join(' / '),
    score: Math.min(...all.map((reading) => reading.score)),
    ...(say ? { say } : {}),
  };
}

/** The number of steps of a reading that keep or change something. */
const writeCount = (reading: Interpretation) =>
  reading.kind === 'call' ? reading.steps.filter((step) => step.tool.risk !== 'read').length : 0;

/**
 * True when `whole` keeps a value that runs on past what its own sentence, read alone, keeps under
 * the same key, within that sentence: "Hi! I'm Ayşe. My husband is Mehmet and we have two kids."
 * read whole kept "Mehmet and we have two kids". A value carried across a sentence end ("Stop.
 * Think. Act.") is the value's own and never counts.
 */
function absorbs(whole: Interpretation, steps: readonly { input: Record<string, unknown> }[]): boolean {
  if (whole.kind !== 'call') return false;
  return whole.steps.some(({ input }) =>
    steps.some(
      (step) =>
        step.input.key === input.key &&
        typeof step.input.value === 'string' &&
        typeof input.value === 'string' &&
        input.value.length > step.input.value.length &&
        input.value.startsWith(step.input.value) &&
        sentences(input.value).length === 1,
    ),
  );
}

/**
 * An introduction said in several sentences ("My name is Zoë. I live in Lyon with my husband
 * Marc.", "We have a dog called Biscuit. He is 4.", round 32), read sentence by sentence with the
 * whole reader (`read`), so each sentence is read as it would be alone. Used only when that keeps
 * more than `whole` (the request read as before) does: every sentence that writes is kept, and
 * every other one is said back (a pronoun asked about, as `sayBack` does), never dropped silently.
 * Undefined when the request is one sentence, asks something, corrects or takes itself back, when
 * a sentence is neither a clean write nor plainly no request, or when it keeps no more than `whole`.
 */
export function readIntroduction(
  text: string,
  whole: Interpretation,
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  const parts = sentences(text);
  if (parts.length < 2 || withdrawsWrite(text)) return undefined;
  const steps: Extract<Interpretation, { kind: 'call' }>['steps'] = [];
  const said: string[] = [];
  const templates: string[] = [];
  let score = Number.POSITIVE_INFINITY;
  let firstKey: string | undefined;
  for (const part of parts) {
    const trimmed = part.replace(/[.!]+$/, '').trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed) || ABOUT_THE_WRITE.test(bare(trimmed))) continue;
    if (REAL_QUESTION.test(trimmed) || /\?$/.test(part) || CORRECTS.test(trimmed)) return undefined;
    const own = read(trimmed);
    // "Hi! I'm Ayşe. …", "Bonjour!": a greeting opening an introduction asks nothing.
    if (GREETING.test(trimmed) && own.kind !== 'call') continue;
    // "I'm Ayşe": "Is your name Ayşe?" — asked plainly, nothing kept from it.
    // ("He is 4" is asked about by `sayBack`, which knows whose it most likely is.)
    if (own.kind === 'ask' && !PRONOUN_SUBJECT.test(trimmed)) {
      said.push(own.question);
      continue;
    }
    if (own.kind === 'call' && writes(own) && !own.reply && !own.asks && !spills(own, trimmed)) {
      steps.push(...own.steps.map((step) => ({ ...step, said: trimmed })));
      templates.push(own.template);
      score = Math.min(score, own.score);
      if (own.say) said.push(own.say);
      const key = own.steps[0]?.input.key;
      // "dog name" (from "a dog called Biscuit") is the dog's: "He is 4" is asked as "my dog's age".
      firstKey ??= typeof key === 'string' ? key.replace(/^(\p{L}+)\s+name$/u, "$1's name") : undefined;
      continue;
    }
    if (own.kind === 'call') return undefined;
    said.push(sayBack(trimmed, firstKey));
  }
  if (steps.length < writeCount(whole) || (steps.length === writeCount(whole) && !absorbs(whole, steps)))
    return undefined;
  return {
    kind: 'call',
    steps: consentLast(steps),
    template: templates.join(' / '),
    score,
    ...(said.length > 0 ? { say: said.join(' ') } : {}),
  };
}
