/** A tool call a model wrote as text instead of through the tool-calling channel. */
export interface TextToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const OPENERS = ['{', '[', '```', '<tool_call>'];

/** Whether text (trimmed at the start) could be the beginning of a tool call written as text. */
const couldBeCall = (start: string) =>
  OPENERS.some((opener) => start.startsWith(opener) || opener.startsWith(start));

function candidates(text: string): unknown[] | undefined {
  const tagged = [...text.matchAll(/<tool_call>([\s\S]*?)(?:<\/tool_call>|$)/g)].map((match) =>
    match[1]!.trim(),
  );
  const bodies = tagged.length
    ? tagged
    : [
        text
          .trim()
          .replace(/^```(?:json)?\s*/i, '')
          .replace(/\s*```$/, ''),
      ];
  const values: unknown[] = [];
  for (const body of bodies) {
    try {
      const value = JSON.parse(body) as unknown;
      values.push(...(Array.isArray(value) ? value : [value]));
    } catch {
      return undefined;
    }
  }
  return values;
}

/**
 * Reads tool calls from text like `{"name": "memory_recall", "arguments": {"key": "x"}}`,
 * `<tool_call>…</tool_call>` or a JSON code fence, when every item names a known tool.
 * Undefined when the text is anything else, so ordinary answers are never mistaken for calls.
 */
export function parseTextToolCalls(text: string, toolNames: readonly string[]): TextToolCall[] | undefined {
  const values = candidates(text);
  if (!values?.length) return undefined;
  const calls: TextToolCall[] = [];
  for (const value of values) {
    if (!isObject(value) || typeof value.name !== 'string' || !toolNames.includes(value.name))
      return undefined;
    const args = value.arguments ?? value.parameters ?? {};
    const parsed = typeof args === 'string' ? safeParse(args) : args;
    if (!isObject(parsed)) return undefined;
    calls.push({ name: value.name, arguments: parsed });
  }
  return calls;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Holds back streamed text that might be a tool call written as text until the answer ends;
 * passes everything else through at once. Local models under Ollama sometimes answer a tool
 * request this way when their template does not parse the call.
 */
export function createTextToolCallFilter(toolNames: readonly string[]) {
  let held = '';
  let mode: 'undecided' | 'text' | 'holding' = toolNames.length ? 'undecided' : 'text';
  return {
    /** Returns the text that can be shown now. */
    push(text: string): string {
      if (mode === 'text') return text;
      held += text;
      const start = held.trimStart();
      if (!start) return '';
      if (mode === 'undecided' && !couldBeCall(start)) mode = 'text';
      else if (mode === 'undecided' && OPENERS.some((opener) => start.startsWith(opener))) mode = 'holding';
      if (mode === 'text') {
        const out = held;
        held = '';
        return out;
      }
      return '';
    },
    /** At the end of the answer: the calls found in the held text, or the held text itself. */
    end(): { text: string; calls: TextToolCall[] } {
      const calls = held ? parseTextToolCalls(held, toolNames) : undefined;
      const result = calls ? { text: '', calls } : { text: held, calls: [] };
      held = '';
      return result;
    },
  };
}
