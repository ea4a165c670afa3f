import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTurn } from '../agent/session.js';
import type { Caller } from '../cartridge/audit.js';
import { createConversationStore } from '../cartridge/conversations.js';
import { errorMessage } from '../cartridge/errors.js';
import { type Cartridge, openCartridge } from '../cartridge/open.js';
import { createDefaultRegistry, createExecutor, type Executor, type Registry } from '../tools/index.js';
import { checkObservation, checkText, type ObservedCall } from './check.js';
import type { LoadedCase } from './load.js';
import { mismatch } from './matchers.js';
import type { PlannerFactory } from './planners.js';

/** The outcome of one case. */
export interface CaseResult {
  /** `suite/id`. */
  id: string;
  request: string;
  passed: boolean;
  /** Why it failed; empty when it passed. */
  failures: string[];
  status: string | undefined;
  answer: string;
  calls: ObservedCall[];
  /** From the request to the planner's last event, in milliseconds. */
  latencyMs: number;
  tokens: { input: number; output: number };
  tags: string[];
  /** With `skillTools`: whether the planner called one of them (tried, even if it failed). */
  triggered?: boolean;
}

/** What runs before the planner in a case's fresh cartridge, and which tools count as a skill. */
export interface CaseOptions {
  timeoutMs?: number;
  /** Adds to the fresh cartridge and registry before setup (installs and loads a skill). */
  prepare?: (runtime: {
    cartridge: Cartridge;
    registry: Registry;
    executor: Executor;
  }) => void | Promise<void>;
  /** Tool names whose use means "the skill triggered"; checked against the case's `triggers`. */
  skillTools?: ReadonlySet<string>;
}

const SETUP_CALLER: Caller = { kind: 'system', id: 'eval' };

/** This process's migrated, empty cartridge, which every case starts from a copy of. */
let template: string | undefined;

/**
 * Opens a fresh cartridge at `path` as a copy of an empty one migrated once per process: a copy
 * and open takes ~3 ms where migrating a new file takes ~10–20 ms, and a run has thousands of
 * cases. The template is closed before it is copied (its WAL checkpointed into the file), so each
 * copy is exactly a new cartridge as `openCartridge` makes it. Opened as `scratch`: it is deleted
 * after the case, so nothing waits on fsync.
 */
function freshCartridge(path: string): Cartridge {
  if (template === undefined) {
    const directory = mkdtempSync(join(tmpdir(), 'fazt-eval-template-'));
    const made = join(directory, 'cartridge.db');
    openCartridge(made, { scratch: true }).close();
    process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
    template = made;
  }
  copyFileSync(template, path);
  return openCartridge(path, { scratch: true });
}
const PERSON: Caller = { kind: 'person', id: 'eval' };

/** Runs one case in a fresh temporary cartridge, which is deleted afterwards. */
export async function runCase(
  item: LoadedCase,
  factory: PlannerFactory,
  options: CaseOptions = {},
): Promise<CaseResult> {
  const directory = mkdtempSync(join(tmpdir(), 'fazt-eval-'));
  const cartridge = freshCartridge(join(directory, 'cartridge.db'));
  const result: CaseResult = {
    id: `${item.suite}/${item.id}`,
    request: item.request,
    passed: false,
    failures: [],
    status: undefined,
    answer: '',
    calls: [],
    latencyMs: 0,
    tokens: { input: 0, output: 0 },
    tags: item.tags,
  };
  try {
    const registry = createDefaultRegistry();
    const executor = createExecutor({ cartridge, registry });
    await options.prepare?.({ cartridge, registry, executor });
    for (const step of item.setup) {
      const setup = await executor.execute(step.tool, step.input, { caller: SETUP_CALLER, approved: true });
      if (!setup.ok) {
        result.failures.push(`setup ${step.tool} failed: ${setup.error.message}`);
        return result;
      }
    }
    const planner = await factory({ cartridge, registry, executor });
    const signal = AbortSignal.timeout(options.timeoutMs ?? 120_000);
    // Earlier turns of the conversation this request follows, stored as `fazt ask` stores them.
    const conversations = createConversationStore(cartridge);
    let conversationId: string | undefined;
    for (const earlier of item.before) {
      const turn = startTurn({
        planner,
        executor,
        conversations,
        text: earlier.request,
        approved: earlier.approved,
        caller: PERSON,
        signal,
        ...(conversationId ? { conversationId } : {}),
      });
      conversationId = turn.conversationId;
      for await (const event of turn.events)
        if (event.type === 'error')
          result.failures.push(`earlier turn "${earlier.request}": ${event.message}`);
    }
    if (result.failures.length) return result;
    const history = conversationId
      ? conversations.messages(conversationId).map(({ role, content }) => ({ role, content }))
      : undefined;
    const started = performance.now();
    let deltas = '';
    try {
      for await (const event of planner.run(
        {
          text: item.request,
          approved: item.approved,
          signal,
          ...(history ? { history, conversationId } : {}),
        },
        { executor, caller: PERSON },
      )) {
        if (event.type === 'text-delta') deltas += event.text;
        else if (event.type === 'tool-call-end') {
          const risk = registry.get(event.name)?.risk;
          result.calls.push({
            tool: event.name,
            input: event.input,
            ok: event.result.ok,
            ...(risk ? { risk } : {}),
            ...(event.result.ok ? {} : { error: event.result.error.code }),
          });
        } else if (event.type === 'finish') {
          result.status = event.status;
          result.answer = event.answer || deltas;
          result.tokens = { input: event.usage.inputTokens, output: event.usage.outputTokens };
        } else if (event.type === 'error') {
          result.status = 'error';
          result.answer = event.message;
        }
      }
    } catch (error) {
      result.failures.push(`planner threw: ${errorMessage(error)}`);
    }
    result.latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
    result.failures.push(...checkObservation(item.expect, result));
    if (options.skillTools) {
      const tools = options.skillTools;
      result.triggered = result.calls.some((call) => tools.has(call.tool));
      if (item.triggers === true && !result.triggered) {
        result.failures.push(
          'the skill should have been used (triggers: true), but none of its tools was called',
        );
      }
      if (item.triggers === false && result.triggered) {
        result.failures.push('the skill was used, but this request must not trigger it (triggers: false)');
      }
    }
    for (const check of item.expect.state ?? []) {
      const state = await executor.execute(check.tool, check.input, { caller: SETUP_CALLER });
      const label = `state ${check.tool} ${JSON.stringify(check.input)}`;
      if (!state.ok) {
        result.failures.push(`${label} failed: ${state.error.message}`);
        continue;
      }
      if (check.output !== undefined) {
        const problem = mismatch(check.output, state.output, 'output');
        if (problem) result.failures.push(`${label}: ${problem}`);
      }
      result.failures.push(...checkText(check.text, state.text, `${label} text`));
    }
    result.passed = result.failures.length === 0;
    return result;
  } catch (error) {
    result.failures.push(`the case could not run: ${errorMessage(error)}`);
    return result;
  } finally {
    cartridge.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
