import { readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { createConversationStore } from '../../cartridge/conversations.js';
import { FORGOTTEN, WITHHELD } from '../../cartridge/redact.js';
import { PERSON } from '../../test/helpers/offline.js';
import { testRuntime } from '../../test/helpers/runtime.js';
import { chatCapability } from '../chat/index.js';

/**
 * Issue 7, m13 (stranger): "forget my PIN" left "4821" readable in the event log, the audit and
 * the stored conversation (`fazt ask -c`). Forget means forget: every copy goes in the same
 * transaction, and the proof opens the real cartridge file and reads every text and blob column
 * of every table, then the file's raw bytes.
 */

/** Every place in the cartridge file at `path` that still holds `needle` (case-insensitive). */
function copiesIn(path: string, needle: string): string[] {
  const db = new BetterSqlite3(path, { readonly: true });
  const found: string[] = [];
  const wanted = needle.toLowerCase();
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map(
        (column) => column.name,
      );
      for (const row of db.prepare(`SELECT * FROM "${name}"`).iterate() as Iterable<
        Record<string, unknown>
      >) {
        for (const column of columns) {
          const cell = row[column];
          const text =
            typeof cell === 'string' ? cell : Buffer.isBuffer(cell) ? cell.toString('latin1') : undefined;
          if (text?.toLowerCase().includes(wanted)) found.push(`${name}.${column}: ${text.slice(0, 120)}`);
        }
      }
    }
  } finally {
    db.close();
  }
  return found;
}

/** A world with the chat's own tables (input history, FTS5 search) and a stored conversation. */
async function world() {
  const runtime = testRuntime({ caller: PERSON });
  applyCapabilityMigrations(runtime.cartridge, chatCapability);
  const call = (tool: string, input: Record<string, unknown>) =>
    runtime.executor.execute(tool, input, { caller: PERSON, approved: true });
  const conversations = createConversationStore(runtime.cartridge);
  const said = async (id: string, text: string, answer: string, tool?: { name: string; output: unknown }) => {
    runtime.cartridge.prepare('INSERT INTO chat_input_history (text, created_at) VALUES (?, ?)').run(text, 1);
    await conversations.appendTurn({
      conversationId: id,
      model: 'offline',
      messages: [
        { role: 'user', content: text },
        ...(tool
          ? [
              {
                role: 'assistant' as const,
                content: [{ type: 'tool-call', toolCallId: 'c1', toolName: tool.name, input: {} }],
              },
              {
                role: 'tool' as const,
                content: [
                  {
                    type: 'tool-result',
                    toolCallId: 'c1',
                    toolName: tool.name,
                    output: { type: 'json', value: tool.output },
                  },
                ],
              },
            ]
          : []),
        { role: 'assistant', content: answer },
      ],
    });
  };
  return { runtime, call, said, conversations };
}

describe('forget means forget', () => {
  it('"forget my PIN" leaves "4821" in no table and no byte of the cartridge file', async () => {
    const { runtime, call, said } = await world();
    const remembered = await call('memory_remember', { key: 'PIN', value: '4821' });
    expect(remembered.ok).toBe(true);
    await said('pin00001', 'my PIN is 4821', 'Remembered: PIN is 4821.', {
      name: 'memory_remember',
      output: remembered.ok ? remembered.output : null,
    });
    await said('pin00001', 'what is my PIN?', 'Your PIN is 4821.');
    // A refused call and an ambiguous name are audited too.
    await runtime.executor.execute('memory_remember', { key: 'PIN', value: '4821' }, { caller: PERSON });
    // The secret was never in the event log or the audit, even before it was forgotten.
    const before = copiesIn(runtime.cartridge.path, '4821');
    expect(before.filter((place) => /^(?:events|audit)\./.test(place))).toEqual([]);
    expect(before.some((place) => place.startsWith('messages.'))).toBe(true);
    expect(before.some((place) => place.startsWith('chat_message_search'))).toBe(true);

    const forgotten = await call('memory_forget', { key: 'my PIN' });
    expect(forgotten.ok).toBe(true);
    // The forget's own result, stored after it in the same conversation, is redacted too.
    await said('pin00001', 'forget my PIN', 'Forgot PIN.', {
      name: 'memory_forget',
      output: forgotten.ok ? forgotten.output : null,
    });
    expect(copiesIn(runtime.cartridge.path, '4821')).toEqual([]);
    const history = runtime.cartridge.prepare('SELECT text FROM chat_input_history ORDER BY id').all();
    expect(history).toContainEqual({ text: `my PIN is ${FORGOTTEN}` });
    // Rows stay: the conversation still reads as it went, with the value replaced.
    const messages = createConversationStore(runtime.cartridge).messages('pin00001');
    expect(messages.map((message) => message.content)).toContain(`Your PIN is ${FORGOTTEN}.`);
    // The chat's search no longer finds it, and finds the marker's neighbours.
    const search = (term: string) =>
      runtime.cartridge
        .prepare('SELECT rowid FROM chat_message_search WHERE chat_message_search MATCH ?')
        .all(term);
    expect(search('"4821"')).toEqual([]);
    expect(search('PIN').length).toBeGreaterThan(0);

    const path = runtime.cartridge.path;
    runtime.cartridge.close();
    // Closing the last connection checkpoints and removes the WAL; secure_delete zeroed freed space.
    expect(readFileSync(path).includes(Buffer.from('4821'))).toBe(false);
  });

  it.each([
    ['wifi password', 'Tr0ub4dor&3'],
    ['bank PIN', '0042'],
    ['🔑 vault', '🦄🦄🦄'],
    ['кодовый замок code', 'код-7731'],
    ['card CVV', '-123'],
    ['favourite colour', 'ultramarine'],
    ['freezer temperature', '-18 °C'],
    ['rent', '£1,250.00'],
    ['café password', 'naïve"quote\\slash'],
  ])('forgetting "%s" = %j leaves no copy of the value', async (key, value) => {
    const { runtime, call, said } = await world();
    await call('memory_remember', { key, value });
    await said('same0001', `my ${key} is ${value}`, `Remembered: ${key} is ${value}.`);
    await call('memory_recall', { key });
    expect(copiesIn(runtime.cartridge.path, value).length).toBeGreaterThan(0);
    const forgotten = await call('memory_forget', { key });
    expect(forgotten.ok).toBe(true);
    expect(copiesIn(runtime.cartridge.path, value)).toEqual([]);
  });

  it('"forget everything" forgets every value; notes and other texts keep theirs', async () => {
    const { runtime, call, said } = await world();
    await call('memory_remember', { key: 'door code', value: '5511' });
    await call('memory_remember', { key: 'gate', value: 'purple-7' });
    await call('notes_add', { text: 'buy 5511 screws' });
    await said('all00001', 'my door code is 5511 and my gate is purple-7', 'Remembered both.');
    // A value that is only part of a longer number or word is another value.
    await said('all00001', 'order 155110 and purple-77', 'Noted.');
    const cleared = await call('memory_clear', {});
    expect(cleared.ok).toBe(true);
    expect(copiesIn(runtime.cartridge.path, 'purple-7 ')).toEqual([]);
    const left = copiesIn(runtime.cartridge.path, '5511');
    // The note is the person's own text; "155110" is another number.
    expect(left.every((place) => /^notes|155110/.test(place))).toBe(true);
    expect(left.some((place) => place.includes('155110'))).toBe(true);
    const kept = createConversationStore(runtime.cartridge).messages('all00001');
    expect(kept[0]?.content).toBe(`my door code is ${FORGOTTEN} and my gate is ${FORGOTTEN}`);
    expect(kept[2]?.content).toBe('order 155110 and purple-77');
  });

  it('"forget everything" with many facts (one pass per table) forgets each value, and only those', async () => {
    const { runtime, call, said } = await world();
    const facts = Array.from({ length: 60 }, (_, i) => [`locker ${i}`, `L${1000 + i}-x`] as const);
    await call('memory_import', { entries: facts.map(([key, value]) => ({ key, value })) });
    await call('memory_remember', { key: 'emoji pass', value: '🦄🦄' });
    await said('many0001', `lockers ${facts.map(([, value]) => value).join(', ')} and 🦄🦄`, 'Noted.');
    await said('many0002', 'L1000-xy and L99 stay', 'ok');
    expect((await call('memory_clear', {})).ok).toBe(true);
    // "L1000-xy and L99 stay" holds "L1000-x" only as part of a longer token: that copy is another value.
    for (const [, value] of facts)
      expect(
        copiesIn(runtime.cartridge.path, value).filter((place) => !place.includes('stay')),
        value,
      ).toEqual([]);
    expect(copiesIn(runtime.cartridge.path, '🦄🦄')).toEqual([]);
    const store = createConversationStore(runtime.cartridge);
    expect(store.messages('many0001')[0]?.content).toBe(
      `lockers ${facts.map(() => FORGOTTEN).join(', ')} and ${FORGOTTEN}`,
    );
    expect(store.messages('many0002')[0]?.content).toBe('L1000-xy and L99 stay');
  });

  it('a short value goes only where its fact is named ("5" is not every five)', async () => {
    const { runtime, call, said } = await world();
    await call('memory_remember', { key: "Rex's age", value: '5' });
    await said('rex00001', "Rex's age is 5", 'Remembered.');
    await said('rex00002', 'buy 5 apples', 'Noted.');
    await call('memory_forget', { key: "Rex's age" });
    const store = createConversationStore(runtime.cartridge);
    expect(store.messages('rex00001')[0]?.content).toBe(`Rex's age is ${FORGOTTEN}`);
    expect(store.messages('rex00002')[0]?.content).toBe('buy 5 apples');
    const events = runtime.cartridge.events.query({ type: 'memory.remembered' });
    expect(events[0]?.data).toMatchObject({ value: FORGOTTEN });
  });

  it("a secret's new value replaces the old one everywhere; a plain fact's history keeps its old value", async () => {
    const { runtime, call, said } = await world();
    await call('memory_remember', { key: 'alarm code', value: '9090' });
    await said('alm00001', 'my alarm code is 9090', 'Remembered: alarm code is 9090.');
    const updated = await call('memory_remember', { key: 'alarm code', value: '3141' });
    expect(updated.ok && updated.text).toBe(
      'Updated: your alarm code is now 3141 (the old one is forgotten).',
    );
    expect(copiesIn(runtime.cartridge.path, '9090')).toEqual([]);
    // The new one is in the store and the conversation, never in the log or the audit.
    const now = copiesIn(runtime.cartridge.path, '3141');
    expect(now.filter((place) => /^(?:events|audit)\./.test(place))).toEqual([]);
    expect(now.some((place) => place.startsWith('memory.'))).toBe(true);
    const events = runtime.cartridge.events.query({ type: 'memory.remembered' });
    // m19: the event names the fact as written (its label) too, for history to say it back.
    expect(events[0]?.data).toEqual({
      key: 'alarm code',
      label: 'alarm code',
      value: WITHHELD,
      previous: WITHHELD,
    });

    await call('memory_remember', { key: 'home city', value: 'Paris' });
    const moved = await call('memory_remember', { key: 'home city', value: 'Lyon' });
    expect(moved.ok && moved.text).toBe('Updated: your home city is now Lyon (was Paris).');
    expect(copiesIn(runtime.cartridge.path, 'Paris').some((place) => place.startsWith('events.'))).toBe(true);
  });

  it('memory_import keeps secret values out of the audit and forgets replaced ones', async () => {
    const { runtime, call } = await world();
    await call('memory_import', { entries: [{ key: 'safe combo', value: '11-22-33' }] });
    await call('memory_import', {
      entries: [
        { key: 'safe combo', value: '44-55-66' },
        { key: 'shoe size', value: '42' },
      ],
    });
    expect(copiesIn(runtime.cartridge.path, '11-22-33')).toEqual([]);
    const audit = runtime.cartridge.audit.list({ tool: 'memory_import' });
    expect(audit[0]?.input).toContain(WITHHELD);
    expect(audit[0]?.input).toContain('"42"');
    expect(audit.some((row) => row.input?.includes('44-55-66'))).toBe(false);
  });
});
