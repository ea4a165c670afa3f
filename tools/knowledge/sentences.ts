/**
 * Sentence boundaries for quoting: Unicode sentence segmentation (UAX #29, through ICU's
 * `Intl.Segmenter` with granularity 'sentence'), never a split at every period — "$4.50",
 * "192.168.1.1", "home.net", "3.75%" and "TAX_RATE = 0.19" stay whole.
 *
 * ICU without its suppression data (Node's `Intl.Segmenter` has none) ends a sentence after an
 * abbreviation followed by a capital or digit: "Dr. | Smith", "e.g. | 5W-30", "Mr. | Jones". So a
 * segment ending in one of the abbreviations below (or in a single capital initial, "J. Smith")
 * is joined with the next. The list is the common English titles, street and address words,
 * months and Latin abbreviations; words that often end a sentence ("etc", "Inc", "Ltd") are left
 * out on purpose, since a wrong join quotes two sentences but a wrong split quotes half of one.
 *
 * Addresses and notes in other languages abbreviate too (issue 10, stranger round 8, HIGH 1):
 * "ul. Długa 5" (Polish ulica), "Hauptstr. 9" (German Straße, also as a compound's end),
 * "Avda. de América", "z.B.", "bzw.", "Nr. 5", "tel. 555". The list holds the common street,
 * address, title and Latin-like abbreviations of Polish, German, Dutch, French, Spanish,
 * Portuguese and Italian (hand-made from postal address conventions). Besides, a period followed
 * by a lowercase letter or a digit ("approx. 20 people", "No. 5", "etc. and more") never ends a
 * sentence: a new sentence starts with a capital.
 */

import { isMonthWord } from './dates.js';

const ABBREVIATIONS = new Set(
  `mr mrs ms mx dr prof rev hon sr jr st ave rd blvd mt ft apt ste dept no nos fig figs vol vols
pp approx est vs e.g i.e cf viz ca resp jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues
wed thu thur thurs fri sat sun
ul al pl nr tel dh zt uu oä godz im św inż mgr str bzw usw zb ua vgl ggf inkl incl evtl geb hr fr mw dhr blz
av avda avd bd bld mme mlle env pza sra srta dña núm aprox pág sig dott ecc tél ext ref apx`.split(/\s+/),
);

/** A compound ending in a street word's abbreviation ("Hauptstr.", "Bahnhofstr."). */
const COMPOUND_ABBREVIATION = /str$/iu;

/** Made on first use: constructing a segmenter loads ICU's break data, which most CLI runs never need. */
let segmenter: Intl.Segmenter | undefined;
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** True when `segment` ends in an abbreviation's period ("Dr. ", "e.g. ", "J. "). */
function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[^\p{L}.])((?:\p{L}\.)*\p{L}+)\.["'”’)\]]*$/u.exec(segment.trimEnd());
  if (!match) return false;
  const word = match[1] as string;
  const folded = word.toLowerCase();
  return (
    ABBREVIATIONS.has(folded) ||
    ABBREVIATIONS.has(folded.replaceAll('.', '')) ||
    /^\p{Lu}$/u.test(word) ||
    COMPOUND_ABBREVIATION.test(word)
  );
}

/**
 * True when a segment ends in a period and the next starts with a lowercase letter or a digit
 * ("approx. 20"); not a digit written with a Korean, Chinese or Japanese counter or date word
 * ("있어요. | 5월 10일에 …", "。| 3月"), which starts a sentence (issue 7, S11).
 */
const goesOn = (segment: string, next: string) =>
  /\.["'”’)\]]*\s*$/u.test(segment) &&
  /^\s*(?:\p{Ll}|\p{N}+(?![.)\p{N}\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))/u.test(
    next,
  );

/**
 * True when a segment ends in a day's or an ordinal's number with its period, German-style
 * (issue 10, stranger round 9, HIGH 4): "am 1. | Oktober", "3. | Mai 2026", "bis 3. | März", "im
 * 2. | Stock". The period is the ordinal's mark, never a sentence's end, when a month's name
 * follows, or when the number follows a German preposition or article ("am", "vom", "zum", "der"…).
 */
function endsWithOrdinal(segment: string, next: string): boolean {
  const match = /(?:^|[^\p{L}\p{N}.])(?:(\p{L}+)\s+)?\d{1,2}\.\s*$/u.exec(segment);
  if (!match) return false;
  const word = /^\s*(\p{L}+)/u.exec(next)?.[1];
  if (word !== undefined && isMonthWord(word) && word.length > 2) return true;
  return match[1] !== undefined && ORDINAL_BEFORE.has(match[1].toLowerCase()) && /^\s*\p{Lu}/u.test(next);
}
/** German prepositions and articles before an ordinal number ("am 1.", "der 2. Stock"). */
const ORDINAL_BEFORE = new Set(
  'am im vom zum zur bis ab seit den dem der des jeden jedem jeder jedes beim ans ins'.split(' '),
);

/** A dot leader ("Total (excluding VAT) .......... £43,200"): its value follows, no sentence ends (S34). */
const LEADER = /\.{4,}\s*$/u;

/**
 * The sentences of one paragraph as `[start, end)` offsets into it (trailing spaces included;
 * the caller trims). Line breaks inside the paragraph count as spaces (ICU ends a sentence at
 * every line break otherwise), so a sentence wrapped over lines stays one sentence.
 */
export function sentenceSpans(paragraph: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { segment, index } of sentenceSegmenter().segment(paragraph.replace(/[\r\n]/g, ' '))) {
    const last = spans.at(-1);
    const before = last ? paragraph.slice(last.start, last.end) : '';
    if (
      last &&
      (endsWithAbbreviation(before) ||
        goesOn(before, segment) ||
        endsWithOrdinal(before, segment) ||
        LEADER.test(before))
    )
      last.end = index + segment.length;
    else spans.push({ start: index, end: index + segment.length });
  }
  return spans;
}

/**
 * The trimmed sentences of one line or paragraph, by `sentenceSpans` (S47, HIGH 4): the one
 * splitter for every caller that quotes a sentence of a line, so "Vet: dr. Sanne Bakker." and
 * "approx. 20 people" stay whole wherever a line is cut, not only in the main answer.
 */
export function sentencesOf(text: string): string[] {
  return sentenceSpans(text)
    .map(({ start, end }) => text.slice(start, end).trim())
    .filter(Boolean);
}
