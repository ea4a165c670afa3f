/**
 * The one form text is matched in (issue 10, stranger round 15, item 3), for the full-text
 * index's copy of a chunk and for the words of a question alike (text.ts `wordBreaks`, so
 * `words`, `queryTerms` and every stem compared go through it): compatibility forms folded (NFKC:
 * full-width "ＨＸ２２８１７" is "HX22817", "ﬁ" is "fi"), and Arabic vowel marks (tashkeel,
 * U+064B–U+0652, the dagger alif U+0670) and tatweel (U+0640, a stretch of the line) taken out:
 * "الكِتَاب" and "الكـتاب" are the word "الكتاب". The index would otherwise end a token at each mark.
 *
 * Dashes (the non-breaking hyphen U+2011, en and em dashes) and no-break spaces need no folding
 * here: they part words for the index and for `words` as a hyphen or space does. Text with no
 * such character is returned as it is (the same string), so other text is indexed as before; a
 * chunk's stored text, and so every quote, is never changed.
 */

/** A character this fold changes: Arabic marks and tatweel, presentation forms, full- and half-width forms. */
const FOLDED = /[\u0640\u064B-\u0652\u0670\uFB00-\uFB4F\uFE70-\uFEFF\uFF00-\uFFEF]/u;

/** The same, as an SQLite GLOB pattern: the chunks a change of this fold re-indexes (schema.ts). */
export const FOLDED_GLOB = '*[\u0640\u064B-\u0652\u0670\uFB00-\uFB4F\uFE70-\uFEFF\uFF00-\uFFEF]*';

/** `text` in the form it is matched in (see above). */
export function matchForm(text: string): string {
  if (!FOLDED.test(text)) return text;
  return text.normalize('NFKC').replace(/[\u0640\u064B-\u0652\u0670]/gu, '');
}
