/**
 * "scratch that", "undo that", "never mind, don't save that" right after a turn that kept facts:
 * what that turn kept is still kept, so the take-back is read as forgetting it, which asks for
 * consent before anything goes (S26 M3). Undefined when the turn before kept nothing, or the
 * request is no take-back; acks.ts then says that nothing was kept.
 */

/** A take-back of the turn just before, or "undo" ("undo that", "undo it", "undo"). */
const TAKE_BACK =
  /^(?:(?:oh|no|nah|nope|wait|actually|sorry|ok(?:ay)?|oops|hold\s+on|hang\s+on|hmm+|please|pls|on\s+second\s+thoughts?)[\s,!.]+)*(?:never\s*mind|nvm|cancel(?:\s+(?:that|this|it))?|scratch\s+that|undo(?:\s+(?:that|this|it|the\s+last\s+one))?|take\s+(?:that|it)\s+back|ignore\s+(?:that|this|it)|disregard\s+(?:that|this|it)|forget\s+i\s+said\s+(?:that|anything)|(?:don['’]?t|do\s+not|dont)\s+(?:save|remember|keep|store)\s+(?:that|this|it)(?:\s+one)?)(?:[\s,;.!-]+(?:don['’]?t|do\s+not|dont)\s+(?:save|remember|keep|store)\s+(?:that|this|it)(?:\s+one)?)?(?:\s+(?:please|pls))?[\s.!]*$/iu;

/** A call of the turn before, with what it returned. */
interface DoneCall {
  name: string;
  input: Record<string, unknown>;
  output?: unknown;
}

/** The request that undoes what the turn before kept ("forget my shed code"), or undefined. */
export function undoKept(text: string, calls: readonly DoneCall[]): string | undefined {
  if (!TAKE_BACK.test(text.trim())) return undefined;
  const kept: string[] = [];
  for (const call of calls) {
    // A fact's write says what it kept: its entry, and whether it was created ("kept": it was not).
    const output = call.output as
      | { entry?: { label?: unknown }; created?: unknown; kept?: boolean }
      | undefined;
    const label = output?.entry?.label;
    if (
      output?.kept ||
      typeof output?.created !== 'boolean' ||
      typeof label !== 'string' ||
      kept.includes(label)
    )
      continue;
    kept.push(label);
  }
  if (kept.length === 0) return undefined;
  const named = kept.map((label) => (/^(?:my|our|the)\s|['’]s\s/i.test(label) ? label : `my ${label}`));
  return `forget ${named.slice(0, -1).join(', ')}${named.length > 1 ? ' and ' : ''}${named.at(-1)}`;
}

/** "undo", "oops, undo that", "take it back", "revert that": a request to undo the turn before. */
const UNDO =
  /^(?:(?:oh[\s,]+|no[\s,]+|nah[\s,]+|wait[\s,]+|actually[\s,]+|sorry[\s,]+|ok(?:ay)?[\s,]+|oops[\s,]+|whoops[\s,]+|please\s+|pls\s+)*(?:undo|revert|reverse|roll\s+back|take\s+(?:that|it)\s+back|bring\s+(?:it|that)\s+back|restore\s+(?:it|that))(?:\s+(?:that|this|it|the\s+last\s+one|please))*)[\s.!]*$/iu;

/** A tool that reads or writes remembered facts or notes: "undo" after it is about them, never an app's. */
const MEMORY_TOOL = /^(?:memory|notes)_/;

/**
 * What "undo" after a turn about facts or notes answers, or undefined when `text` is no undo or
 * the turn before was about something else (an app's rollback). A forget is final: its value was
 * erased everywhere fazt kept it, so the answer says plainly it cannot come back and how to keep it
 * again (S28 H6), never "I changed nothing". A turn that kept facts is `undoKept`'s.
 */
export function undoAfterMemory(text: string, calls: readonly DoneCall[]): string | undefined {
  if (!UNDO.test(text.trim()) && !TAKE_BACK.test(text.trim())) return undefined;
  if (!calls.some((call) => MEMORY_TOOL.test(call.name))) return undefined;
  const forgot: string[] = [];
  for (const call of calls) {
    const gone = (call.output as { forgotten?: unknown } | undefined)?.forgotten;
    for (const entry of Array.isArray(gone) ? gone : [gone]) {
      const label = (entry as { label?: unknown } | null | undefined)?.label;
      if (typeof label === 'string' && !forgot.includes(label)) forgot.push(label);
    }
  }
  if (forgot.length > 0) {
    const named = forgot.map((label) => (/^(?:my|our|the)\s|['’]s\s/i.test(label) ? label : `your ${label}`));
    const list = `${named.slice(0, -1).join(', ')}${named.length > 1 ? ' and ' : ''}${named.at(-1)}`;
    return `A forget cannot be undone: ${list} ${forgot.length > 1 ? 'were' : 'was'} erased everywhere I kept ${forgot.length > 1 ? 'them' : 'it'}, so I cannot bring ${forgot.length > 1 ? 'them' : 'it'} back. To keep ${forgot.length > 1 ? 'them' : 'it'} again, say "remember my ${forgot[0]!.replace(/^(?:my|our|the)\s+/i, '')} is …".`;
  }
  if (undoKept(text, calls)) return undefined;
  // "undo" after a lookup or a list: nothing was changed, so there is nothing to undo.
  return UNDO.test(text.trim())
    ? 'There is nothing to undo: the turn before changed no fact or note. Say what you want changed, e.g. "forget my locker" or "change my locker to 21".'
    : undefined;
}
