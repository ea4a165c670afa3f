import { wordTable } from '../../cartridge/lexicon.js';
/**
 * An answer to a which-question (issue 7, m13): after "Two remembered facts fit "pin": phone PIN,
 * bank PIN. Which one should I forget?", "Which one should be 5: your locker or your PIN? Say …",
 * or a list of notes to delete by number, a reply that names one of the offered choices picks it —
 * by its words ("the locker", "PIN please", "the phone one"), by order ("the first", "1", "the
 * second one", "the latter", "the last"), by a note's number ("#3", "note 3"), "both"/"all", or
 * "neither"/"none" (nothing changes). A reply that fits two choices, or a place no choice has,
 * asks again and picks nothing; a reply that names no choice at all is read on its own.
 *
 * The choices are read from the turn before: the facts its lookup found (`alternatives`), the
 * names it said were possible typos (`typos`), the notes it listed ("#3 buy milk"), or the
 * requests its question offered ('Say "A" or "B"'). Each choice is a request, read as if typed.
 */

/** One offered choice: the words that name it, and the request that picks it. */
export interface Choice {
  label: string;
  text: string;
  /** A note's number, when the choices are notes listed by number. */
  number?: number;
}

/** What a reply picked: some choices, none of them (nothing changes), or it could not tell. */
export type Pick = { picked: Choice[] } | { none: true } | { unclear: true };

/** A call of the turn before, with what it returned (the data, not the summary). */
export interface SeenCall {
  name: string;
  input: Record<string, unknown>;
  output?: unknown;
}

/** How a fact is named in a request: "my PIN", but "Anna's phone" and "the wifi" stay as they are. */
const owned = (label: string) => (/^(?:my|our|the)\s|['’]s\s/i.test(label) ? label : `my ${label}`);

/** The quoted requests after the first "say" of a line: 'Say "A" or "B"', 'say "A"; … say "B"'. */
function saidOn(line: string): string[] {
  const at = line.search(/\bsay\s+["“]/i);
  if (at < 0) return [];
  return [...line.slice(at).matchAll(/["“]([^"”]{1,400})["”]/g)]
    .map((match) => match[1]!.trim())
    .filter((said) => said && !/…|\.\.\.|<[^>]*>/.test(said));
}

/** Labels of the facts a lookup of the turn before found to fit, when the answer asked which. */
function factsOffered(calls: readonly SeenCall[], answer: string): { label: string; value: string }[] {
  for (const call of [...calls].reverse()) {
    const output = call.output as { alternatives?: unknown; entries?: unknown } | undefined;
    // A lookup's near facts; or a list of every fact, of which only those the answer listed as
    // fitting ("Two remembered facts fit: home wifi password: ••••; work wifi password: ••••").
    const listed = Array.isArray(output?.alternatives) ? undefined : output?.entries;
    const offered = Array.isArray(output?.alternatives) ? output.alternatives : listed;
    if (!Array.isArray(offered)) continue;
    // Where the answer says a label (-1: not said); a listed one as an item, "…: name: value".
    const at = (label: string) =>
      listed
        ? answer.search(new RegExp(`(?<=: |; )${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `))
        : answer.indexOf(label);
    const facts = (offered as { label?: unknown; value?: unknown }[])
      .filter((fact) => typeof fact?.label === 'string' && at(fact.label as string) >= 0)
      .map((fact) => ({ label: fact.label as string, value: String(fact.value ?? '') }));
    // In the order the answer said them, so "the first" is the first one read.
    if (facts.length > 1) return facts.sort((a, b) => at(a.label) - at(b.label));
  }
  return [];
}

/**
 * The choices a which-question of the turn before offered, in the order it said them; empty when
 * it asked no such question.
 */
export function choicesOf(answer: string, calls: readonly SeenCall[]): Choice[] {
  // Facts that fit one name: which to forget, to change, or to say.
  if (/\bWhich one\b/.test(answer)) {
    const facts = factsOffered(calls, answer);
    if (facts.length > 1) {
      if (/Which one should I forget\?/.test(answer))
        return facts.map(({ label }) => ({ label, text: `forget ${owned(label)}` }));
      const change = /Which one should change to [\s\S]*?\? Say ["“]([^"”]+)["”]/.exec(answer)?.[1];
      const first = facts[0]!.label;
      if (change?.includes(first))
        return facts.map(({ label }) => ({ label, text: change.replace(first, label) }));
      if (/Which one do you mean\?/.test(answer))
        return facts.map(({ label }) => ({ label, text: `what is ${owned(label)}` }));
    }
    // "it looks like a typo of "a" and "b". Which one should be 5?"
    for (const call of calls) {
      const output = call.output as { typos?: unknown; kept?: unknown } | undefined;
      const value = call.input.value;
      if (output?.kept !== true || !Array.isArray(output.typos) || typeof value !== 'string') continue;
      const names = output.typos.filter((name): name is string => typeof name === 'string');
      if (names.length > 1)
        return names.map((label) => ({ label, text: `remember ${owned(label)} is ${value}` }));
    }
  }
  // Notes listed by number, to delete one of them.
  if (/\bdelete note\b/i.test(answer)) {
    const notes = [...answer.matchAll(/^#(\d+)\s+(.+)$/gm)].map((match) => ({
      label: match[2]!.trim(),
      text: `delete note ${match[1]}`,
      number: Number(match[1]),
    }));
    if (notes.length > 1) return notes;
  }
  // A question that offers two or more requests on one line: 'Say "A" or "B"'.
  for (const line of answer.split('\n')) {
    if (!/\?|\bwhich\b/i.test(line)) continue;
    const said = saidOn(line);
    if (said.length > 1) return said.map((text) => ({ label: text, text }));
  }
  // One offer a line, several lines ("change it to 21? Say …" for the locker, then for the PIN).
  const offers = answer
    .split('\n')
    .filter((line) => /\?/.test(line))
    .map(saidOn)
    .filter((said) => said.length === 1)
    .map(([text]) => ({ label: text!, text: text! }));
  return offers.length > 1 ? offers : [];
}

/**
 * The things a list of the turn before showed, to act on one by its place or number (m19, S26
 * M5): after "list my notes" ("#3 fix bike" a line) each note, deleted by its number; after "what
 * do you remember?" ("I remember 2 things: car: a red Polo; locker: 55") each fact, forgotten by
 * name. Empty when the turn before listed neither.
 */
export function listedChoices(answer: string, calls: readonly SeenCall[]): Choice[] {
  const notes = [...answer.matchAll(/^#(\d+)\s+(.+)$/gm)].map((match) => ({
    label: match[2]!.trim(),
    text: `delete note ${match[1]}`,
    number: Number(match[1]),
  }));
  if (notes.length > 0) return notes;
  if (!/^I remember \d+ things?\b/.test(answer)) return [];
  return factsOffered(calls, answer).map(({ label }) => ({ label, text: `forget ${owned(label)}` }));
}

/** Words said around a choice that do not name it. */
const OPENERS =
  /^(?:(?:oh|um+|uh+|er+m?|hmm+|well|ok(?:ay)?|so|yes|yeah|yep|no|sorry|please|pls|i\s+mean|i\s+meant|i\s+want|i\s+need|i['’]d\s+like|i\s+would\s+like|let['’]?s\s+(?:go\s+with|do|say)|go\s+with|pick|choose|use|take|do|the\s+one\s+(?:for|about|with|called)|it['’]?s|it\s+is|its|that['’]?s|that\s+is|for|the|my|your|our|option|choice|number|no\.|#)(?:[\s,:.!]+|$))+/i;
const CLOSERS =
  /(?:[\s,]+(?:one|ones|please|pls|plz|thanks|thank\s+you|thx|ty|of\s+them|of\s+those|then|obviously|i\s+guess))+$/i;

/** "both", "all of them", "beide": every choice. */
const ALL =
  /^(?:both|all|each|every\s*one|all\s+(?:two|three|four|five)|the\s+two|the\s+lot|beide|alle|todos|ambos|ambas|les\s+deux|tous\s+les\s+deux|tutti\s+e\s+due|entrambi)$/i;
/** "both" and its kin: two choices, no more. */
const BOTH =
  /^(?:both(?:\s+of\s+(?:them|those|these))?|the\s+two|beide|ambos|ambas|les\s+deux|tous\s+les\s+deux|tutti\s+e\s+due|entrambi)$/i;

/** "and the home one?", "what about the card one", "how about work?": the lead before a choice. */
const ASKED_LEAD = /^(?:(?:and|so|oh)[\s,]+)?(?:(?:and\s+)?(?:what|how)\s+about\s+)?/i;

/** "neither", "none of them": no choice, and nothing changes. */
const NONE =
  /^(?:neither|none|neither\s+one|nothing|not\s+any|no\s+one|keiner|keins|ninguno|ninguna|ni\s+l['’]un\s+ni\s+l['’]autre|aucun|nessuno)$/i;

/** Ordinal words and digits as the position they say (0-based); `last` is the last choice. */
const ORDINALS: Record<string, number | 'last' | 'latter'> = wordTable({
  first: 0,
  '1st': 0,
  '1': 0,
  one: 0,
  former: 0,
  top: 0,
  second: 1,
  '2nd': 1,
  '2': 1,
  two: 1,
  third: 2,
  '3rd': 2,
  '3': 2,
  three: 2,
  fourth: 3,
  '4th': 3,
  '4': 3,
  four: 3,
  fifth: 4,
  '5th': 4,
  '5': 4,
  five: 4,
  last: 'last',
  final: 'last',
  bottom: 'last',
  latter: 'latter',
});

/** The words of a choice or a reply, lower case, without "'s" and a plural "s". */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}\p{Extended_Pictographic}+#@&.-]+/gu) ?? [])
    .map((word) => word.replace(/['’]s$/, '').replace(/[.-]+$/, ''))
    .filter(Boolean);
}
const same = (a: string, b: string) =>
  a === b || (a.length > 3 && (`${a}s` === b || `${b}s` === a || `${a}es` === b || `${b}es` === a));

/** Words a reply says that name no choice ("the", "one", "please"). */
const NAMES_NOTHING = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'one', 'ones', 'that', 'this', 'of']);

/** The one choice a part of a reply names, or 'unclear' / undefined (names none). */
function pickOne(part: string, choices: readonly Choice[]): Choice | 'unclear' | undefined {
  const numbered = choices.some((choice) => choice.number !== undefined);
  const note = /^(?:note\s*(?:number\s*)?|#|no\.\s*)?#?(\d+)$/i.exec(part);
  if (note && numbered) {
    // Notes are named by their own numbers: "3" is note #3, never the third listed.
    const found = choices.find((choice) => choice.number === Number(note[1]));
    return found ?? 'unclear';
  }
  const said = part
    .replace(OPENERS, '')
    .replace(CLOSERS, '')
    .replace(/^(?:the|my)\s+/i, '')
    .trim();
  if (!said) return 'unclear';
  const position = ORDINALS[said.toLowerCase()];
  if (position !== undefined) {
    if (numbered && /^\d/.test(said)) return 'unclear';
    const at =
      position === 'last'
        ? choices.length - 1
        : position === 'latter'
          ? choices.length === 2
            ? 1
            : -1
          : position;
    return choices[at] ?? 'unclear';
  }
  const words = wordsOf(said).filter((word) => !NAMES_NOTHING.has(word));
  if (words.length === 0) return 'unclear';
  const fits = choices.filter((choice) => {
    const label = wordsOf(choice.label);
    return words.every((word) => label.some((other) => same(word, other)));
  });
  if (fits.length === 1) return fits[0];
  if (fits.length > 1) {
    // "bank PIN" with "bank PIN" and "bank account PIN": the one said in full.
    const exact = fits.filter((choice) => wordsOf(choice.label).length === words.length);
    return exact.length === 1 ? exact[0] : 'unclear';
  }
  return undefined;
}

/**
 * What a reply to a which-question picked. Undefined when it names no choice and does not look
 * like an answer to one (a request of its own: "what's my gym code?").
 */
export function pickChoice(reply: string, choices: readonly Choice[]): Pick | undefined {
  if (choices.length < 2) return undefined;
  const text = reply
    .trim()
    .replace(/[\s.!]+$/u, '')
    .trim();
  if (!text || text.length > 120) return undefined;
  // "and the home one?", "what about the card one?": a choice asked as a question picks it, but
  // only when it names one ("what's my gym code?" is a request of its own).
  const unled = text
    .replace(ASKED_LEAD, '')
    .replace(/\s*\?+$/, '')
    .trim();
  if (unled !== text) {
    if (!unled) return undefined;
    const pick = pickChoice(unled, choices);
    return pick && 'picked' in pick ? pick : /\?$/.test(text) ? undefined : pick;
  }
  const bare = text.replace(OPENERS, '').replace(CLOSERS, '').trim();
  // "both" of three: which two is not said, so it is asked again.
  if (BOTH.test(bare) && choices.length !== 2) return { unclear: true };
  if (ALL.test(bare) || /^(?:both|all)\s+of\s+(?:them|those|these)$/i.test(bare))
    return { picked: [...choices] };
  if (NONE.test(bare) || /^(?:neither|none)\s+of\s+(?:them|those|these)$/i.test(bare)) return { none: true };
  const parts = text.split(/\s*(?:,|&|\+|\band\b|\bplus\b)\s*/i).filter(Boolean);
  const picked: Choice[] = [];
  let unclear = false;
  for (const part of parts) {
    const one = pickOne(part, choices);
    if (one === undefined) {
      // A reply shaped like a choice ("the gym one", "the third") that names none: asked again.
      const shaped =
        parts.length > 1 ||
        /^(?:the|that)\s|\bones?(?:[\s,]+(?:please|pls|thanks))?$|^(?:#|note\s*)?\d+$/i.test(part);
      if (!shaped || wordsOf(text).length > 5) return undefined;
      unclear = true;
      continue;
    }
    if (one === 'unclear') unclear = true;
    else if (!picked.includes(one)) picked.push(one);
  }
  if (unclear || picked.length === 0) return { unclear: true };
  return { picked };
}

/** The question again, when a reply could not say which: every choice, as the request to say. */
export function askAgain(reply: string, choices: readonly Choice[]): string {
  const says = choices.map((choice) => `"${choice.text}"`);
  return `I could not tell which one "${reply.trim()}" means, so nothing was changed. Which one: say ${says.slice(0, -1).join(', ')} or ${says.at(-1)}?`;
}
