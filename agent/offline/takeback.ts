/**
 * "scratch that", "undo that", "never mind, don't save that" right after a turn that kept facts:
 * what that turn kept is still kept, so the take-back is read as forgetting it, which asks for
 * consent before anything goes (S26 M3). Undefined when the turn before kept nothing, or the
 * request is no take-back; acks.ts then says that nothing was kept.
 */

/** A take-back of the turn just before, or "undo" ("undo that", "undo it", "undo"). */
const TAKE_BACK =
  /^(?:(?:oh\s+|no\s+|nah\s+|wait\s+|actually\s+|sorry\s+|ok(?:ay)?\s+|oops[\s,]+)*(?:never\s*mind|nvm|cancel(?:\s+(?:that|this|it))?|scratch\s+that|undo(?:\s+(?:that|this|it|the\s+last\s+one))?|take\s+(?:that|it)\s+back|ignore\s+(?:that|this|it)|disregard\s+(?:that|this|it)|forget\s+i\s+said\s+(?:that|anything)|don['’]?t\s+(?:save|remember|keep|store)\s+(?:that|this|it))(?:[\s,;.!-]+(?:don['’]?t|do\s+not)\s+(?:save|remember|keep|store)\s+(?:that|this|it))?)[\s.!]*$/iu;

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
