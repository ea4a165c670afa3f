/**
 * A question about the person asking ("what am I allergic to?", "what's my blood group?")
 * answered from a document headed with another person's name ("# Medical note — Orla
 * Wrenfield"): the answer says whose the document is, never that it is theirs (s44).
 */

import { fileLines } from './file-lines.js';
import type { KnowledgeStore } from './store.js';

/** "I", "me", "my", "mine", "myself", "I'm": a question about the person asking. */
const ABOUT_ME = /(?:^|[^\p{L}'’])(?:i|me|my|mine|myself|i['’](?:m|ve|d))(?=$|[^\p{L}'’])/iu;

/**
 * A record's heading ending in a person's name: "Medical note — Orla Wrenfield", "Care plan for
 * Ben Hale"; the words before name a record of someone ("note", "summary", "plan", …).
 */
const HEADING_PERSON =
  /^(.*\b(?:note|notes|record|records|summary|file|plan|card|details|report|history|profile|chart)\b.*?)(?:\s[—–-]|:|\sfor|\sof)\s+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})\s*$/iu;

/** Words of a document's title, never of a person's name ("Policy Summary", "Care Plan"). */
const TITLE_WORDS =
  /\b(?:note|notes|record|records|summary|file|plan|card|details|report|history|profile|chart|policy|cover|insurance|schedule|guide|terms|agreement|list|overview)\b/i;

/** Whether `question` is about the person asking ("what am I allergic to?"): only then is whose a file is read. */
export const asksAboutMe = (question: string): boolean => ABOUT_ME.test(question);

/** The person the first line of a learned file names as its subject; undefined when it names none. */
export function fileAbout(store: KnowledgeStore, collectionId: number, path: string): string | undefined {
  const first = fileLines(store, collectionId, path).find((line) => line.text.trim() !== '');
  if (!first || first.first > 3) return undefined;
  const person = HEADING_PERSON.exec(first.text.replace(/^#+\s*/, '').trim())?.[2];
  return person && !TITLE_WORDS.test(person) ? person : undefined;
}

/** How an answer says the file quoted is about someone else (`notYoursLines`). */
export const NOT_YOURS = 'so this may not be yours:';

/**
 * "medical.md is about Orla Wrenfield, so this may not be yours:" for each quoted file about
 * another named person, when `question` asks about the person asking and names nobody in it;
 * empty otherwise.
 */
export function notYoursLines(
  question: string,
  about: readonly { name: string; person: string }[],
): string[] {
  if (!ABOUT_ME.test(question)) return [];
  const asked = question.toLowerCase();
  return about
    .filter(({ person }) => !person.split(/\s+/).some((part) => asked.includes(part.toLowerCase())))
    .map(({ name, person }) => `${name} is about ${person}, ${NOT_YOURS}`);
}
