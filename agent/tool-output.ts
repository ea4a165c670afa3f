import type { ToolResult } from '../tools/tool-result.js';

/** A JSON value, as tool results are sent to models and stored in conversations. */
export type JsonValue = null | string | number | boolean | JsonValue[] | { [key: string]: JsonValue };

/** Characters of a tool's structured output a model sees; past this it gets a cut version. */
export const MAX_OUTPUT_CHARS = 4_000;

function jsonValue(value: unknown): JsonValue {
  return (value === undefined ? null : JSON.parse(JSON.stringify(value))) as JsonValue;
}

/** What the model reads back from a tool: the plain-language summary, the data, or the error. */
export function modelOutput(result: ToolResult): { type: 'json' | 'error-json'; value: JsonValue } {
  if (!result.ok) {
    const { code, message, issues, suggestions } = result.error;
    return {
      type: 'error-json',
      value: jsonValue({
        ok: false,
        code,
        message,
        ...(issues ? { issues } : {}),
        ...(suggestions ? { suggestions } : {}),
      }),
    };
  }
  const json = JSON.stringify(result.output ?? null);
  const output =
    json.length <= MAX_OUTPUT_CHARS
      ? jsonValue(result.output)
      : `${json.slice(0, MAX_OUTPUT_CHARS)}… (cut: ${json.length} characters in all; ask for fewer items)`;
  return { type: 'json', value: { ok: true, summary: result.text, output } };
}
