/**
 * Framing words that are a compound's head (S21 HIGH 3 negatives): "type" frames "what type of
 * boiler?", but "what is my blood type?" asks of a blood type — a letter saying "blood test" does
 * not answer it. `compoundHeads` returns such words, to be kept as words the answer must say.
 */
import { words } from './text.js';

/** Framing words a noun before them makes a thing of its own: "blood type", "skin type". */
const HEADS = new Set(['type', 'kind', 'sort']);
/** Words before a framing word that leave it framing: "what type", "which kind", "the sort of". */
const NOT_NOUN = new Set(
  'what which whose a an the my your our their his her its this that these those any each every some no same other what’s whats'.split(
    ' ',
  ),
);

/** The framing words `question` uses as a compound's head ("blood type" → {"type"}), unless "of" follows. */
export function compoundHeads(question: string): Set<string> {
  const list = words(question).map((w) => w.toLowerCase());
  const out = new Set<string>();
  list.forEach((word, index) => {
    const before = list[index - 1];
    if (!HEADS.has(word) || before === undefined || NOT_NOUN.has(before)) return;
    if (list[index + 1] === 'of') return;
    if (/^(?:is|are|was|were|do|does|did|of|for|in|on|at|to)$/u.test(before)) return;
    out.add(word);
  });
  return out;
}
