/**
 * Who does a task, and by when (issue 10, stranger round 11, HIGH 4): minutes list action items
 * as "Omar Farouk: renew the SSL certificate by 20 March", "Backups (owner: Lena)" or "Tom to
 * update the wiki", never with the words "responsible", "in charge" or "deadline". So "who is
 * responsible for the SSL certificate?", "who has to renew it?", "who will update the wiki?"
 * ask who, of the task's own words ("who the SSL certificate?"); and "what is Tom's deadline?",
 * "what's the deadline for the wiki?" ask when ("when is Tom's due?": a line of Tom's that states
 * a time answers, "due" is never required). Rewritten before the question is read.
 */

/** "who is responsible for", "who's in charge of", "who has to", "who will", "whose job is it to" → "who". */
const WHO_ROLE =
  /\b(?:who\s+(?:is|are|was|will\s+be|'s)\s+(?:responsible|accountable|in\s+charge)\s+(?:for|of)|who\s+(?:has|have|had|needs?|is\s+supposed|is\s+going|are\s+going|was\s+supposed)\s+to|who\s+(?:will|shall|should|must|is\s+to)|who\s+(?:takes|took)\s+care\s+of|whose\s+(?:job|task|responsibility)\s+is\s+(?:it\s+to|the|to)?)\s+/giu;

/** "what is Tom's deadline", "what's the deadline for the wiki", "Tom's due date" → "when is … due". */
const DEADLINE =
  /\b(?:what|which)\s+(?:is|are|was|'s)\s+(?:the\s+)?(?:deadlines?|due\s+dates?)\s+(?:for|of)\s+|\b(?:what|which)\s+(?:is|are|was|'s)\s+([\p{L}\p{N} .-]+?)['’]s?\s+(?:deadlines?|due\s+dates?)\b/giu;

/**
 * `question` with a role or deadline asked written as who/when: "who is responsible for the SSL
 * certificate?" → "who the SSL certificate?"; "what is Tom's deadline?" → "when is Tom's due?";
 * "what's the deadline for the wiki?" → "when is due the wiki?". Other questions are returned as they are.
 */
export function roleQuestion(question: string): string {
  return question
    .replace(/\bwho['’]s\b/giu, 'who is')
    .replace(/\bwhat['’]s\b/giu, 'what is')
    .replace(WHO_ROLE, (whole) => (/^\s*who(?!se)/iu.test(whole) || /^whose/iu.test(whole) ? 'who ' : whole))
    .replace(DEADLINE, (_whole, owner: string | undefined) =>
      owner ? `when is ${owner}'s due` : 'when is due ',
    );
}
