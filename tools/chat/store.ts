import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import type { Conversation } from '../../cartridge/conversations.js';
import type { Cartridge } from '../../cartridge/open.js';
import { chatCapability } from './index.js';

/** One conversation found by `/resume`, with where the words matched (`[word]` marks a hit). */
export interface ConversationHit {
  conversation: Conversation;
  /** A short excerpt around the match; the title when there was no query. */
  snippet: string;
}

export interface ChatStore {
  /** The latest inputs, oldest first (at most `limit`, default 500). */
  history(limit?: number): string[];
  /** Keeps one input; an input equal to the one before it is not kept twice. Blank input is ignored. */
  remember(text: string): void;
  /**
   * Conversations whose messages match every word of `query` (prefixes too), newest first. An
   * empty query lists the newest conversations. Quotes and FTS5 operators in the query are
   * taken as plain words.
   */
  search(query: string, limit?: number): ConversationHit[];
}

/** How many inputs the history keeps; older ones are dropped as new ones come. */
export const HISTORY_KEEP = 1000;
/** Inputs longer than this (a huge paste) are not kept in the history. */
export const HISTORY_MAX_CHARS = 20_000;

interface HitRow {
  id: string;
  title: string | null;
  model: string | null;
  created_at: number;
  updated_at: number;
  snippet: string | null;
}

/** The words of a search as an FTS5 query: each one a quoted prefix term, all required. */
export function searchQuery(text: string): string {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words
    .slice(0, 16)
    .map((word) => `"${word}"*`)
    .join(' ');
}

const toConversation = (row: HitRow): Conversation => ({
  id: row.id,
  title: row.title,
  model: row.model,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The chat's store over the cartridge; brings the chat tables up to date first. */
export function createChatStore(cartridge: Cartridge): ChatStore {
  applyCapabilityMigrations(cartridge, chatCapability);
  const { prepare } = cartridge;
  return {
    history(limit = 500) {
      const rows = prepare('SELECT text FROM chat_input_history ORDER BY id DESC LIMIT ?').all(limit) as {
        text: string;
      }[];
      return rows.map((row) => row.text).reverse();
    },

    remember(text) {
      if (!text.trim() || text.length > HISTORY_MAX_CHARS) return;
      cartridge.transaction(() => {
        const last = prepare('SELECT text FROM chat_input_history ORDER BY id DESC LIMIT 1').get() as
          | { text: string }
          | undefined;
        if (last?.text === text) return;
        prepare('INSERT INTO chat_input_history (text, created_at) VALUES (?, ?)').run(text, Date.now());
        prepare(
          'DELETE FROM chat_input_history WHERE id <= (SELECT max(id) FROM chat_input_history) - ?',
        ).run(HISTORY_KEEP);
      });
    },

    search(query, limit = 20) {
      const match = searchQuery(query);
      if (!match) {
        const rows = prepare(
          'SELECT *, NULL AS snippet FROM conversations ORDER BY updated_at DESC, rowid DESC LIMIT ?',
        ).all(limit) as HitRow[];
        return rows.map((row) => ({ conversation: toConversation(row), snippet: row.title ?? '' }));
      }
      const rows = prepare(
        `SELECT c.*, (
           SELECT snippet(chat_message_search, 0, '[', ']', '…', 10) FROM chat_message_search
           WHERE chat_message_search MATCH @match AND conversation_id = c.id LIMIT 1
         ) AS snippet
         FROM conversations c
         WHERE c.id IN (SELECT conversation_id FROM chat_message_search WHERE chat_message_search MATCH @match)
         ORDER BY c.updated_at DESC, c.rowid DESC LIMIT @limit`,
      ).all({ match, limit }) as HitRow[];
      return rows.map((row) => ({
        conversation: toConversation(row),
        snippet: (row.snippet ?? row.title ?? '').replace(/\s+/g, ' ').trim(),
      }));
    },
  };
}
