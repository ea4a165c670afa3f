import type { AnyTool } from '../../tools/define-tool.js';
import { TOOL_HINTS } from './hints.js';

const SAMPLES: Readonly<Record<string, string>> = {
  key: 'bike lock code',
  value: '4312',
  text: 'buy milk',
  query: 'milk',
  id: '3',
  type: 'memory',
};

/** A tool's first example with its slots filled by sample words: `remember that bike lock code is 4312`. */
export function sampleRequest(tool: AnyTool): string {
  const example = tool.examples[0] ?? tool.title.toLowerCase();
  return example.replace(/\{([^}]+)\}/g, (_, slot: string, offset: number) => {
    const sample = SAMPLES[slot] ?? '…';
    const owned = /\b(?:my|the|your|our)\s+$/i.test(example.slice(0, offset));
    return slot === 'key' && !owned ? `my ${sample}` : sample;
  });
}

/** "I can: …" lines for a list of tools. */
export function capabilityList(tools: readonly AnyTool[]): string {
  return tools.map((tool) => `- ${tool.title}: "${sampleRequest(tool)}"`).join('\n');
}

/** The answer when a request is not understood: said plainly, with the closest things fazt can do. */
export function notUnderstood(request: string, closest: readonly AnyTool[]): string {
  const shown = request.length > 80 ? `${request.slice(0, 77)}…` : request;
  return `I didn't understand "${shown}". Without a language model I can only do these kinds of things; the closest are:\n${capabilityList(closest)}\nRun \`fazt tools\` for everything.`;
}

/** The answer for an empty request. */
export function emptyRequest(closest: readonly AnyTool[]): string {
  return `You didn't ask anything. I can, for example:\n${capabilityList(closest)}`;
}

/** What a destructive call would do, and how to let it happen. */
export function approvalNeeded(tool: AnyTool, input: Record<string, unknown>): string {
  const preview =
    TOOL_HINTS[tool.name]?.preview?.(input) ?? `${tool.title.toLowerCase()} (${JSON.stringify(input)})`;
  return `This would ${preview}, which cannot be undone, so I did not do it. To go ahead, run the request again with --yes.`;
}
