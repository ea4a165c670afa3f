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
 */

const ABBREVIATIONS = new Set(
  `mr mrs ms mx dr prof rev hon sr jr st ave rd blvd mt ft apt ste dept no nos fig figs vol vols
pp approx est vs e.g i.e cf viz ca resp jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues
wed thu thur thurs fri sat sun`.split(/\s+/),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** True when `segment` ends in an abbreviation's period ("Dr. ", "e.g. ", "J. "). */
function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[^\p{L}.])((?:\p{L}\.)*\p{L}+)\.["'”’)\]]*$/u.exec(segment.trimEnd());
  if (!match) return false;
  const word = match[1] as string;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/**
 * The sentences of one paragraph as `[start, end)` offsets into it (trailing spaces included;
 * the caller trims). Line breaks inside the paragraph count as spaces (ICU ends a sentence at
 * every line break otherwise), so a sentence wrapped over lines stays one sentence.
 */
export function sentenceSpans(paragraph: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(paragraph.replace(/[\r\n]/g, ' '))) {
    const last = spans.at(-1);
    if (last && endsWithAbbreviation(paragraph.slice(last.start, last.end)))
      last.end = index + segment.length;
    else spans.push({ start: index, end: index + segment.length });
  }
  return spans;
}
