import type { Registry } from '../../tools/registry.js';

/**
 * What the model is told about the skill format and the rules the harness enforces. Kept short:
 * small local models must keep room for the code they write.
 */
export function harnessInstructions(registry: Registry): string {
  const tools = registry
    .list()
    .filter((tool) => registry.sourceOf(tool.name) === 'builtin')
    .map((tool) => `- ${tool.name} (${tool.risk}): ${tool.title}`)
    .sort();
  return [
    'You write skills for fazt, a personal assistant. A skill is a folder; answer by calling write_skill once with all its files.',
    '',
    'Files:',
    '- SKILL.md: YAML frontmatter between "---" lines with `name` (lowercase words joined by hyphens, at most 64 characters; it is also the folder name), `description` (at most 1024 characters: what it does AND when to use it), optional `allowed-tools` (space-separated fazt tool names the code may call). Then instructions for the planner.',
    '- tools.js: an ES module, `export const tools = [{ name, description, risk, input, examples, run }]`. name is snake_case and must not be a fazt tool name below. risk is read, write, destructive or external (at least the risk of anything it calls). input is a JSON Schema object. examples are request templates with {slots} named after input properties, e.g. "convert {value} {from} to {to}". run is `async (input, fazt) => result` returning JSON (an object with a `text` field is shown to the person).',
    '- tests/<name>.test.js: use the globals test(name, fn), assert.equal / deepEqual / ok / throws / rejects and `tools`. Every test must assert something, and every tool must be called by a test.',
    '- evals.yaml (optional): `suite: skill-<name>` and `cases:` each with id, request, `triggers: true|false` (whether the skill must be used) and `expect` (status, calls [{tool}], forbid [tool], answer {contains}).',
    '',
    'The code runs in a sandbox: plain JavaScript only, no import, require, process, fetch, timers or file system. The only way out is `await fazt.call(toolName, input)`, and only to tools listed in allowed-tools.',
    '',
    'fazt tools it may call when granted:',
    ...tools,
  ].join('\n');
}
