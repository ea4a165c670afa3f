/**
 * A line listing people by name (S21 HIGH 3): "Present: Ana Silva, Bo Chen, Carl Dunn" answers "how
 * many people attended?" though it states no number — the names are the count. Minutes, sign-up
 * sheets and guest lists write attendance so.
 */

/** A person's name: one to four capitalised words ("Ana Silva", "Dr Haas", "Greta"). */
const NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * The names a label line lists ("Present: Ana Silva, Bo Chen and Dita Ek" → three), or an empty
 * list when its value is not a list of at least two names (then it is no count of people).
 */
export function listedPeople(text: string): string[] {
  const value = /^\s*[\p{L}][\p{L} ]{0,30}:\s*(.+?)\s*\.?\s*$/u.exec(text)?.[1];
  if (!value) return [];
  const names = value
    .split(/\s*(?:,|;|\band\b|&)\s*/u)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length >= 2 && names.every((name) => NAME.test(name)) ? names : [];
}
