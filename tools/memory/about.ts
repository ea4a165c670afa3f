/**
 * Which remembered facts are "about" something (issue 7, m13): "list my facts about wifi", "what
 * do you know about Ann?", "what have you got on my sister?". A fact is about a topic when every
 * word of the topic is a word of the fact's name: a key word ("wifi" in "guest wifi name"), a
 * person named as owner ("Ann" in "sister Ann's phone"), or an owner word ("sister", and "mum" for
 * "mom's birthday", `SAME_OWNER`). Values are not searched: a topic names facts, not what they hold.
 */

import { isSecretFact } from '../../cartridge/secrets.js';
import { SAME_OWNER } from '../../cartridge/text-similarity.js';
import type { MemoryEntry } from './schemas.js';

/** Words a topic may say that name no fact: "my", "the", "stored", "facts". */
const NOT_TOPIC = new Set([
  'my',
  'the',
  'our',
  'your',
  'a',
  'an',
  'of',
  'about',
  'fact',
  'facts',
  'memory',
  'memories',
  'stuff',
  'things',
  'info',
  'information',
  'details',
  'stored',
  'saved',
  'remembered',
]);

/**
 * The words of a name or a topic, as compared: NFC, lowercase, Latin accents folded, a possessive
 * "'s"/"’s" or a plural owner's "s'" dropped ("Ann's" is "ann"), edge punctuation dropped (a
 * leading "." or "#", a sign, an emoji stay: ".env", "C#", "🔑"), an owner said one way ("mom" and
 * "mum" are "mother").
 */
export function topicWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/(?<=\p{Script=Latin})\p{Mn}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,;:!?()[\]{}"“”«»/]+/u)
    .map((word) =>
      word
        .replace(/^['’`]+/u, '')
        .replace(/(?:['’]s|s['’]|['’])$/u, (end) => (end.startsWith('s') ? 's' : ''))
        .replace(/[.…]+$/u, ''),
    )
    .filter((word) => word.length > 0)
    .map((word) => SAME_OWNER[word] ?? word);
}

/** One word of a topic said by one word of a name: the same, or one the other's plural ("cars"). */
function sameWord(wanted: string, word: string): boolean {
  if (wanted === word) return true;
  const single = (each: string) => (each.length > 3 && /\p{L}s$/u.test(each) ? each.slice(0, -1) : each);
  return single(wanted) === single(word);
}

/** The words of `topic` a fact must name; empty when the topic names nothing ("my facts"). */
export function topicOf(topic: string): string[] {
  return topicWords(topic).filter((word) => !NOT_TOPIC.has(word));
}

/** A topic that names every secret: "secrets", "secret facts" (as `topicOf` reads them). */
const SECRETS_TOPIC = /^secrets?$/u;

/**
 * The facts about `topic`, in the order given: each topic word is a word of the fact's name
 * (label or key). A topic of no such word (only "my", "the", "facts") fits none; "secrets" fits
 * every secret (`isSecretFact`: by its name or its value).
 */
export function factsAbout<T extends Pick<MemoryEntry, 'label' | 'key'> & { value?: unknown }>(
  topic: string,
  entries: readonly T[],
): T[] {
  const wanted = topicOf(topic);
  if (wanted.length === 0) return [];
  // "my secrets", "secret facts": every secret, whatever it is called (`isSecretFact`).
  if (SECRETS_TOPIC.test(wanted.join(' ')))
    return entries.filter((entry) => isSecretFact(entry.label, entry.value));
  return entries.filter((entry) => {
    const named = [...topicWords(entry.label), ...topicWords(entry.key)];
    return wanted.every((word) => named.some((each) => sameWord(word, each)));
  });
}
