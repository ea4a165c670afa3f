/**
 * Repairs for the tool calls small models get slightly wrong. Each repair is conservative: it
 * fixes the form (a name spelt `memoryRecall`, arguments with a trailing comma) and never
 * guesses content. What cannot be repaired goes back to the model as an error it can read.
 */

const PREFIX = /^(?:functions?|tools?|fazt)[.:/]/i;

/** The registered tool a model meant by `memoryRecall`, `memory.recall` or `functions.memory_recall`. */
export function repairToolName(name: string, known: readonly string[]): string | undefined {
  const snake = name
    .trim()
    .replace(PREFIX, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return snake !== name && known.includes(snake) ? snake : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Closes strings, objects and arrays a model left open when it stopped mid-way. */
function closeOpen(text: string): string {
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{') stack.push('}');
    else if (char === '[') stack.push(']');
    else if (char === '}' || char === ']') stack.pop();
  }
  return `${text}${inString ? '"' : ''}${stack.reverse().join('')}`;
}

/** Python and JavaScript habits in the text between strings, turned into JSON. */
const bare = (segment: string) =>
  segment
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
    .replace(/\bNone\b/g, 'null')
    .replace(/([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:/g, '$1"$2":')
    .replace(/,(\s*[}\]])/g, '$1');

/** Single-quoted strings, unquoted keys, Python literals and trailing commas as JSON; strings untouched. */
function jsonish(text: string): string {
  let out = '';
  let segment = '';
  let quote: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') {
        out += char + (text[index + 1] ?? '');
        index++;
      } else if (char === quote) {
        out += '"';
        quote = null;
      } else out += char === '"' ? '\\"' : char;
      continue;
    }
    if (char === '"' || char === "'") {
      out += bare(segment);
      segment = '';
      quote = char;
      out += '"';
      continue;
    }
    segment += char;
  }
  return out + bare(segment);
}

/**
 * The arguments object a model meant, from text that is not valid JSON: code fences, a
 * double-encoded string, trailing commas, single quotes, unquoted keys, Python literals, or a
 * cut-off end. Undefined when no object can be recovered.
 */
export function repairToolInput(text: string): Record<string, unknown> | undefined {
  const trimmed = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '')
    .trim();
  if (trimmed === '') return {};
  const direct = parse(trimmed);
  if (isObject(direct)) return direct;
  if (typeof direct === 'string') {
    const inner = parse(direct);
    return isObject(inner) ? inner : undefined;
  }
  for (const candidate of [jsonish(trimmed), closeOpen(jsonish(trimmed))]) {
    const value = parse(candidate);
    if (isObject(value)) return value;
  }
  return undefined;
}
