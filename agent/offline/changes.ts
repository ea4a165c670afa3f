/**
 * A value said with the one it replaces (issue 7, m12): "my old PIN was 1234 and my new one is
 * 9999", "my old PIN was 1234, my new PIN is 9999", "my PIN changed from 1234 to 9999", "my PIN is
 * now 9999 (it was 1234)". Each is the fact's new value, said as an update ("remember my PIN is
 * 9999"), never a fact named "old PIN was 1234 and my new one" nor a value holding the old one.
 */

/** A changed fact: its key, the value it had (as said) and the value it has now. */
export interface Change {
  key: string;
  was: string;
  now: string;
}

/** A key of one to four words: no verb, no joining word. */
const KEY = String.raw`((?:(?!(?:is|are|was|were|and|or|to|from|now|changed)\b)[\p{L}\p{N}\p{M}'’#+._-]+\s+){0,3}(?!(?:is|are|was|were|and|or|to|from|now|changed)\b)[\p{L}\p{N}\p{M}'’#+._-]+)`;

/** A value: anything but a joint ("and", ",", ";"). */
const VALUE = String.raw`([^\s,;]+(?:\s+(?!(?:and|but)\b)[^\s,;]+){0,5}?)`;

const OLD_NEW = new RegExp(
  String.raw`^(?:(?:please\s+)?(?:remember|note)\s+(?:that\s+)?)?(?:my|our|the)\s+(?:old|previous|former)\s+${KEY}\s+(?:was|used\s+to\s+be)\s+${VALUE}\s*(?:,\s*|;\s*|\s+)(?:and|but)?\s*(?:my|our|the)\s+new\s+(?:one|${KEY})\s+is\s+(\S.*?)\s*[.!]*$`,
  'iu',
);

const CHANGED = new RegExp(
  String.raw`^(?:(?:please\s+)?(?:remember|note)\s+(?:that\s+)?)?(?:my|our|the)\s+${KEY}\s+(?:has\s+)?(?:changed|went|moved|switched)\s+from\s+${VALUE}\s+to\s+(\S.*?)\s*[.!]*$`,
  'iu',
);

const NOW_WAS = new RegExp(
  String.raw`^(?:(?:please\s+)?(?:remember|note)\s+(?:that\s+)?)?(?:my|our|the)\s+${KEY}\s+is\s+now\s+(\S.*?)\s*[,;]?\s*\((?:it\s+)?(?:was|used\s+to\s+be|previously|formerly|before:?)\s+(\S[^)]*?)\)\s*[.!]*$`,
  'iu',
);

/** The change `text` says, or undefined when it says none of these. */
export function changedValue(text: string): Change | undefined {
  const said = text.trim();
  const oldNew = OLD_NEW.exec(said);
  if (oldNew) {
    const [, key, was, newKey, now] = oldNew;
    // "my old PIN was 1 and my new bike is 2": two facts, not one changed.
    if (newKey && newKey.toLowerCase() !== key!.toLowerCase()) return undefined;
    return { key: key!, was: was!, now: now! };
  }
  const changed = CHANGED.exec(said);
  if (changed) return { key: changed[1]!, was: changed[2]!, now: changed[3]! };
  const nowWas = NOW_WAS.exec(said);
  if (nowWas) return { key: nowWas[1]!, was: nowWas[3]!, now: nowWas[2]! };
  return undefined;
}
