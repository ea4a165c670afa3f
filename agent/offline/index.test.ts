import { describe, expect, it } from 'vitest';
import type { Caller } from '../../cartridge/audit.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../../tools/index.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import { createNotesStore } from '../../tools/notes/store.js';
import type { PlannerEvent } from '../planner.js';
import { createOfflinePlanner } from './index.js';

const PERSON: Caller = { kind: 'person', id: 'test' };

describe('offline planner', () => {
  const setup = () => {
    const cartridge = testCartridge();
    const registry = createDefaultRegistry();
    const executor = createExecutor({ cartridge, registry });
    const planner = createOfflinePlanner(registry);
    const ask = async (text: string, approved = false) => {
      const events: PlannerEvent[] = [];
      for await (const event of planner.run({ text, approved }, { executor, caller: PERSON }))
        events.push(event);
      const finish = events.at(-1);
      if (finish?.type !== 'finish')
        throw new Error(`the run did not end with finish: ${JSON.stringify(finish)}`);
      const calls = events.flatMap((event) => (event.type === 'tool-call-end' ? [event] : []));
      return { events, finish, calls };
    };
    return { cartridge, ask, planner };
  };

  it('is the "offline" model and emits start, end, text and finish in order', async () => {
    const { ask, planner } = setup();
    expect(planner.model).toBe('offline');
    const { events, finish } = await ask('remember that my bike lock code is 4312');
    expect(events.map((event) => event.type)).toEqual([
      'tool-call-start',
      'tool-call-end',
      'text-delta',
      'finish',
    ]);
    const [start, end] = events;
    expect(start).toMatchObject({ name: 'memory_remember', input: { key: 'bike lock code', value: '4312' } });
    expect(end).toMatchObject({ callId: (start as { callId: string }).callId, result: { ok: true } });
    expect(finish).toMatchObject({ status: 'done', answer: 'Remembered: bike lock code is 4312.' });
    expect(finish.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
  });

  it('answers a question from what the tool returns', async () => {
    const { ask } = setup();
    await ask('my bike lock code is 4312');
    const { finish, calls } = await ask('what is my bike lock code?');
    expect(calls.map((call) => call.name)).toEqual(['memory_recall']);
    expect(finish).toMatchObject({ status: 'done', answer: 'Your bike lock code is 4312.' });
  });

  it('keeps a value exactly as typed and updates rather than duplicates', async () => {
    const { ask, cartridge } = setup();
    await ask('the wifi password is Hunter2!');
    expect(createMemoryStore(cartridge).get('wifi password')?.value).toBe('Hunter2!');
    const { finish } = await ask('change the wifi password to Tr0ub4dor&3');
    expect(finish.answer).toContain('was Hunter2!');
    expect(createMemoryStore(cartridge).count()).toBe(1);
    expect(createMemoryStore(cartridge).get('wifi password')?.value).toBe('Tr0ub4dor&3');
  });

  it('never runs a destructive tool without approval, and says how to approve', async () => {
    const { ask, cartridge } = setup();
    await ask('remember that my gym locker is 118');
    const refused = await ask('forget my gym locker');
    const types = refused.events.map((event) => event.type);
    expect(types).toEqual(['tool-call-start', 'tool-call-end', 'approval-request', 'text-delta', 'finish']);
    expect(refused.calls[0]?.result).toMatchObject({ ok: false, error: { code: 'needs_approval' } });
    expect(refused.events[2]).toMatchObject({
      name: 'memory_forget',
      risk: 'destructive',
      input: { key: 'gym locker' },
    });
    expect(refused.finish.status).toBe('needs_approval');
    expect(refused.finish.answer).toMatch(/forget your gym locker.*--yes/s);
    expect(createMemoryStore(cartridge).count()).toBe(1);

    const approved = await ask('forget my gym locker', true);
    expect(approved.finish.status).toBe('done');
    expect(createMemoryStore(cartridge).count()).toBe(0);
  });

  it('asks for missing information instead of guessing, and runs nothing', async () => {
    const { ask } = setup();
    const value = await ask('remember my passport number');
    expect(value.finish).toMatchObject({ status: 'needs_input' });
    expect(value.finish.answer).toMatch(/passport number/);
    expect(value.calls).toEqual([]);
    const id = await ask('delete all my notes', true);
    expect(id.finish.status).toBe('needs_input');
    expect(id.calls).toEqual([]);
  });

  it('says plainly when it does not understand, lists what it can do, and writes nothing', async () => {
    const { ask, cartridge } = setup();
    for (const text of [
      'write me a poem about the sea',
      'turn off the living room lights',
      'asdkjh qwpoeiru',
    ]) {
      const { finish, calls } = await ask(text);
      expect(finish.status).toBe('not_understood');
      expect(finish.answer).toMatch(/didn't understand/);
      expect(finish.answer).toMatch(/^- [A-Z][a-z ]+: ".+"$/m);
      expect(calls.filter((call) => call.name !== 'memory_list')).toEqual([]);
    }
    expect(createMemoryStore(cartridge).count() + createNotesStore(cartridge).count()).toBe(0);
    const empty = await ask('   ');
    expect(empty.finish.status).toBe('not_understood');
    expect(empty.calls).toEqual([]);
  });

  it('splits two facts said at once into two calls', async () => {
    const { ask, cartridge } = setup();
    const { calls, finish } = await ask('remember that my shoe size is 43 and my hat size is 58');
    expect(calls.map((call) => call.input)).toEqual([
      { key: 'shoe size', value: '43' },
      { key: 'hat size', value: '58' },
    ]);
    expect(finish.status).toBe('done');
    expect(createMemoryStore(cartridge).count()).toBe(2);
  });

  it('answers a question no template covers from remembered facts and notes', async () => {
    const { ask } = setup();
    await ask('remember that my car is parked on level 3');
    await ask('note dentist appointment Tuesday 9am');
    const parked = await ask('where did I park?');
    expect(parked.finish).toMatchObject({ status: 'done' });
    expect(parked.finish.answer).toContain('level 3');
    const dentist = await ask('when is the dentist appointment?');
    expect(dentist.finish.answer).toContain('Tuesday 9am');
    // Reads only: the recall misses, the fact list is searched word by word, then the notes.
    expect(dentist.calls.map((call) => call.name)).toEqual(['memory_recall', 'memory_list', 'notes_search']);
  });

  it('finds a note named by its content and asks for its number, never deleting a guess', async () => {
    const { ask, cartridge } = setup();
    await ask('note book club meets on Friday at 6');
    await ask('note call the plumber');
    const run = await ask(
      "Please throw away the note about the book club, we've disbanded I'm afraid.",
      true,
    );
    expect(run.finish, run.finish.answer).toMatchObject({ status: 'needs_input' });
    expect(run.finish.answer).toContain('delete note 1');
    expect(run.calls.map((call) => call.name)).toEqual(['notes_search']);
    expect(createNotesStore(cartridge).list()).toHaveLength(2);
  });

  it('goes through the executor, so every call is audited under the caller', async () => {
    const { ask, cartridge } = setup();
    await ask('note buy milk');
    expect(cartridge.audit.list({ tool: 'notes_add' })).toMatchObject([{ caller: PERSON, outcome: 'ok' }]);
  });
});
