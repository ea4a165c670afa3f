/** What could be read of a line that is not valid JSON (see `readLeadingId`). */
export interface LineStart {
  /** The top-level `"id"` read before the damage: a string or a safe integer; else undefined. */
  id?: string | number;
  /** `truncated`: the line ends inside the message; `trailing`: bytes follow a whole message at `at`. */
  damage?: 'truncated' | 'trailing';
  at?: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/**
 * Reads as much of a JSON-RPC line as is intact, to answer a line that does not parse with the
 * request's own id instead of null (so the client waiting for it is not left waiting, S36). Only
 * members of the top-level object that come before the damage are read, each one whole (a value
 * followed by `,` or `}`), so an id cut short (`"id":12` of `"id":123…`) or one inside `params`
 * is never taken. A number id is taken only when it is a safe integer (what `fazt mcp` accepts);
 * if `"id"` appears twice before the damage, neither is trusted.
 */
export function readLeadingId(line: string): LineStart {
  let i = 0;
  let id: string | number | undefined;
  let ids = 0;
  const space = () => {
    while (i < line.length && ' \t\r\n'.includes(line[i] as string)) i += 1;
  };
  const end = (): LineStart => ({
    ...(ids === 1 && id !== undefined ? { id } : {}),
    ...(i >= line.length ? { damage: 'truncated' as const } : {}),
  });
  /** Skips a string starting at i; false when it does not end (or holds a raw control character). */
  const string = (): boolean => {
    if (line[i] !== '"') return false;
    for (i += 1; i < line.length; i += 1) {
      const char = line.charCodeAt(i);
      if (char === 0x22) {
        i += 1;
        return true;
      }
      if (char < 0x20) return false;
      if (char === 0x5c) i += 1;
    }
    return false;
  };
  /** Skips an object or array by its brackets, strings respected; false when it does not close. */
  const nested = (): boolean => {
    let depth = 0;
    while (i < line.length) {
      const char = line[i];
      if (char === '"') {
        if (!string()) return false;
        continue;
      }
      if (char === '{' || char === '[') depth += 1;
      else if (char === '}' || char === ']') depth -= 1;
      i += 1;
      if (depth === 0) return true;
    }
    return false;
  };
  const value = (): boolean => {
    const char = line[i];
    if (char === '"') return string();
    if (char === '{' || char === '[') return nested();
    for (const pattern of [NUMBER, LITERAL]) {
      pattern.lastIndex = i;
      if (pattern.test(line)) {
        i = pattern.lastIndex;
        return true;
      }
    }
    return false;
  };

  const parsed = (token: string): unknown => {
    try {
      return JSON.parse(token);
    } catch {
      return undefined;
    }
  };

  space();
  if (line[i] !== '{') return end();
  i += 1;
  space();
  if (line[i] === '}') i += 1;
  else {
    for (;;) {
      const keyStart = i;
      if (!string()) return end();
      const key = line.slice(keyStart, i);
      space();
      if (line[i] !== ':') return end();
      i += 1;
      space();
      const valueStart = i;
      if (!value()) return end();
      const token = line.slice(valueStart, i);
      space();
      const next = line[i];
      if (next !== ',' && next !== '}') return end();
      if (key === '"id"') {
        ids += 1;
        const read = parsed(token);
        id = typeof read === 'string' || Number.isSafeInteger(read) ? (read as string | number) : undefined;
      }
      i += 1;
      if (next === '}') break;
      space();
    }
  }
  space();
  return {
    ...(ids === 1 && id !== undefined ? { id } : {}),
    ...(i < line.length ? { damage: 'trailing' as const, at: i } : {}),
  };
}
