/**
 * Whether a kept fact is of the kind a question asks for (issue 7 item 2, s47): a question asking
 * who lives somewhere or where someone lives wants a home or address, "when …?" a time, "where
 * …?" a place, "how much …?" an amount. A fact found by a shared name word ("Kraków parking fee",
 * "Grandpa Emeka's pension") whose value is of another kind does not answer it: a fee is no
 * person, a pension no place, an age ("9") no birthday. The kinds are read by the knowledge
 * tools' readers (`askedKind`, `statesAskedKind`), never a second word list.
 */

import { askedKind, statesAskedKind } from '../knowledge/asked-kind.js';
import { datesIn } from '../knowledge/dates.js';
import { definesSomeone, folded } from './people.js';

/** "where does jose live?", "who lives in Kraków?", "who lives at 12 Elm Road?": a home is asked. */
export const LIVES =
  /^(?:(?:so|and)\s+)?(?:where\b.*\bliv(?:e|es|ing)\b|who\s+(?:lives?|is\s+living|stays?)\s+(?:in|at|on)\b)/iu;

/** A fact that says where someone lives: "josé's address", "mum's home", "Tom lives in". */
export const HOME_FACT = /\b(?:address|home|lives?|house|flat|apartment)\b/iu;

/** A value that is a number and nothing else, maybe an age's "years old" ("9", "42 years"). */
const BARE_NUMBER = /^\d{1,6}(?:\s*(?:years?|yrs?)(?:\s+old)?|\s*yo|\s*y\/o)?$/iu;

/** A value stating money ("€1,395", "₦5,000 a week", "zł 120"). */
const statesMoney = (value: string): boolean =>
  statesAskedKind({ kind: 'money' }, { text: value, label: false }, '');

/** A value stating a time: a date, weekday, time of day ("14 March 2017", "Tuesday", "8:15"). */
const statesTime = (value: string): boolean =>
  datesIn(value).length > 0 || statesAskedKind({ kind: 'time' }, { text: value, label: false }, '');

/**
 * Whether `fact` (its name `label`, its `value`) can answer `question` by kind. A home asked
 * (`LIVES`): only a fact named as a home or address. A time asked: not money, a bare number nor
 * who someone is (an age or "daughter: Zuzanna" answers no "when"; "after breakfast" does). A place asked: not money, a time or a bare number. Money asked: not a
 * time, nor a value without a number that says no money ("free" says so). Any other question: any fact.
 */
export function kindFits(question: string, fact: { label: string; value: unknown }): boolean {
  const value = String(fact.value).trim();
  if (LIVES.test(question.trim())) return HOME_FACT.test(fact.label);
  const kind = askedKind(question)?.kind;
  switch (kind) {
    case 'time':
      // "after breakfast", "with lunch", "every morning" are times in words no reader knows: only
      // what plainly is no time (money, a bare number such as an age) is turned away.
      // A fact saying who someone is ("daughter: Zuzanna") is a person, no time.
      return (
        statesTime(value) || !(statesMoney(value) || BARE_NUMBER.test(value) || definesSomeone(fact.label))
      );
    case 'place':
      return !(statesMoney(value) || BARE_NUMBER.test(value) || datesIn(value).length > 0);
    case 'money':
      return statesMoney(value) || (/\d/u.test(value) && datesIn(value).length === 0);
    default:
      return true;
  }
}

/** "who lives in Recife?", "who lives at 12 Elm Road?": group 1 the place asked. */
const WHO_LIVES =
  /^(?:(?:so|and)\s+)?who\s+(?:lives?|is\s+living|stays?)\s+(?:in|at|on)\s+(\S.*?)[\s?.!]*$/iu;

/** A text's words, accents folded ("São Paulo" → ["sao", "paulo"]). */
const placeWords = (text: string): string[] => folded(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Of `facts`, the homes kept in the place "who lives in …?" asks (s48): "who lives in Recife?"
 * with "João's father's home: Recife" and "grandpa's home: Recife" finds both; "Recife" written
 * "recife" too. A home whose value has every word of the place asked ("Surulere, Lagos" for
 * "Lagos"); never a fact of another kind that only names it ("Kraków parking fee"). Undefined
 * when the question asks no such thing; empty when no home is there.
 */
export function homesIn<T extends { label: string; value: unknown }>(
  question: string,
  facts: readonly T[],
): T[] | undefined {
  const place = WHO_LIVES.exec(question.trim())?.[1];
  if (!place) return undefined;
  const asked = placeWords(place);
  return facts.filter((fact) => {
    if (!/\b(?:address|home)\b/iu.test(fact.label)) return false;
    const said = placeWords(String(fact.value));
    return asked.length > 0 && asked.every((word) => said.includes(word));
  });
}
