/**
 * Reminders, alarms and timers (m15, stranger): fazt has none, so nothing would ever alert the
 * person. "Remind me on Thursday.", "remind me to call mum at 5", "set an alarm for 7", "wake me
 * up at 7" are answered plainly with that, nothing is written (never a fact named "on Thursday",
 * never a note that looks like a reminder), and a note is suggested when there is something to do.
 * "Remind me to buy batteries" (no time) stays a note: nothing is promised at a time, and keeping
 * the thing to do is the useful part. "Remind me what my PIN is" is a question, read elsewhere.
 */

/** A time or day said after "remind me": the person expects an alert then. */
const WHEN = new RegExp(
  [
    String.raw`\bat\s+(?:\d|noon|midday|midnight|lunch(?:time)?|dinner(?:time)?|night|bedtime)`,
    String.raw`\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)`,
    String.raw`\b\d{1,2}:\d\d\b`,
    String.raw`\bo['’]?clock\b`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b(?:tomorrow|tonight|tmrw|tmr|later)\b`,
    String.raw`\b(?:this|next)\s+(?:morning|afternoon|evening|week|weekend|month|year)\b`,
    String.raw`\bin\s+(?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty|a\s+few|a\s+couple\s+of|half\s+an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b`,
    String.raw`\bin\s+the\s+(?:morning|afternoon|evening)\b`,
    String.raw`\bevery\s+(?:day|morning|evening|night|week|month|\w+day)\b`,
  ].join('|'),
  'i',
);

/** "remind me …", "please remind me …", "can you remind me …" and what follows. */
const REMIND =
  /^(?:(?:please|pls|can\s+you|could\s+you|would\s+you|will\s+you|fazt)[\s,]+)*remind\s+me\b\s*(.*?)\s*[.!?]*$/i;

/** "remind me what …", "remind me of my dentist", "remind me, when is …": a question. */
const ASKED = /^(?:[,:;-]\s*)?(?:what|which|who|whom|whose|where|when|why|how|of|about|if|whether)\b/i;

/** Alarms, timers and wake-ups: there are none in fazt. */
const ALARM =
  /^(?:(?:please|pls|can\s+you|could\s+you|fazt)[\s,]+)*(?:(?:set|create|make|add|schedule|start)\s+(?:me\s+)?(?:an?\s+)?(?:reminder|alarm|timer)\b(?!\s*[:;-])|wake\s+me(?:\s+up)?\b|(?:alert|ping|nudge|notify|buzz)\s+me\b)/i;

/** "to call mum at 5" → "call mum at 5"; "tomorrow to pay rent" → "pay rent tomorrow". */
function thingToDo(rest: string): string | undefined {
  const toDo = /^(.*?)\bto\s+(\S.*)$/i.exec(rest);
  if (!toDo) return undefined;
  const [, before, what] = toDo;
  return [what!.trim(), before!.trim()].filter(Boolean).join(' ');
}

const NONE =
  "I can't set reminders, alarms or timers: fazt has nothing that alerts you at a time, so nothing would remind you. Nothing was saved.";

/**
 * The plain answer when `text` asks for a reminder at a time, an alarm or a timer; undefined for
 * anything else (a reminder with no time is a note, read elsewhere).
 */
export function reminderReply(text: string): string | undefined {
  const said = text.trim();
  const remind = REMIND.exec(said);
  if (remind) {
    const rest = remind[1] ?? '';
    if (ASKED.test(rest) || !WHEN.test(rest)) return undefined;
    const toDo = thingToDo(rest);
    return toDo ? `${NONE} To keep it as a note, say "note ${toDo}".` : NONE;
  }
  if (ALARM.test(said)) return NONE;
  return undefined;
}
