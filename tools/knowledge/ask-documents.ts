import { basename } from 'node:path';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { GO } from '../offline.js';
import { text } from '../schemas.js';
import { answerQuestion } from './answer.js';
import { documentsDiffer } from './differs.js';
import { ASKS_WHOLE, askedName, documentAnswer, documentNamed, namesFile } from './document-named.js';
import { answeredBefore, followUpQuestion } from './follow-up.js';
import { KIND_WORDS } from './names.js';
import { rememberedDiffers } from './remembered.js';
import {
  collectionName,
  oneLine,
  passage,
  pdfPlace,
  requireCollection,
  scopedFilter,
  searchFilters,
  toPassage,
} from './schemas.js';
import type { SecretKind } from './secret-files.js';
import { asksSigner } from './sign-off.js';
import { shellPath, staleFile, staleFiles } from './stale.js';
import { createKnowledgeStore } from './store.js';
import { queryTerms } from './text.js';
import { asksAboutMe, fileAbout, NOT_YOURS, notYoursLines } from './whose-file.js';

/** Words for every document, never a folder's name: "my documents", "my files", "my notes". */
const EVERY_DOCUMENT =
  /^(?:my |the |all )?(?:(?:learned |own )?(?:documents?|docs?|files?|notes?|papers?|pdfs?|stuff)|notes and documents)$/i;

/** Words opening a clause, never a document's name: "I do after …", "we need …". */
const SUBJECT_FIRST = /^(?:i|we|you|they|he|she|it)\b/iu;

/**
 * What the files learn leaves out as secret-holding may answer: passwords, codes, keys, accounts,
 * identity numbers ("what's the wifi password?", "when does my passport expire?").
 */
const SECRET_TOPICS = new Set(
  'password passwords passcode passphrase pin pins code codes key keys token tokens secret secrets login logins username credential credentials wifi wi fi network router account accounts bank iban card cards passport licence license ssn social security insurance number phone'.split(
    ' ',
  ),
);

/** Whether `question` could be answered by the skipped files: a secret's topic or a word of their names. */
function mayHold(question: string, skipped: readonly { path: string }[]): boolean {
  const asked = queryTerms(question.normalize('NFKC').toLowerCase());
  const named = new Set(
    skipped.flatMap((file) =>
      basename(file.path)
        .toLowerCase()
        .replace(/\.[a-z0-9]+$/u, '')
        .split(/[^\p{L}\p{N}]+/u),
    ),
  );
  return asked.some((word) => SECRET_TOPICS.has(word) || (word.length > 2 && named.has(word)));
}

/**
 * The line an "I don't know" ends with when learn left files of the collection out as
 * secret-holding (S41: "what's the wifi password?" said the documents "do not say", with no word
 * that notes.md was never learned). When the question is of what such files hold (a password, a
 * code, an account; a word of their names): their names only (at most three, then "and N more"),
 * why, and the way to learn them. Otherwise one short line with their count (x29: the whole line
 * after every "I don't know" was noise). Undefined when none was left out.
 */
function notSearchedLine(
  all: readonly { path: string; kind: SecretKind; line: number | null; withheld: number | null }[],
  question: string,
): string | undefined {
  if (all.length === 0) return undefined;
  if (!mayHold(question, all)) {
    const files = all.filter((file) => file.withheld === null).length;
    const lines = all.reduce((sum, file) => sum + (file.withheld ?? 0), 0);
    const parts = [
      ...(files ? [`${files} file${files === 1 ? '' : 's'}`] : []),
      ...(lines ? [`${lines} line${lines === 1 ? '' : 's'}`] : []),
    ];
    return `Not searched: ${parts.join(' and ')} left out as secret-holding (\`fazt knowledge list\` names them).`;
  }
  const name = (file: { path: string }) => oneLine(basename(file.path));
  const partly = all.filter((file) => file.withheld !== null);
  const whole = leftOutNote(
    all.filter((file) => file.withheld === null),
    { place: name, more: 'more', how: 'left out' },
  );
  const lines = leftOutNote(partly, {
    place: (file) =>
      file.withheld === 1 ? `line ${file.line} of ${name(file)}` : `${file.withheld} lines of ${name(file)}`,
    more: 'more files',
    how: 'withheld',
    one: partly.reduce((sum, file) => sum + (file.withheld ?? 0), 0) === 1,
  });
  return whole && lines ? `${whole}\n${lines}` : (whole ?? lines);
}

/**
 * "Not searched: notes.md was left out when learned because it looks like it holds passwords;
 * `fazt learn --include-secrets …` learns it." — files learn left out whole ("left out") or
 * lines it kept out of files it otherwise learned ("withheld": "line 3 of notes.txt"), at most
 * three places, then how many more. `one` says whether a single thing was kept out (default: one
 * file). Undefined for no files.
 */
function leftOutNote<File extends { path: string; kind: SecretKind }>(
  files: readonly File[],
  said: { place: (file: File) => string; more: string; how: string; one?: boolean },
): string | undefined {
  const first = files[0];
  if (!first) return undefined;
  const one = said.one ?? files.length === 1;
  const places = files.slice(0, 3).map(said.place);
  if (files.length > 3) places.push(`${files.length - 3} ${said.more}`);
  const listed = places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} and ${places.at(-1)}`;
  const kinds = new Set(files.map((file) => file.kind));
  const kind = kinds.size === 1 ? first.kind : 'secrets';
  return `Not searched: ${listed} ${one ? 'was' : 'were'} ${said.how} when learned because ${one ? 'it looks' : 'they look'} like ${one ? 'it holds' : 'they hold'} ${kind}; \`fazt learn --include-secrets ${files.length === 1 ? shellPath(oneLine(first.path)) : '<path>'}\` learns ${one ? 'it' : 'them'}.`;
}

export const knowledgeAsk = defineTool({
  name: 'knowledge_ask',
  title: 'Ask your documents',
  description:
    "Answer a question from the person's learned documents, quoting the sentences that answer it with their file and line span. Says it does not know when the documents do not answer; never guesses.",
  risk: 'read',
  input: z.object({
    question: text(2000, 'question').describe('The question, e.g. "what does my lease say about pets?".'),
    collection: collectionName,
    ...searchFilters,
  }),
  output: z.object({
    known: z.boolean().describe('False when nothing in the documents answers the question.'),
    answer: z.string(),
    citations: z.array(
      z.object({
        path: z.string(),
        lineStart: z.number().int().describe('First line (PDFs: within page `page`).'),
        lineEnd: z.number().int().describe('Last line (PDFs: within page `pageEnd`).'),
        page: z.number().int().optional().describe('PDFs: the page the quote starts on.'),
        pageEnd: z.number().int().optional(),
        heading: z.string(),
        quote: z.string(),
      }),
    ),
    passages: z.array(passage).describe('The passages found, best first, for reading more.'),
    asksBack: z
      .boolean()
      .optional()
      .describe('True when the answer is a question back: the question has no word to look for.'),
    missing: z
      .string()
      .optional()
      .describe(
        'When known is false because the documents number this thing but not with the number asked: what was asked, e.g. "module 4" (the answer says which numbers they have).',
      ),
    notSearched: z
      .string()
      .optional()
      .describe(
        'When known is false and learn left files here out because they look like they hold secrets: which (names only) and how to learn them.',
      ),
    filters: z
      .string()
      .optional()
      .describe('The active filters in words (the path resolved), e.g. "PDF files under /home/ann/docs".'),
    differs: z
      .string()
      .optional()
      .describe(
        'When a fact the person told fazt to remember says otherwise than this answer (a rent, a date, a name, a place): that fact, e.g. "You told me your rent is £800; your documents say otherwise." Say both; never pick one silently.',
      ),
    stale: z
      .array(staleFile)
      .optional()
      .describe(
        'Cited files that changed on disk or are gone since they were learned (their quotes and line numbers may be out of date).',
      ),
  }),
  examples: [
    'what does my {question}',
    'what do my documents say about {question}',
    'what do my files say about {question}',
    'what do my notes and documents say about {question}',
    'according to my documents {question}',
    'ask my documents {question}',
    'look up in my documents {question}',
    'check my documents: {question}',
  ],
  async run(input, { cartridge, signal }) {
    const { question, collection } = input;
    const store = createKnowledgeStore(cartridge);
    requireCollection(store, collection);
    const { filter, said } = scopedFilter(store, input);
    // "what is the?": nothing to look for, so nothing to answer or not know: ask what they mean.
    // "who is it from?" asks for a letter's sign-off, though every word is a function word (sign-off.ts).
    if (queryTerms(question.normalize('NFKC')).length === 0 && !asksSigner(question.normalize('NFKC'))) {
      return {
        known: false,
        asksBack: true,
        answer: `What would you like to know from your documents? "${oneLine(question)}" has no word to look for, only words like "what", "is" and "the". Ask about something, e.g. "what does my lease say about pets?".`,
        citations: [],
        passages: [],
      };
    }
    // "what's in notes.txt?": the one document named, whole (S44 13), never searched for "in notes.txt".
    const target = store.collection(collection);
    const named = target
      ? documentNamed(
          question.normalize('NFKC'),
          store
            .files(target.id, { pathPrefix: filter.pathPrefix, paths: filter.paths })
            .map((file) => file.path),
        )
      : undefined;
    const result =
      named && 'missing' in named
        ? {
            known: false,
            answer: `I have not learned a file named ${oneLine(named.missing)}. \`fazt knowledge list\` names the files learned; \`fazt learn <folder>\` learns more.`,
            citations: [],
            passages: [],
          }
        : named
          ? documentAnswer(
              store,
              target!.id,
              named.path,
              store.displayNames([named.path]).get(named.path) ?? basename(named.path),
              store.secretSkips(target!.id, { paths: [named.path] })[0]?.withheld ?? 0,
            )
          : await answerQuestion(cartridge, question, { collection, filter, signal });
    const names = store.displayNames([...result.passages, ...result.citations].map((p) => p.path));
    // A quoted file that changed or is gone since it was learned: said next to the answer.
    const stale = result.known
      ? staleFiles(
          store,
          store.collection(collection)?.id,
          result.citations.map((c) => c.path),
          names,
        )
      : [];
    // "what am I allergic to?" quoting a note about Orla: says whose it is (s44).
    const whose =
      result.known && target && !named && asksAboutMe(question)
        ? notYoursLines(
            question,
            [...new Set(result.citations.map((c) => c.path))].flatMap((path) => {
              const person = fileAbout(store, target.id, path);
              return person ? [{ name: names.get(path) ?? basename(path), person }] : [];
            }),
          )
        : [];
    // Said right before the quoted lines, after any "I read "blod" as "blood"." line.
    const lines = result.answer.split('\n');
    const at = lines.findIndex((line) => !line.startsWith('I read '));
    if (whose.length && at >= 0) lines.splice(at, 0, ...whose);
    const shown = lines.join('\n');
    const unknown = !result.known && said ? `${result.answer} (Searched only ${said}.)` : shown;
    // Files learn left out as secret-holding, where this question looked: an "I don't know" says so.
    // A file named that was never learned is no search (k32b): nothing to say was left out.
    const notSearched =
      result.known || (named && 'missing' in named)
        ? undefined
        : notSearchedLine(
            target
              ? store.secretSkips(target.id, { pathPrefix: filter.pathPrefix, paths: filter.paths })
              : [],
            question,
          );
    const answer = notSearched ? `${unknown}\n${notSearched}` : unknown;
    // "Your rent is £800." remembered while the lease says €1,395: said with the answer, on every surface.
    const differs =
      result.known && !named && whose.length === 0
        ? rememberedDiffers(cartridge, question, result.answer)
        : undefined;
    return {
      ...result,
      ...(notSearched ? { notSearched } : {}),
      ...(differs ? { differs } : {}),
      // "I don't know" under filters says where it looked: the answer may be outside them.
      ...(said ? { filters: said } : {}),
      ...(stale.length ? { stale } : {}),
      answer: stale.length ? `${answer}\n${stale.map((file) => `Note: ${file.note}`).join('\n')}` : answer,
      // A PDF's page-packed lines as page and line within it (see pdfPlace).
      citations: result.citations.map((citation) => {
        const at = pdfPlace(citation);
        return at
          ? { ...citation, lineStart: at.line, lineEnd: at.lineEnd, page: at.page, pageEnd: at.pageEnd }
          : citation;
      }),
      passages: result.passages.map((p) => toPassage(p, names)),
    };
  },
  // A remembered fact that says otherwise is said after the documents' answer (`differs`).
  describe: ({ answer, differs }) => (differs ? `${answer}\n${differs}` : answer),
  offline: {
    samples: { question: 'lease say about pets' },
    // "what do my recipes say about eggs": a learned folder or file by name (plural: "what does my
    // lease say" names one document, which the question's own words find), asked about eggs.
    templates: [
      'what do my {pathPrefix} say about {question}',
      'what do my {pathPrefix} tell me about {question}',
    ].map((source) => ({
      source,
      bonus: 0.5,
      // "my documents", "my notes" are every document (or fazt's notes), not a folder.
      check: ({ pathPrefix }: { pathPrefix?: string }) =>
        pathPrefix === undefined || EVERY_DOCUMENT.test(pathPrefix)
          ? { field: 'pathPrefix', message: 'every document' }
          : undefined,
    })),
    // "what does notes.txt contain?", "contents of energy-bills.csv", "read me the booking file":
    // a learned document by its file name, asked for whole (document-named.ts), never a
    // remembered fact or a note called "in lease.md" (k32b). Only a file's name, or words called a file.
    phrases: [
      {
        pattern: ASKS_WHOLE,
        question: true,
        input: (match) => (namesFile(askedName(match)) ? { question: match.input } : undefined),
      },
    ],
    // "what do I do after boiling the eggs?" reads like "what do my {pathPrefix} say about …"
    // cut short; a document is never called "I do after boiling the eggs": the question is asked whole.
    slots: {
      pathPrefix: (value: unknown) =>
        typeof value === 'string' && SUBJECT_FIRST.test(value)
          ? { problem: { field: 'pathPrefix', message: 'a sentence, not a document' } }
          : { value },
    },
    // No learned folder or file is called so: every document is asked, and the answer says so.
    // (`fazt knowledge ask --path recipes` names a path on purpose and is refused instead.)
    before: {
      async check(input, call) {
        if (input.pathPrefix === undefined) return GO;
        const scoped = await call.look({ tool: 'knowledge_ask', input });
        if (scoped?.ok)
          return { kind: 'answer', status: 'done', text: (scoped.output as { answer: string }).answer };
        if (scoped?.code !== 'not_found') return GO;
        const { pathPrefix, ...everywhere } = input;
        const all = await call.look({ tool: 'knowledge_ask', input: everywhere });
        if (!all?.ok) return GO;
        return {
          kind: 'answer',
          status: 'done',
          text: `No learned folder or file is called "${oneLine(pathPrefix.replace(KIND_WORDS, ''))}", so I asked all your documents.\n${(all.output as { answer: string }).answer}`,
        };
      },
    },
    asksBack: (output) => output.asksBack === true,
    // A question nothing remembered or noted answers ("what is the rent?", "how much is the
    // rent?"): the learned documents try it, and answer only by quoting them with their source.
    answer: {
      order: 40,
      // The question whole, as said: a lookup's name is cut from it ("rent due" from "when is the
      // rent due?"), and the answerer reads what it asks (S25 HIGH 2). A follow-up to a document
      // answer ("and when is it returned?") asks of the same subject (follow-up.ts).
      // A bare name no tool understood ("storage unit 17 code", "CE 207"; S27 M8) is asked too,
      // and answers only when the documents say it (`reply`).
      input: ({ kind, request, words, before }) =>
        words.length === 0
          ? undefined
          : kind === 'name'
            ? { question: request }
            : { question: followUpQuestion(request, answeredBefore(before?.calls)) },
      // "module 4" of a course with modules 1–3: the documents' own "I don't know" says which they
      // have, as `fazt knowledge ask` says it (one answer, whichever way it was asked).
      reply: ({ known, answer, missing, differs }, { lead, kind }) =>
        known
          ? `${lead ? `${lead}, but your documents say:` : 'From your documents:'}\n${answer}${differs ? `\n${differs}` : ''}`
          : missing && kind !== 'name'
            ? answer
            : undefined,
      // "what's their email address?" right after a document answer asks the documents again.
      followsUp: ({ request, before }) => {
        const earlier = answeredBefore(before?.calls);
        return earlier !== undefined && followUpQuestion(request, earlier) !== request;
      },
      // "Your rent is £800." remembered while the lease says €1,395: the lease's line is said too.
      // A document about someone else ("is about Orla, so this may not be yours") is no other answer.
      differs: ({ known, answer, asksBack }, { answer: told }) =>
        known && !asksBack && !answer.includes(NOT_YOURS) ? documentsDiffer(told, answer) : undefined,
      source: 'your learned documents',
      // Files learn left out as secret-holding: said after whichever "I don't know" is given.
      notSearched: ({ notSearched }) => notSearched,
      // Documents were learned and searched, and say nothing: the "I don't know" says so too.
      searched: ({ known, answer }) =>
        known || answer.includes('no documents are learned')
          ? undefined
          : 'I searched your learned documents too: they do not say.',
    },
  },
});
