import { needsConsent } from '../../tools/approval.js';
import type { Interpretation, Step } from './interpret.js';

/**
 * A request that names several targets for one verb (issue 7, seventh round): "delete note 2 and
 * note 3", "delete notes 2, 3 and 7", "remove notes #4 and #5", "delete notes 2-4", "forget my
 * gym code and my bike code", "delete my shopping note and my todo note", "make blog and photos
 * private". Each target is read on its own as "<verb> <target><rest>", so the tail of the list
 * never becomes a note or a fact of its own ("delete note 2 and note 3" never adds a note "3"),
 * and none is dropped. When one target cannot be read so, nothing is done and the answer says
 * which: a target is never guessed.
 */

/** A verb that acts on its targets, said first; group 1 is the verb as said. */
const VERB =
  /^(?:please\s+)?(delete|remove|erase|forget|drop|trash|discard|get\s+rid\s+of|unpublish|hide|unhide|make|set)\s+(.+)$/i;

/** What "make"/"set" must end with to name the targets' access: " private", " to public". */
const ACCESS_TAIL = /\s+(?:to\s+)?(?:private|public)$/i;

/** Where one target ends and the next begins: ", ", ", and ", " and ", " & ", "&", " plus ". */
const LIST_JOINT = /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&|plus)\s+(?:also\s+|then\s+)?|\s*&\s*/i;

/** Courtesy after the list ("…, please", "… thanks", "… 🙏"): not a target. */
const COURTESY =
  /(?:[\s,]+(?:please|pls|thanks|thank\s+you|thx|ty|now|for\s+me)[\s.!]*|\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+[\s.!]*)+$/iu;

/** Full-width digits ("note ２") read as the digits they are, in a target's number only. */
const WIDE_DIGIT = /[\uFF10-\uFF19]/g;
const narrow = (text: string) => text.replace(WIDE_DIGIT, (digit) => String(digit.charCodeAt(0) - 0xff10));

/**
 * A clause that opens a request of its own ("… and remember my x is 5", "… and what is my y"): no
 * target, so the request is not a list (the joints read it as several requests).
 */
const OWN_REQUEST =
  /^(?:please\s+)?(?:remember|memori[sz]e|note|jot|forget|delete|remove|erase|store|save|keep|recall|tell|show|search|look|find|list|add|make|set|back|restore|share|deploy|learn|import|what|who|where|when|which|how|why|is|are|do|does|did|can|could|would|will)\b/i;

/** Words a target of its own opens with: "my shopping note", "the bike code", "Anna's phone". */
const DETERMINER = /^(?:my|the|our|your|his|her|their|this|that|\p{Lu}[\p{L}-]*['’]s)\s+\S/iu;

/** A target named by a number, with what names it before ("note 3", "notes #4", "#5", "7"). */
const NUMBERED = /^(?:(.*?)\s+)?(?:number\s+|no\.?\s*)?[#＃]?(\d+)$/i;

/** A span of numbers: "2-4", "#2 to #4", "2 through 4". */
const RANGE = /^(?:(.*?)\s+)?#?(\d+)\s*(?:-|–|—|to|through|thru)\s*#?(\d+)$/i;

/** A clause's opening (a pronoun subject): "i changed it", "we've disbanded", "it's sorted". */
const CLAUSE_OPENING =
  /^(?:i|i['’]m|im|i['’]ve|ive|it|it['’]s|its|we|we['’]ve|you|he|she|they|that|this|there|these|those)\b/i;

/** A leading "my"/"the"/"our"/"your" of a target. */
const DETERMINER_WORD = /^(?:my|the|our|your)\s+/i;

/** Targets that are notes by number ("note 2", "notes #4"): never given a carried "my". */
const numberedNotes = (items: readonly string[]) => items.some((item) => /\b(?:notes?|memos?)\b/i.test(item));

/** The most targets one request may name; more is said back, not run. */
export const MAX_TARGETS = 20;

/** A bare name: one word, maybe after "my"/"the" (an app: "blog", "my-site"). */
const BARE_NAME = /^(?:(?:my|the)\s+)?[\p{L}\p{N}_.-]+$/u;

/** The targets of `list` ("note 2 and note 3" → "note 2", "note 3"), or undefined when it names one. */
export function targetList(list: string, access: boolean): string[] | undefined {
  const raw = list
    .split(LIST_JOINT)
    .map((part) => part.trim())
    .map((part) => (/^(?:.*\s)?[#＃]?[\d\uFF10-\uFF19]+$/.test(part) ? narrow(part) : part))
    .filter(Boolean);
  // "notes 2-4": every number of the span, with the noun that names them.
  // "… and remember my x is 5": a request of its own, not a target ("note 3" names a target).
  if (
    raw
      .slice(1)
      .some(
        (part) => OWN_REQUEST.test(part) && !/^(?:notes?|memos?)\s+(?:number\s+|no\.?\s*)?#?\d+$/i.test(part),
      )
  )
    return undefined;
  const [only] = raw;
  if (raw.length === 1 && only) {
    const span = RANGE.exec(only);
    if (!span?.[1] || !/^(?:the\s+|my\s+)?notes?$/i.test(span[1])) return undefined;
    const from = Number(span[2]);
    const to = Number(span[3]);
    if (!(from <= to)) return undefined;
    const count = to - from + 1;
    return Array.from({ length: Math.min(count, MAX_TARGETS + 1) }, (_, at) => `note ${from + at}`);
  }
  if (raw.length < 2) return undefined;
  // The noun the first target is named with ("notes" in "notes 5 and 6"), given to bare numbers.
  const head = NUMBERED.exec(raw[0]!)?.[1]?.replace(/^(?:the\s+|my\s+)?(note|memo)s$/i, '$1');
  const items = raw.map((part, at) => {
    const numbered = NUMBERED.exec(part);
    if (at === 0 && numbered?.[1]) return `${head} ${numbered[2]}`;
    return numbered && !numbered[1] && head ? `${head} ${numbered[2]}` : part;
  });
  // "forget the wifi password, the guest one": "the guest one" says which, it is no target.
  if (items.some((item) => /\bones?$/i.test(item))) return undefined;
  const numbered = items.every((item) => NUMBERED.exec(item)?.[1]);
  // "my gym code and my bike code": each later target opens as a target of its own; so does
  // "my gym code and bike code", "my bank PIN, room 10 key and room 101 key": the first target's
  // "my"/"the" is each later one's, when every target is a name of two words or more ("forget my
  // mac and cheese recipe" stays one name).
  const lead = /^(my|the|our)\s+\S/i.exec(items[0]!)?.[1];
  const twoWords = (item: string) => item.replace(DETERMINER_WORD, '').trim().split(/\s+/).length >= 2;
  const carried =
    lead !== undefined &&
    !access &&
    // "my cat, car and wifes": in a list of three with commas, the "my" is every bare one's too.
    (items.every(twoWords) || (items.length >= 3 && /,/.test(list))) &&
    // "…, i do not need it more", "…, I changed it": a clause of its own, never a target.
    items.slice(1).every((item) => !CLAUSE_OPENING.test(item)) &&
    items.slice(1).some((item) => !DETERMINER.test(item)) &&
    items.slice(1).every((item) => DETERMINER.test(item) || !OWN_REQUEST.test(item))
      ? items.map((item, at) => (at === 0 || DETERMINER.test(item) ? item : `${lead} ${item}`))
      : undefined;
  if (carried && !numberedNotes(items)) return carried;
  const determined = DETERMINER.test(items[0]!) && items.slice(1).every((item) => DETERMINER.test(item));
  // "make blog and photos private": names, where the request says what to make them.
  const names = access && items.every((item) => BARE_NAME.test(item));
  return numbered || determined || names ? items : undefined;
}

/**
 * "add eggs and milk to my shopping list", "remove eggs and milk from the list", "take bread,
 * butter and jam off my list" (m22): several items of a list. Each is its own item, kept as a note
 * of its own ("shopping: eggs", "shopping: milk") so each can be crossed off on its own, as "add
 * eggs to my shopping list" said twice would. Group 1 is the verb, 2 the items, 3 the rest ("to my
 * shopping list"). Notes are not lists: "add milk, eggs and bread to my notes" stays one note.
 */
const LIST_CHANGE =
  /^(?:please\s+)?(add|put|stick|throw|pop|remove|delete|erase|drop|take|cross|strike|scratch|tick)\s+((?:(?!\s(?:to|on|onto|in|into|from|off)\s+(?:my|the|our)\s).)+?)\s+((?:to|on|onto|in|into|from|off|out\s+of|off\s+of)\s+(?:my|the|our)\s+(?:(?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*\s+)?list)$/iu;

/**
 * "add eggs to my shopping list and milk to my todo list": items for two lists, each read as its
 * own "add … to my … list" (m22), never one note holding the other list's name.
 */
const LISTS_CHANGE =
  /^(?:please\s+)?(add|put|stick|throw|pop|remove|delete|erase|drop|take|cross)\s+(.+?\s(?:to|on|onto|in|into|from|off)\s+(?:my|the|our)\s+(?:[\p{L}-]+\s+){0,2}?list)(?:\s*,\s*|\s+)(?:and\s+)?(?:then\s+)?(?:also\s+)?(?!(?:add|put|stick|throw|pop|remove|delete|erase|drop|take|cross)\s)(.+?\s(?:to|on|onto|in|into|from|off)\s+(?:my|the|our)\s+(?:[\p{L}-]+\s+){0,2}?list)$/iu;

/** The items of a list said in a request ("eggs, milk and bread"); a quoted item stays whole. */
function itemsSaid(list: string): string[] {
  const quoted: string[] = [];
  const held = list.replace(/"[^"]+"|“[^”]+”/g, (passage) => `\uE000${quoted.push(passage) - 1}\uE000`);
  return held
    .split(LIST_JOINT)
    .map((item) => item.replace(/\uE000(\d+)\uE000/g, (_, at: string) => quoted[Number(at)]!).trim())
    .filter(Boolean);
}

/** A reading that would add or change something rather than act on a target. */
const writesAnything = (reading: Interpretation) =>
  reading.kind === 'call' && reading.steps.some((step) => step.tool.risk === 'write');

/**
 * Reads each target of a request naming several with `read`, and puts their calls together (the
 * lookups first, then the changes, so one approval names every change). Undefined when the
 * request names one target or its verb takes none. When a target cannot be read as a call of its
 * own, or a reading would write, nothing is done and the answer says which target it was.
 */
export function readTargets(
  text: string,
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  const said = text.trim().replace(/[.!]+$/, '');
  const lists = LISTS_CHANGE.exec(said.replace(COURTESY, ''));
  const items = lists ? null : LIST_CHANGE.exec(said.replace(COURTESY, ''));
  const opened = lists || items ? null : VERB.exec(said);
  const found = lists ?? items ?? opened;
  if (!found) return undefined;
  const verb = found[1]!;
  let rest = opened ? opened[2]!.replace(COURTESY, '') : found[2]!;
  const tail = items ? ` ${items[3]}` : opened ? (ACCESS_TAIL.exec(rest)?.[0] ?? '') : '';
  if (/^(?:make|set)$/i.test(verb) && !tail) return undefined;
  if (opened) rest = rest.slice(0, rest.length - tail.length);
  const listed = lists ? [lists[2]!, lists[3]!] : items ? itemsSaid(rest) : undefined;
  const targets = listed ? (listed.length > 1 ? listed : undefined) : targetList(rest, tail !== '');
  if (!targets) return undefined;
  const readings = targets.slice(0, MAX_TARGETS + 1).map((target) => read(`${verb} ${target}${tail}`));
  /** A question back (exit 3) about the tool the targets are for; nothing runs. */
  const back = (question: string): Interpretation => {
    const found = readings.find((reading) => reading.kind === 'call' || reading.kind === 'ask');
    const tool =
      found?.kind === 'call' ? found.steps[0]?.tool : found?.kind === 'ask' ? found.tool : undefined;
    return tool ? { kind: 'ask', tool, question, input: {} } : { kind: 'chatter', reply: question };
  };
  if (targets.length > MAX_TARGETS)
    return back(
      `That names more than ${MAX_TARGETS} things at once; I act on at most ${MAX_TARGETS} in one request. Nothing was changed.`,
    );
  const steps: Step[] = [];
  const says: string[] = [];
  let asks = false;
  for (const [at, target] of targets.entries()) {
    const one = `${verb} ${target}${tail}`;
    const reading = readings[at]!;
    // A list's items are added: a write is what was asked.
    if (reading.kind !== 'call' || (opened && writesAnything(reading))) {
      const why =
        reading.kind === 'ask'
          ? ` ${reading.question}`
          : reading.kind === 'chatter'
            ? ` ${reading.reply}`
            : '';
      return back(
        `I read ${targets.length} things in "${said}": ${targets.map((each) => `"${each}"`).join(', ')}. I could not read "${one}" as a request of its own, so I did nothing for any of them.${why}`,
      );
    }
    const { reply } = reading;
    steps.push(
      ...reading.steps.map((step, at) => ({
        ...step,
        said: one,
        ...(reply && at === reading.steps.length - 1 ? { reply } : {}),
      })),
    );
    if (reading.say) says.push(reading.say);
    asks ||= reading.asks === true;
  }
  const ordered = [
    ...steps.filter((step) => !needsConsent(step.tool, step.input)),
    ...steps.filter((step) => needsConsent(step.tool, step.input)),
  ];
  const say = [...new Set(says)].join(' ');
  return {
    kind: 'call',
    steps: ordered,
    template: `${verb} {targets}${tail}`,
    score: 5,
    ...(say ? { say } : {}),
    ...(asks ? { asks } : {}),
  };
}
