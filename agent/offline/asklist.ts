import type { Interpretation, Step } from './interpret.js';

/**
 * One question that asks after several things (issue 7, m11 item 6): "what's my router admin page,
 * my dentist and my shoe size", "tell me my gate code, my bike code & my locker". Each thing is
 * asked on its own ("what's my dentist?"), so no key is made of the whole list. Only when every
 * thing after the first opens with its own "my"/"the"/"our"/"Ann's": "what's my salt and pepper
 * grinder" names one thing.
 */

/** The asking words before the list; group 1 is kept for each question. */
const ASKED =
  /^((?:what|who|where|which)(?:['’]s|\s+(?:is|are|was|were))|tell\s+me|remind\s+me\s+(?:of|about)|show\s+me|give\s+me|do\s+you\s+(?:know|remember))\s+(.+?)\s*[?.!]*$/iu;

/** Where one thing ends and the next begins, before its own determiner. */
const ITEM_JOINT = /\s*,\s*(?:and\s+|&\s*)?(?=\S)|\s+(?:and|&|plus)\s+|\s*&\s*/iu;

/** A thing of its own: "my dentist", "the shed code", "Ann's phone". */
const OWNED = /^(?:my|our|the|\p{Lu}[\p{L}-]*['’]s)\s+[\p{L}\p{N}]/u;

/**
 * "my wifi name" and "password" (issue 7, S24: "what's my wifi name and password?"): a lone word
 * after a name of two words or more shares its first words, "my wifi password". Anything else is
 * left as said.
 */
function sharedHead(items: string[]): string[] {
  const [first = '', second = ''] = items;
  const owned = /^((?:my|our|the|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}\p{N}'’-]+\s+)+)[\p{L}\p{N}'’-]+$/u.exec(
    first,
  );
  if (
    items.length !== 2 ||
    !owned ||
    !/^\p{Ll}[\p{L}'’-]*$/u.test(second) ||
    /^(?:why|how|when|where|who|what|which|so|too|then|else|stuff|things?|more|all|everything|mine|yours)$/i.test(
      second,
    )
  )
    return items;
  return [first, `${owned[1]}${second}`];
}

/**
 * "my cat, car and wifi" (S28 M7, m19): in a list with a comma, the first thing's "my"/"the"/"our"
 * is each bare later thing's, "my car", "my wifi". Without a comma the words may be one name ("my
 * salt and pepper grinder").
 */
export function carriedOwner(list: string, items: string[]): string[] {
  const lead = /^(my|our|the)\s+\S/i.exec(items[0] ?? '')?.[1];
  if (!lead || items.length < 3 || !/,/.test(list)) return items;
  return items.map((item, at) =>
    at === 0 || OWNED.test(item) || !/^[\p{L}\p{N}][\p{L}\p{N}'’ -]*$/u.test(item) ? item : `${lead} ${item}`,
  );
}

/** At most this many things in one question. */
const MAX_ASKED = 12;

/** The questions `text` asks, one per thing, or undefined when it asks after one thing. */
export function askedList(text: string): string[] | undefined {
  const asked = ASKED.exec(text.trim());
  if (!asked) return undefined;
  const items = carriedOwner(asked[2]!, sharedHead(asked[2]!.split(ITEM_JOINT).map((item) => item.trim())));
  if (items.length < 2 || items.length > MAX_ASKED || !items.every((item) => OWNED.test(item)))
    return undefined;
  // "what's my name and my wife's name": whose is said; "…, my sister and my brother are": a clause.
  if (items.some((item) => /\s(?:is|are|was|were)\b/i.test(item))) return undefined;
  const lead = /^(?:tell|remind|show|give|do)\b/i.test(asked[1]!) ? 'what is' : asked[1]!;
  return items.map((item) => `${lead} ${item}?`);
}

/**
 * Reads each question of a list with `read` and puts their lookups together; undefined when the
 * text asks after one thing, or when any question reads as anything but a lookup (then the
 * request is read whole, as before).
 */
export function readAskedList(
  text: string,
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  const questions = askedList(text);
  if (!questions) return undefined;
  const steps: Step[] = [];
  for (const question of questions) {
    const reading = read(question);
    if (reading.kind !== 'call' || reading.steps.some((step) => step.tool.risk !== 'read')) return undefined;
    const { reply } = reading;
    steps.push(
      ...reading.steps.map((step, at) => ({
        ...step,
        said: question,
        ...(reply && at === reading.steps.length - 1 ? { reply } : {}),
      })),
    );
  }
  return { kind: 'call', steps, template: 'what is {key}, {key} and {key}', score: 5 };
}
