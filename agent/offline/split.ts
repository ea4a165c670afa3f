import type { AnyTool } from '../../tools/define-tool.js';
import { cleanContent, cleanName } from './values.js';

/** "4312 and my gym locker is 118": a value that carries a second fact. */
const SECOND_FACT = /^(.+?)\s*,?\s+and\s+((?:my|the|our)\s+.+?)\s+(?:is|are)\s+(.+)$/i;

/**
 * Splits "remember that my bike lock code is 4312 and my gym locker is 118" into one call per
 * fact. Only a second "my/the … is …" clause splits, so "less is more" stays one value.
 */
export function splitFacts(
  tool: AnyTool,
  input: Record<string, unknown>,
): { tool: AnyTool; input: Record<string, unknown> }[] {
  const steps: { tool: AnyTool; input: Record<string, unknown> }[] = [];
  let key = input.key;
  let value = input.value;
  for (let round = 0; round < 10 && typeof value === 'string'; round++) {
    const match = SECOND_FACT.exec(value);
    if (!match) break;
    steps.push({ tool, input: { key, value: cleanContent(match[1]!) } });
    key = cleanName(match[2]!);
    value = cleanContent(match[3]!);
  }
  steps.push({ tool, input: { key, value } });
  return steps.every((step) => tool.input.safeParse(step.input).success) ? steps : [{ tool, input }];
}
