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
 * Converts a skill tool's JSON Schema into the zod object the executor validates with, plus the
 * rule every built-in text field keeps: no control characters (tab and newlines aside) and no
 * broken UTF-16, anywhere in the input.
 */
export function inputSchema(schema: Record<string, unknown>): z.ZodObject<z.ZodRawShape> {
  const converted = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
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
