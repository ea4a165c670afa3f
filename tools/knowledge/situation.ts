/**
 * A yes/no question that names a situation in everyday words, answered by the clause that speaks
 * of it in the document's own words (S38 B8, S37): "is theft from an unlocked house covered?" is
 * decided by "Theft … where there is no evidence of forcible entry" under "What is not covered";
 * "am I covered if I drop my laptop?" by "Accidental damage to laptops …"; "what if I leave my
 * camera in the car?" by "… left unattended in a motor vehicle"; "can I be away for 3 months?" by
 * "unoccupied for more than 45 consecutive days" (3 months is more: no); "is my bike worth 1500
 * covered?" by "Single article limit: £750" (over it: not in full); "can I end the lease early?"
 * by the break clause; "what is the excess for a leaking pipe?" by "Escape of water excess: £400".
 * Each situation is a small hand-made pair: how people say it, how documents say it. The verdict
 * quotes the deciding line with its citation; a number asked is compared with the clause's number,
 * and when the comparison cannot tell (2 months against 60 days) the answer says so. A thing asked
 * that a cover line does not name gets no "Yes". No clause found: undefined (the answer stays as it was).
 */

import { CARDINALS, cardinalsBetween, wordTable } from '../../cartridge/lexicon.js';
import { type Answer, type Citation, sentencesOf } from './answer.js';
import { coverItems, EXCEPTION, LEFT_OUT } from './cover.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { plainCover } from './lead-in.js';
import { alternativesOf, PET_ANIMALS, root } from './lexicon.js';
import { cite } from './schemas.js';
import { sentenceSpans } from './sentences.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { LIST_ITEM_MARKER, queryTerms, words } from './text.js';
import { CONSEQUENCE } from './yes-no.js';

/** A pet named in a question, as a regex alternation ("tortoise|tortoises|…|pet|pets"). */
const PETS = `pet|pets|${PET_ANIMALS.replace(/ /gu, '|')}`;

type Compare = 'duration' | 'money' | 'after';

interface Situation {
  /** How a question says it. */
  asked: RegExp;
  /** How a document says it. */
  said: RegExp;
  /** What the question's number is compared with in the clause. */
  compare?: Compare;
  /** Words of the situation: not things the clause must name. */
  words: string;
}

const SITUATIONS: Situation[] = [
  {
    // leaving after a time (S41 1): "can I leave after 6 months?" — a break clause ("may end the
    // tenancy after the first 6 months") or a line that sets a price on leaving ("repayable if you
    // leave within 12 months"), which is no "No".
    asked:
      /\b(?:end|leave|terminate|cancel|break|quit|resign|get\s+out\s+of|move\s+out)\b.{0,40}\b(?:after|before|within|in)\s+(?:the\s+first\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*(?:day|week|month|year)s?\b/iu,
    said: /\bbreak\s+clause\b|\b(?:end|terminate|bring\s+to\s+an\s+end)\s+(?:this|the)\s+(?:tenancy|lease|agreement|contract)\b|\b(?:if|when|should)\s+(?:you|the\s+(?:employee|tenant))\s+(?:leave|resign|quit|end|terminate)\b/iu,
    compare: 'after',
    words:
      'end leave terminate cancel break quit resign get out move after before within first day days week weeks month months year years',
  },
  {
    // ending the lease early
    asked:
      /\b(?:end|leave|terminate|cancel|break|quit|get\s+out\s+of|move\s+out)\b.{0,40}\b(?:early|earlier|sooner|before\s+(?:the\s+)?(?:end|term))\b|\bearly\s+(?:termination|exit|release|end)\b/iu,
    said: /\bbreak\s+clause\b|\b(?:end|terminate|bring\s+to\s+an\s+end)\s+(?:this|the)\s+(?:tenancy|lease|agreement|contract)\b/iu,
    words:
      'end leave terminate cancel break quit get out move early earlier sooner before term termination exit release',
  },
  {
    // theft when the door was left open / unlocked / no break-in
    asked:
      /\b(?:unlocked|not\s+locked|(?:did\s*n[o']?t|forgot\s+to)\s+lock|left\s+(?:\w+\s+){0,2}(?:open|unlocked)|(?:door|window)s?\s+(?:was\s+|were\s+)?open|no\s+(?:sign|signs|evidence)\s+of\s+(?:a\s+)?(?:forced?|forcible|break)|without\s+(?:a\s+)?(?:forced?|forcible|break)[\s-]*(?:entry|in))\b/iu,
    said: /\b(?:forc(?:ed|ible)\s+(?:entry|exit)|unlocked|violent\s+(?:entry|means)|break[\s-]in)\b/iu,
    words:
      'unlocked locked lock left open door doors window windows sign evidence forced forcible break entry',
  },
  {
    // accidental damage
    asked:
      /\b(?:drop|drops|dropped|dropping|spill|spills|spilt|spilled|knock(?:ed|s)?\b.{0,20}\bover|smash(?:ed|es)?|crack(?:ed|s)?|broke|break|breaks|broken|accident(?:al|ally)?)\b/iu,
    said: /\baccidental(?:ly)?\s+(?:damage|breakage|loss)\b/iu,
    words:
      'drop drops dropped dropping spill spilt spilled knock knocked over smash smashed crack cracked broke break broken accident accidental accidentally',
  },
  {
    // left in a car
    asked:
      /\b(?:leave|leaves|left|leaving|keep|kept|store|stored|stolen|nicked|taken|theft)\b.{0,40}\b(?:car|van|vehicle|boot|trunk)\b|\b(?:in|from)\s+(?:the|my|a)\s+(?:car|van|vehicle|boot|trunk)\b/iu,
    said: /\bunattended\b.{0,40}\b(?:vehicle|car|van)\b|\b(?:vehicle|car|van)\b.{0,40}\bunattended\b/iu,
    words:
      'leave leaves left leaving keep kept store stored stolen steal nicked taken theft car van vehicle boot trunk',
  },
  {
    // the home left empty
    asked:
      /\b(?:away|holiday|holidays|vacation|travel|travelling|traveling|abroad|empty|vacant|unoccupied|nobody\s+(?:is\s+)?(?:home|living|there)|not\s+(?:living|staying)\s+(?:there|at\s+home|in\s+it))\b/iu,
    said: /\b(?:unoccupied|unoccupancy|left\s+empty|empty\s+for|vacant)\b/iu,
    compare: 'duration',
    words:
      'away holiday holidays vacation travel travelling traveling abroad empty vacant unoccupied nobody home living staying house home flat property go going be leave',
  },
  {
    // a leaking or burst pipe
    asked:
      /\b(?:leak|leaks|leaking|leaked|leaky|burst|bursts|dripping|flooded)\b.{0,30}\b(?:pipe|pipes|tap|taps|radiator|radiators|boiler|tank|washing\s+machine|dishwasher|toilet|plumbing)\b|\b(?:pipe|pipes|tap|radiator|boiler|tank|plumbing|washing\s+machine|dishwasher|toilet)\b.{0,20}\b(?:leak|leaks|leaking|leaked|burst|bursts)\b|\bwater\s+leak/iu,
    said: /\bescape\s+of\s+(?:water|oil)\b/iu,
    words:
      'leak leaks leaking leaked leaky burst bursts dripping flooded pipe pipes tap taps radiator radiators boiler tank washing machine dishwasher toilet plumbing water',
  },
  {
    // smoking (S41 MEDIUM): "can I smoke on the balcony?" — "Smoking is not permitted anywhere in the property".
    asked: /\b(?:smoke|smokes|smoking|vape|vapes|vaping|cigarettes?|cigars?)\b/iu,
    said: /\b(?:smoke(?!\s+(?:alarms?|detectors?))|smoking|vaping|vape|cigarettes?)\b/iu,
    words:
      'smoke smokes smoking vape vapes vaping cigarette cigarettes cigar cigars balcony garden inside indoors outside room bedroom kitchen window terrace patio yard',
  },
  {
    // a lodger or subletting (S41 MEDIUM): "can I rent out the spare room to a lodger?".
    asked:
      /\b(?:lodgers?|sub-?let|sub-?letting|rent\s+(?:out|it\s+out)|take\s+in|airbnb|flatmates?|housemates?|lodging)\b/iu,
    said: /\b(?:lodgers?|sub-?let|sub-?letting|sub-?lease|part\s+with\s+possession)\b/iu,
    words:
      'lodger lodgers sublet subletting let rent out take in airbnb flatmate flatmates housemate housemates lodging spare room bedroom have',
  },
  {
    // damage by a pet (S41 MEDIUM): "if the dog chews the sofa will insurance pay?".
    asked: new RegExp(
      String.raw`\b(?:${PETS})\b.{0,40}\b(?:chew|chews|chewed|chewing|scratch|scratches|scratched|scratching|ruin|ruins|ruined|wreck|wrecks|wrecked|damage|damages|damaged|fouls?|fouled|wee|pee|pees|bite|bites|bit|bitten)\b|\b(?:chewed|scratched|damaged|ruined|fouled|bitten)\s+by\s+(?:the|my|a|our)\s+(?:${PETS})\b`,
      'iu',
    ),
    said: /\b(?:pets?|animals?|dogs?|cats?)\b.{0,40}\b(?:chew\w*|scratch\w*|foul\w*|damage\w*)|\b(?:chew\w*|scratch\w*|foul\w*|damage\w*)\b.{0,40}\b(?:pets?|animals?)\b/iu,
    words: `pet pets ${PET_ANIMALS} chew chews chewed chewing scratch scratches scratched scratching ruin ruins ruined wreck wrecks wrecked damage damages damaged foul fouls fouled wee pee pees`,
  },
  {
    // an item over the single item limit
    asked:
      /\b(?:worth|valued\s+at|value\s+of|costs?|costing|cost\s+me|paid)\s+(?:about\s+|around\s+|over\s+)?[£$€]?\s?\d/iu,
    said: /\b(?:single|one|any|each|individual)\s+(?:item|article|possession|valuable)s?\b/iu,
    compare: 'money',
    words: 'worth valued value cost costs costing paid about around over',
  },
];

/** A question that wants a verdict: "is … covered?", "can I …?", "am I covered if …", "what if …", "what happens if …". */
const VERDICT_ASKED =
  /^\s*(?:(?:and|so|but)\s+)?(?:is|are|am|does|do|will|would|can|could|may|should|what\s+(?:if|happens\s+if|about\s+if)|how\s+about\s+if)\b|^\s*if\b.+?\b(?:will|would|does|do|is|am|are|can)\s+(?:i|we|it|they|insurance|(?:the|my)\s+(?:insurance|insurers?|policy))\b/iu;
/** …of cover or of what one may do: not "is the boiler broken?" nor "does the flight go abroad?". */
const COVER_OR_LEAVE =
  /\b(?:cover|covers|covered|coverage|insured|insure|claim|pay\s+(?:out|for)|(?:insurance|insurers?|policy|they|it)\s+pay)\b|^\s*(?:(?:and|so|but)\s+)?(?:what\s+(?:if|happens\s+if)|(?:can|could|may)\s+(?:i|we)\b|(?:am\s+i|are\s+we)\s+allowed|is\s+it\s+ok(?:ay)?\s+(?:if|to))/iu;
/** A question for a clause's value: "what is the excess for a leaking pipe?", "how much is the limit for …". */
const VALUE_ASKED = /^\s*(?:what|how\s+much)\b.*\b(excess|limit|deductible|notice|fee|penalty|charge)\b/iu;

/** Words that only frame the question: never a thing the clause must name. */
const FRAME = new Set(
  'is are am does do will would can could may should what if happens about how i me my we our it its they them the a an by under for on of in to with from at be been get got if cover covers covered coverage insured insurance policy claim claims pay paid still ok okay allowed lease tenancy agreement contract house home flat apartment property premises'
    .split(' ')
    .map(root),
);
/** Words that say which document a question means: "end the tenancy", "leave the job". */
const MEANT = new Set(
  'tenancy lease flat apartment landlord rent job employer employment work company salary'
    .split(' ')
    .map(root),
);
/** Words of the clause that count for a thing asked that it groups ("valuables" for a camera). */
const GROUPS =
  /\b(?:valuables?|possessions?|personal\s+belongings|belongings|contents|property|items?|articles?)\b/iu;

const UNITS: Record<string, [number, number]> = {
  day: [1, 1],
  night: [1, 1],
  week: [7, 7],
  fortnight: [14, 14],
  month: [28, 31],
  year: [365, 366],
};
/** "a month", "three months": a count in words, one to twelve (the platform's cardinals, cartridge/lexicon.ts). */
const NUMBER_WORDS = wordTable({
  a: 1,
  an: 1,
  ...Object.fromEntries(cardinalsBetween(1, 12).map((word) => [word, CARDINALS[word]!])),
});
const COUNT = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(day|night|week|fortnight|month|year)s?';
const countOf = (written: string) => NUMBER_WORDS[written.toLowerCase()] ?? Number(written);

/** The length a question asks of, in days (shortest and longest reading): "3 months" → [84, 93]. */
export function askedDays(question: string): { said: string; days: [number, number] } | undefined {
  const found = new RegExp(`\\b${COUNT}[\\s-]*${UNIT}\\b`, 'iu').exec(question);
  if (!found) return undefined;
  const n = countOf(found[1] as string);
  const [low, high] = UNITS[(found[2] as string).toLowerCase()] as [number, number];
  return { said: found[0], days: [n * low, n * high] };
}

/** A clause's length: "more than 45 consecutive days" → over 45; "30 days or more" → from 30. */
export function clauseDays(text: string): { said: string; days: number; inclusive: boolean } | undefined {
  const over = new RegExp(
    `\\b(?:more\\s+than|over|longer\\s+than|exceeding|in\\s+excess\\s+of|beyond)\\s+${COUNT}\\s+(?:consecutive\\s+|continuous\\s+|successive\\s+)?${UNIT}`,
    'iu',
  ).exec(text);
  const from = over
    ? undefined
    : new RegExp(
        `\\b${COUNT}\\s+(?:consecutive\\s+|continuous\\s+|successive\\s+)?${UNIT}\\s+or\\s+(?:more|longer)\\b`,
        'iu',
      ).exec(text);
  const found = over ?? from;
  if (!found) return undefined;
  const [low] = UNITS[(found[2] as string).toLowerCase()] as [number, number];
  return { said: found[0], days: countOf(found[1] as string) * low, inclusive: !over };
}

const MONEY =
  /[£$€]\s?(\d(?:[\d,]*\d)?(?:\.\d+)?)|(\d(?:[\d,]*\d)?(?:\.\d+)?)\s?(?:GBP|USD|EUR|pounds|dollars|euros)\b/iu;
const moneyOf = (m: RegExpExecArray) => Number(((m[1] ?? m[2]) as string).replace(/,/g, ''));

/** The amount a question asks of: "worth 1500", "worth £1,500" → 1500. */
export function askedAmount(question: string): number | undefined {
  const found =
    /\b(?:worth|valued\s+at|value\s+of|costs?|costing|cost\s+me|paid)\s+(?:about\s+|around\s+|over\s+)?[£$€]?\s?(\d(?:[\d,]*\d)?(?:\.\d+)?)/iu.exec(
      question,
    );
  return found ? Number((found[1] as string).replace(/,/g, '')) : undefined;
}

/** A clause that ends or suspends cover: "Cover stops if the home is unoccupied …". */
const STOPS =
  /\b(?:cover|insurance|policy)\s+(?:stops|ends|ceases|lapses|is\s+suspended|will\s+stop|will\s+end)\b/iu;
/** What a thing asked is a kind of, as cover lists name it: a laptop is one of "TVs and computers". */
const KINDS = new Map(
  Object.entries({
    laptop: ['computer'],
    notebook: ['computer'],
    macbook: ['laptop', 'computer'],
    desktop: ['computer'],
    pc: ['computer'],
    ipad: ['tablet'],
    iphone: ['phone', 'mobile'],
    smartphone: ['phone', 'mobile'],
    mobile: ['phone'],
    phone: ['mobile'],
    tv: ['television'],
    telly: ['television', 'tv'],
    television: ['tv'],
    bike: ['bicycle', 'cycle'],
    ring: ['jewellery', 'jewelry'],
    necklace: ['jewellery', 'jewelry'],
    watch: ['jewellery', 'jewelry', 'watches'],
  }).map(([word, kinds]) => [root(word), kinds.map(root)]),
);
/** Whether `said` (roots) names the thing asked (a root), by a synonym or by its kind. */
const namedIn = (said: ReadonlySet<string>, thing: string) =>
  [...alternativesOf(thing), ...(KINDS.get(thing) ?? [])].some((w) => said.has(w));

/** A cap on a value: "over £1,000", "up to £2,000", "limit of £500". */
const CAPPED =
  /\b(?:over|above|more\s+than|exceeding|in\s+excess\s+of|up\s+to|limit(?:ed)?(?:\s+(?:of|to))?|maximum(?:\s+of)?)\s*[£$€]\s?\d/iu;
const HEADING = /^\s{0,3}#{1,6}\s+\S/u;
/** A short line without punctuation right above a list item: the list's title ("Exclusions", "What is covered"). */
const BARE_TITLE = (text: string, next: string | undefined) =>
  /^\p{Lu}[\p{L} '’&/-]*$/u.test(text.trim()) &&
  text.trim().split(/\s+/u).length <= 5 &&
  next !== undefined &&
  LIST_ITEM_MARKER.test(next);
const FORBIDS =
  /\b(?:must\s+not|may\s+not|shall\s+not|cannot|can\s*n[o']t|not\s+(?:permitted|allowed)|prohibited|no\s+break\s+clause)\b/iu;
const ALLOWS =
  /\b(?:may|can|is\s+entitled\s+to|are\s+entitled\s+to|has\s+the\s+right|have\s+the\s+right)\b/iu;

interface Found {
  path: string;
  type: string;
  line: FileLine;
  /** The sentences of `line` that hold the line found, which decide the verdict (the quote may run on past them). */
  said: string;
  /** The heading or lead-in it sits under. */
  lead?: FileLine;
  out: boolean;
  /** It names the item asked with a cap on its value ("Bicycles over £1,000"). */
  named: boolean;
  /** An item of a cover list, whose lead-in is quoted with it (cover.ts `withCoverLeadIns`). */
  item: boolean;
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const range = ([low, high]: [number, number]) => (low === high ? days(low) : `${low} to ${high} days`);

/** A time a line or question gives: "after the first 6 months" → 6 months; `within` for "within 12 months". */
function timeOf(text: string, prepositions: string): { n: number; unit: string; said: string } | undefined {
  const found = new RegExp(
    `\\b(?:${prepositions})\\s+(?:the\\s+first\\s+)?${COUNT}[\\s-]*${UNIT}\\b`,
    'iu',
  ).exec(text);
  if (!found) return undefined;
  return { n: countOf(found[1] as string), unit: (found[2] as string).toLowerCase(), said: found[0] };
}
const span = (t: { n: number; unit: string }) => `${t.n} ${t.unit}${t.n === 1 ? '' : 's'}`;
/** Whether time `a` is at least `b`: true, false, or undefined when the units cannot tell. */
function atLeast(a: { n: number; unit: string }, b: { n: number; unit: string }): boolean | undefined {
  if (a.unit === b.unit) return a.n >= b.n;
  const [aLow, aHigh] = (UNITS[a.unit] as [number, number]).map((d) => d * a.n) as [number, number];
  const [bLow, bHigh] = (UNITS[b.unit] as [number, number]).map((d) => d * b.n) as [number, number];
  if (aLow >= bHigh) return true;
  if (aHigh < bLow) return false;
  return undefined;
}

/**
 * "can I leave after 6 months?" read against one line (S41 1): a line that sets a price on leaving
 * ("repayable if you leave within 12 months") does not forbid it — said so, with whether the time
 * asked falls in it; a break clause ("may end the tenancy after the first 6 months") allows it
 * from its time on; a line that forbids it is a "No".
 */
function afterVerdict(found: Found, question: string, under: string): string | undefined {
  const text = found.said;
  const asked = timeOf(question, 'after|before|within|in');
  if (CONSEQUENCE.test(text) && !FORBIDS.test(text)) {
    const within = timeOf(text, 'within|before|in\\s+the\\s+first');
    const falls = asked && within ? atLeast(asked, within) : undefined;
    const head = 'Not forbidden — this line sets a consequence of leaving, not a ban';
    if (asked && within && falls === false)
      return `${head}; ${span(asked)} is within ${span(within)}, so it applies${under}:`;
    if (asked && within && falls === true)
      return `${head}; ${span(asked)} is not within ${span(within)}, so it does not apply${under}:`;
    return `${head}${under}:`;
  }
  if (FORBIDS.test(text)) return `No — your documents say${under}:`;
  if (!ALLOWS.test(text)) return undefined;
  const from = timeOf(text, 'after');
  if (!asked || !from) return `Yes, on the terms it sets${under}:`;
  // "before 6 months", "within 6 months": leaving earlier than the time asked, so the clause's time must come first.
  const early = /^(?:before|within|in)\b/iu.test(asked.said);
  const ok = early
    ? atLeast(from, asked) === undefined
      ? undefined
      : !atLeast(from, asked)
    : atLeast(asked, from);
  if (ok === true) return `Yes — it allows it ${from.said}, on the terms it sets${under}:`;
  if (ok === false) return `No — the clause allows it only ${from.said}${under}:`;
  return `Not plainly — the clause turns on ${from.said}${under}:`;
}

/** The verdict on one clause for the question, or undefined when the line cannot give one. */
function verdictOf(
  situation: Situation,
  found: Found,
  question: string,
  unnamed: readonly string[],
): string | undefined {
  const text = found.said;
  const under = found.lead && !found.item ? ` (under "${found.lead.text.replace(/^#+\s*/u, '')}")` : '';
  if (situation.compare === 'duration') {
    const asked = askedDays(question);
    const limit = clauseDays(text);
    if (!asked || !limit) return undefined;
    const [low, high] = asked.days;
    const beyond = (n: number) => (limit.inclusive ? n >= limit.days : n > limit.days);
    const reading = asked.days[0] === asked.days[1] ? '' : ` (${range(asked.days)})`;
    if (beyond(low))
      return found.out
        ? `No — ${asked.said}${reading} is ${limit.said}, and that is not covered${under}:`
        : `${asked.said}${reading} is ${limit.said}; your documents say of that${under}:`;
    if (!beyond(high))
      return found.out
        ? `Yes, as far as this clause goes — ${asked.said}${reading} is not ${limit.said}, so it does not apply${under}:`
        : `${asked.said}${reading} is not ${limit.said}; your documents say${under}:`;
    return `Not plainly — ${asked.said} is ${range(asked.days)}, and the clause turns on ${limit.said}${under}:`;
  }
  if (situation.compare === 'after') return afterVerdict(found, question, under);
  if (situation.compare === 'money') {
    const asked = askedAmount(question);
    const match = MONEY.exec(text);
    if (asked === undefined || !match) return undefined;
    const limit = moneyOf(match);
    const limitSaid = match[0].trim();
    const n = asked.toLocaleString('en-GB');
    if (found.out) {
      const back = EXCEPTION.exec(text);
      const clause = back ? `, ${text.slice(back.index).replace(/[.;]\s*$/u, '')}` : '';
      return asked > limit
        ? `No — ${n} is over ${limitSaid}, and that is left out${clause}${under}:`
        : `Yes, as far as this clause goes — ${n} is not over ${limitSaid}, so it does not apply${under}:`;
    }
    if (asked > limit)
      return `Not in full — ${asked.toLocaleString('en-GB')} is more than the ${limitSaid} limit for one item${under}:`;
    return `Yes, as far as the limit goes — ${asked.toLocaleString('en-GB')} is within the ${limitSaid} limit for one item${under}:`;
  }
  // "Theft, except theft from an unlocked property" under what is covered: the exception is the situation asked.
  const except = EXCEPTION.exec(text);
  if (!found.out && except && situation.said.test(text.slice(except.index)))
    return `No — your documents make it an exception${under}:`;
  if (found.out) {
    // "We will not pay for theft unless there is evidence of violent entry": the way back in is said.
    const back = EXCEPTION.exec(text);
    const clause = back ? `, ${text.slice(back.index).replace(/[.;]\s*$/u, '')}` : '';
    return `No — your documents leave it out${clause}${under}:`;
  }
  if (FORBIDS.test(text)) return `No — your documents say${under}:`;
  // A cover line that lists things but not the thing asked gives no "Yes".
  if (unnamed.length > 0)
    return `Your documents do not say that ${unnamed.join(' ')} is covered; the clause on it${under}:`;
  if (ALLOWS.test(text)) return `Yes, on the terms it sets${under}:`;
  return found.lead ? `Yes — it is listed${under}:` : undefined;
}

/** The answer from the clause that speaks of the situation the question names, or undefined. */
export function situationAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const text = question.normalize('NFKC');
  const value = VALUE_ASKED.exec(text)?.[1]?.toLowerCase();
  if (!value && !(VERDICT_ASKED.test(text) && COVER_OR_LEAVE.test(text))) return undefined;
  const situation = SITUATIONS.find((s) => s.asked.test(text));
  if (!situation) return undefined;
  if (situation.compare === 'money' && (value || askedAmount(text) === undefined)) return undefined;
  if (situation.compare === 'duration' && !value && !askedDays(text)) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const own = new Set(situation.words.split(' ').map(root));
  // The things asked besides the situation: "laptop" of "am I covered if I drop my laptop?".
  // For a limit, the item asked ("bike" of "is my bike worth 1500 covered?") need not be named.
  const worth =
    situation.compare === 'money' ? /(\S+\s+)?(\S+)\s+(?:is\s+)?(?:worth|valued)\b/iu.exec(text) : null;
  const itemWords = new Set(words(`${worth?.[1] ?? ''} ${worth?.[2] ?? ''}`).map(root));
  // "Bicycles over £1,000, except where individually listed": a cap on the item asked, by any of its names.
  const itemNames = new Set(
    [...itemWords].filter((w) => !FRAME.has(w)).flatMap((w) => [...alternativesOf(w)]),
  );
  const capsItem = (line: string) =>
    situation.compare === 'money' && CAPPED.test(line) && words(line).some((w) => itemNames.has(root(w)));
  const things = [...new Set(queryTerms(text).map(root))].filter(
    (w) => !FRAME.has(w) && !own.has(w) && !itemWords.has(w) && !/^\p{N}/u.test(w),
  );
  const found: Found[] = [];
  for (const file of store.files(target.id, scope)) {
    const lines = fileLines(store, target.id, file.path);
    let sentences: ReturnType<typeof sentencesOf> | undefined;
    // The whole sentences of the lines `line` spans, as answers quote them: a hard-wrapped break clause
    // cut at "…by giving at least" runs on to "2 months' written notice." (S42 4).
    // A table row is quoted as its row ("| Escape of water | £300 |"), not as the sentence made of it.
    const whole = (line: FileLine): FileLine => {
      if (/^\s*\||\t/u.test(line.text)) return line;
      sentences ??= sentencesOf({
        ...linePassage(file.path, file.type, lines),
        lineMap: lines.map((l) => (l.first === l.last ? `${l.first}` : `${l.first}-${l.last}`)).join(','),
      });
      const over = sentences.filter((u) => !u.code && u.line <= line.last && u.lineEnd >= line.first);
      if (over.length === 0) return line;
      return {
        text: over.map((u) => u.text).join(' '),
        first: Math.min(line.first, ...over.map((u) => u.line)),
        last: Math.max(line.last, ...over.map((u) => u.lineEnd)),
      };
    };
    const items = coverItems(lines);
    // A thing asked the file never names: only an exclusion speaks of it ("valuables left unattended …").
    // (`words`, not `queryTerms`: that keeps a question's first 64 words only.)
    const fileSays = new Set(words(`${file.path} ${lines.map((l) => l.text).join(' ')}`).map(root));
    const foreign = things.some((w) => !namedIn(fileSays, w));
    let heading: FileLine | undefined;
    // The heading is a bare title line ("Exclusions" over "- Damage caused by pets chewing …"; S42 3): it heads its list only.
    let bare = false;
    let tableHead: string | undefined;
    lines.forEach((line, index) => {
      if (HEADING.test(line.text) || BARE_TITLE(line.text, lines[index + 1]?.text)) {
        heading = { ...line, text: line.text.trim() };
        bare = !HEADING.test(line.text);
        return;
      }
      if (bare && line.text.trim() !== '' && !LIST_ITEM_MARKER.test(line.text) && !/^\s/u.test(line.text)) {
        heading = undefined;
        bare = false;
      }
      // "| Escape of water | £500 |" under "| Claim | Excess |": the header names the value asked.
      tableHead = /^\s*\|/u.test(line.text) ? (tableHead ?? line.text) : undefined;
      const named = capsItem(line.text);
      if (!named && !situation.said.test(line.text) && !(heading && situation.said.test(heading.text)))
        return;
      if (line.text.trim() === '') return;
      if (
        value &&
        ![line.text, heading?.text, tableHead].some((t) => new RegExp(`\\b${value}`, 'iu').test(t ?? ''))
      )
        return;
      if (situation.compare === 'duration' && !value && !clauseDays(line.text)) return;
      if (situation.compare === 'money' && !MONEY.test(line.text)) return;
      const item = items.find((i) => i.item.first <= line.first && line.first <= i.item.last);
      const quoted = item ? item.item : whole(line);
      const text = item ? item.item.text : quoted.text.trim();
      // The sentences of the quote that the line found is in: "…after the first 6 months by giving at
      // least 2 months' written notice.", not the next sentence's "cannot leave before month 6".
      const own = line.text.replace(LIST_ITEM_MARKER, '').replace(/\s+/gu, ' ').trim();
      const at = item ? -1 : text.indexOf(own);
      const said =
        at < 0
          ? text
          : sentenceSpans(text)
              .filter((s) => s.start < at + own.length && s.end > at)
              .map((s) => text.slice(s.start, s.end).trim())
              .join(' ') || text;
      const out = item
        ? item.out
        : LEFT_OUT.test(text) || STOPS.test(text) || LEFT_OUT.test(heading?.text ?? '');
      const except = EXCEPTION.exec(text);
      const excepted = except !== null && situation.said.test(text.slice(except.index));
      // …or a line of the group it is in: a sofa is of "contents" (S41 MEDIUM).
      if (foreign && !out && !excepted && (situation.compare || !GROUPS.test(text))) return;
      found.push({
        path: file.path,
        type: file.type,
        line: { ...quoted, text },
        said,
        ...((item?.lead ?? heading) ? { lead: item?.lead ?? heading } : {}),
        out,
        named,
        item: item !== undefined,
      });
    });
  }
  // One clause per line; a clause that names the thing asked first.
  const unique = found.filter(
    (f, i) => found.findIndex((g) => g.path === f.path && g.line.first === f.line.first) === i,
  );
  if (unique.length === 0) return undefined;
  const unnamedOf = (f: Found) => {
    const said = new Set(queryTerms(`${f.line.text} ${f.lead?.text ?? ''}`).map(root));
    return things.filter((w) => !namedIn(said, w));
  };
  const ranked = unique
    .map((f) => ({ f, unnamed: unnamedOf(f) }))
    .sort((a, b) => Number(b.f.named) - Number(a.f.named) || a.unnamed.length - b.unnamed.length);
  const names = store.displayNames(ranked.map((r) => r.f.path));
  const quote = (f: Found): { line: string; citation: Citation } => {
    const citation: Citation = {
      path: f.path,
      lineStart: f.line.first,
      lineEnd: f.line.last,
      heading: f.lead?.text ?? '',
      quote: f.line.text.replace(LIST_ITEM_MARKER, ''),
    };
    return { line: `${citation.quote} (${cite(citation, names.get(f.path))})`, citation };
  };
  const judged = ranked.map((r) => {
    // An exclusion speaks of the group ("valuables left unattended"): a thing it does not name is still in it.
    const missing = r.f.out || GROUPS.test(r.f.line.text) ? [] : r.unnamed;
    return { ...r, verdict: value ? undefined : verdictOf(situation, r.f, text, missing) };
  });
  // Two documents that speak to it ("can I leave after 6 months?": the tenancy and the job offer):
  // the first line of each that gives a verdict is shown, each with its verdict, not two lines of
  // one (S41 1) — unless the question names the one it means ("end the tenancy").
  const meant = [...new Set(queryTerms(text).map(root))].filter((w) => MEANT.has(w));
  const says = (path: string) => {
    const target2 = store.collection(collection);
    if (!target2) return false;
    const all = new Set(
      words(
        `${path} ${fileLines(store, target2.id, path)
          .map((l) => l.text)
          .join(' ')}`,
      ).map(root),
    );
    return meant.every((w) => all.has(w));
  };
  const useful = judged.filter((j) => value || j.verdict);
  const files = [...new Set(useful.map((j) => j.f.path))];
  const narrowed = meant.length > 0 && files.some(says) ? files.filter(says) : files;
  const shown =
    narrowed.length > 1
      ? narrowed.slice(0, 2).map((path) => useful.find((j) => j.f.path === path) as (typeof useful)[number])
      : judged.filter((j) => narrowed.includes(j.f.path)).slice(0, 2);
  const lines: string[] =
    shown.length > 1 && shown[0]?.f.path !== shown[1]?.f.path
      ? ['Two of your documents speak to this; each with its verdict:']
      : [];
  const citations: Citation[] = [];
  for (const { f, verdict } of shown) {
    if (!value && !verdict) continue;
    const q = quote(f);
    citations.push(q.citation);
    // "Accidental damage: not included." said as "No — your documents list accidental damage as
    // not included (policy.md:14).": one sentence, when it says what the verdict says (x29).
    const plain = /^(?:No — your documents leave it out|Yes — it is listed)(?: \(under [^)]*\))?:$/u.test(
      verdict ?? '',
    )
      ? plainCover(
          text,
          [
            ...(f.item && f.lead
              ? [
                  {
                    text: f.lead.text,
                    citation: { path: f.path, lineStart: f.lead.first, lineEnd: f.lead.last },
                  },
                ]
              : []),
            { text: f.line.text, citation: q.citation },
          ].map((placed) => ({ ...placed, name: names.get(f.path) })),
        )
      : undefined;
    if (plain && plain.slice(0, 2) === verdict?.slice(0, 2)) {
      lines.push(plain);
      continue;
    }
    if (verdict) lines.push(verdict);
    lines.push(q.line);
  }
  if (citations.length === 0) return undefined;
  return {
    known: true,
    answer: lines.join('\n'),
    citations,
    passages: shown.map(({ f }) => linePassage(f.path, f.type, [f.line])),
  };
}
