/**
 * A question of permission is answered by a rule (stranger S46): "are we allowed to have a
 * tortoise in the flat?" is the contract's "Pets clause: … tortoises are allowed", never the
 * itinerary's "Who looks after Tosbağa the tortoise: … she comes to the flat every second day",
 * which says the thing and the place but no rule of them. A rule line says allowed, permitted,
 * prohibited, forbidden, banned, consent or "no pets"; an answer quoting none is asked again
 * without the place ("in the flat"), and when still no line states a rule, nothing is quoted.
 */
import type { Answer } from './answer.js';

/** "are we allowed to …", "is it permitted …", "can we keep a dog?", "may I have a cat in the flat?". */
const PERMISSION_ASKED =
  /\b(?:allowed|permitted|prohibited|forbidden|banned|allow|permit)\b|^\s*(?:can|may|could)\s+(?:we|i|they|my\s+\p{L}+)\s+(?:keep|have|own|bring)\b/iu;
/** A line stating a rule: what is allowed or not, what one shall or must not, whose consent it needs. */
const RULE_LINE =
  /\b(?:allow|allows|allowed|permit|permits|permitted|permission|prohibit|prohibits|prohibited|forbid|forbids|forbidden|ban|bans|banned|consent|approval|agreement|licen[cs]e|shall|must|may|not|cannot|only|without|required?)\b|\bno\s+(?:pets|animals|smoking|subletting)\b|n['’]t\b/iu;
/** Where the thing asked would be ("in the flat", "at home"): a place the rule need not say. */
const WHERE_KEPT =
  /\s+(?:in|at|inside|into)\s+(?:the|our|my|this)?\s*(?:flat|apartment|house|home|building|property|garden|room|unit)\b/iu;

/** Whether `question` asks whether something is allowed. */
export const asksPermission = (question: string): boolean => PERMISSION_ASKED.test(question);

/** Whether a quoted line states a rule (allowed, prohibited, consent…). */
export const statesRule = (quote: string): boolean => RULE_LINE.test(quote);

/**
 * `answer` to a permission `question` when a quoted line states a rule; else the question asked
 * again by `reask` without the place the thing is kept, when that finds a rule line; else an
 * honest "I don't know" quoting nothing. Any other question's answer is returned as it is.
 */
export async function withPermissionLine(
  question: string,
  answer: Answer,
  reask: (question: string) => Promise<Answer>,
): Promise<Answer> {
  if (!answer.known || !asksPermission(question)) return answer;
  if (answer.citations.some((c) => statesRule(c.quote))) return rulesOnly(answer);
  const bare = question.replace(WHERE_KEPT, '');
  if (bare !== question) {
    const again = await reask(bare);
    if (again.known && again.citations.some((c) => statesRule(c.quote))) return rulesOnly(again);
  }
  return {
    known: false,
    answer: "I don't know: no line of your documents says whether that is allowed.",
    citations: [],
    passages: answer.passages,
  };
}

/** `answer` without its quotes that state no rule (and their lines of the answer). */
function rulesOnly(answer: Answer): Answer {
  const dropped = answer.citations.filter((c) => !statesRule(c.quote));
  if (dropped.length === 0) return answer;
  return {
    ...answer,
    answer: answer.answer
      .split('\n')
      .filter((line) => !dropped.some((c) => line.includes(c.quote)))
      .join('\n'),
    citations: answer.citations.filter((c) => statesRule(c.quote)),
  };
}
