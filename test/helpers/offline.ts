import { createOfflinePlanner } from '../../agent/offline/index.js';
import type { Planner, PlannerEvent } from '../../agent/planner.js';
import { startTurn } from '../../agent/session.js';
import type { Caller } from '../../cartridge/audit.js';
import { type ConversationMessage, createConversationStore } from '../../cartridge/conversations.js';
import type { Executor } from '../../tools/executor.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import { createNotesStore } from '../../tools/notes/store.js';
import { type TestRuntime, type TestRuntimeOptions, testRuntime } from './runtime.js';

/** The person the offline planner tests speak for. */
export const PERSON: Caller = { kind: 'person', id: 'test' };

type CallEnd = Extract<PlannerEvent, { type: 'tool-call-end' }>;
type Finish = Extract<PlannerEvent, { type: 'finish' }>;
type ApprovalRequest = Extract<PlannerEvent, { type: 'approval-request' }>;

/** One planner run, read: every event, its `finish`, the calls it made (in order) and what it asked consent for. */
export interface OfflineRun {
  events: PlannerEvent[];
  finish: Finish;
  /** `finish.answer`: the offline planner sends the whole answer as one `text-delta` too. */
  answer: string;
  /** The `tool-call-end` events, in the order the calls ended. */
  calls: CallEnd[];
  /** The names of `calls`. */
  names: string[];
  approvals: ApprovalRequest[];
}

/**
 * Runs `planner` on `text` (with consent when `approved`) through `executor` as `caller` and
 * reads the run. Throws when the run does not end with `finish` (the offline planner always does).
 */
export async function askPlanner(
  planner: Planner,
  executor: Executor,
  text: string,
  approved = false,
  caller: Caller = PERSON,
): Promise<OfflineRun> {
  const events: PlannerEvent[] = [];
  for await (const event of planner.run({ text, approved }, { executor, caller })) events.push(event);
  const finish = events.at(-1);
  if (finish?.type !== 'finish')
    throw new Error(`the run did not end with finish: ${JSON.stringify(finish)}`);
  const calls = events.flatMap((event) => (event.type === 'tool-call-end' ? [event] : []));
  return {
    events,
    finish,
    answer: finish.answer,
    calls,
    names: calls.map((call) => call.name),
    approvals: events.flatMap((event) => (event.type === 'approval-request' ? [event] : [])),
  };
}

/** A test runtime with the offline planner over it; see `offlineWorld`. */
export interface OfflineWorld extends TestRuntime {
  planner: Planner;
  /** Runs the planner on `text` as the person, with consent when `approved`. */
  ask(text: string, approved?: boolean): Promise<OfflineRun>;
  /** Every planner event of one run, unread (for runs whose end is itself under test). */
  events(text: string): Promise<PlannerEvent[]>;
  /** Stores `[key, value]` facts through `memory_remember`, with consent. */
  remember(facts: readonly (readonly [string, string])[]): Promise<void>;
  /** The stored facts as `[label, value]` pairs, in the store's list order. */
  facts(): [string, unknown][];
  /** The texts of the newest 50 notes, in the store's list order. */
  notes(): string[];
}

/**
 * `const { ask } = offlineWorld();` inside a test: a fresh cartridge, registry (the built-in
 * capabilities unless `options.capabilities` says) and executor from `testRuntime`, with the
 * offline planner over that registry, acting for `PERSON`. Closed and removed when the test ends.
 */
export function offlineWorld(options: Omit<TestRuntimeOptions, 'caller'> = {}): OfflineWorld {
  const runtime = testRuntime({ ...options, caller: PERSON });
  const { cartridge, executor, registry } = runtime;
  const planner = createOfflinePlanner(registry);
  return {
    ...runtime,
    planner,
    ask: (text, approved = false) => askPlanner(planner, executor, text, approved),
    events: (text) => runtime.run(planner, { text }),
    async remember(facts) {
      for (const [key, value] of facts)
        await executor.execute('memory_remember', { key, value }, { caller: PERSON, approved: true });
    },
    facts: () =>
      createMemoryStore(cartridge)
        .list()
        .map((fact): [string, unknown] => [fact.label, fact.value]),
    notes: () =>
      createNotesStore(cartridge)
        .list({ limit: 50 })
        .map((note) => note.text),
  };
}

/**
 * `const { ask, facts } = await seededWorld([["gate code", "4471"]]);` inside a test: an
 * `offlineWorld` with `seed` facts stored first (with consent). `ask` also gives the run's
 * `status` and the names of the tools it started (`tools`); `facts()` maps label → value.
 */
export async function seededWorld(seed: readonly (readonly [string, string])[] = []) {
  const world = offlineWorld();
  await world.remember(seed);
  return {
    ...world,
    ask: async (text: string, approved = false) => {
      const run = await world.ask(text, approved);
      const tools = run.events.flatMap((event) => (event.type === 'tool-call-start' ? [event.name] : []));
      return { ...run, status: run.finish.status, tools };
    },
    facts: () => Object.fromEntries(world.facts()),
  };
}

/**
 * A stored turn as `fazt ask` keeps it: the request, each call, the answer. A call's result is
 * `{ ok: true, output }` when `output` is given, a held call's `needs_approval` error when `held`,
 * otherwise an empty JSON value.
 */
export function turn(
  request: string,
  calls: { name: string; input: Record<string, unknown>; output?: unknown; held?: boolean }[],
  answer: string,
) {
  const messages: ConversationMessage[] = [{ role: 'user', content: request }];
  calls.forEach(({ name, input, output, held }, index) => {
    messages.push({
      role: 'assistant',
      content: [{ type: 'tool-call', toolCallId: `c${index}`, toolName: name, input }],
    });
    const result = held
      ? { type: 'error-json' as const, value: { ok: false, code: 'needs_approval' } }
      : output !== undefined
        ? { type: 'json' as const, value: { ok: true, output } }
        : { type: 'json' as const, value: {} };
    messages.push({
      role: 'tool',
      content: [{ type: 'tool-result', toolCallId: `c${index}`, toolName: name, output: result }],
    });
  });
  messages.push({ role: 'assistant', content: answer });
  return messages;
}

/**
 * `const { say, facts } = chatWorld();`: an `offlineWorld` whose turns are stored in a real
 * conversation, as `fazt ask -c` stores them. `say(text)` continues the conversation (`c: false`
 * starts a new one; `yes: true` approves, as `--yes`) and resolves to the turn's finish event;
 * `id()` is the conversation's id.
 */
export function chatWorld() {
  const world = offlineWorld();
  const conversations = createConversationStore(world.cartridge);
  let conversationId: string | undefined;
  const say = async (text: string, { c = true, yes = false } = {}) => {
    const turn = startTurn({
      planner: world.planner,
      executor: world.executor,
      conversations,
      text,
      approved: yes,
      caller: PERSON,
      ...(c && conversationId ? { conversationId } : {}),
    });
    conversationId = turn.conversationId;
    let finish: { answer: string; status: string } | undefined;
    for await (const event of turn.events) if (event.type === 'finish') finish = event;
    return finish!;
  };
  const facts = () => Object.fromEntries(world.facts());
  return { ...world, say, facts, conversations, id: () => conversationId! };
}
