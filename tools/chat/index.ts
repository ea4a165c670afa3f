import { defineCapability } from '../capability.js';

/**
 * The text of a stored message for search, as SQL over its JSON `content` (`ref` is `new` in a
 * trigger, `messages` in the backfill): the string itself, or its `text` parts joined by spaces.
 */
const messageText = (ref: string) => `CASE json_type(${ref}.content)
  WHEN 'text' THEN json_extract(${ref}.content, '$')
  ELSE (SELECT group_concat(json_extract(part.value, '$.text'), ' ') FROM json_each(${ref}.content) AS part
        WHERE json_extract(part.value, '$.type') = 'text')
END`;

/**
 * The chat's own tables: input history kept across sessions (up/down at the prompt), and an
 * FTS5 index over what people and the planner said in stored conversations, for `/resume`.
 * Triggers on `messages` keep the index in the same transaction as each turn, so a stored turn
 * is always findable and a deleted conversation never is. No tools: the chat is a surface.
 */
export const chatCapability = defineCapability({
  id: 'chat',
  title: 'Chat',
  source: 'builtin',
  tools: [],
  migrations: [
    {
      version: 1,
      description: 'chat_input_history; chat_message_search (FTS5 over user and assistant messages)',
      up(db) {
        db.exec(`
          CREATE TABLE chat_input_history (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            created_at INTEGER NOT NULL
          );
          CREATE VIRTUAL TABLE chat_message_search USING fts5(
            text, conversation_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
          );
          CREATE TRIGGER chat_message_search_insert AFTER INSERT ON messages
          WHEN new.role IN ('user', 'assistant') BEGIN
            INSERT INTO chat_message_search (rowid, text, conversation_id)
            VALUES (new.id, coalesce(${messageText('new')}, ''), new.conversation_id);
          END;
          CREATE TRIGGER chat_message_search_delete AFTER DELETE ON messages BEGIN
            DELETE FROM chat_message_search WHERE rowid = old.id;
          END;
          INSERT INTO chat_message_search (rowid, text, conversation_id)
          SELECT id, coalesce(${messageText('messages')}, ''), conversation_id FROM messages
          WHERE role IN ('user', 'assistant');
        `);
      },
    },
  ],
});
