/**
 * Value matchers for eval expectations. A plain value must equal (objects: the listed fields
 * must match, others are ignored); an object whose keys start with `$` is a matcher:
 *
 * - `$like: "bike lock code"`: same words, ignoring case, punctuation and a leading my/the
 * - `$contains: "milk"`: case-insensitive substring (of a string, or of an array's items)
 * - `$matches: "^buy"`: a regular expression, case-insensitive
 * - `$equals: …`: exactly this value, objects compared whole
 * - `$oneOf: [a, b]`: any of these matchers
 * - `$absent: true`: the field is missing (or undefined)
 * - `$length: 2`: an array's or a string's length (itself a matcher: `{ $gte: 1 }`)
 * - `$gte` / `$lte`: numeric bounds
 * - `$some: matcher`: at least one array item matches
 * - `$not: matcher`: the value does not match
 */

export const MATCHER_KEYS = [
  '$like',
  '$contains',
  '$matches',
  '$equals',
  '$oneOf',
  '$absent',
  '$length',
  '$gte',
  '$lte',
  '$some',
  '$not',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMatcher = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => key.startsWith('$'));

/** The comparison form for `$like`: lowercase words, punctuation and a leading my/the/a dropped. */
export function likeForm(value: unknown): string {
  const words = String(value)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 1 && ['my', 'the', 'a', 'an', 'our', 'your'].includes(words[0]!)) words.shift();
  return words.join(' ');
}

const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

function deepEqual(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => deepEqual(item, right[index]));
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => deepEqual(left[key], right[key]));
  }
  return false;
}

/** Checks every problem in a matcher's own shape (unknown `$` keys, bad regexes); [] when sound. */
export function matcherProblems(expected: unknown, path = ''): string[] {
  if (Array.isArray(expected))
    return expected.flatMap((item, index) => matcherProblems(item, `${path}[${index}]`));
  if (!isRecord(expected)) return [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    const at = path ? `${path}.${key}` : key;
    if (key.startsWith('$')) {
      if (!(MATCHER_KEYS as readonly string[]).includes(key)) {
        problems.push(`${at}: unknown matcher (use one of ${MATCHER_KEYS.join(', ')})`);
      } else if (key === '$matches') {
        try {
          new RegExp(String(value), 'iu');
        } catch (error) {
          problems.push(`${at}: not a valid regular expression (${(error as Error).message})`);
        }
      } else if (key === '$oneOf' && !Array.isArray(value)) {
        problems.push(`${at}: must be a list of matchers`);
      } else if ((key === '$gte' || key === '$lte') && typeof value !== 'number') {
        problems.push(`${at}: must be a number`);
      }
      if (key !== '$equals') problems.push(...matcherProblems(value, at));
    } else {
      problems.push(...matcherProblems(value, at));
    }
  }
  if (Object.keys(expected).some((key) => key.startsWith('$')) && !isMatcher(expected)) {
    problems.push(`${path || 'value'}: mixes $matchers with plain fields; nest the fields instead`);
  }
  return problems;
}

/**
 * Why `actual` does not match `expected`, or undefined when it does. `path` names the place in
 * the message ("input.key: expected like "bike lock code", got "car"").
 */
export function mismatch(expected: unknown, actual: unknown, path = 'value'): string | undefined {
  if (isMatcher(expected)) {
    for (const [key, operand] of Object.entries(expected)) {
      const problem = applyMatcher(key, operand, actual, path);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return `${path}: expected an object, got ${show(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      const problem = mismatch(value, actual[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected a list, got ${show(actual)}`;
    if (actual.length !== expected.length) {
      return `${path}: expected ${expected.length} item(s), got ${actual.length}`;
    }
    for (const [index, item] of expected.entries()) {
      const problem = mismatch(item, actual[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  return deepEqual(expected, actual) ? undefined : `${path}: expected ${show(expected)}, got ${show(actual)}`;
}

function applyMatcher(key: string, operand: unknown, actual: unknown, path: string): string | undefined {
  switch (key) {
    case '$like':
      return actual !== undefined && likeForm(actual) === likeForm(operand)
        ? undefined
        : `${path}: expected like ${show(operand)}, got ${show(actual)}`;
    case '$contains': {
      const needle = String(operand).toLowerCase();
      const found = Array.isArray(actual)
        ? actual.some((item) => String(item).toLowerCase().includes(needle))
        : actual !== undefined && actual !== null && String(actual).toLowerCase().includes(needle);
      return found ? undefined : `${path}: expected to contain ${show(operand)}, got ${show(actual)}`;
    }
    case '$matches':
      return typeof actual === 'string' && new RegExp(String(operand), 'iu').test(actual)
        ? undefined
        : `${path}: expected to match /${String(operand)}/i, got ${show(actual)}`;
    case '$equals':
      return deepEqual(operand, actual)
        ? undefined
        : `${path}: expected exactly ${show(operand)}, got ${show(actual)}`;
    case '$oneOf':
      return (operand as unknown[]).some((option) => mismatch(option, actual, path) === undefined)
        ? undefined
        : `${path}: expected one of ${show(operand)}, got ${show(actual)}`;
    case '$absent':
      return (actual === undefined) === Boolean(operand)
        ? undefined
        : `${path}: expected ${operand ? 'no value' : 'a value'}, got ${show(actual)}`;
    case '$length': {
      const length = Array.isArray(actual) || typeof actual === 'string' ? actual.length : undefined;
      if (length === undefined) return `${path}: expected something with a length, got ${show(actual)}`;
      return mismatch(operand, length, `${path}.length`);
    }
    case '$gte':
      return typeof actual === 'number' && actual >= Number(operand)
        ? undefined
        : `${path}: expected at least ${show(operand)}, got ${show(actual)}`;
    case '$lte':
      return typeof actual === 'number' && actual <= Number(operand)
        ? undefined
        : `${path}: expected at most ${show(operand)}, got ${show(actual)}`;
    case '$some':
      return Array.isArray(actual) && actual.some((item) => mismatch(operand, item) === undefined)
        ? undefined
        : `${path}: expected some item to match ${show(operand)}, got ${show(actual)}`;
    case '$not':
      return mismatch(operand, actual, path) === undefined
        ? `${path}: expected not to match ${show(operand)}, got ${show(actual)}`
        : undefined;
    default:
      return `${path}: unknown matcher ${key}`;
  }
}
