/**
 * Chatty framing around a request, said in the plain form the templates use: consent words and
 * "just so you know" openers dropped, "would you mind deleting …" as "delete …", "idea: …" as a
 * note, "X: Y" as "my X is Y". Consent said in words is dropped, never taken as approval: only
 * the `approved` flag (`--yes`) approves.
 */
import { CURRENCY_BEFORE, CURRENCY_SIGN } from '../../cartridge/lexicon.js';
import { CHATTY_REWRITES } from './asides.js';
import { SYNONYM_GROUPS } from './lexicon.js';

/** Openers that carry no meaning for the planner, stripped from the front (repeatedly). */
export const OPENERS: readonly RegExp[] = [
  /^(?:yes|yeah|yep|yup|yea|sure|fine|right|alright|ok(?:ay)?|cool|great|no\s+worries)\b(?:\s+(?:thing|then))?(?:[\s]*[,!.]+\s*|\s+(?=(?:delete|remove|erase|forget|go|please|do|add|note|remember|show|set|save)\b))/i,
  /^(?:(?:just|so)\s+)*(?:so\s+)?you\s+know\b[\s,:-]*/i,
  /^(?:heads\s+up|quick\s+(?:one|thing|note)|for\s+later|for\s+future\s+reference|for\s+the\s+record|real\s+quick)\b[\s,:-]+(?=(?:my|the|our|your)\b|\S+['’]s\b)/i,
  /^(?:ok(?:ay)?\s+)?so\b[\s,]+/i,
  /^(?:go\s+ahead|do\s+it|please\s+do|feel\s+free)(?:\s+and|\s+to|\s*[,!.]+)\s*/i,
];

/** Trailing words that carry no meaning: "… for later", "… so far", "… when you get a chance". */
export const CLOSERS: readonly RegExp[] = [
  /(?:^|(?<!\b(?:is|are|was|were|be|called|named))[\s,;]+)(?:for\s+later|for\s+future\s+reference|for\s+the\s+future|so\s+far|until\s+now|till\s+now|up\s+to\s+now|when\s+you\s+(?:get\s+a\s+chance|can)|much\s+appreciated|thanks\s+a\s+lot|thank\s+you\s+so\s+much)\s*[.!?]*$/i,
];

const VERBS = new Set([
  ...SYNONYM_GROUPS.flat(),
  'forget',
  'add',
  'note',
  'jot',
  'write',
  'tell',
  'check',
  'read',
  'open',
  'put',
  'take',
  'clear',
  'point',
  'log',
  'capture',
  'make',
  'pop',
  'file',
  'stick',
  'dump',
  'enumerate',
]);

/** "deleting" → "delete", "forgetting" → "forget", "adding" → "add". */
export function verbOfGerund(gerund: string): string {
  const stem = gerund.toLowerCase().replace(/ing$/, '');
  const candidates = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
  return candidates.find((word) => VERBS.has(word)) ?? stem;
}

/** First words that already say what to do: "remember: …" is not a fact named "remember". */
const NOT_A_NAME =
  /^(?:remember|memori[sz]e|note|notes|memo|todo|to-do|idea|thought|reminder|new|correction|update|fyi|btw|ps|question|q|re|subject|search|find|delete|remove|forget|set|change|show|list|what|which|who|where|when|how|why|do|does|did|is|are|can|could|would|will|please|hey|hi|hello|yes|no|ok|okay|warning|error|note\s+to\s+self)\b/i;

const REWRITES: readonly [RegExp, string | ((...groups: string[]) => string)][] = [
  [/^(?:do\s+you\s+|would\s+you\s+)?mind\s+(\p{L}+ing)\b/iu, (_, gerund) => verbOfGerund(gerund!)],
  [/^(?:idea|thought|reminder|memo|to[\s-]?do|task)(?:\s+for\s+(?:later|the\s+future))?\s*[:-]\s*/i, 'note '],
  [/^(?:add|make|create|new)\s+(?:a\s+|an\s+)?(?:to[\s-]?do|task|reminder|idea)\s*[,:-]\s*/i, 'note '],
  [/^(?:do\s+not|don['’]?t)\s+let\s+me\s+forget(?:\s+that)?\s*[,:-]?\s*/i, 'remember '],
  [
    /^(?:switch|change|move|go)\s+(?:back\s+|over\s+)?to\s+(ollama|openai)[\s:]+(\S+)$/i,
    'set model to $1:$2',
  ],
  [/^(?:switch|change|move|go)\s+(?:back\s+|over\s+)?to\s+offline(?:\s+mode)?$/i, 'set model to offline'],
  [/^remind\s+me\s+to\s+/i, 'note '],
  // "notes mentioning X" (plural, no verb) asks for a search; "note about X" says to write one.
  [
    /^(?:any\s+|my\s+|all\s+)?notes\s+(?:about|mentioning|on|regarding|concerning|containing|with|that\s+(?:mention|contain)|which\s+mention)\s+/i,
    'search notes for ',
  ],
  // "add milk, eggs and bread to my notes": the list itself is the note.
  [
    /^(?:add|put|stick|throw|pop|write|jot)\s+(.+?)\s+(?:to|on|in|onto|into)\s+(?:my|the|our)\s+(?:notes?|memos?|notebook)$/iu,
    'note down $1',
  ],
  [
    // Never across another list named before it ("eggs to my shopping list and milk to my todo list").
    /^(?:add|put|stick|throw|pop)\s+((?:(?!\s(?:to|on|in|onto|into)\s+(?:my|the|our)\s+(?:\p{L}+\s+){0,2}?(?:list|note|memo)\b).)+?)\s+(?:to|on|in|onto|into)\s+(?:my|the|our)\s+((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:note|list|memo)$/iu,
    'note $2: $1',
  ],
  // "add bread to my list", "add it to my list": a list with no name is "list" (S28 LOW).
  [/^(?:add|put|stick|throw|pop)\s+(.+?)\s+(?:to|on|onto)\s+(?:my|the|our)\s+list$/iu, 'note list: $1'],
  // "shopping list: eggs, milk, bread" (S31 LOW): the items, kept as "add eggs to my shopping
  // list" keeps them ("shopping: eggs, milk, bread"), so "remove eggs from my shopping list" finds it.
  [
    /^(?:(?:my|the|our)\s+)?(?!(?:note|notes|add|put|remember|save|keep|make|create|new|what|which|whats)\b)((?:\p{L}+\s+){0,2}?\p{L}+)\s+list\s*[:–—-]\s*(?!(?:what|which|where|how|is|are|do|does)\b)(\S.*)$/iu,
    'note $1: $2',
  ],
  [
    /^(?:point|aim|connect)\s+(?:fazt\s+)?(ollama|openai)\s+(?:at|to)\s+(https?:\/\/\S+)$/i,
    'set $1 url to $2',
  ],
  // "forget all about my old address" is that fact; "forget everything about my sister" is every
  // fact about her (a phrase of the memory tools), so it is left as said.
  [/^forget\s+(?:all\s+)?about\s+/i, 'forget '],
  [/^(what|who|where|how)['’]?s\s+(been|got|gone|happened)\b/i, '$1 has $2'],
  [/\b(written|jotted|noted|wrote|scribbled|put)\s+down\b/i, '$1'],
  // "my passport expires in May 2029": a dated statement about something of yours, kept as
  // "passport expires" → "in May 2029" (factSentence says it back without the "is"). Not after a
  // copula: "my passport number is X1 and it expires 2031" is a value and a clause of its own.
  [
    /^((?:my|our|the|\p{L}+['’]s)\s+(?:(?!\b(?:is|are|was|were)\s)[^,;])+?\s+(?:expires?|starts?|begins?|ends?|opens?|closes?|finishes|renews?|is\s+due|are\s+due|runs?\s+out|leaves?|arrives?))\s+((?:(?:on|at|in|by|around)\s+)?(?:[^,;]*\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|noon|midnight|tomorrow|tonight|next)[^,;]*)$/iu,
    '$1 is $2',
  ],
  // "remember my bike costs 300 euros", "Luna weighs 5 kg": a verb of measure and an amount is a
  // fact, kept as "bike costs" → "300 euros" (`measureName` names it "bike's price") (S28, m19).
  // The amount keeps its currency as typed, however it is written: "R$ 1.299,90", "US$ 450",
  // "S/ 45", "Fr. 30", "kr 200", "12 €" (`CURRENCY_BEFORE`; s48).
  [
    new RegExp(
      String.raw`^((?:remember\s+(?:that\s+)?)?(?:(?:my|our|the|\p{L}+['’]s)\s+(?:(?!\b(?:is|are|was|were)\s)[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}\p{N}'’-]+|\p{Lu}[\p{L}\p{M}-]*)\s+(?:weighs?|weighed|costs?|measures?|measured|holds?))\s+((?:${CURRENCY_BEFORE}\s?)?\d[\d.,]*(?:\s*(?:${CURRENCY_SIGN}|%|\p{L}+\.?)){0,2})$`,
      'iu',
    ),
    '$1 is $2',
  ],
  // "what does luna weigh?", "how much does my bike cost?": asked after the fact a measure verb
  // keeps ("Luna's weight", "bike's price"), so a stored fact answers before any document. A price
  // or weight asked in the past ("how much did the sofa cost?") is the same fact (s48); "what did
  // he hold?" is no capacity.
  [
    /^(?:what|how\s+much)\s+(?:does|do|did(?=\s.*\s(?:cost|weigh)\s*\?*$))\s+((?:(?:my|our|the|\p{L}+['’]s)\s+)?(?!(?:a|an|it|this|that|one|he|she|they|you|i|we)\s)[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}?)\s+(weigh|cost|measure|hold)\s*\?*$/iu,
    (_match: string, thing: string, verb: string) =>
      `what is ${thing}${/s$/i.test(thing) ? "'" : "'s"} ${{ weigh: 'weight', cost: 'price', measure: 'size', hold: 'capacity' }[verb.toLowerCase()]}?`,
  ],
  // "we moved, my address is now …": a lead-in clause before a "my X is Y" statement.
  [
    /^(?![^,;]*\b(?:is|are|was|remember|note|forget|delete)\b)[^,;:]{2,40}[,;]\s+(?=(?:my|our|the)\s+\S[^,;]*?\s(?:is|are)\s)/i,
    '',
  ],
];

/** "gym locker: 118" → "my gym locker is 118": a short name, a colon, a value. */
const COLON_FACT = /^((?:my|our|the)\s+)?(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})\s*:\s+(\S.*)$/iu;

/** The request with its chatty framing said plainly. */
export function reframe(text: string): string {
  let current = text;
  for (const [pattern, replacement] of [...CHATTY_REWRITES, ...REWRITES]) {
    current =
      typeof replacement === 'string'
        ? current.replace(pattern, replacement)
        : current.replace(pattern, (...args: string[]) => replacement(...args));
  }
  return current;
}

/**
 * "gym locker: 118" → "my gym locker is 118", or undefined when the part before the colon is not
 * a plain name: it opens with a verb ("add note: …", "take a note: …"), names a note or list, or
 * the part after it is a question.
 */
export function colonFact(text: string): string | undefined {
  const colon = COLON_FACT.exec(text);
  if (!colon) return undefined;
  const name = colon[2]!;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  // "my motto is carpe diem: seize it": a copula already parted key and value; the colon is the value's.
  if (/\s(?:is|are|was|were)\s/i.test(` ${name} `)) return undefined;
  if (VERBS.has(first) || NOT_A_NAME.test(name) || /\b(?:notes?|list|memo|this|that|it)\b/i.test(name))
    return undefined;
  if (/^(?:what|which|who|where|when|how)\b/i.test(colon[3]!)) return undefined;
  // "merke dir: mein PIN ist 5555": what follows is a sentence of its own (a copula in it, in
  // any of the common languages), so what comes before is not its name.
  if (/\s(?:is|are|was|were|ist|sind|war|es|est|son|sont|era|è|é|são|zijn|är)\s+\S/i.test(` ${colon[3]!}`))
    return undefined;
  return `${colon[1] ?? 'my '}${name} is ${colon[3]}`;
}
