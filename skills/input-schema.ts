import { RE2JS } from 're2js';
import { z } from 'zod';

/** C0 controls other than tab, newline and carriage return; DEL; lone UTF-16 surrogates. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first string in `value` holding an unsafe character, with its path. */
function unsafeString(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; code: string } | undefined {
  if (typeof value === 'string') {
    const found = UNSAFE.exec(value);
    return found
      ? { path, code: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` }
      : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = unsafeString(item, [...path, index]);
      if (problem) return problem;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = unsafeString(item, [...path, key]);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * A JSON Schema `pattern` (ECMA-262 syntax) compiled by RE2JS, the pure-JS port of RE2, which
 * matches in time linear in the input (https://github.com/le0pard/re2js): a skill's pattern such
 * as `(a+)+$` cannot hang fazt by catastrophic backtracking. It offers what zod reads of a RegExp
 * (`test`, `lastIndex`, `source`, `flags`, `toString`). Throws RE2JSSyntaxException when RE2
 * cannot compile it (backreferences, lookarounds).
 */
function linearRegExp(source: string): RegExp {
  const compiled = RE2JS.compile(RE2JS.translateRegExp(source));
  const adapter = {
    source,
    flags: 'u',
    global: false,
    sticky: false,
    lastIndex: 0,
    test: (text: string) => compiled.matcher(String(text)).find(),
    exec: () => {
      throw new Error('a skill schema pattern is only tested, never executed');
    },
    toString: () => `/${source}/u`,
  };
  return adapter as unknown as RegExp;
}

/** Keywords of a JSON Schema that hold one schema, a list of them, or a name → schema map. */
const ONE = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];
const MANY = ['anyOf', 'allOf', 'oneOf', 'prefixItems', 'items'];
const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

/**
 * Refuses what a skill's schema must not hold, naming where: a `pattern` or `patternProperties`
 * key RE2 cannot compile, and a property name with a control character or broken text.
 * Throws Error("<path>: …").
 */
function checkSchema(schema: unknown, path: string): void {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  const node = schema as Record<string, unknown>;
  const compiles = (pattern: string, where: string) => {
    try {
      linearRegExp(pattern);
    } catch (error) {
      throw new Error(
        `${where}: the pattern ${JSON.stringify(pattern)} cannot be checked in linear time (${error instanceof Error ? error.message : String(error)}); write it without backreferences or lookarounds`,
      );
    }
  };
  if (typeof node.pattern === 'string') compiles(node.pattern, `${path}.pattern`);
  for (const key of MAP) {
    const map = node[key];
    if (!map || typeof map !== 'object' || Array.isArray(map)) continue;
    for (const [name, child] of Object.entries(map)) {
      const at = `${path}.${key}[${JSON.stringify(name)}]`;
      if (key === 'patternProperties') compiles(name, at);
      if (key === 'properties') {
        const found = UNSAFE.exec(name);
        if (found) {
          throw new Error(
            `${at}: the property name holds the control character U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (or broken text); rename it`,
          );
        }
      }
      checkSchema(child, at);
    }
  }
  for (const key of ONE) if (!Array.isArray(node[key])) checkSchema(node[key], `${path}.${key}`);
  for (const key of MANY) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    for (const [index, child] of list.entries()) checkSchema(child, `${path}.${key}[${index}]`);
  }
}

/**
 * zod's fromJSONSchema builds every `pattern` (and `patternProperties` key) with `new RegExp`,
 * V8's backtracking engine. While it converts a skill's schema, `RegExp` is RE2JS instead, so
 * the patterns it keeps (in checks and in closures alike) match in linear time. Synchronous, so
 * nothing else runs while the global is swapped.
 */
const linearRegExpConstructor = function linearRegExpConstructor(source: string | RegExp) {
  return linearRegExp(typeof source === 'string' ? source : source.source);
} as unknown as RegExpConstructor;

function withLinearRegExp<T>(convert: () => T): T {
  const original = globalThis.RegExp;
  globalThis.RegExp = linearRegExpConstructor;
  try {
    return convert();
  } finally {
    globalThis.RegExp = original;
  }
}

/**
 * Converts a skill tool's JSON Schema into the zod object the executor validates with, plus the
 * rule every built-in text field keeps: no control characters (tab and newlines aside) and no
 * broken UTF-16, anywhere in the input. Its patterns run on RE2 (linear time); a pattern RE2
 * cannot compile, or a property name with a control character, throws Error naming the field.
 */
export function inputSchema(schema: Record<string, unknown>): z.ZodObject<z.ZodRawShape> {
  checkSchema(schema, 'input');
  const converted = withLinearRegExp(() =>
    z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]),
  );
  if (!(converted instanceof z.ZodObject)) throw new Error('the schema does not describe an object');
  return (converted as z.ZodObject<z.ZodRawShape>).superRefine((value, context) => {
    const problem = unsafeString(value);
    if (problem) {
      context.addIssue({
        code: 'custom',
        path: problem.path,
        message: `contains the control character ${problem.code} (or broken text); remove it`,
      });
    }
  });
}
