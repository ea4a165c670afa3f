/**
 * Relative day words in a fact's value, resolved when it is stored (S24: "remember Ana's birthday
 * is tomorrow" kept "tomorrow", which was wrong the day after). "tomorrow" becomes "1 December",
 * "next tuesday at 3pm" "Tuesday 8 December at 3pm", in the machine's local time; the words as
 * typed are said back in the confirmation, never stored. A bare weekday ("my gym day is friday")
 * may recur, so it is kept as typed.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The relative day words a value may hold: group 1 a day word, group 2/3 "next"/"this" and a weekday. */
const RELATIVE_DAY =
  /(?<![\p{L}\p{N}])(?:((?:the\s+)?day\s+after\s+tomorrow|tomorrow|today|tonight|yesterday)|(next|this|coming|this\s+coming)\s+(sun|mon|tues|wednes|thurs|fri|satur)day)(?![\p{L}\p{N}])/iu;

/** `now` moved by `days` calendar days, at midnight local time. */
function dayFrom(now: Date, days: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
}

/**
 * The value with its relative day words resolved (`said` the words as typed), or undefined when it
 * holds none, or more than one.
 */
export function relativeDay(value: string, now = new Date()): { value: string; said: string } | undefined {
  const found = RELATIVE_DAY.exec(value);
  // "Maybe Tomorrow", "Song for Today": a capitalised day word inside a value is part of a title.
  if (!found || (found.index > 0 && /^\p{Lu}/u.test(found[0]))) return undefined;
  const rest = value.slice(found.index + found[0].length);
  if (RELATIVE_DAY.test(rest)) return undefined;
  const said = found[0];
  let date: Date;
  let weekday = false;
  if (found[1]) {
    const word = found[1].toLowerCase().replace(/\s+/g, ' ');
    const offset =
      word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word.endsWith('after tomorrow') ? 2 : 0;
    date = dayFrom(now, offset);
  } else {
    const target = WEEKDAYS.indexOf(`${found[3]!.toLowerCase()}day`);
    // "next tuesday", "this coming tuesday": the first one after today; "this tuesday" is today
    // when today is one.
    const ahead = (target - now.getDay() + 7) % 7;
    date = dayFrom(now, ahead === 0 && !/^this$/i.test(found[2]!) ? 7 : ahead);
    weekday = true;
  }
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
  const named = weekday
    ? `${WEEKDAYS[date.getDay()]!.replace(/^./, (first) => first.toUpperCase())} ${day}`
    : day;
  return { value: `${value.slice(0, found.index)}${named}${rest}`.replace(/\s+/g, ' ').trim(), said };
}
