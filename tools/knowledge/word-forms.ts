/**
 * Words made from one word (k23, S37 H6): a question says "dentist" of "Dental check-up", "allergic"
 * of "## Allergies". Porter stems inflections alike ("renews", "renew"; "Submitted", "submit") but
 * not derivations ("dentist" is "dentist", "dental" is "dental"), so a question word the documents
 * never use is read as a word made from the same base by another suffix, when they use that.
 *
 * A rule, not a list: the base is the word less one derivational suffix, of 4 letters or more, and
 * its relatives are that base with another such suffix. Only a word the documents never use is
 * read so (answer.ts), and never across the families the stemmer already conflates wrongly
 * (wording.ts `CONFLATED`: a policy is no police, a charger no charge).
 */
import { fold, root } from './lexicon.js';
import { differentFamilies } from './wording.js';

/**
 * The suffixes that make a noun or adjective of a base: "dent-ist", "dent-al", "allerg-ic",
 * "allerg-y", "probation-ary", "therap-ist", "therap-y". Longest first, so "-ical" is cut before "-al".
 */
const SUFFIXES = ['istry', 'ists', 'ist', 'ical', 'ics', 'ic', 'ies', 'ary', 'al', 'y'];
/** Suffixes a relative may end in beyond SUFFIXES: the bare base is not one ("dent" is no dentist). */
const MADE_WITH = [...SUFFIXES, 'ian', 'ians', 'ism'];
/** The shortest base: "dent" of dentist and dental; "art" of artist and arty is too short to tell. */
const MIN_BASE = 4;

/** The base of `word` less one suffix, or undefined: "dentist" → "dent", "allergic" → "allerg". */
function baseOf(word: string): string | undefined {
  for (const suffix of SUFFIXES)
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_BASE)
      return word.slice(0, -suffix.length);
  // A base that is itself a word: "probation" of "probationary" is read from the longer word only.
  return undefined;
}

/**
 * Stems of the words made from the base of `word` with another suffix ("dentist" → dental,
 * dentistry; "allergic" → allergy, allergies), or of the base itself when `word` is it plus a
 * suffix and the base is a word of 6 letters or more ("probationary" → probation). Not `word`'s own
 * stem, nor a stem of another family the stemmer conflates.
 */
export function relatedStems(word: string): string[] {
  const folded = fold(word);
  if (!/^\p{L}+$/u.test(folded)) return [];
  const own = root(folded);
  const bases = new Set<string>();
  const base = baseOf(folded);
  if (base !== undefined) bases.add(base);
  // "allergy" and "allergies" are "allerg" + y/ies; "dental" is "dent" + al.
  const out = new Set<string>();
  for (const b of bases) {
    for (const suffix of MADE_WITH) out.add(root(`${b}${suffix}`));
    if (b.length >= 6) out.add(root(b));
  }
  // A word that is the base of others ("allergy" of "allergic" is cut above; "probation" of "probationary").
  for (const suffix of ['ary', 'al', 'ic']) if (folded.length >= 6) out.add(root(`${folded}${suffix}`));
  out.delete(own);
  return [...out].filter((stem) => !differentFamilies(folded, stem));
}
