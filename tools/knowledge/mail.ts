/**
 * E-mails as records (issue 10, stranger round 13, item 2): an `.eml` file or mail text pasted
 * into a note is a header block (`From:`, `To:`, `Subject:`, `Date:`, RFC 5322 §3.6; also the
 * German, French and Spanish headers mail clients write when forwarding or printing: `Von:`,
 * `Betreff:`, `Objet :`, `Asunto:`…) and a body after it. A question about an e-mail asks one of
 * its fields: "who sent me the email about the boiler?" its `From:`, "who was it sent to?" its
 * `To:`, "when did Tom write?" its `Date:`, "what is the email about?" its `Subject:` and the
 * body's first sentence. The message asked about is the one whose headers or body hold every
 * other word of the question ("boiler", "Tom"); when none does, the answer is "I don't know",
 * never the nearest line that merely says "email".
 */
import { basename } from 'node:path';
import { wordTable } from '../../cartridge/lexicon.js';
import { fold, root, rootsOf } from './lexicon.js';
import { cite } from './schemas.js';
import { sentenceSpans } from './sentences.js';
import { isStopWord, words } from './text.js';

export type MailField = 'from' | 'to' | 'subject' | 'date';

/** Header names, folded, by the field they are. */
const HEADERS: Record<string, MailField | 'other'> = wordTable({
  from: 'from',
  von: 'from',
  de: 'from',
  sender: 'from',
  to: 'to',
  an: 'to',
  a: 'to',
  para: 'to',
  cc: 'other',
  bcc: 'other',
  subject: 'subject',
  betreff: 'subject',
  objet: 'subject',
  asunto: 'subject',
  oggetto: 'subject',
  date: 'date',
  datum: 'date',
  fecha: 'date',
  sent: 'date',
  gesendet: 'date',
  envoye: 'date',
  enviado: 'date',
});

/** A header line: a name (letters and dashes), a colon (French writes a space before it), a value. */
const HEADER = /^([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ-]{0,30})\s?:\s*(\S.*)$/u;

/** One header of a message: its line (0-based index into the lines read) and its text. */
export interface MailLine {
  index: number;
  text: string;
}

/** A message: its header lines by field, its body's first sentence, and the text it holds. */
export interface Mail {
  from?: MailLine;
  to?: MailLine;
  subject?: MailLine;
  date?: MailLine;
  first?: MailLine;
  text: string;
}

/** A greeting or sign-off line ("Hi,", "Dear Mrs Lee,", "Hallo Tom"): no sentence of the body. */
const GREETING =
  /^(?:hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|cher|chère|hola|estimad[oa]|ciao)\b.{0,40}$/iu;

/**
 * The messages among `lines` (a file or a passage of one): each run of header lines that holds
 * a `From:` or `Subject:` and one more of From/To/Subject/Date (so a lone "Date: 3 May" label
 * is no mail), with folded continuation lines, and the body up to the next such run.
 */
export function mailsIn(lines: readonly string[]): Mail[] {
  const out: Mail[] = [];
  let index = 0;
  while (index < lines.length) {
    const fields = new Map<MailField, MailLine>();
    let end = index;
    let known = 0;
    while (end < lines.length) {
      const line = lines[end] as string;
      const header = HEADER.exec(line);
      const field = header ? HEADERS[fold(header[1] as string)] : undefined;
      if (header && field) {
        known += 1;
        if (field !== 'other' && !fields.has(field)) fields.set(field, { index: end, text: line.trim() });
      } else if (!(end > index && /^[ \t]+\S/.test(line) && known > 0) && !(header && known > 0)) break;
      end += 1;
    }
    const named = [...fields.keys()];
    if (!(named.includes('from') || named.includes('subject')) || named.length < 2) {
      index = end > index ? end : index + 1;
      continue;
    }
    // The body: after the header run, up to the next message's headers.
    let bodyEnd = end;
    while (bodyEnd < lines.length) {
      const header = HEADER.exec(lines[bodyEnd] as string);
      const field = header ? HEADERS[fold(header[1] as string)] : undefined;
      if (field === 'from' && HEADER.test(lines[bodyEnd + 1] ?? '')) break;
      bodyEnd += 1;
    }
    const body = lines.slice(end, bodyEnd);
    let first: MailLine | undefined;
    for (const [offset, line] of body.entries()) {
      const text = line.trim();
      if (text === '' || GREETING.test(text) || /^[>-]/.test(text)) continue;
      const paragraph: string[] = [];
      for (let at = offset; at < body.length && (body[at] as string).trim() !== ''; at += 1)
        paragraph.push((body[at] as string).trim());
      const joined = paragraph.join(' ');
      const span = sentenceSpans(joined)[0];
      first = { index: end + offset, text: span ? joined.slice(span.start, span.end).trim() : joined };
      break;
    }
    out.push({
      ...Object.fromEntries(fields),
      ...(first ? { first } : {}),
      text: lines.slice(index, bodyEnd).join('\n'),
    });
    index = bodyEnd;
  }
  return out;
}

/** Words that name a message or its sending: never the topic asked about. */
const MAIL_WORDS = new Set(
  'email emails e mail mails message messages letter sent send sends sending wrote write writes written emailed mailed sender recipient subject date dated received receive get got reply replied about regarding who whom when what which from to me my i did does do was is were it its their this that address addresses his her'
    .split(' ')
    .map(fold),
);
/** Nouns that say a message is asked about. */
const MAIL_NOUNS = /\b(?:e-?mails?|mails?|messages?)\b/iu;

/** An e-mail address asked: "email address", "e-mail address of …", "the sender's address". */
const ADDRESS_ASKED = /\be-?mail\s+address(?:es)?\b|\b(?:sender|recipient)(?:'s|’s)?\s+address\b/u;

/** The field a question asks of an e-mail, or undefined when it asks none. */
export function mailFieldAsked(question: string): MailField | undefined {
  const q = question.toLowerCase();
  // "what's Dana's email address?", "the sender's address": a From: line holds the address (S15 item 6).
  if (ADDRESS_ASKED.test(q)) return /\b(?:recipient|sent to|to whom)\b/u.test(q) ? 'to' : 'from';
  const sending =
    /\b(?:sent|send|sends|wrote|write|writes|written|emailed|mailed|e-?mail(?:ed)?|mail|message|letter)\b/u;
  if (/\b(?:sender|from whom)\b/u.test(q) || (/\bwho\b/u.test(q) && /\bfrom\b/u.test(q) && sending.test(q)))
    return 'from';
  if (
    /\brecipients?\b/u.test(q) ||
    (/\bwho(?:m)?\b/u.test(q) && /\bto\s*\??\s*$/u.test(q) && sending.test(q))
  )
    return 'to';
  if (/\bwho\b/u.test(q) && /\b(?:sent|send|sends|wrote|write|writes|emailed|mailed)\b/u.test(q))
    return 'from';
  if (
    (/\bwhen\b/u.test(q) || /\bwhat (?:date|day|time)\b/u.test(q) || /\bdate of\b/u.test(q)) &&
    sending.test(q)
  )
    return 'date';
  if (/\bsubject\b/u.test(q) && sending.test(q)) return 'subject';
  if (/\bwhat\b.*\b(?:about|regarding)\s*\??\s*$/u.test(q) && MAIL_NOUNS.test(q)) return 'subject';
  return undefined;
}

/** The words a question says of the message it asks about ("boiler", "tom"), as stems. */
export function mailTopic(question: string): string[] {
  return [
    ...new Set(
      words(question)
        .filter((word) => !MAIL_WORDS.has(fold(word)) && !isStopWord(word) && word.length > 1)
        .map(root),
    ),
  ];
}

/** A passage to read mail from: its file, first line and text. */
export interface MailPassage {
  path: string;
  lineStart: number;
  text: string;
  lineMap?: unknown;
}

/** An answer from e-mails: its text and the lines it quotes (file lines, 1-based). */
export interface MailAnswer {
  known: boolean;
  answer: string;
  citations: { path: string; lineStart: number; lineEnd: number; heading: string; quote: string }[];
}

/** The most messages one answer quotes. */
const MAX_MAILS = 3;

/**
 * The answer to a question about an e-mail's sender, recipient, date or subject, read from the
 * messages in `passages` (best first), or undefined when the question asks no such field, or no
 * passage holds a message and the question names none (then the answer is found as for any
 * other question). A question that names a message ("the email about the roof") that no message
 * matches is "I don't know". `names` gives each path's display name.
 */
export function mailAnswer(
  question: string,
  passages: readonly MailPassage[],
  names: (paths: string[]) => Map<string, string>,
): MailAnswer | undefined {
  const field = mailFieldAsked(question);
  if (!field) return undefined;
  const topic = mailTopic(question);
  const found: { mail: Mail; path: string; lineStart: number }[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    if (passage.lineMap) continue;
    for (const mail of mailsIn(passage.text.split('\n'))) {
      const key = `${passage.path}\0${passage.lineStart + ((mail.from ?? mail.subject)?.index ?? 0)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const roots = rootsOf(`${basename(passage.path)}\n${mail.text}`);
      if (topic.every((r) => roots.has(r)))
        found.push({ mail, path: passage.path, lineStart: passage.lineStart });
    }
  }
  const withField = found.filter(({ mail }) => mail[field] !== undefined);
  if (withField.length === 0) {
    // Mail was asked about by name and none of it holds the words asked: no line answers.
    if (
      MAIL_NOUNS.test(question) &&
      topic.length > 0 &&
      passages.some((p) => mailsIn(p.text.split('\n')).length > 0)
    )
      return {
        known: false,
        answer: `I don't know: no e-mail I found mentions ${topic.length === 1 ? 'that' : 'all of that'}.`,
        citations: [],
      };
    return undefined;
  }
  const chosen = withField.slice(0, MAX_MAILS);
  const citations = chosen.flatMap(({ mail, path, lineStart }) => {
    // "what is the email about?": its subject and its body's first sentence; "the subject": the subject.
    const about = field === 'subject' && !/\bsubject\b/iu.test(question);
    // "what's Sam's email address?": the person named is the recipient, their To: line has the address.
    const named = (line: MailLine | undefined) =>
      line !== undefined && topic.length > 0 && topic.some((r) => rootsOf(line.text).has(r));
    const own =
      ADDRESS_ASKED.test(question.toLowerCase()) && !named(mail.from) && named(mail.to)
        ? mail.to
        : mail[field];
    const lines = [own as MailLine, ...(about && mail.first ? [mail.first] : [])];
    return lines.map((line) => ({
      path,
      lineStart: lineStart + line.index,
      lineEnd: lineStart + line.index,
      heading: basename(path),
      quote: line.text,
    }));
  });
  const display = names(citations.map((c) => c.path));
  const more = withField.length - chosen.length;
  const answer = [
    ...citations.map((c) => `${c.quote} (${cite(c, display.get(c.path))})`),
    ...(more > 0 ? [`(${more} more e-mail${more === 1 ? '' : 's'} may answer too.)`] : []),
  ].join('\n');
  return { known: true, answer, citations };
}
