import { wordTable } from '../../cartridge/lexicon.js';

/**
 * Japanese counters (issue 10, stranger round 15, item 5): "2泊3日" is two nights (and three
 * days), "3名" three people. A count asked in English ("how many nights?") is stated by a number
 * and its counter; the counter is cut from its number as a word of its own (text.ts `wordBreaks`:
 * "2泊3日" → 2 | 泊 | 3 | 日), so it stands where an English sentence has the noun counted.
 * The other way, "何泊?" asks for nights and "3 nights" answers: the counter and the noun are
 * one word to the answerer (lexicon.ts `SYNONYM_GROUPS`).
 *
 * Only counters that name one thing: 日 is also a date's day ("4日") and 回 a time of many things.
 */
const COUNTERS: Record<string, readonly string[]> = wordTable({
  night: ['泊'],
  person: ['名', '人'],
  people: ['名', '人'],
  guest: ['名'],
  adult: ['名'],
  floor: ['階'],
  room: ['室'],
  ticket: ['枚'],
  week: ['週', '週間'],
});

/** The Japanese counters a thing counted in English is written with (`counted` singular: "night"). */
export function countersOf(counted: string): readonly string[] {
  return COUNTERS[counted] ?? [];
}
