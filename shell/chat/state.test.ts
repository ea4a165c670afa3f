import { describe, expect, it } from 'vitest';
import type { ToolResult } from '../../tools/tool-result.js';
import {
  type ChatAction,
  type ChatState,
  chatReducer,
  expandPastes,
  fixedLiveRows,
  initialState,
  rowsOf,
} from './state.js';

const fresh = (rows = 24, columns = 80) =>
  initialState({ columns, rows, status: { model: 'offline', cartridge: '~/fazt.db', tokens: 0 } });
const run = (state: ChatState, ...actions: ChatAction[]) => actions.reduce(chatReducer, state);
const delta = (text: string): ChatAction => ({ type: 'event', event: { type: 'text-delta', text } });
const answers = (state: ChatState) =>
  state.items.flatMap((item) => (item.kind === 'answer' ? [item.markdown] : []));
const ok: ToolResult = {
  ok: true,
  tool: 'notes_add',
  output: { id: 1 },
  text: 'Noted (#1).',
  durationMs: 3,
  auditId: 1,
};

describe('the chat reducer', () => {
  it('prints finished blocks once and keeps the growing one live', () => {
    let state = run(
      fresh(),
      { type: 'submit', shown: 'hi', remembered: 'hi' },
      delta('Hello '),
      delta('there.\n\nSecond'),
    );
    expect(answers(state)).toEqual(['Hello there.\n\n']);
    expect(state.tail).toBe('Second');
    state = run(state, delta(' para.'), {
      type: 'event',
      event: { type: 'finish', answer: 'x', status: 'done', usage: { inputTokens: 1, outputTokens: 2 } },
    });
    expect(answers(state)).toEqual(['Hello there.\n\n', 'Second para.']);
    expect(state.tail).toBe('');
  });

  it('an answer whose turn could not be saved is shown, then one note saying so', () => {
    const unsaved =
      'This turn could not be saved in the conversation: another fazt process (pid 42) is writing to the cartridge. The answer is still right.';
    const state = run(
      fresh(),
      { type: 'submit', shown: 'locker?', remembered: 'locker?' },
      {
        type: 'event',
        event: {
          type: 'finish',
          answer: 'Your locker is 12.',
          status: 'done',
          usage: { inputTokens: 0, outputTokens: 0 },
          unsaved,
        },
      },
    );
    expect(answers(state)).toEqual(['Your locker is 12.']);
    expect(
      state.items.filter((item) => item.kind === 'notice').map((item) => item.kind === 'notice' && item.text),
    ).toEqual([unsaved]);
  });

  it('keeps the live region shorter than the terminal however long the answer, each line printed once', () => {
    for (const [rows, columns] of [
      [24, 80],
      [12, 40],
      [10, 20],
    ] as const) {
      let state = run(fresh(rows, columns), { type: 'submit', shown: 'go', remembered: 'go' });
      const lines = Array.from({ length: 500 }, (_, index) => `line ${index} ${'x'.repeat(index % 60)}`);
      for (const line of lines) {
        state = chatReducer(state, delta(`${line}\n`));
        expect(rowsOf(state.tail, state.columns) + fixedLiveRows(state)).toBeLessThan(rows);
      }
      state = run(state, { type: 'turn-ended', outcome: 'finished' });
      expect(answers(state).join('')).toBe(lines.map((line) => `${line}\n`).join(''));
    }
  });

  it('never prints half a table or an open code fence unless it is taller than the screen', () => {
    let state = run(
      fresh(),
      { type: 'submit', shown: 'go', remembered: 'go' },
      delta('Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'),
    );
    expect(answers(state)).toEqual(['Intro.\n\n']);
    state = run(state, delta('\nAfter.'));
    expect(answers(state)).toEqual(['Intro.\n\n', '| a | b |\n|---|---|\n| 1 | 2 |\n\n']);
    let fence = run(fresh(12), { type: 'submit', shown: 'go', remembered: 'go' }, delta('```js\n'));
    for (let index = 0; index < 30; index++) fence = chatReducer(fence, delta(`code ${index}\n`));
    expect(answers(fence).length).toBeGreaterThan(0);
    // The lines after a flushed piece still read as code.
    expect(fence.tail.startsWith('```js\n')).toBe(true);
  });

  it('takes escape sequences and control characters out of typed input', () => {
    const state = run(
      fresh(),
      { type: 'insert', text: 'a\u001b[2J\u0007b' },
      { type: 'paste', text: 'c\u001b]0;title\u0007d' },
    );
    expect(state.input.value).toBe('abcd');
  });

  it('takes escape sequences out of model text', () => {
    const state = run(
      fresh(),
      { type: 'submit', shown: 'go', remembered: 'go' },
      delta('a\u001b[2Jb\u0007\n\nc'),
    );
    expect(answers(state)).toEqual(['ab\n\n']);
  });

  it('shows a tool call as a live card, then prints it once with its outcome', () => {
    let state = run(fresh(), { type: 'submit', shown: 'go', remembered: 'go' }, delta('Let me note it.'), {
      type: 'event',
      event: { type: 'tool-call-start', callId: 'c1', name: 'notes_add', input: { text: 'milk' } },
    });
    expect(answers(state)).toEqual(['Let me note it.']);
    expect(state.running).toMatchObject([{ name: 'notes_add', status: 'running' }]);
    state = chatReducer(state, {
      type: 'event',
      event: { type: 'tool-call-end', callId: 'c1', name: 'notes_add', input: { text: 'milk' }, result: ok },
    });
    expect(state.running).toEqual([]);
    expect(state.items.at(-1)).toMatchObject({
      kind: 'tool',
      card: { status: 'ok', outcome: 'Noted (#1).', durationMs: 3 },
      details: false,
    });
    state = chatReducer(state, { type: 'toggle-details' });
    expect(state.details).toBe(true);
    expect(state.items.at(-1)).toMatchObject({ kind: 'details', card: { name: 'notes_add' } });
  });

  it('cancel keeps the partial answer, marks it, and ends running cards', () => {
    const state = run(
      fresh(),
      { type: 'submit', shown: 'go', remembered: 'go' },
      delta('Partial ans'),
      { type: 'event', event: { type: 'tool-call-start', callId: 'c1', name: 'notes_add', input: {} } },
      { type: 'approval-asked', approval: { name: 'notes_add', input: {}, risk: 'write' } },
      { type: 'turn-ended', outcome: 'cancelled' },
    );
    expect(state.phase).toBe('idle');
    expect(state.approval).toBeUndefined();
    expect(state.items.some((item) => item.kind === 'answer' && item.markdown === 'Partial ans')).toBe(true);
    expect(state.items.some((item) => item.kind === 'tool' && item.card.status === 'cancelled')).toBe(true);
    expect(state.items.at(-1)).toMatchObject({
      kind: 'notice',
      text: 'Cancelled. Nothing of this turn was saved.',
    });
  });

  it('an error is one plain sentence', () => {
    const state = run(
      fresh(),
      { type: 'submit', shown: 'go', remembered: 'go' },
      {
        type: 'turn-ended',
        outcome: 'error',
        message:
          'The model at http://127.0.0.1:1 did not answer within 30 s. Check it runs.\n    at fetch (node:internal)',
      },
    );
    expect(state.items.at(-1)).toMatchObject({
      kind: 'notice',
      tone: 'error',
      text: 'The model at http://127.0.0.1:1 did not answer within 30 s.',
    });
  });

  it('edits the input by code point, recalls history, and keeps the draft', () => {
    let state = { ...fresh(), history: ['first', 'second'] };
    state = run(state, { type: 'insert', text: 'a😀b' }, { type: 'move', to: 'left' }, { type: 'backspace' });
    expect(state.input).toMatchObject({ value: 'ab', cursor: 1 });
    state = run(state, { type: 'history', direction: 'older' });
    expect(state.input.value).toBe('second');
    state = run(state, { type: 'history', direction: 'older' }, { type: 'history', direction: 'older' });
    expect(state.input.value).toBe('first');
    state = run(state, { type: 'history', direction: 'newer' }, { type: 'history', direction: 'newer' });
    expect(state.input.value).toBe('ab');
    state = run(state, { type: 'insert', text: ' c d' }, { type: 'delete-word' });
    expect(state.input.value).toBe('ab c ');
  });

  it('a multi-line paste is a placeholder that sends the full text, and goes as a whole', () => {
    const pasted = Array.from({ length: 214 }, (_, index) => `row ${index}`).join('\n');
    let state = run(fresh(), { type: 'insert', text: 'summarise ' }, { type: 'paste', text: pasted });
    expect(state.input.value).toBe('summarise [pasted 214 lines]');
    expect(expandPastes(state.input)).toBe(`summarise ${pasted}`);
    state = run(state, { type: 'paste', text: 'a\r\nb' });
    expect(state.input.value).toBe('summarise [pasted 214 lines][pasted 2 lines]');
    state = run(state, { type: 'backspace' });
    expect(state.input.value).toBe('summarise [pasted 214 lines]');
    expect(Object.keys(state.input.pastes)).toEqual(['[pasted 214 lines]']);
    expect(run(fresh(), { type: 'paste', text: 'one line' }).input.value).toBe('one line');
    const long = run(fresh(), { type: 'paste', text: 'é'.repeat(5000) });
    expect(long.input.value).toBe('[pasted 5000 characters]');
    expect(expandPastes(long.input)).toBe('é'.repeat(5000));
  });

  it('counts tokens from usage events, and /clear and /redraw remount what Static prints', () => {
    let state = run(fresh(), { type: 'event', event: { type: 'usage', inputTokens: 90, outputTokens: 10 } });
    expect(state.status.tokens).toBe(100);
    state = run(
      state,
      { type: 'notice', text: 'one' },
      { type: 'notice', text: 'two' },
      { type: 'clear-screen' },
    );
    expect([state.staticKey, state.staticFrom]).toEqual([1, 2]);
    state = run(state, { type: 'notice', text: 'three' }, { type: 'redraw' });
    expect([state.staticKey, state.staticFrom]).toEqual([2, 2]);
  });

  it('moves through picker hits and wraps around', () => {
    const hits = ['a', 'b', 'c'].map((id) => ({ id, title: id, snippet: '', updatedAt: 0 }));
    let state = run(fresh(), { type: 'picker', query: '', hits });
    state = run(state, { type: 'picker-move', by: -1 });
    expect(state.picker?.selected).toBe(2);
    state = run(state, { type: 'picker', query: 'x', hits: hits.slice(0, 1) }, { type: 'picker-close' });
    expect([state.phase, state.picker]).toEqual(['idle', undefined]);
  });
});
