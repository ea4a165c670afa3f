import { randomBytes } from 'node:crypto';
import { withBusyTimeout } from './busy.js';
import { UsageError } from './errors.js';
import { type Cartridge, readOnlyError } from './open.js';
import { redactForgotten } from './redact.js';

export type MessageRole = 'user' | 'assistant' | 'tool';

/**
 * One message as a model sees it: the AI SDK's ModelMessage shape (`content` is text or an
 * array of parts such as `text`, `tool-call`, `tool-result`), so a stored conversation replays
 * into any provider. The cartridge keeps it as JSON and does not interpret the parts.
 */
export interface ConversationMessage {
  role: MessageRole;
  content: string | unknown[];
}

/** Tokens one turn used, as the provider reported them (0 for the offline planner). */
export interface TurnUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface StoredMessage extends ConversationMessage {
  id: number;
  conversationId: string;
  /** Set on the last message of a turn: what the whole turn used. */
  usage: TurnUsage | null;
  createdAt: number;
}

export interface Conversation {
  id: string;
  title: string | null;
  /** The model that answered the latest turn (`offline`, `ollama:…`, `openai:…`). */
  model: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface Turn {
  conversationId: string;
  model: string;
  /** The person's message first, then the planner's assistant and tool messages. */
  messages: ConversationMessage[];
  usage?: TurnUsage;
  /**
   * Milliseconds to wait for another process's write lock, when shorter than the cartridge's
   * (a turn's log is best-effort: the answer is given whether or not it is kept).
   */
  waitMs?: number;
}

export interface ConversationStore {
  /** A fresh id for a conversation that is written only when its first turn completes. */
  newId(): string;
  get(id: string): Conversation | undefined;
  /** The conversation with this id, or the only one whose id starts with it (4+ characters). */
  resolve(idOrPrefix: string): Conversation | undefined;
  /** The most recently updated conversation. */
  latest(): Conversation | undefined;
  list(options?: { limit?: number; offset?: number }): Conversation[];
  messages(conversationId: string): StoredMessage[];
  /**
   * Records one whole turn in one transaction, creating the conversation on its first turn.
   * Either every message of the turn is stored or none is.
   */
  appendTurn(turn: Turn): Promise<Conversation>;
  /** Removes a conversation and its messages; false if there was none. */
  delete(id: string): Promise<boolean>;
  count(): number;
}

interface ConversationRow {
  id: string;
  title: string | null;
  model: string | null;
  created_at: number;
  updated_at: number;
}

interface MessageRow {
  id: number;
  conversation_id: string;
  role: MessageRole;
  content: string;
  usage: string | null;
  created_at: number;
}

const ROLES: ReadonlySet<string> = new Set(['user', 'assistant', 'tool']);
const ID = /^[a-z0-9][a-z0-9_-]{3,63}$/;
const TITLE_LENGTH = 80;

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  title: row.title,
  model: row.model,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  conversationId: row.conversation_id,
  role: row.role,
  content: JSON.parse(row.content) as string | unknown[],
  usage: row.usage === null ? null : (JSON.parse(row.usage) as TurnUsage),
  createdAt: row.created_at,
});

/** A short title from the person's first message: one line, at most 80 characters. */
export function conversationTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}

function firstUserText(messages: ConversationMessage[]): string | undefined {
  const first = messages.find((message) => message.role === 'user');
  if (!first) return undefined;
  if (typeof first.content === 'string') return first.content;
  const part = first.content.find(
    (item): item is { type: 'text'; text: string } =>
      typeof item === 'object' && item !== null && (item as { type?: unknown }).type === 'text',
  );
  return part?.text;
}

function serialise(message: ConversationMessage, index: number): string {
  if (!ROLES.has(message.role)) {
    throw new UsageError(
      `Message ${index + 1} of the turn has role "${message.role}"; use user, assistant or tool.`,
    );
  }
  if (typeof message.content !== 'string' && !Array.isArray(message.content)) {
    throw new UsageError(`Message ${index + 1} of the turn has no content (text or a list of parts).`);
  }
  return JSON.stringify(message.content);
}

/**
 * Conversations with the planner: one row per conversation, one per message, in the cartridge,
 * so a conversation can be resumed from any surface and travels with the file.
 */
export function createConversationStore(
  cartridge: Pick<
    Cartridge,
    'prepare' | 'transaction' | 'exclusive' | 'db' | 'busyTimeoutMs' | 'readOnly' | 'path'
  >,
): ConversationStore {
  const { prepare } = cartridge;
  const get = (id: string): Conversation | undefined => {
    const row = prepare('SELECT * FROM conversations WHERE id = ?').get(id) as ConversationRow | undefined;
    return row && toConversation(row);
  };

  return {
    newId: () => randomBytes(6).toString('hex'),

    get,

    resolve(idOrPrefix) {
      const wanted = idOrPrefix.trim().toLowerCase();
      const exact = get(wanted);
      if (exact || wanted.length < 4 || !/^[a-z0-9_-]+$/.test(wanted)) return exact;
      const rows = prepare('SELECT * FROM conversations WHERE id >= ? AND id < ? ORDER BY id LIMIT 2').all(
        wanted,
        `${wanted}\u{10FFFF}`,
      ) as ConversationRow[];
      return rows.length === 1 ? toConversation(rows[0]!) : undefined;
    },

    latest() {
      const row = prepare('SELECT * FROM conversations ORDER BY updated_at DESC, rowid DESC LIMIT 1').get() as
        | ConversationRow
        | undefined;
      return row && toConversation(row);
    },

    list({ limit = 20, offset = 0 } = {}) {
      const rows = prepare(
        'SELECT * FROM conversations ORDER BY updated_at DESC, rowid DESC LIMIT ? OFFSET ?',
      ).all(limit, offset) as ConversationRow[];
      return rows.map(toConversation);
    },

    messages(conversationId) {
      const rows = prepare('SELECT * FROM messages WHERE conversation_id = ? ORDER BY id').all(
        conversationId,
      ) as MessageRow[];
      return rows.map(toMessage);
    },

    async appendTurn({ conversationId, model, messages, usage, waitMs }) {
      if (!ID.test(conversationId)) {
        throw new UsageError(
          `"${conversationId}" is not a conversation id (4–64 lowercase letters and digits).`,
        );
      }
      if (messages.length === 0) throw new UsageError('A turn needs at least one message.');
      if (cartridge.readOnly) throw readOnlyError(cartridge);
      const serialised = messages.map((message, index) => serialise(message, index));
      const usageJson = usage
        ? JSON.stringify({ inputTokens: usage.inputTokens, outputTokens: usage.outputTokens })
        : null;
      const wait = <T>(fn: () => T): T =>
        waitMs === undefined || waitMs >= cartridge.busyTimeoutMs || cartridge.db.inTransaction
          ? fn()
          : withBusyTimeout(cartridge.db, waitMs, cartridge.busyTimeoutMs, fn);
      return cartridge.exclusive(() =>
        wait(() =>
          cartridge.transaction(() => {
            // A value forgotten by this process (the forget's own result, an answer repeating it) or
            // by another one before this transaction (its fingerprint) is never stored.
            const contents = serialised.map((content) => redactForgotten(prepare, content));
            const now = Date.now();
            const existing = get(conversationId);
            if (existing) {
              prepare('UPDATE conversations SET model = ?, updated_at = ? WHERE id = ?').run(
                model,
                now,
                conversationId,
              );
            } else {
              const first = firstUserText(messages);
              const title = first && (JSON.parse(redactForgotten(prepare, JSON.stringify(first))) as string);
              prepare(
                'INSERT INTO conversations (id, title, model, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
              ).run(conversationId, title ? conversationTitle(title) : null, model, now, now);
            }
            const insert = prepare(
              'INSERT INTO messages (conversation_id, role, content, usage, created_at) VALUES (?, ?, ?, ?, ?)',
            );
            contents.forEach((content, index) => {
              const last = index === contents.length - 1;
              insert.run(conversationId, messages[index]!.role, content, last ? usageJson : null, now);
            });
            return get(conversationId)!;
          }),
        ),
      );
    },

    delete(id) {
      return cartridge.exclusive(() => prepare('DELETE FROM conversations WHERE id = ?').run(id).changes > 0);
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n;
    },
  };
}
