/** A tool call that was not run because it needs the person's consent. */
export interface PendingApproval {
  name: string;
  title: string;
  input: unknown;
}

function inputText(input: unknown): string {
  const json = JSON.stringify(input ?? {});
  return json.length > 120 ? `${json.slice(0, 119)}…` : json;
}

/**
 * What the answer says when a step needed approval: what would have happened, that nothing
 * changed, and how to approve. Shared by every planner so the wording is the same everywhere.
 */
export function approvalNote(pending: readonly PendingApproval[]): string {
  const steps = pending.map((call) => `${call.title.toLowerCase()} (${call.name} ${inputText(call.input)})`);
  const what = steps.length === 1 ? steps[0]! : `${steps.slice(0, -1).join(', ')} and ${steps.at(-1)}`;
  return (
    `Not done yet: I would ${what}, which cannot be undone, so it needs your approval. ` +
    'Nothing was changed. To go ahead, ask again with --yes.'
  );
}
