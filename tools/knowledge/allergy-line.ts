/**
 * "What is Léonie allergic to?" answered only by "She is NOT allergic to eggs…" (S45 HIGH 4): a
 * what-is-X-allergic-to question gives the positive allergy lines of the file quoted ("confirmed
 * allergy to peanuts"); a negated line may follow, never stand alone when a positive one exists.
 */
import type { Answer, Citation } from './answer.js';
import { fileLines } from './file-lines.js';
import { cite } from './schemas.js';
import { sentencesOf } from './sentences.js';
import type { KnowledgeStore } from './store.js';

/** "what is Léonie allergic to?", "what allergies does she have?", "any allergies?"; not "is she allergic to eggs?". */
const ALLERGY_ASKED =
  /^(?!\s*(?:is|are|was)\b).*(?:\b(?:what|which)\b.*\ballerg(?:y|ies|ic)\b|\ballergies\b)/iu;
/** A sentence about an allergy. */
const ALLERGY = /\ballerg(?:y|ies|ic)\b/iu;
/** A sentence that denies it: "NOT allergic", "no allergy", "negative". */
const NEGATED = /\b(?:not|no|never|negative|non)\b|n't\b/iu;

/**
 * `answer` with the positive allergy sentence of its quoted file put first, when `question` asks
 * an allergy and every quote denies one ("She is NOT allergic to eggs"); otherwise unchanged.
 */
export function withAllergyLine(
  store: KnowledgeStore,
  collection: string,
  question: string,
  answer: Answer,
): Answer {
  if (!answer.known || !ALLERGY_ASKED.test(question) || NEGATED.test(question)) return answer;
  if (answer.citations.length === 0) return answer;
  if (!answer.citations.every((c) => ALLERGY.test(c.quote) && NEGATED.test(c.quote))) return answer;
  const [first] = answer.citations;
  const target = store.collection(collection);
  if (!first || !target) return answer;
  const positive = fileLines(store, target.id, first.path).flatMap((line) =>
    sentencesOf(line.text)
      .filter((sentence) => ALLERGY.test(sentence) && !NEGATED.test(sentence))
      .map(
        (sentence): Citation => ({
          path: first.path,
          lineStart: line.first,
          lineEnd: line.last,
          heading: first.heading,
          quote: sentence.trim(),
        }),
      ),
  );
  if (positive.length === 0) return answer;
  const name = store.displayNames([first.path]).get(first.path);
  const lines = positive.map((c) => `${c.quote} (${cite(c, name)})`);
  return {
    ...answer,
    answer: [...lines, answer.answer].join('\n'),
    citations: [...positive, ...answer.citations],
  };
}
