// What forgetting for real costs (issue 7, m13): `PRAGMA secure_delete = ON` (freed and
// overwritten content zeroed, so a forgotten value stays in no free page of the file) against OFF,
// measured in the same run on the same kind of cartridge: remember (an insert), a note added and
// deleted, and forget (delete + redacting every copy of the value in the event log, audit,
// stored conversations and chat search). Each cartridge holds 5,000 earlier facts' worth of events,
// audit rows and conversation messages, so the redaction's scans are not of empty tables.
// `npm run bench secure-delete`; BENCH_RUNS sets the timed operations per case (default 150).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCapabilityMigrations } from '../cartridge/capability-schema.js';
import { createConversationStore } from '../cartridge/conversations.js';
import { openCartridge } from '../cartridge/open.js';
import { chatCapability } from '../tools/chat/index.js';
import { createExecutor } from '../tools/executor.js';
import { builtinCapabilities } from '../tools/index.js';
import { createRegistry } from '../tools/registry.js';
import { report, summarize } from './stats.js';

const HISTORY = 5_000;
const RUNS = Math.max(30, Number(process.env.BENCH_RUNS ?? 150));
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-secure-delete-'));
const rows: Record<string, string | number>[] = [];
const caller = { kind: 'person', id: 'bench' } as const;

async function world(name: string, secure: boolean) {
  const cartridge = openCartridge(join(dir, `${name}.db`));
  cartridge.db.pragma(`secure_delete = ${secure ? 'ON' : 'OFF'}`);
  applyCapabilityMigrations(cartridge, chatCapability);
  const executor = createExecutor({ cartridge, registry: createRegistry(builtinCapabilities) });
  const call = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller, approved: true });
    if (!result.ok) throw new Error(`${tool}: ${result.error.message}`);
    return result;
  };
  const conversations = createConversationStore(cartridge);
  for (let index = 0; index < HISTORY; index++) {
    await call('memory_remember', { key: `old fact ${index}`, value: `value ${index} of old` });
    if (index % 10 === 0)
      await conversations.appendTurn({
        conversationId: `conv${String(index).padStart(6, '0')}`,
        model: 'offline',
        messages: [
          { role: 'user', content: `my old fact ${index} is value ${index} of old` },
          { role: 'assistant', content: `Remembered: old fact ${index} is value ${index} of old.` },
        ],
      });
  }
  return { cartridge, call };
}

async function timed(runs: number, fn: (index: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await fn(index);
    samples.push(performance.now() - start);
  }
  return samples;
}

try {
  const medians: Record<string, Record<string, number>> = {};
  for (const secure of [false, true]) {
    const mode = secure ? 'ON' : 'OFF';
    const { cartridge, call } = await world(mode, secure);
    const m: Record<string, number> = {};
    m.remember = summarize(
      await timed(RUNS, (i) => call('memory_remember', { key: `bench PIN ${i}`, value: `${4000 + i}` })),
    ).median;
    m['note add + delete'] = summarize(
      await timed(RUNS, async () => {
        const added = await call('notes_add', { text: 'a note to delete again' });
        await call('notes_delete', { id: (added.output as { note: { id: number } }).note.id });
      }),
    ).median;
    m['forget (with redaction)'] = summarize(
      await timed(RUNS, (i) => call('memory_forget', { key: `bench PIN ${i}` })),
    ).median;
    medians[mode] = m;
    cartridge.close();
  }
  for (const operation of Object.keys(medians.OFF!)) {
    const off = medians.OFF![operation]!;
    const on = medians.ON![operation]!;
    rows.push({
      case: `${operation} (${HISTORY.toLocaleString('en')} earlier facts)`,
      runs: RUNS,
      'secure_delete OFF': `${off} ms`,
      'secure_delete ON': `${on} ms`,
      'ON / OFF': Math.round((on / off) * 100) / 100,
    });
  }
  report('secure-delete', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
