/** The oldest Node.js major version fazt runs on (`engines.node` in package.json). */
export const MIN_NODE_MAJOR = 22;

/** A message saying the running Node.js is too old and what to do, or undefined when it is fine. */
export function unsupportedNode(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (Number.isNaN(major) || major >= MIN_NODE_MAJOR) return undefined;
  return (
    `Node.js ${MIN_NODE_MAJOR} or newer is needed, and this is ${version}. Install a newer Node.js, ` +
    'or run fazt with `npx fazt …` inside its folder, which uses the Node 24 it pins.'
  );
}
