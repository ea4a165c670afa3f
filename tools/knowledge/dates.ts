/**
 * Calendar dates a text states, however written (issue 10, stranger round 7): "2026-03-14",
 * "14 March 2026", "March 14th", "the 14th of March", "14/03", "3月14日", "14. März", "14 de
 * marzo", "12 Ekim", "5 lutego", "2 mei", so a question that writes a date one way finds a document that writes it another
 * ("what's on 14 March?" finds the CSV row `2026-03-14,dentist,Dr Ruiz`). Month names are
 * English, French, German, Spanish, Portuguese ("5 de março", "1º de janeiro"), Turkish, Dutch, Swedish,
 * Norwegian, Danish, Polish (nominative and genitive), Czech and Slovak (folded: "février" is "fevrier", "Şubat" and "Aralık" are "subat" and
 * "aralik", "października" is "pazdziernika", "října" is "rijna"), with English
 * abbreviations; a month name alone ("in March") is a month without a day, and only English
 * names count alone ("mars", "mayo" only next to a day), "May" only capitalised. Slashed dates
 * without a year first are ambiguous: "04/02" is read both as 4 February and as April 2, and only
 * readings that are real dates are kept ("14/03" is only 14 March) — never a date the text does
 * not state. Two-digit years are 20xx.
 */

/** One reading of a date: month 1–12, and the day and year when stated. */
export interface DateReading {
  year?: number;
  month: number;
  day?: number;
}

/** One date a text states: its readings (two for an ambiguous "04/02") and where it is. */
export interface DateMention {
  readings: DateReading[];
  start: number;
  end: number;
  text: string;
}

const NAMES: readonly (readonly string[])[] = [
  // English, French, German, Spanish, Turkish, Portuguese (last in each row); then Dutch, Swedish/Norwegian/Danish, Polish
  // (nominative and genitive: "styczeń", "5 stycznia"), Czech and Slovak (both cases), folded.
  [
    'january',
    'jan',
    'janvier',
    'januar',
    'janner',
    'enero',
    'ocak',
    'januari',
    'styczen',
    'stycznia',
    'leden',
    'ledna',
    'januara',
    'janeiro',
  ],
  [
    'february',
    'feb',
    'fevrier',
    'februar',
    'febrero',
    'subat',
    'februari',
    'luty',
    'lutego',
    'unor',
    'unora',
    'februara',
    'fevereiro',
  ],
  [
    'march',
    'mar',
    'mars',
    'marz',
    'maerz',
    'marzo',
    'mart',
    'maart',
    'mrt',
    'marts',
    'marzec',
    'marca',
    'brezen',
    'brezna',
    'marec',
    'marco',
  ],
  ['april', 'apr', 'avril', 'abril', 'nisan', 'kwiecien', 'kwietnia', 'duben', 'dubna', 'aprila'],
  ['may', 'mai', 'mayo', 'mayis', 'mei', 'maj', 'maja', 'kveten', 'kvetna', 'maio'],
  [
    'june',
    'jun',
    'juin',
    'juni',
    'junio',
    'haziran',
    'czerwiec',
    'czerwca',
    'cerven',
    'cervna',
    'juna',
    'junho',
  ],
  [
    'july',
    'jul',
    'juillet',
    'juli',
    'julio',
    'temmuz',
    'lipiec',
    'lipca',
    'cervenec',
    'cervence',
    'jula',
    'julho',
  ],
  [
    'august',
    'aug',
    'aout',
    'agosto',
    'agustos',
    'augustus',
    'augusti',
    'sierpien',
    'sierpnia',
    'srpen',
    'srpna',
    'augusta',
  ],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'setiembre',
    'eylul',
    'wrzesien',
    'wrzesnia',
    'zari',
    'septembra',
    'setembro',
  ],
  [
    'october',
    'oct',
    'octobre',
    'oktober',
    'octubre',
    'ekim',
    'okt',
    'pazdziernik',
    'pazdziernika',
    'rijen',
    'rijna',
    'oktobra',
    'outubro',
  ],
  [
    'november',
    'nov',
    'novembre',
    'noviembre',
    'kasim',
    'listopad',
    'listopada',
    'listopadu',
    'novembra',
    'novembro',
  ],
  [
    'december',
    'dec',
    'decembre',
    'dezember',
    'diciembre',
    'aralik',
    'desember',
    'grudzien',
    'grudnia',
    'prosinec',
    'prosince',
    'decembra',
    'dezembro',
  ],
];
/** English month names, the only ones that state a month alone. */
const ENGLISH = NAMES.map((names) => names[0] as string);

/**
 * The English name of `month` (1 = January … 12), capitalised. From this list rather than
 * `toLocaleString`, whose first call loads ICU's calendar data (tens of ms of every CLI start when
 * run at module load).
 */
export const monthName = (month: number): string => {
  const name = ENGLISH[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
};
const MONTH = new Map<string, number>();
NAMES.forEach((names, index) => {
  for (const name of names) MONTH.set(name, index + 1);
});

/** Lowercase without accents; Turkish dotless "ı" (no accent to drop) is "i" as well. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/gu, 'i');

/** Month words that are given names too ("Maja"): capitalised alone, a person, never a month. */
const GIVEN_NAMES = new Set(['maja', 'marco']);

/**
 * Whether a word (any case, accents or not) is a month's name or abbreviation; "Maja" (capitalised)
 * is a name, though "3 Maja" is still read as a date by `datesIn`.
 */
export const isMonthWord = (word: string): boolean =>
  MONTH.has(fold(word)) && !(GIVEN_NAMES.has(fold(word)) && /^\p{Lu}/u.test(word));

const names = [...MONTH.keys()].sort((a, b) => b.length - a.length).join('|');
const NAME = `(${names})\\.?`;
const ORD = '(?:st|nd|rd|th|er|e|\\.)?';
/** A day's ordinal mark before its month: also Spanish and Portuguese "1º", "1.º", "1ª" (NFKC: "1o"). */
const DAY_ORD = '(?:st|nd|rd|th|er|e|\\.?[oa]|\\.)?';
/** Between the two days of a range: "1.–3.", "1 to 3", "vom 1. bis 3.", "du 1er au 3", "del 1 al 3". */
const RANGE = '\\s*(?:[-–—]|to|until|till|through|bis|au|al|a)\\s*';
const YEAR = '(?:,?\\s+(\\d{4}))?';
/** Patterns, most specific first; each gives (year, month, day) groups by name. */
const PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => DateReading[] }[] = [
  {
    // 2026-03-14, 2026/03/14, 2026.03.14
    re: /(?<![\p{N}])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\p{N}])/gu,
    read: (m) => [{ year: +(m[1] as string), month: +(m[2] as string), day: +(m[3] as string) }],
  },
  {
    // 2026年3月14日, 3月14日, 3月14号, 3월 14일
    re: /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]/gu,
    read: (m) => [{ ...year(m[1]), month: +(m[2] as string), day: +(m[3] as string) }],
  },
  {
    // A range of days in one month: "vom 1. bis 3. März", "1–3 March 2027", "du 1er au 3 mars",
    // "del 1 al 3 de marzo": every day of it is stated (issue 10, stranger round 9, HIGH 4).
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,2})${DAY_ORD}${RANGE}(\\d{1,2})${DAY_ORD}\\s*(?:of\\s+|de\\s+)?${NAME}(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4}))?`,
      'giu',
    ),
    read: (m) => {
      const from = +(m[1] as string);
      const to = +(m[2] as string);
      if (to < from || to - from > 30) return [];
      return Array.from({ length: to - from + 1 }, (_, i) => ({
        ...year(m[4]),
        month: monthOf(m[3]),
        day: from + i,
      }));
    },
  },
  {
    // 14 March 2026, 14th of March, 14. März, 14 de marzo de 2026, 1er mai, 1º de octubre
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,2})${DAY_ORD}\\s*(?:of\\s+|de\\s+)?${NAME}(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4}))?`,
      'giu',
    ),
    read: (m) => [{ ...year(m[3]), month: monthOf(m[2]), day: +(m[1] as string) }],
  },
  {
    // March 14, March 14th, 2026, Mar. 14, March the 14th
    re: new RegExp(`(?<![\\p{L}])${NAME}\\s+(?:the\\s+)?(\\d{1,2})${ORD}(?![\\p{L}\\p{N}])${YEAR}`, 'giu'),
    read: (m) => [{ ...year(m[3]), month: monthOf(m[1]), day: +(m[2] as string) }],
  },
  {
    // 14/03, 03/14/2026, 14.03.2026 (dots only with a year: "6.5" is a number)
    re: /(?<![\p{N}/.,])(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{4}|\d{2}))?|\.(\d{1,2})\.(\d{4}|\d{2}))(?![\p{N}]|[/.,]\p{N})/gu,
    read: (m) => {
      // "1/2 cup", "3/4 of the rent": a fraction, not a date — a yearless one followed by a word.
      const after = (m.input ?? '').slice(m.index + m[0].length);
      if (m[3] === undefined && m[5] === undefined && FRACTION_AFTER.test(after)) return [];
      const a = +(m[1] as string);
      const b = +((m[2] ?? m[4]) as string);
      const y = year(m[3] ?? m[5]);
      // Day first (most of the world), then month first (the US), when each is a real date.
      const readings = [
        { ...y, month: b, day: a },
        { ...y, month: a, day: b },
      ];
      return a === b ? [readings[0] as DateReading] : readings;
    },
  },
];
/**
 * A month of a year without a day (issue 10, stranger round 11, HIGH 2): "2026-03" (a CSV's
 * month column), "2026/03", "03/2026", "3/2026", "03.2026", "2026年3月", "März 2026", "mars
 * 2026", "Mar-26", "March '26". Read after every dated pattern, so "2026-03-14" stays a day.
 */
const YEAR_MONTHS: readonly { re: RegExp; read: (m: RegExpExecArray) => DateReading[] }[] = [
  {
    // 2026-03, 2026/03 (never "2026-03-14": taken first; never a range "2024-2026").
    re: /(?<![\p{N}\p{L}.,/-])(\d{4})[-/](\d{1,2})(?![\p{N}]|[-/.]\p{N})/gu,
    read: (m) => [{ year: +(m[1] as string), month: +(m[2] as string) }],
  },
  {
    // 03/2026, 3/2026, 03.2026, 03-2026
    re: /(?<![\p{N}\p{L}.,/-])(\d{1,2})[-/.](\d{4})(?![\p{N}]|[-/.,]\p{N})/gu,
    read: (m) => [{ year: +(m[2] as string), month: +(m[1] as string) }],
  },
  {
    // 2026年3月, 2026년 3월 (a day after it was taken first).
    re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]/gu,
    read: (m) => [{ year: +(m[1] as string), month: +(m[2] as string) }],
  },
  {
    // März 2026, mars 2026, marzo de 2026, Mar-26, Mar '26, March ’26 (any language's name with a year).
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${NAME}(?:\\s+(?:de\\s+)?(\\d{4})|\\s*[-'’]\\s*(\\d{2}))(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    read: (m) => [{ ...year(m[2] ?? m[3]), month: monthOf(m[1]) }],
  },
];
/** What follows a yearless "1/2" that makes it a fraction: a word, but not "at", "and", "to"… */
const FRACTION_AFTER = /^\s*(?!(?:at|and|or|to|until|till|from|between)\b)\p{L}/iu;
/** A month alone ("in March", "March 2026"): English names, "May" only capitalised. */
const MONTH_ALONE = new RegExp(`(?<![\\p{L}])(${ENGLISH.join('|')})(?![\\p{L}])(?:\\s+(\\d{4}))?`, 'giu');

function year(text: string | undefined): { year?: number } {
  if (text === undefined) return {};
  const n = +text;
  return { year: text.length === 2 ? 2000 + n : n };
}
function monthOf(name: string | undefined): number {
  return MONTH.get(fold(name ?? '').replace(/\.$/, '')) ?? 0;
}
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const real = (r: DateReading) =>
  r.month >= 1 && r.month <= 12 && (r.day === undefined || (r.day >= 1 && r.day <= (DAYS[r.month - 1] ?? 0)));

/** Every date `text` states, in text order, with only its real readings (see the module comment). */
export function datesIn(text: string): DateMention[] {
  const normal = text.normalize('NFKC');
  // Accents dropped char by char, so positions stay those of `normal` ("März" is matched as "Marz",
  // "Kasım" as "Kasim").
  const plain = [...normal]
    .map((char) => {
      const base = char
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/ı/gu, 'i');
      return base.length === char.length ? base : char;
    })
    .join('');
  const taken: boolean[] = [];
  const out: DateMention[] = [];
  const claim = (start: number, end: number, readings: DateReading[]) => {
    for (let i = start; i < end; i += 1) if (taken[i]) return;
    const kept = readings.filter(real);
    if (kept.length === 0) return;
    for (let i = start; i < end; i += 1) taken[i] = true;
    out.push({ readings: kept, start, end, text: normal.slice(start, end) });
  };
  for (const { re, read } of PATTERNS)
    for (const m of plain.matchAll(re)) claim(m.index, m.index + m[0].length, read(m as RegExpExecArray));
  for (const { re, read } of YEAR_MONTHS)
    for (const m of plain.matchAll(re)) claim(m.index, m.index + m[0].length, read(m as RegExpExecArray));
  for (const m of plain.matchAll(MONTH_ALONE)) {
    // "may", and "May I …?": the verb, not the month.
    if (
      (m[1] as string).toLowerCase() === 'may' &&
      (m[1] !== 'May' || /^\s+(?:i|we|you|he|she|they|it)\b/iu.test(plain.slice(m.index + m[0].length)))
    )
      continue;
    claim(m.index, m.index + m[0].length, [{ ...year(m[2]), month: monthOf(m[1]) }]);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a text's dates state the asked date: a reading of each asked date agrees with a
 * reading the text states — the same month, the same day when one is asked (a text that says
 * only "March" does not state 14 March), the same year when both give one.
 */
export function statesDates(asked: readonly DateMention[], stated: readonly DateMention[]): boolean {
  return asked.every((question) =>
    question.readings.some((q) =>
      stated.some((mention) =>
        mention.readings.some(
          (s) =>
            s.month === q.month &&
            (q.day === undefined || s.day === q.day) &&
            (q.year === undefined || s.year === undefined || s.year === q.year),
        ),
      ),
    ),
  );
}

/**
 * Words to add to a search for the asked dates, as documents write them: the English month name,
 * the month and day as digits with and without a leading zero, and the day's ordinal ("14th").
 */
export function dateSearchWords(asked: readonly DateMention[]): string[] {
  const out = new Set<string>();
  for (const mention of asked)
    for (const r of mention.readings) {
      // Every language's name of the month ("octobre", "Oktober"): a note may be in any of them.
      for (const name of NAMES[r.month - 1] ?? []) if (name.length > 3) out.add(name);
      out.add(String(r.month).padStart(2, '0'));
      if (r.day !== undefined) {
        out.add(String(r.day));
        out.add(String(r.day).padStart(2, '0'));
        out.add(`${r.day}${ordinalSuffix(r.day)}`);
      }
      if (r.year !== undefined) out.add(String(r.year));
      // As a Korean note writes them, with the particles a day takes ("4월", "2일에"; issue 7, S11).
      out.add(`${r.month}월`);
      if (r.day !== undefined)
        for (const particle of ['', '에', '은', '까지', '부터']) out.add(`${r.day}일${particle}`);
    }
  return [...out];
}
const ordinalSuffix = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

/** The asked dates as a person reads them: "14 March", "14 March 2026", "March", "4 February or 2 April". */
export function describeDates(asked: readonly DateMention[]): string {
  return asked
    .map((mention) =>
      mention.readings
        .map((r) =>
          [r.day, ENGLISH[r.month - 1]?.replace(/^./, (c) => c.toUpperCase()), r.year]
            .filter((part) => part !== undefined)
            .join(' '),
        )
        .join(' or '),
    )
    .join(', ');
}

/**
 * `text` with its date mentions (from `datesIn(text)`) blanked out, so their digits are not read
 * as numbers asked ("3月14日" is no "月 14", "the 14th of March" no fourteenth of anything).
 */
export function withoutDates(text: string, mentions: readonly DateMention[]): string {
  let out = text.normalize('NFKC');
  for (const { start, end } of mentions)
    out = `${out.slice(0, start)}${' '.repeat(end - start)}${out.slice(end)}`;
  return out;
}

/** A line that dates what follows it: "Date: Saturday 23 August 2025", "Pay date: 30/05/2025", "## 2025-04-22". */
// "Billing period: 01 Oct 2026 - 31 Oct 2026" dates a bill's lines as "Bill date:" does (S34 H5).
const DATING_LINE = /^\s*(?:#{1,6}\s|[^:\n]{0,30}\b(?:date|dated|datum|fecha|period)\b[^:\n]{0,20}:)/iu;

/**
 * The line above `index` of `lines` that dates it (S29 HIGH 2): the nearest label line naming a
 * date ("Pay date: 30/05/2025" over "Income tax 512.40", "Date: Saturday 23 August 2025" over
 * "Departs: 10:30") or heading that states one, up to the heading above; '' when none.
 */
export function datingLineAbove(lines: readonly string[], index: number): string {
  for (let at = index - 1; at >= 0; at -= 1) {
    const line = lines[at] ?? '';
    // A table row read as fields ("date: 2025-03-14, what: dentist") dates itself, not the rows below.
    if (DATING_LINE.test(line) && !/[,;] [^:,;]{1,40}: /u.test(line) && datesIn(line).length > 0) return line;
    if (/^\s*#{1,6}\s/u.test(line)) return '';
  }
  return '';
}
