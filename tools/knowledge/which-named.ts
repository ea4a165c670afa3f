/**
 * "which school does Deniz go to?" asks for a school's name (stranger S46): "Carries an EpiPen at
 * school." says the word but names no school. A which-X question ("which school", "what hospital
 * … at?"; places and bodies named, not values) quoting only lines that say X as a common word — lower case, not a label, no capitalised
 * name before it — is not answered; a line naming one ("Moda Primary School", "School: Moda",
 * "School of Arts") is. Lines that do not say X at all are left to the rest of the answer.
 */
import { wordSet } from '../../cartridge/lexicon.js';
import type { Answer } from './answer.js';

/** "which school does …", "what hospital is …": group 1 the thing whose name is asked. */
const WHICH_THING = /^\s*(?:which|what)\s+(\p{L}{3,})\s+(?:does|do|did|is|are|was|were|will|has|have)\b/iu;
/**
 * Places and bodies a which-question asks the name of ("which school", "what bank"): a line saying
 * the word in lower case ("at school", "to the bank") names none. Not "age", "oil" or "gate", whose
 * answers are values, not names.
 */
const NAMED_PLACES = wordSet(
  'school schools kindergarten nursery college university hospital hospitals clinic surgery pharmacy bank gym club church mosque company employer firm airline hotel shop store supermarket restaurant',
);
/** The thing whose name a which-question asks ("school"), or undefined. */
export function whichThing(question: string): string | undefined {
  const thing = WHICH_THING.exec(question)?.[1]?.toLowerCase();
  return thing && NAMED_PLACES.has(thing) ? thing : undefined;
}

/** Whether `quote` says `thing` only as a common word, naming none ("at school"). */
export function saysOnlyCommonly(quote: string, thing: string): boolean {
  const forms = `${thing}(?:s|es)?`;
  const said = new RegExp(`(?<![\\p{L}])${forms}(?![\\p{L}])`, 'giu');
  const matches = [...quote.matchAll(said)];
  if (matches.length === 0) return false;
  return matches.every((m) => {
    const at = m.index ?? 0;
    const before = quote.slice(0, at);
    const after = quote.slice(at + m[0].length);
    const capitalised = /^\p{Lu}/u.test(m[0]) && before.trim() !== '';
    const named = /\p{Lu}[\p{L}'’.-]*\s+$/u.test(before) || /^\s+of\s+\p{Lu}/u.test(after);
    const label = /^\s*:/u.test(after);
    return !capitalised && !named && !label;
  });
}

/** `answer` to a which-X `question`, or "I don't know" when every quote says X only as a common word. */
export function withNamedThing(question: string, answer: Answer): Answer {
  const thing = whichThing(question);
  if (!thing || !answer.known || answer.citations.length === 0) return answer;
  if (!answer.citations.every((c) => saysOnlyCommonly(c.quote, thing))) return answer;
  return {
    known: false,
    answer: `I don't know: your documents mention a ${thing} but do not name one for that.`,
    citations: [],
    passages: answer.passages,
  };
}
