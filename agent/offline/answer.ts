import type { AnyTool } from '../../tools/define-tool.js';

/**
 * A tool's first example with its slots filled by the tool's sample words (`offline.samples`):
 * `remember that my bike lock code is 4312`. A slot without a sample shows "…".
 */
export function sampleRequest(tool: AnyTool): string {
  const example = tool.examples[0] ?? tool.title.toLowerCase();
  const samples: Readonly<Record<string, string | undefined>> = tool.offline?.samples ?? {};
  return example.replace(/\{([^}]+)\}/g, (_, slot: string, offset: number) => {
    const sample = samples[slot] ?? '…';
    // "remember that my bike lock code …", but "what is my bike lock code", not "my my …".
    const owned = /\b(?:my|the|your|our)\s+$/i.test(example.slice(0, offset));
    return owned ? sample.replace(/^my\s+/i, '') : sample;
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
  const preview = tool.offline?.preview?.(input) ?? `${tool.title.toLowerCase()} (${JSON.stringify(input)})`;
  const undo = tool.offline?.undo?.(input);
  const why = undo ? ` (undo it with "${undo}")` : ', which cannot be undone';
  return `This would ${preview}${why}, so I did not do it. To go ahead, run the request again with --yes.`;
}

/** "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * One approval request for several destructive calls ("delete note 2 and note 3"): every target
 * is named once, each with how to undo it when it can be undone, so one `--yes` is asked for
 * all of them. A single call is said as `approvalNeeded` says it.
 */
export function approvalsNeeded(calls: readonly { tool: AnyTool; input: Record<string, unknown> }[]): string {
  const [only] = calls;
  if (calls.length === 1 && only) return approvalNeeded(only.tool, only.input);
  const items = calls.map(({ tool, input }) => {
    const preview =
      tool.offline?.preview?.(input) ?? `${tool.title.toLowerCase()} (${JSON.stringify(input)})`;
    const undo = tool.offline?.undo?.(input);
    return { preview, undo };
  });
  const undoable = items.filter((item) => item.undo).length;
  const said =
    undoable === 0
      ? `${listed(items.map((item) => item.preview))}, which cannot be undone`
      : listed(
          items.map((item) =>
            item.undo
              ? `${item.preview} (undo it with "${item.undo}")`
              : `${item.preview} (cannot be undone)`,
          ),
        );
  return `This would ${said}, so I did none of them. To go ahead with all ${calls.length}, run the request again with --yes.`;
}
