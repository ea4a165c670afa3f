/**
 * A cron schedule in a config value (stranger round 27, MEDIUM 15): `schedule: "0 3 * * *"` says
 * when the backup runs, though it has no date or time of day a person writes. It answers "when
 * does the backup run?" and is said in words: "a cron schedule: daily at 03:00".
 */

/** Five cron fields (minute hour day-of-month month day-of-week), as a config value writes them. */
const CRON = /[:=]\s*["']?((?:[\d*/,-]+\s+){4}[\d*/,A-Za-z-]+)["']?\s*,?\s*$/u;

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The cron expression a setting line states, or undefined. */
export function cronOf(line: string): string[] | undefined {
  const fields = CRON.exec(line)?.[1]?.trim().split(/\s+/u);
  if (fields?.length !== 5 || !fields.some((field) => /\d/u.test(field))) return undefined;
  // Each field a number, list, range, step or "*"; at least one a number (not "* * * * *" prose).
  if (!fields.slice(0, 4).every((field) => /^(?:\*|\d+)(?:[-/,]\d+)*(?:\/\d+)?$/u.test(field)))
    return undefined;
  return fields;
}

/** A cron schedule in words ("daily at 03:00", "every Monday at 06:30"), or undefined when it is no simple one. */
export function cronInWords(line: string): string | undefined {
  const fields = cronOf(line);
  if (!fields) return undefined;
  const [minute, hour, day, month, weekday] = fields as [string, string, string, string, string];
  if (!/^\d+$/u.test(minute) || !/^\d+$/u.test(hour)) return 'a cron schedule';
  const at = `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
  if (day === '*' && month === '*' && weekday === '*') return `a cron schedule: daily at ${at}`;
  if (day === '*' && month === '*' && /^\d$/u.test(weekday))
    return `a cron schedule: every ${DAYS[Number(weekday)]} at ${at}`;
  if (/^\d+$/u.test(day) && month === '*' && weekday === '*')
    return `a cron schedule: monthly on day ${day} at ${at}`;
  return `a cron schedule, at ${at}`;
}
