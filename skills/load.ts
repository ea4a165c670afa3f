import { z } from 'zod';
import type { Caller } from '../cartridge/audit.js';
import { FaztError } from '../cartridge/errors.js';
import type { Cartridge } from '../cartridge/open.js';
import { type Capability, defineCapability } from '../tools/capability.js';
import { type AnyTool, defineTool, type Risk } from '../tools/define-tool.js';
import { type Executor, toolRefusal } from '../tools/executor.js';
import type { Registry } from '../tools/registry.js';
import { createSkillStore, type SkillFiles, type SkillVersionInfo } from '../tools/skills/store.js';
import { codeFiles, sentence } from './files.js';
import { inputSchema } from './input-schema.js';
import { type CallHandler, type Sandbox, sharedSandbox } from './sandbox/host.js';

/** A skill tool's failure inside the sandbox (limits, a throw, a refused grant). */
export class SkillRunError extends FaztError {
  constructor(message: string, code: string) {
    super(message, { code });
    this.name = 'SkillRunError';
  }
}

export interface SkillDeps {
  cartridge: Cartridge;
  /** The executor `fazt.call` goes through (read when a call happens, so it may be made later). */
  executor: () => Executor;
  sandbox?: () => Sandbox;
}

/** The caller a skill's `fazt.call`s are audited under: kind `skill`, id `<name>@<version>`. */
export const skillCaller = (info: Pick<SkillVersionInfo, 'name' | 'version'>): Caller => ({
  kind: 'skill',
  id: `${info.name}@${info.version}`,
});

const RANK: Record<Risk, number> = { read: 0, write: 1, external: 2, destructive: 3 };

/** The riskiest of a skill's tools: what its tests may reach. */
export const highestRisk = (tools: readonly { risk: Risk }[]): Risk =>
  tools.reduce<Risk>((worst, tool) => (RANK[tool.risk] > RANK[worst] ? tool.risk : worst), 'read');

/**
 * The `fazt.call` handler for one skill version: only tools in its allowed-tools, and none riskier
 * than the running tool declares itself (a `read` tool cannot reach a write), each through the
 * executor (validation, approval policy, audit as `skill <name>@<version>`).
 *
 * Consent for a granted destructive tool: the running skill tool must itself be destructive (the
 * rank rule), so the executor asked the person before it ran. Their approval of that call
 * (`running.approved`: `--yes`, a yes in the chat) carries to its `fazt.call`s of destructive
 * tools only when this version's grants were shown to them at install (`info.grantsShown`: `fazt
 * skill import` / `new` / `improve` printed them and the person said yes). Otherwise the call
 * answers `needs_approval`, naming the tool and the skill, and nothing runs.
 */
export function grantedCalls(
  info: SkillVersionInfo,
  executor: () => Executor,
  running: { risk: Risk; tool?: string; signal?: AbortSignal; approved?: boolean },
): CallHandler {
  const allowed = new Set(info.manifest.allowedTools);
  const { signal } = running;
  const skill = `skill ${info.name}@${info.version}`;
  const from = running.tool ?? skill;
  return async (tool, input) => {
    if (!allowed.has(tool)) {
      const grants = info.manifest.allowedTools.join(', ') || 'nothing';
      return {
        ok: false,
        error: {
          code: 'denied',
          message: `skill ${info.name}@${info.version} may not call ${tool}: its allowed-tools grant only ${grants}.`,
        },
      };
    }
    const target = executor().registry.get(tool);
    if (target && RANK[target.risk] > RANK[running.risk]) {
      return {
        ok: false,
        error: {
          code: 'denied',
          message: `${running.tool ?? `skill ${info.name}`} is declared ${running.risk}, so it may not call ${tool} (${target.risk}); declare its risk as ${target.risk} to allow it.`,
        },
      };
    }
    const destructive = target?.risk === 'destructive';
    if (destructive && !running.approved) {
      return {
        ok: false,
        error: {
          code: 'needs_approval',
          message: `${skill} wants to call ${tool}, which is destructive and needs your approval. Nothing was changed; approve ${from} (for example with --yes) to let it.`,
        },
      };
    }
    if (destructive && !info.grantsShown) {
      return {
        ok: false,
        error: {
          code: 'needs_approval',
          message: `${skill} wants to call ${tool}, which is destructive, but this version was installed without showing you its grants (origin ${info.origin}), so your approval of ${from} does not carry to ${tool}. Nothing was changed; import it with \`fazt skill import\` to review its grants.`,
        },
      };
    }
    const result = await executor().execute(tool, input, {
      caller: skillCaller(info),
      ...(destructive ? { approved: true } : {}),
      ...(signal ? { signal } : {}),
    });
    return result.ok
      ? { ok: true, output: result.output }
      : { ok: false, error: { code: result.error.code, message: result.error.message } };
  };
}

/**
 * One line for a value a skill returned: its `text` or `answer` field, a string, or JSON; "Done."
 * for nothing (a tool that returns undefined comes back as null, which would print as "null").
 */
export function describeValue(output: unknown): string {
  if (output === null || output === undefined || output === '') return 'Done.';
  if (typeof output === 'string') return output;
  if (output && typeof output === 'object') {
    const { text, answer } = output as { text?: unknown; answer?: unknown };
    if (typeof text === 'string') return text;
    if (typeof answer === 'string') return answer;
  }
  return JSON.stringify(output);
}

/**
 * One skill version as a capability `skill:<name>`: its tools validate input with their JSON
 * Schemas (converted to zod), and run in the sandbox, which starts only when a tool is called.
 * The files are read from the cartridge on the first call.
 */
export function skillCapability(info: SkillVersionInfo, deps: SkillDeps): Capability {
  let files: SkillFiles | undefined;
  const sandbox = deps.sandbox ?? sharedSandbox;
  const tools: AnyTool[] = info.tools.map((spec) =>
    defineTool({
      name: spec.name,
      title: `${spec.name.replaceAll('_', ' ')} (skill ${info.name})`,
      description: spec.description,
      risk: spec.risk,
      input: inputSchema(spec.input),
      // Any JSON (the sandbox gives back only JSON). Not z.json(): its recursive JSON Schema
      // made MCP clients reject structured results (found by test/e2e/skills-cli.test.ts).
      output: z.unknown(),
      examples: spec.examples,
      // fazt.call goes through the executor, which takes the write lock itself.
      transactional: false,
      async run(input, context) {
        files ??= codeFiles(createSkillStore(deps.cartridge).files(info.name, info.version));
        const granted = grantedCalls(info, deps.executor, {
          risk: spec.risk,
          tool: spec.name,
          signal: context.signal,
          approved: context.approved === true,
        });
        // A refusal is final: once a fazt.call is refused for its grant or for consent
        // (denied / needs_approval), every later call is refused too and the skill call ends with
        // that refusal, whatever the skill's code does with it (a try/catch cannot turn it into
        // success).
        let refused: { code: 'denied' | 'needs_approval'; message: string } | undefined;
        const onCall: CallHandler = async (tool, callInput) => {
          if (refused) return { ok: false, error: refused };
          const reply = await granted(tool, callInput);
          if (!reply.ok && (reply.error.code === 'denied' || reply.error.code === 'needs_approval')) {
            refused = { code: reply.error.code, message: reply.error.message };
          }
          return reply;
        };
        const result = await sandbox().run({ kind: 'tool', files, tool: spec.name, input }, onCall);
        if (refused) throw toolRefusal(refused);
        if (!result.ok) {
          throw new SkillRunError(
            sentence(`skill ${info.name}@${info.version}: ${result.error.message}`),
            `skill_${result.error.code}`,
          );
        }
        return result.value;
      },
      describe: (output) => describeValue(output),
    }),
  );
  return defineCapability({
    id: `skill:${info.name}`,
    title: info.name,
    source: `skill:${info.name}@${info.version}`,
    tools,
    instructions: info.manifest.description,
    ...(info.manifest.body ? { details: info.manifest.body } : {}),
  });
}

/**
 * Adds every enabled skill to the registry as its own capability. Cheap: one query when the
 * cartridge never had a skill, and no sandbox until a skill tool runs. A skill that can no longer
 * load (its name now taken by a built-in tool) is skipped and reported, never fatal.
 */
export function loadSkills(registry: Registry, deps: SkillDeps): { loaded: string[]; problems: string[] } {
  const loaded: string[] = [];
  const problems: string[] = [];
  for (const info of createSkillStore(deps.cartridge).enabled()) {
    try {
      const capability = skillCapability(info, deps);
      registry.removeCapability(capability.id);
      registry.addCapability(capability);
      loaded.push(`${info.name}@${info.version}`);
    } catch (error) {
      problems.push(`skill ${info.name}@${info.version} was not loaded: ${(error as Error).message}`);
    }
  }
  return { loaded, problems };
}

/** Replaces a skill's capability in a registry with its current enabled version (or removes it). */
export function reloadSkill(registry: Registry, name: string, deps: SkillDeps): void {
  registry.removeCapability(`skill:${name}`);
  const info = createSkillStore(deps.cartridge)
    .enabled()
    .find((entry) => entry.name === name);
  if (info) registry.addCapability(skillCapability(info, deps));
}

/**
 * Brings a long-lived registry (the chat's, a server's) up to date with the cartridge: a skill
 * imported, improved, rolled back, enabled, disabled or removed by another process since it
 * was loaded is swapped in or out. One query when nothing changed; a capability is replaced only
 * when its version differs. Returns what changed (`name@version` added, `name` removed) and
 * problems, never throws.
 */
export function syncSkills(
  registry: Registry,
  deps: SkillDeps,
): { added: string[]; removed: string[]; problems: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  const problems: string[] = [];
  let enabled: SkillVersionInfo[];
  try {
    enabled = createSkillStore(deps.cartridge).enabled();
  } catch (error) {
    return { added, removed, problems: [`skills could not be read: ${(error as Error).message}`] };
  }
  const wanted = new Map(enabled.map((info) => [`skill:${info.name}`, info]));
  for (const capability of registry.capabilities()) {
    if (capability.id.startsWith('skill:') && !wanted.has(capability.id)) {
      registry.removeCapability(capability.id);
      removed.push(capability.id.slice('skill:'.length));
    }
  }
  for (const [id, info] of wanted) {
    const source = `skill:${info.name}@${info.version}`;
    if (registry.capabilities().some((capability) => capability.id === id && capability.source === source))
      continue;
    try {
      const capability = skillCapability(info, deps);
      registry.removeCapability(id);
      registry.addCapability(capability);
      added.push(`${info.name}@${info.version}`);
    } catch (error) {
      problems.push(`skill ${info.name}@${info.version} was not loaded: ${(error as Error).message}`);
    }
  }
  return { added, removed, problems };
}
