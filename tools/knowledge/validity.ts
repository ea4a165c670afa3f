/**
 * Two readings of a quoted line against what was asked (stranger S34 MEDIUM 8, 11):
 *
 * - "is the mortgage offer still valid?" quoted "This offer is valid until 14 September 2026.":
 *   that day is compared with today and said to be past (lapsed) or ahead, as warranty.ts does.
 *   "This quote is valid for 30 days." is counted from the file's own date (an email's Date:).
 * - "what does the extension cost including VAT?" quoted "Total (excluding VAT) … £43,200": the
 *   sides differ, so the answer says so, and with a VAT rate stated in the same file ("VAT at
 *   20%") gives the other side computed, said to be computed.
 */
import type { Answer, Citation } from './answer.js';
import { datesIn } from './dates.js';
import { fileLines } from './file-lines.js';
import { subjectOf } from './follow-up.js';
import { cite } from './schemas.js';
import { sentencesOf } from './sentences.js';
import type { KnowledgeStore } from './store.js';
import { saysEnd, termOf } from './term.js';

/** Asking whether a thing still holds. */
const STILL_ASKED =
  /\b(?:still\s+(?:valid|open|good|available|on|in\s+date|current|active)|(?:has|is)\b.*\b(?:expired|lapsed|run\s+out|out\s+of\s+date)|valid\s+(?:still|now|today|any\s*more))\b/iu;
/** A line stating how long something holds. */
const HOLDS = /\b(?:valid|open|available|stands?|expir\w*|laps\w*)\b/iu;
/** "until 14 September 2026", "expires on 3 May 2027", "by 14 September 2026". */
const UNTIL = /\b(?:until|till|to|through|by|before|expires?\s+on|expiry|lapses?\s+on)\b/iu;
/** "valid for 30 days". */
const FOR = /\b(?:valid|open|available|stands?)\s+for\s+\S+\s+(?:days?|weeks?|months?|years?)\b/iu;

const fullDates = (text: string) =>
  datesIn(text).filter(
    (d) => d.readings.length === 1 && d.readings[0]?.day !== undefined && d.readings[0]?.year !== undefined,
  );

const said = (d: Date) =>
  `${d.getUTCDate()} ${d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${d.getUTCFullYear()}`;

/** `answer` with whether its quoted deadline is past today, when the question asks if it still holds. */
export function withValidity(
  store: KnowledgeStore,
  collection: string,
  question: string,
  answer: Answer,
  today: Date = new Date(),
): Answer {
  if (!answer.known || !STILL_ASKED.test(question)) return answer;
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const todaySaid = said(new Date(now));
  // "has the offer lapsed?" quoted "… the offer will lapse.": its file's dated "valid until" line too.
  const target = store.collection(collection);
  const extra: Citation[] = [];
  for (const c of answer.citations.slice(0, 1)) {
    if (!target || !HOLDS.test(c.quote)) break;
    if (answer.citations.some((d) => HOLDS.test(d.quote) && fullDates(d.quote).length === 1)) break;
    const line = fileLines(store, target.id, c.path).find(
      (l) => HOLDS.test(l.text) && UNTIL.test(l.text) && fullDates(l.text).length === 1,
    );
    if (line)
      extra.push({
        path: c.path,
        lineStart: line.first,
        lineEnd: line.last,
        heading: '',
        // The sentence of the date, not the next one begun on its line.
        quote: (
          sentencesOf(line.text).find((part) => HOLDS.test(part) && fullDates(part).length === 1) ?? line.text
        ).trim(),
      });
  }
  const names = store.displayNames(extra.map((c) => c.path));
  for (const c of [...extra, ...answer.citations]) {
    if (!HOLDS.test(c.quote)) continue;
    let end: string | undefined;
    let how = '';
    const dates = fullDates(c.quote);
    if (dates.length === 1 && UNTIL.test(c.quote)) end = (dates[0] as { text: string }).text;
    else if (FOR.test(c.quote)) {
      // Counted from the file's own date: its first line with one full date ("Date: Mon, 19 Oct 2026").
      const target = store.collection(collection);
      const dated = target
        ? fileLines(store, target.id, c.path).find(
            (l) => /^\s*(?:date|sent|dated)\b/iu.test(l.text) && fullDates(l.text).length === 1,
          )
        : undefined;
      const match = FOR.exec(c.quote) as RegExpExecArray;
      const counted = dated
        ? termOf(`${(fullDates(dated.text)[0] as { text: string }).text} ${match[0].replace(/^\S+\s+/u, '')}`)
        : undefined;
      if (counted) {
        end = counted.end;
        how = ` (${counted.term} from ${counted.start}, the date of the document: computed, not stated)`;
      }
    }
    if (!end) continue;
    const at = Date.parse(`${end} UTC`);
    if (Number.isNaN(at)) continue;
    const endSaid = said(new Date(at));
    // "is it still valid?" is answered "No" when past; "has it expired?" "Yes".
    const [past, ahead] = /\bstill\b|\bvalid\b/iu.test(question) ? ['No', 'Yes'] : ['Yes', 'No'];
    const line =
      at < now
        ? `${past} — it ran until ${endSaid}${how}, which is past (today is ${todaySaid}), so it has lapsed.`
        : `${ahead} — it runs until ${endSaid}${how}, which is still ahead (today is ${todaySaid}).`;
    const added = extra.map((e) => `${e.quote} (${cite(e, names.get(e.path))})`);
    return {
      ...answer,
      answer: [line, ...added, answer.answer].join('\n'),
      citations: [...extra, ...answer.citations],
    };
  }
  return answer;
}

/**
 * The question a still-valid question asks the documents when no line says "valid" (S45): "is the
 * home insurance still valid?" → "when does the home insurance end?", whose end day then decides
 * it (`stillByEnd`). Undefined for any other question, or one naming no subject.
 */
export function endAskedFor(question: string): string | undefined {
  if (!STILL_ASKED.test(question)) return undefined;
  const subject = subjectOf(question.replace(/\b(?:still|valid|expired|lapsed)\b.*$/iu, ''));
  return subject ? `when does the ${subject} end?` : undefined;
}

/**
 * `answer` (to `endAskedFor`'s question) with its first quoted end day against today: "Yes — it
 * runs until 31 December 2026, which is still ahead (today is 2 December 2026)." before the line
 * that says so ("Period: 1 January 2026 to 31 December 2026"). Undefined when no quoted line states
 * an end with one full date after it, so the still-valid question keeps its own answer.
 */
export function stillByEnd(question: string, answer: Answer, today: Date = new Date()): Answer | undefined {
  if (!answer.known) return undefined;
  const quote = answer.citations[0]?.quote ?? '';
  const dates = fullDates(quote);
  if (!saysEnd(quote) || dates.length === 0) return undefined;
  const at = Date.parse(`${(dates.at(-1) as { text: string }).text} UTC`);
  if (Number.isNaN(at)) return undefined;
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const [past, ahead] = /\bstill\b|\bvalid\b/iu.test(question) ? ['No', 'Yes'] : ['Yes', 'No'];
  const line =
    at < now
      ? `${past} — it ran until ${said(new Date(at))}, which is past (today is ${said(new Date(now))}), so it has lapsed.`
      : `${ahead} — it runs until ${said(new Date(at))}, which is still ahead (today is ${said(new Date(now))}).`;
  return { ...answer, answer: `${line}\n${answer.answer}` };
}

/** Asking when a thing is due, or whether it is overdue: "when is my MOT due?", "is the boiler service overdue?". */
const DUE_ASKED = /\b(?:over)?due\b/iu;
/** A line stating a due day: "MOT due 19 Nov 2026", "Next service due: 3 March 2027". */
const DUE_SAID = /\bdue\b/iu;

/**
 * `answer` with whether its quoted due date is past today (k29): "is my MOT overdue?" quoted "MOT
 * due 19 Nov 2026" is answered "Yes — …, which is past …, so it is overdue." before the quote; "when
 * is my MOT due?" keeps the quote first and says after it that the day is past. Unchanged unless
 * the question asks of a due day and the first quote states one full date with "due".
 */
export function withDueDate(question: string, answer: Answer, today: Date = new Date()): Answer {
  if (!answer.known || !DUE_ASKED.test(question)) return answer;
  const quote = answer.citations[0]?.quote ?? '';
  const dates = fullDates(quote);
  if (!DUE_SAID.test(quote) || dates.length !== 1) return answer;
  const at = Date.parse(`${(dates[0] as { text: string }).text} UTC`);
  if (Number.isNaN(at)) return answer;
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const dueSaid = said(new Date(at));
  const todaySaid = said(new Date(now));
  if (/\boverdue\b/iu.test(question)) {
    const verdict =
      at < now
        ? `Yes — it was due on ${dueSaid}, which is past (today is ${todaySaid}), so it is overdue.`
        : `No — it is due on ${dueSaid}, which is still ahead (today is ${todaySaid}).`;
    return { ...answer, answer: `${verdict}\n${answer.answer}` };
  }
  const after =
    at < now
      ? `That date is past (today is ${todaySaid}): it is overdue.`
      : at === now
        ? 'That is today.'
        : `That is still ahead (today is ${todaySaid}).`;
  return { ...answer, answer: `${answer.answer}\n${after}` };
}

/** "including VAT", "inc. VAT", "incl VAT", "with VAT", "plus VAT" as asked … */
const INC =
  /\b(?:inc(?:l(?:uding)?)?\.?|including|inclusive\s+of|with)\s+VAT\b|\bVAT\s+inc(?:l(?:uded|usive)?)?\b/iu;
/** … and "excluding VAT", "ex VAT", "excl. VAT", "+ VAT", "before VAT", "net of VAT". */
const EXC =
  /\b(?:ex(?:cl(?:uding)?)?\.?|excluding|exclusive\s+of|without|before|net\s+of|plus)\s+VAT\b|\+\s*VAT\b|\bVAT\s+excl?(?:uded)?\b/iu;
/** "VAT at 20%", "20% VAT", "VAT (20%)". */
const RATE = /\bVAT\s*(?:at|of|\(|@)?\s*(\d{1,2}(?:\.\d+)?)\s*%|(\d{1,2}(?:\.\d+)?)\s*%\s*VAT\b/iu;
const MONEY = /([£$€])\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?/u;

/** "inc. VAT" → "including VAT", "ex VAT" → "excluding VAT". */
export const vatSpelledOut = (question: string): string =>
  question
    .replace(/\b(?:inc|incl)\b\.?\s*(?=VAT\b)/giu, 'including ')
    .replace(/\b(?:ex|excl)\b\.?\s*(?=VAT\b)/giu, 'excluding ');

/** `answer` saying so when its quoted amount is on the other side of VAT than the question asked. */
export function withVatSide(
  store: KnowledgeStore,
  collection: string,
  question: string,
  answer: Answer,
): Answer {
  // Asked, "plus VAT" and "after VAT" mean with it; written beside a price, without it.
  const asked =
    INC.test(question) || /\b(?:plus|after|\+)\s*VAT\b/iu.test(question)
      ? 'inc'
      : EXC.test(question)
        ? 'exc'
        : undefined;
  if (!answer.known || !asked) return answer;
  const side = (text: string) => (INC.test(text) ? 'inc' : EXC.test(text) ? 'exc' : undefined);
  const other = answer.citations.find((c) => MONEY.test(c.quote) && side(c.quote) !== undefined);
  if (!other || side(other.quote) === asked) return answer;
  const target = store.collection(collection);
  const rate = target
    ? fileLines(store, target.id, other.path)
        .map((l) => RATE.exec(l.text))
        .find((m) => m !== null)
    : undefined;
  const money = MONEY.exec(other.quote) as RegExpExecArray;
  const amount = Number(`${(money[2] as string).replace(/,/gu, '')}${money[3] ?? ''}`);
  const percent = rate ? Number(rate[1] ?? rate[2]) : undefined;
  const quoted = `${money[0]}`;
  const stated = asked === 'inc' ? 'excluding' : 'including';
  let line = `Note: ${quoted} is the price ${stated} VAT, not ${asked === 'inc' ? 'including' : 'excluding'} it as asked`;
  if (percent !== undefined) {
    const value = asked === 'inc' ? amount * (1 + percent / 100) : amount / (1 + percent / 100);
    const decimals = money[3] || !Number.isInteger(Math.round(value * 100) / 100) ? 2 : 0;
    const shown = value.toLocaleString('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    line += `; ${asked === 'inc' ? 'with' : 'without'} VAT at ${percent}% it comes to ${money[1]}${shown} (computed, not stated in the documents).`;
  } else line += '; the documents do not give the other figure.';
  return { ...answer, answer: `${answer.answer}\n${line}` };
}
