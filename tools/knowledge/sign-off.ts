/**
 * "Who signed the letter?", "who wrote it?", "who is it from?": a letter says who by its
 * sign-off, not in a sentence — a closing ("Kind regards,", "Yours sincerely, J. Smith,
 * Landlord") and the name and role under it, or a "Signed:" line. The answer quotes the
 * closing with the lines under it (k15 strangers, HIGH 2). A question naming something besides
 * the letter ("who wrote the report?") is answered only from documents that say that word.
 */

import type { Answer, Citation } from './answer.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { alternativesOf, root, rootsOf } from './lexicon.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { queryTerms } from './text.js';

/** A question asking who signed, wrote or sent a document. */
const SIGNER_ASKED =
  /\bwho(?:\s+(?:has|had|did))?\s+(?:signed|sign|wrote|write|sent|send|authored)\b|\bwho(?:'s|’s|\s+is|\s+was)\s+(?:it|this|that|the\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+from\b|\bwho\s+(?:is|was)\s+the\s+(?:sender|author|signatory|writer)\b/iu;

/** Whether `question` asks who signed, wrote or sent a document ("who is it from?" has no other word). */
export const asksSigner = (question: string): boolean => SIGNER_ASKED.test(question);

/**
 * A question asking who someone of a role is ("who is my doctor?", "what is my doctor's name?",
 * "what's the name of my GP?"): the role asked, or undefined.
 */
const ROLE_ASKED = [
  /^\s*who(?:'s|’s|\s+is|\s+was)\s+(?:my|our|the)\s+(\p{L}+)\s*[?.!]?\s*$/iu,
  /^\s*what(?:'s|’s|\s+is|\s+was)\s+(?:my|our|the)\s+(\p{L}+)(?:'s|’s)\s+name\s*[?.!]?\s*$/iu,
  /^\s*what(?:'s|’s|\s+is|\s+was)\s+the\s+name\s+of\s+(?:my|our|the)\s+(\p{L}+)\s*[?.!]?\s*$/iu,
];
export const roleAsked = (question: string): string | undefined =>
  ROLE_ASKED.map((pattern) => pattern.exec(question)?.[1])
    .find(Boolean)
    ?.toLowerCase();

/** A closing line: the closing alone, or with the signer after a comma ("Thank you for …" is none). */
const CLOSING =
  /^\s*((?:with\s+)?(?:(?:kind|best|warm|warmest|many|with\s+best)\s+)?(?:regards|wishes|thanks)|yours\s+(?:sincerely|faithfully|truly)|(?:sincerely|faithfully|respectfully)(?:\s+yours)?|all\s+the\s+best|best|cheers|thank\s+you|love)\s*(?:[,—–-]\s*(.*)|[.!]?)$/iu;

/** A signature line: "Signed: Mrs A. Pike (Landlord)", "Signature — J. Smith". */
const SIGNED = /^\s*(?:signed|signature)(?:\s+by)?\s*[:—–-]\s*(.*\p{L}.*)$/iu;

/** The words of a signer question that ask nothing more than who signed. */
const FRAME = new Set(
  'who sign signed wrote write written sent send author authored sender signatory writer from it this that letter email mail note message document'
    .split(' ')
    .map(root),
);

/** A signer's line: short words, no sentence ("J. Smith" ends no sentence; "… application." does). */
const signerLine = (text: string) =>
  text.length > 0 && text.length <= 60 && /\p{L}/u.test(text) && !/\p{Ll}{2,}[.!?]$/u.test(text);

/** The sign-offs of a file: the closing or "Signed:" line and the signer lines under it. */
function signOffs(lines: readonly FileLine[]): FileLine[][] {
  const out: FileLine[][] = [];
  lines.forEach((line, index) => {
    const text = line.text.replace(/^[#>*_\s]+|[*_\s]+$/gu, '');
    const signed = SIGNED.exec(text);
    if (signed) {
      if (!/^[_.\s]*$/u.test(signed[1] as string)) out.push([line]);
      return;
    }
    const closing = CLOSING.exec(text);
    if (!closing) return;
    // "Yours sincerely, J. Smith, Landlord": the signer on the closing's line.
    const after = (closing[2] ?? '').trim();
    if (after) {
      if (signerLine(after)) out.push([line]);
      return;
    }
    const under: FileLine[] = [];
    for (const next of lines.slice(index + 1)) {
      const said = next.text.trim();
      if (!said) {
        if (under.length > 0) break;
        continue;
      }
      if (!signerLine(said) || under.length === 3) break;
      under.push(next);
    }
    if (under.length > 0) out.push([line, ...under]);
  });
  return out;
}

/** "Kind regards, Dr Sarah Patel, GP": a sign-off's lines as one quote. */
const quoteOf = (lines: readonly FileLine[]) =>
  lines
    .map((l) => l.text.replace(/^[#>*_\s]+|[*_\s]+$/gu, ''))
    .reduce((quote, text) => (quote ? `${quote}${/[,:—–-]$/u.test(quote) ? '' : ','} ${text}` : text), '');

/**
 * The sign-offs answering a signer question over the files of `collection` within `filter`,
 * or undefined when the question asks something else or no document found has one.
 */
export function signOffAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
  signedRole = false,
): Answer | undefined {
  // "who is my doctor?" when nothing else answers: a sign-off naming the role ("Dr Aisha Rahman").
  const role = signedRole ? roleAsked(question) : undefined;
  if (!role && !SIGNER_ASKED.test(question)) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  let ids: { id: number }[];
  try {
    ids = store.bm25Match(
      target.id,
      '"regards" OR "sincerely" OR "faithfully" OR "wishes" OR "cheers" OR "thanks" OR "signed" OR "signature" OR "best"',
      200,
      filter ?? {},
    );
  } catch {
    return undefined;
  }
  const found = store.passages(
    ids.map((i) => i.id),
    filter ?? {},
  );
  // Words asked besides the letter ("the report", "the offer"): its document must say them.
  const extra = role
    ? []
    : queryTerms(question)
        .map(root)
        .filter((r) => !FRAME.has(r));
  const files = [...new Map(found.map((p) => [p.path, p.type])).entries()];
  const answered: { path: string; lines: FileLine[] }[] = [];
  for (const [path] of files) {
    const lines = fileLines(store, target.id, path);
    if (extra.length > 0) {
      const roots = rootsOf(
        `${path.split(/[\\/]/).slice(-2).join(' ')}\n${lines.map((l) => l.text).join('\n')}`,
      );
      if (!extra.every((r) => [...alternativesOf(r)].some((a) => roots.has(a)))) continue;
    }
    // A message's "From:" header says who sent it (mail.ts answers), whatever its closing.
    if (lines.slice(0, 12).some((l) => /^\s*from:\s*\S/iu.test(l.text))) continue;
    const offs = signOffs(lines);
    // The last sign-off is the letter's; a quoted earlier letter's comes before it.
    const last = offs.at(-1);
    if (role && !(last && [...alternativesOf(root(role))].some((a) => rootsOf(quoteOf(last)).has(a))))
      continue;
    if (last) answered.push({ path, lines: last });
  }
  if (answered.length === 0) return undefined;
  const shown = answered.slice(0, 4);
  const names = store.displayNames(shown.map((a) => a.path));
  const citations: Citation[] = shown.map(({ path, lines }) => ({
    path,
    lineStart: lines[0]?.first ?? 1,
    lineEnd: lines.at(-1)?.last ?? 1,
    heading: '',
    quote: quoteOf(lines),
  }));
  const more = answered.length - shown.length;
  return {
    known: true,
    answer: [
      ...citations.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`),
      ...(more > 0 ? [`(${more} more document${more === 1 ? '' : 's'} signed too.)`] : []),
    ].join('\n'),
    citations,
    passages: shown.map(({ path, lines }) =>
      linePassage(path, files.find(([p]) => p === path)?.[1] ?? 'text', lines),
    ),
  };
}
