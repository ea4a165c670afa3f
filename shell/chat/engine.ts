import { connect } from 'node:net';
import { createPlanner } from '../../agent/create-planner.js';
import { parseModelSpec } from '../../agent/model-spec.js';
import type { Planner, PlannerEvent, PlanStatus } from '../../agent/planner.js';
import { startTurn } from '../../agent/session.js';
import {
  type Conversation,
  type ConversationStore,
  createConversationStore,
  type StoredMessage,
} from '../../cartridge/conversations.js';
import { errorMessage, UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';
import { syncSkills } from '../../skills/load.js';
import { type ApprovalPolicy, needsConsent } from '../../tools/approval.js';
import { liveServer } from '../../tools/apps/live-server.js';
import { type ChatStore, type ConversationHit, createChatStore } from '../../tools/chat/store.js';
import type { Risk } from '../../tools/define-tool.js';
import { createExecutor, type Executor } from '../../tools/executor.js';
import type { Registry } from '../../tools/registry.js';

export type ApprovalAnswer = 'once' | 'always' | 'no';

/** What the chat is told while a turn runs. */
export interface TurnHandlers {
  onEvent(event: PlannerEvent): void;
  /** A call the policy holds waits for `engine.answer(...)`. */
  onApproval(request: { name: string; input: unknown; risk: Risk }): void;
}

export type TurnOutcome =
  | { kind: 'finished'; status: PlanStatus; durationMs: number }
  | { kind: 'cancelled'; durationMs: number }
  | { kind: 'error'; message: string; code?: string; durationMs: number };

/** A stored message as the chat shows it again after `/resume`. */
export interface ReplayedMessage {
  role: 'user' | 'assistant' | 'tool-call';
  text: string;
}

export interface ChatEngineOptions {
  cartridge: Cartridge;
  registry: Registry;
  /** Model for this session; the `model` setting when absent. */
  model?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Which calls the chat asks about first (`chat.approve`): destructive ones always, writes too
 * under `writes`. Reads and external calls never ask (as in `fazt ask`); `--yes` is not offered.
 */
export function holdsForApproval(risk: Risk, mode: 'destructive' | 'writes'): boolean {
  return risk === 'destructive' || (mode === 'writes' && risk === 'write');
}

/** Whether a finished turn rings: over 10 s and `chat.notify` on. */
export const NOTIFY_AFTER_MS = 10_000;

/**
 * What to write when a turn ends: the bell (or OSC 9) for a finished turn over NOTIFY_AFTER_MS
 * with `chat.notify` on, else nothing.
 */
export function notificationFor(
  outcome: TurnOutcome,
  enabled: boolean,
  env: NodeJS.ProcessEnv,
): string | undefined {
  return outcome.kind === 'finished' && outcome.durationMs > NOTIFY_AFTER_MS && enabled
    ? notification(env)
    : undefined;
}

/** The bell, or an OSC 9 notification on terminals known to show one (iTerm2, WezTerm, Windows Terminal, kitty). */
export function notification(env: NodeJS.ProcessEnv): string {
  const osc9 =
    env.TERM_PROGRAM === 'iTerm.app' ||
    env.TERM_PROGRAM === 'WezTerm' ||
    env.WT_SESSION !== undefined ||
    env.TERM === 'xterm-kitty';
  return osc9 ? '\u001b]9;fazt: the answer is ready\u0007' : '\u0007';
}

/** The text of a stored message's content: the string, or its text parts. */
function contentText(content: StoredMessage['content']): string {
  if (typeof content === 'string') return content;
  return content
    .map((part) => {
      const item = part as { type?: string; text?: string };
      return item.type === 'text' && typeof item.text === 'string' ? item.text : '';
    })
    .filter(Boolean)
    .join('\n');
}

/**
 * Everything the chat does that is not drawing: runs turns over the same planner, executor and
 * conversation store as `fazt ask`, asks the person for calls the approval policy holds, keeps
 * input history, searches and resumes conversations. The Ink components only call this.
 */
export class ChatEngine {
  readonly cartridge: Cartridge;
  readonly registry: Registry;
  readonly executor: Executor;
  readonly conversations: ConversationStore;
  readonly store: ChatStore;
  readonly env: NodeJS.ProcessEnv;
  planner!: Planner;
  conversationId: string | undefined;
  /** Tokens reported by the provider this session. */
  tokens = 0;
  /** Tools the person approved for the rest of the conversation. */
  readonly always = new Set<string>();
  private current: AbortController | undefined;
  private handlers: TurnHandlers | undefined;
  private pending: ((answer: ApprovalAnswer) => void) | undefined;

  private constructor(options: ChatEngineOptions) {
    this.cartridge = options.cartridge;
    this.registry = options.registry;
    this.env = options.env ?? process.env;
    this.conversations = createConversationStore(this.cartridge);
    this.store = createChatStore(this.cartridge);
    this.executor = createExecutor({
      cartridge: this.cartridge,
      registry: this.registry,
      policy: this.policy,
    });
  }

  static async create(options: ChatEngineOptions): Promise<ChatEngine> {
    const engine = new ChatEngine(options);
    await engine.switchModel(options.model ?? engine.cartridge.config.get('model'));
    return engine;
  }

  get model(): string {
    return this.planner.model;
  }

  get busy(): boolean {
    return this.current !== undefined;
  }

  /** Switches the planner for this session (`/model openai:gpt-4o-mini`); the setting is unchanged. */
  async switchModel(model: string): Promise<void> {
    const spec = parseModelSpec(model);
    this.planner = await createPlanner(spec.id, {
      registry: this.registry,
      config: this.cartridge.config,
      env: this.env,
    });
  }

  private readonly policy: ApprovalPolicy = async ({ tool, input, approved }) => {
    // A call that needs consent is held as destructive; a destructive tool's safe direction as a write.
    const risk = needsConsent(tool, input)
      ? 'destructive'
      : tool.risk === 'destructive'
        ? 'write'
        : tool.risk;
    if (approved || !holdsForApproval(risk, this.cartridge.config.get('chat.approve'))) return 'allow';
    if (this.always.has(tool.name)) return 'allow';
    const handlers = this.handlers;
    if (!handlers || !this.current || this.current.signal.aborted) return 'ask';
    const answer = await new Promise<ApprovalAnswer>((resolve) => {
      this.pending = resolve;
      handlers.onApproval({ name: tool.name, input, risk: tool.risk });
    });
    this.pending = undefined;
    if (answer === 'always') this.always.add(tool.name);
    return answer === 'no' ? 'declined' : 'allow';
  };

  /** The person's answer to the approval prompt on screen. */
  answer(answer: ApprovalAnswer): void {
    this.pending?.(answer);
  }

  /**
   * Runs one turn: stored when the planner finishes, never when cancelled or failed. Resolves
   * as soon as the turn ends or is cancelled (the planner's own clean-up may go on behind it).
   */
  async run(text: string, handlers: TurnHandlers): Promise<TurnOutcome> {
    if (this.current) throw new UsageError('A turn is already running; wait for it or press Ctrl+C.');
    // A skill imported, changed or removed (by `fazt skill …` in another terminal) since the
    // last turn joins or leaves this chat's registry now: no restart needed. One query.
    syncSkills(this.registry, { cartridge: this.cartridge, executor: () => this.executor });
    const controller = new AbortController();
    this.current = controller;
    this.handlers = handlers;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const cancelled = new Promise<'cancelled'>((resolve) => {
      controller.signal.addEventListener('abort', () => resolve('cancelled'), { once: true });
    });
    try {
      const turn = startTurn({
        planner: this.planner,
        executor: this.executor,
        conversations: this.conversations,
        text,
        signal: controller.signal,
        ...(this.conversationId ? { conversationId: this.conversationId } : {}),
      });
      const events = turn.events[Symbol.asyncIterator]();
      while (true) {
        const next = await Promise.race([events.next(), cancelled]);
        if (next === 'cancelled') {
          void events.return?.(undefined).catch(() => {});
          return { kind: 'cancelled', durationMs: elapsed() };
        }
        if (next.done)
          return { kind: 'error', message: 'The planner stopped without an answer.', durationMs: elapsed() };
        const event = next.value;
        if (event.type === 'error') {
          if (controller.signal.aborted) return { kind: 'cancelled', durationMs: elapsed() };
          return {
            kind: 'error',
            message: event.message,
            ...(event.code ? { code: event.code } : {}),
            durationMs: elapsed(),
          };
        }
        if (event.type === 'usage') this.tokens += event.inputTokens + event.outputTokens;
        handlers.onEvent(event);
        if (event.type === 'finish') {
          // A new conversation whose first turn could not be saved has nothing to continue.
          if (!event.unsaved || turn.resumed) this.conversationId = turn.conversationId;
          return { kind: 'finished', status: event.status, durationMs: elapsed() };
        }
      }
    } catch (error) {
      return { kind: 'error', message: errorMessage(error), durationMs: elapsed() };
    } finally {
      this.pending?.('no');
      this.pending = undefined;
      this.current = undefined;
      this.handlers = undefined;
    }
  }

  /** Cancels the running turn: the provider request and the running tool are aborted. */
  cancel(): void {
    this.pending?.('no');
    this.current?.abort(new DOMException('Cancelled by the person.', 'AbortError'));
  }

  /** Starts a new conversation with the next message; approvals given so far are forgotten. */
  newConversation(): void {
    this.conversationId = undefined;
    this.always.clear();
  }

  /** Continues a stored conversation (an id or a unique prefix); returns it and what was said. */
  resume(idOrPrefix: string): { conversation: Conversation; messages: ReplayedMessage[] } {
    const conversation = this.conversations.resolve(idOrPrefix);
    if (!conversation) {
      throw new UsageError(
        `There is no conversation "${idOrPrefix}". /resume lists them; search by a word said in one.`,
        {
          code: 'conversation_missing',
        },
      );
    }
    this.conversationId = conversation.id;
    this.always.clear();
    const messages: ReplayedMessage[] = [];
    for (const message of this.conversations.messages(conversation.id)) {
      if (message.role === 'tool') continue;
      if (message.role === 'assistant' && Array.isArray(message.content)) {
        for (const part of message.content) {
          const call = part as { type?: string; toolName?: string };
          if (call.type === 'tool-call' && call.toolName)
            messages.push({ role: 'tool-call', text: call.toolName });
        }
      }
      const text = contentText(message.content);
      if (text.trim()) messages.push({ role: message.role, text });
    }
    return { conversation, messages };
  }

  /** The latest conversation, for `fazt chat -c`. */
  latest(): Conversation | undefined {
    return this.conversations.latest();
  }

  search(query: string, limit?: number): ConversationHit[] {
    return this.store.search(query, limit);
  }

  history(): string[] {
    return this.store.history();
  }

  remember(text: string): void {
    try {
      this.store.remember(text);
    } catch {
      // A busy or read-only cartridge costs the history one line, never the chat.
    }
  }

  /** One line per tool: name, risk, title. */
  toolLines(): string[] {
    const tools = this.registry.list();
    const width = Math.max(...tools.map((tool) => tool.name.length));
    return tools.map((tool) => `${tool.name.padEnd(width)}  ${tool.risk.padEnd(11)} ${tool.title}`);
  }

  /** What `fazt models` lists, one line each, the model in use marked with `*`. */
  async modelLines(): Promise<string[]> {
    const [{ listModels }, { modelSettings }] = await Promise.all([
      import('../../agent/providers/list-models.js'),
      import('../../agent/model-settings.js'),
    ]);
    const providers = await listModels(modelSettings(this.cartridge.config, this.env));
    const lines: string[] = [];
    for (const provider of providers) {
      if (provider.provider === 'offline') {
        lines.push(`${this.model === 'offline' ? '*' : ' '} offline  (built-in planner, no model needed)`);
        continue;
      }
      const where = provider.url ? ` at ${provider.url}` : '';
      if (!provider.available) {
        lines.push(`  ${provider.provider}${where}: ${provider.error ?? `not asked: ${provider.skipped}`}`);
        continue;
      }
      if (!provider.models.length) lines.push(`  ${provider.provider}${where}: no models`);
      for (const model of provider.models) lines.push(`${model === this.model ? '*' : ' '} ${model}`);
    }
    lines.push(`/model <model> switches for this session; \`fazt config set model <model>\` for good.`);
    return lines;
  }

  /**
   * Whether `fazt serve` runs for this cartridge: a server recorded as running (its live row, any
   * port), else one answering on the configured port on 127.0.0.1 (one TCP connect, 300 ms at most).
   */
  serveRunning(): Promise<boolean> {
    if (liveServer(this.cartridge)) return Promise.resolve(true);
    const port = this.cartridge.config.get('server.port');
    if (!port) return Promise.resolve(false);
    return new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      const done = (up: boolean) => {
        socket.destroy();
        resolve(up);
      };
      socket.setTimeout(300, () => done(false));
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
    });
  }

  notifyEnabled(): boolean {
    return this.cartridge.config.get('chat.notify');
  }
}
