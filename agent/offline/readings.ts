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
      bestRank = score;
    }
  }
  // A write whose key or value runs into another sentence or an aside would keep chatter.
  if (writes(best) && spills(best, text)) return { kind: 'unknown', closest: [], lookup: false, query: text };
  return best;
}

/** A sentence that ends in "." (or nothing): what follows it may carry on its value ("3. Mai"). */
const CARRIES_ON = /(?:^|[^.?!])\.$/;

/**
 * A write whose value runs across a sentence end, read sentence by sentence: each sentence that
 * reads as a request of its own is one ("remember that my wifi is abc. Also my door code is 55"
 * keeps both); one that cannot stand alone after a "." carries on the value before it ("Stop.
 * Think. Act.", "3. Mai", "v1.2. beta"). A sentence that is neither (a question back, a request
 * cut short) is said back as not understood; nothing is dropped silently. Undefined when the
 * request is not such a write, or a sentence asks something or is an aside (the clause readings
 * decide those).
 */
function readSentences(
  text: string,
  whole: Interpretation,
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  if (!writes(whole) || !spills(whole, text)) return undefined;
  const parts = sentences(text);
  if (parts.length < 2) return undefined;
  const groups: string[] = [parts[0]!];
  const notUnderstood: string[] = [];
  for (const part of parts.slice(1)) {
    const trimmed = part.replace(/[.!]+$/, '').trim();
    if (!trimmed || REAL_QUESTION.test(trimmed) || /\?$/.test(part) || isAside(trimmed)) return undefined;
    const own = read(trimmed);
    if (own.kind === 'call' && writes(own) && !spills(own, trimmed)) {
      groups.push(part);
      continue;
    }
    // One word ("Think.", "Mai", "beta") or words in lower case ("beta release") carry a value
    // on; a sentence of its own ("Lovely weather today.") does not, and is said back instead.
    const continues = !/\s/.test(trimmed) || !/^\p{Lu}/u.test(trimmed);
    if (
      own.kind === 'unknown' &&
      continues &&
      CARRIES_ON.test(groups.at(-1)!) &&
      notUnderstood.length === 0
    ) {
      groups[groups.length - 1] = `${groups.at(-1)} ${part}`;
      continue;
    }
    if (own.kind === 'ask' || own.kind === 'unknown') {
      notUnderstood.push(trimmed);
      continue;
    }
    return undefined;
  }
  if (groups.length === 1 && notUnderstood.length === 0) return whole;
  const readings = groups.map((group) => (group === text ? whole : read(group.replace(/[.!]+$/, '').trim())));
  const calls = readings.flatMap((reading) =>
    reading.kind === 'call' && !reading.reply && !spills(reading, text) ? [reading] : [],
  );
  if (calls.length !== readings.length) return undefined;
  const said = notUnderstood.map((part) => `"${part}"`).join(', ');
  const say = [
    ...calls.flatMap((reading) => (reading.say ? [reading.say] : [])),
    ...(said ? [`I did not understand ${said}, so nothing was kept from it.`] : []),
  ].join(' ');
  return {
    kind: 'call',
    steps: calls.flatMap((reading) => reading.steps),
    template: calls.map((reading) => reading.template).join(' / '),
    score: Math.min(...calls.map((reading) => reading.score)),
    ...(say ? { say } : {}),
  };
}
