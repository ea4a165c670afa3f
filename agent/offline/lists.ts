/**
 * A pasted list of facts (issue 7, m11): "remember the following:\n- garage code: 7781\n- locker
 * 12\n* wifi password is abc\n1. bike lock 4312". Each line is its own fact, read on its own and
 * written as one call, the way several facts in one sentence are (`joints.ts`); a line that reads
 * as no fact is named in the answer and never guessed at.
 *
 * A text is a list when it has two lines or more with words, and either its first line is a
 * lead-in with nothing after its colon ("remember the following:", "keep these private:",
 * `leadins.ts`) or every line opens with a list mark ("-", "*", "•", "1.", "2)", "a)"). Blank
 * lines and Windows line ends (CRLF) are nothing. A line says its fact as "name: value", "name =
 * value", "name - value" (a spaced dash), "name is value", or a short lower-case name and one code
 * ("locker 12", "bike lock 4312"). A line with a doubt ("PIN maybe 1234", "12 but I'm not sure")
 * is asked about, like the sentence would be.
 */

import { emptyLeadIn } from './leadins.js';

/** A list mark opening a line: "-", "*", "•", "1.", "2)", "(3)", "a)". */
const MARK = /^(?:[-*•·▪‣◦–—+]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/u;

/** "remember this:", "please save these for me:", "note down:": a short keep verb line ending in a colon. */
const LIST_LEAD =
  /^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:remember|memori[sz]e|save|store|keep|note(?:\s+down)?|record)\b(?:\s+[\p{L}\p{N}]+){0,5}\s*:$/iu;

/** One line of a list: where it was, as typed, and the request it is read as. */
export interface ListLine {
  /** 1-based, counting lines that are not blank (the lead-in is line 1 when there is one). */
  line: number;
  /** The line as typed, without its list mark. */
  said: string;
  /** The request read for it ("remember my garage code is 7781"). */
  request: string;
}

/** A list's lines, and whether a lead-in asked to keep them. */
export interface List {
  lines: ListLine[];
  /** The lead-in as typed ("remember the following:"), if any. */
  leadIn?: string;
}

/** "name: value", "name = value", "name - value": the name holds no copula. */
const SEPARATED = /^([^:=]+?)\s*(?::|=|\s[-–—]+\s)\s*(\S.*)$/u;

/**
 * "locker 12", "bike lock 4312", "PIN maybe 1234": one to four name words and one code with a digit
 * (a doubt word before it stays, so the line is asked about, never kept as "PIN maybe").
 */
const NAME_AND_CODE =
  /^((?:(?!(?:maybe|probably|perhaps|possibly)\s)\p{L}[\p{L}\p{M}'’-]*\s+){0,3}(?!(?:maybe|probably|perhaps|possibly)\s)\p{L}[\p{L}\p{M}'’-]*)\s+((?:(?:maybe|probably|perhaps|possibly)\s+)?(?=\S*\p{N})\S+)$/u;

/** Words that never name a fact, so a line of them and a number is no "name code" line. */
const NOT_A_NAME =
  /\b(?:is|are|was|were|to|at|in|on|by|for|from|with|and|or|call|buy|get|pay|book|ring|email|text|meet|pick|take|delete|remove|forget|erase|show|list|find|search|add|make|set|turn|open|send|share|publish|run|go|do|note|notes|recall|tell|back|host)\b/i;

/** An owner opening a name ("my", "our", "the", "Anna's"): kept; otherwise "my" is said. */
const OWNED = /^(?:my|our|the|\p{L}[\p{L}\p{M}-]*['’]s)\s/iu;

/**
 * "remember my address is:", "my address:", "save our wifi password is:": a first line that names
 * one fact and ends at its colon; group 1 is the name ("my address"). "note down my list:" is
 * a note's, never a fact's.
 */
const VALUE_LEAD =
  /^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:(?:remember|memori[sz]e|save|store|keep|record)\s+(?:that\s+)?)?((?:my|our|the|\p{L}[\p{L}\p{M}-]*['’]s)\s+[\p{L}\p{N}][\p{L}\p{N}\p{M}'’ -]{0,60}?)(?:\s+(?:is|are|was|were))?\s*:$/iu;

/** Names that introduce a list, never one fact ("the following:", "these:", "my details:"). */
const LIST_NAME =
  /^(?:my|our|the)\s+(?:following|these|this|below|list|items?|facts?|things?|stuff|details|info(?:rmation)?|notes?)(?:\s+(?:things?|facts?|items?|details))?$/i;

/** A list line that says a fact with its own name: "wifi: abc", "bank = 1", "gate is 4": never a bare "London SW1". */
const namedFact = (line: string) => {
  const said = line.replace(MARK, '').trim();
  const separated = SEPARATED.exec(said);
  if (separated && !/\s(?:is|are)\s/i.test(` ${separated[1]!} `) && /[\p{L}\p{N}]/u.test(separated[1]!))
    return true;
  return /\s(?:is|are)\s/i.test(` ${said} `);
};

/** One fact whose value is the lines after its name, kept with their line breaks. */
export interface MultiLineValue {
  /** The request read for the first line with a one-line stand-in value ("remember my address is 1 Main St"). */
  request: string;
  /** The value as typed: its lines, trimmed at the ends, joined by "\n" (blank lines dropped). */
  value: string;
}

/**
 * "remember my address is:\n1 Main St\nLondon SW1" (issue 7, m12 HIGH 3): a first line naming
 * one fact and ending in its colon ("… is:", "my X:"), and after it lines that are not each a
 * named fact, is one fact whose value is those lines, line breaks kept (as `fazt run
 * <write tool>` keeps them). Undefined otherwise: "my passwords:\n- wifi: abc\n- bank: 12"
 * is a list of facts (`listOf`).
 */
export function multiLineValue(text: string): MultiLineValue | undefined {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\p{Cc}/gu, '').trim())
    .filter((line) => line.length > 0);
  if (lines.length < 2) return undefined;
  const name = VALUE_LEAD.exec(lines[0]!)?.[1]?.trim();
  if (!name || LIST_NAME.test(name)) return undefined;
  const rest = lines.slice(1);
  if (!rest.some((line) => /[\p{L}\p{N}]/u.test(line)) || rest.every(namedFact)) return undefined;
  const stand = rest.find((line) => /[\p{L}\p{N}]/u.test(line))!;
  return { request: `remember ${name} is ${stand}`, value: rest.join('\n') };
}

/**
 * `text` read as a list of facts, or undefined when it is none (see the module note). Each line's
 * request opens with "remember" when a lead-in asked to keep them.
 */
export function listOf(text: string): List | undefined {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.filter((line) => /[\p{L}\p{N}]/u.test(line)).length < 2) return undefined;
  const lead = emptyLeadIn(lines[0]!) !== undefined || LIST_LEAD.test(lines[0]!) ? lines[0] : undefined;
  const items = lead ? lines.slice(1) : lines;
  if (items.length === 0) return undefined;
  if (!lead && (items.length < 2 || !items.every((line) => MARK.test(line)))) return undefined;
  const offset = lead ? 2 : 1;
  return {
    ...(lead ? { leadIn: lead } : {}),
    lines: items.map((line, at) => {
      // Control characters are never said back ("\x07bell: 12" is named as "bell: 12").
      const said = line
        .replace(MARK, '')
        .replace(/\p{Cc}/gu, '')
        .trim();
      return { line: at + offset, said, request: requestOf(said, lead !== undefined) };
    }),
  };
}

/** The request a list line is read as: its name and value said as "my <name> is <value>". */
function requestOf(said: string, keep: boolean): string {
  const verb = keep && !/^(?:remember|note|save|store|keep)\b/i.test(said) ? 'remember ' : '';
  const fact = (name: string, value: string) =>
    `${verb}${OWNED.test(name) ? '' : 'my '}${name.trim()} is ${value.trim()}`;
  const separated = SEPARATED.exec(said);
  if (separated && !/\s(?:is|are)\s/i.test(` ${separated[1]!} `) && /[\p{L}\p{N}]/u.test(separated[1]!))
    return fact(separated[1]!, separated[2]!);
  const coded = NAME_AND_CODE.exec(said);
  if (coded && !NOT_A_NAME.test(coded[1]!)) return fact(coded[1]!, coded[2]!);
  return `${verb}${said}`;
}
