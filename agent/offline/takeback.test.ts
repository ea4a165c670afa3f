import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../../cartridge/conversations.js';
import { offlineWorld } from '../../test/helpers/offline.js';
import { followUp, readFollowUp } from './followup.js';
import { undoAfterMemory, undoKept } from './takeback.js';

/** A stored turn whose `memory_remember` calls kept (or, with `kept`, did not keep) each key. */
function rememberTurn(request: string, keys: string[], kept = false): ConversationMessage[] {
  const messages: ConversationMessage[] = [{ role: 'user', content: request }];
  keys.forEach((key, index) => {
    messages.push({
      role: 'assistant',
      content: [
        {
          type: 'tool-call',
          toolCallId: `r${index}`,
          toolName: 'memory_remember',
          input: { key, value: '1' },
        },
      ],
    });
    messages.push({
      role: 'tool',
      content: [
        {
          type: 'tool-result',
          toolCallId: `r${index}`,
          toolName: 'memory_remember',
          output: {
            type: 'json',
            value: {
              ok: true,
              output: { entry: { key, label: key, value: '1' }, created: true, ...(kept ? { kept } : {}) },
            },
          },
        },
      ],
    });
  });
  messages.push({ role: 'assistant', content: `Remembered: your ${keys.join(' and ')}.` });
  return messages;
}

describe('a take-back right after a write forgets what it kept, asked first (S26 M3)', () => {
  const shed = rememberTurn('remember my shed code is 4242', ['shed code']);
  it.each([
    'scratch that',
    'undo that',
    'undo',
    "never mind, don't save that",
    'oops, scratch that',
    'take that back',
  ])('"%s"', (request) => {
    expect(followUp(request, shed)).toBe('forget my shed code');
  });

  it('names every fact the turn kept', () => {
    const two = rememberTurn('remember my locker is 12 and my gym PIN is 5566', ['locker', 'gym PIN']);
    expect(followUp('scratch that', two)).toBe('forget my locker and my gym PIN');
    expect(undoKept('undo that', [])).toBeUndefined();
  });

  it('a turn that kept nothing (asked back) is no write to undo', () => {
    expect(followUp('scratch that', rememberTurn('my shed code is 1', ['shed code'], true))).toBeUndefined();
  });

  it('other words are no take-back', () => {
    expect(
      undoKept('scratch my back', [
        { name: 'memory_remember', input: {}, output: { entry: { label: 'x' } } },
      ]),
    ).toBeUndefined();
  });

  it('the planner asks consent, and forgets with it', async () => {
    const { planner, executor, facts } = offlineWorld();
    const run = async (text: string, history: ConversationMessage[], approved = false) => {
      const events = [];
      for await (const event of planner.run(
        { text, approved, history },
        { executor, caller: { kind: 'person', id: 'test' } },
      ))
        events.push(event);
      return events.at(-1) as { type: 'finish'; answer: string; status: string };
    };
    await run('remember my shed code is 4242', []);
    const asked = await run('scratch that', shed);
    expect(asked.answer).toContain('shed code');
    expect(facts()).toEqual([['shed code', '4242']]);
    await run('scratch that', shed, true);
    expect(facts()).toEqual([]);
  });
});

describe('"actually the locker is 21" names the fact (S26 M1)', () => {
  const two = rememberTurn('remember my locker is 12 and my gym PIN is 5566', ['locker', 'gym PIN']);
  it('is read as the statement it is, not a value for one of the two', () => {
    expect(followUp('actually the locker is 21', two)).toBeUndefined();
    expect(followUp('actually 21', rememberTurn('remember my locker is 12', ['locker']))).toBe(
      'actually my locker is 21',
    );
  });
});

/** A stored turn whose `memory_forget` call forgot `key` (its value already scrubbed). */
function forgetTurn(key: string): ConversationMessage[] {
  return [
    { role: 'user', content: `forget my ${key}` },
    {
      role: 'assistant',
      content: [{ type: 'tool-call', toolCallId: 'f0', toolName: 'memory_forget', input: { key } }],
    },
    {
      role: 'tool',
      content: [
        {
          type: 'tool-result',
          toolCallId: 'f0',
          toolName: 'memory_forget',
          output: {
            type: 'json',
            value: { ok: true, output: { forgotten: { key, label: key, value: '[forgotten]' } } },
          },
        },
      ],
    },
    { role: 'assistant', content: `Forgot your ${key}.` },
  ];
}

describe('"undo" after a forget says plainly a forget is final (S28 H6)', () => {
  const plate = forgetTurn('car plate');
  it.each(['oops, undo that', 'undo', 'undo that', 'take that back', 'scratch that', 'bring it back'])(
    '"%s"',
    (request) => {
      const read = readFollowUp(request, plate);
      expect(read).toMatchObject({ kind: 'answer', status: 'done' });
      const text = (read as { text: string }).text;
      expect(text).toContain('A forget cannot be undone');
      expect(text).toContain('"remember my car plate is …"');
      expect(text).not.toContain('I changed nothing');
      expect(text).not.toContain('[forgotten]');
    },
  );

  it('a second "undo" after that answer still reads the forget, never an app', () => {
    const after: ConversationMessage[] = [
      ...plate,
      { role: 'user', content: 'oops, undo that' },
      { role: 'assistant', content: 'A forget cannot be undone: …' },
    ];
    expect((readFollowUp('undo', after) as { text: string }).text).toContain('A forget cannot be undone');
  });

  it('"undo" after a lookup says nothing was changed, never an app rollback', () => {
    const lookup: ConversationMessage[] = [
      { role: 'user', content: 'what is my shed code' },
      {
        role: 'assistant',
        content: [
          { type: 'tool-call', toolCallId: 'q0', toolName: 'memory_recall', input: { key: 'shed code' } },
        ],
      },
    ];
    expect((readFollowUp('undo', lookup) as { text: string }).text).toContain('There is nothing to undo');
    expect(undoAfterMemory('undo', [{ name: 'apps_deploy', input: {} }])).toBeUndefined();
    expect(undoAfterMemory('forget my car', [{ name: 'memory_recall', input: {} }])).toBeUndefined();
  });

  it('the planner answers it without writing', async () => {
    const { planner, executor, facts, remember } = offlineWorld();
    await remember([['locker', '55']]);
    const events = [];
    for await (const event of planner.run(
      { text: 'oops, undo that', approved: true, history: forgetTurn('car plate') },
      { executor, caller: { kind: 'person', id: 'test' } },
    ))
      events.push(event);
    const finish = events.at(-1) as { type: 'finish'; answer: string };
    expect(finish.answer).toContain('A forget cannot be undone');
    expect(events.some((event) => event.type === 'tool-call-start')).toBe(false);
    expect(facts()).toEqual([['locker', '55']]);
  });
});

describe('a take-back with a comma after its opening words is still a take-back (S28 M6)', () => {
  const locker = rememberTurn('remember my locker is 55', ['locker']);
  it.each(["wait no, don't save that", "no, don't save that", 'oh, never mind', 'wait, scratch that'])(
    '"%s" forgets what the turn kept, asked first',
    (request) => {
      expect(followUp(request, locker)).toBe('forget my locker');
    },
  );

  it('is never a fact named "don\'t"', async () => {
    const { ask, facts } = offlineWorld();
    const { finish } = await ask("wait no, don't save that");
    expect(finish.answer).not.toContain("your don't");
    expect(facts()).toEqual([]);
  });
});
