import type { PlannerEvent } from '../../agent/planner.js';
import type { Risk } from '../../tools/define-tool.js';
import { splitComplete, splitOverflow } from './markdown-text.js';
import { complete, completions } from './slash.js';
import { printable } from './text.js';

/** One tool call as the chat shows it: a one-line card, details on demand. */
export interface ToolCard {
  callId: string;
  name: string;
  input: unknown;
  status: 'running' | 'ok' | 'error' | 'declined' | 'cancelled' | 'needs_approval';
  /** The result's sentence, or the error's first sentence. */
  outcome?: string;
  output?: unknown;
  durationMs?: number;
}

/** What has been printed for good: `<Static>` shows each item once and never again. */
export type Item =
  | { id: number; kind: 'user'; text: string }
  /** `joined`: a piece of a block too tall for the live region; the next piece follows without a gap. */
  | { id: number; kind: 'answer'; markdown: string; cancelled?: boolean; joined?: boolean }
  | { id: number; kind: 'tool'; card: ToolCard; details: boolean }
  | { id: number; kind: 'details'; card: ToolCard }
  | { id: number; kind: 'notice'; text: string; tone: 'info' | 'error' | 'dim' }
  | { id: number; kind: 'lines'; lines: string[] };

type NewItem = Item extends infer T ? (T extends Item ? Omit<T, 'id'> : never) : never;

export interface PendingApproval {
  name: string;
  input: unknown;
  risk: Risk;
}

export interface PickerHit {
  id: string;
  title: string;
  snippet: string;
  updatedAt: number;
}

export interface InputState {
  value: string;
  /** Cursor position in `value`, in UTF-16 units, always on a code point boundary. */
  cursor: number;
  /** The full text behind each `[pasted N lines]` placeholder in `value`. */
  pastes: Record<string, string>;
}

export interface StatusInfo {
  model: string;
  cartridge: string;
  tokens: number;
  /** Whether `fazt serve` answers on its port; undefined until known. */
  serve?: boolean;
  conversationId?: string;
}

export interface ChatState {
  items: Item[];
  nextId: number;
  /** Changing it remounts `<Static>` (`/clear`, `/redraw`), which then prints `items` from `staticFrom`. */
  staticKey: number;
  staticFrom: number;
  phase: 'idle' | 'running' | 'picker';
  /** The answer's markdown not yet printed: the block that may still grow. */
  tail: string;
  /** Answer text streamed this turn (to tell whether `finish.answer` still needs printing). */
  streamed: boolean;
  running: ToolCard[];
  approval?: PendingApproval;
  input: InputState;
  history: string[];
  /** Position while walking the history with ↑/↓; undefined at the fresh input. */
  historyIndex?: number;
  draft: string;
  /** Ctrl+O: tool cards show their full input and output (sticky for the session). */
  details: boolean;
  /** The last key was Ctrl+C on an empty idle prompt: another one exits. */
  exitArmed: boolean;
  columns: number;
  rows: number;
  status: StatusInfo;
  picker?: { query: string; hits: PickerHit[]; selected: number };
  /** The input Tab was pressed on with several commands left: the prompt lists them all. */
  completionsFor?: string;
}

export type ChatAction =
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'insert'; text: string }
  | { type: 'paste'; text: string }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'move'; to: 'left' | 'right' | 'home' | 'end' }
  | { type: 'delete-word' }
  | { type: 'clear-input' }
  | { type: 'set-input'; value: string }
  /** Tab: completes a slash command from the input as it is now (not as a key handler last saw it). */
  | { type: 'complete' }
  | { type: 'history'; direction: 'older' | 'newer' }
  | { type: 'submit'; shown: string; remembered: string }
  | { type: 'slash'; remembered: string }
  | { type: 'event'; event: PlannerEvent }
  | { type: 'approval-asked'; approval: PendingApproval }
  | { type: 'approval-answered'; answer: 'once' | 'always' | 'no' }
  | { type: 'turn-ended'; outcome: 'finished' | 'cancelled' | 'error'; message?: string }
  | { type: 'notice'; text: string; tone?: 'info' | 'error' | 'dim' }
  | { type: 'lines'; lines: string[] }
  | { type: 'toggle-details' }
  | { type: 'exit-armed'; armed: boolean }
  | { type: 'status'; status: Partial<StatusInfo> }
  | { type: 'picker'; query: string; hits: PickerHit[] }
  | { type: 'picker-move'; by: number }
  /** Typing in the picker: `append` adds text, `erase` takes the last character, `clear` empties. */
  | { type: 'picker-edit'; append?: string; erase?: boolean; clear?: boolean }
  | { type: 'picker-close' }
  | { type: 'replay'; items: NewItem[] }
  | { type: 'clear-screen' }
  | { type: 'redraw' };

/** A paste of at least this many lines is shown as `[pasted N lines]`. */
export const PASTE_LINES = 2;
/** A one-line paste longer than this is shown as `[pasted N characters]`. */
export const PASTE_CHARS = 1000;
/** Lines the prompt shows of a long multi-line input (the rest is summarised). */
export const INPUT_LINES = 5;

export function initialState(options: {
  columns: number;
  rows: number;
  status: StatusInfo;
  history?: string[];
}): ChatState {
  return {
    items: [],
    nextId: 1,
    staticKey: 0,
    staticFrom: 0,
    phase: 'idle',
    tail: '',
    streamed: false,
    running: [],
    input: { value: '', cursor: 0, pastes: {} },
    history: options.history ?? [],
    draft: '',
    details: false,
    exitArmed: false,
    columns: Math.max(1, options.columns),
    rows: Math.max(1, options.rows),
    status: options.status,
  };
}

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** Terminal rows `text` takes at `columns` (wide characters count twice; an estimate, never low for text). */
export function rowsOf(text: string, columns: number): number {
  let rows = 0;
  for (const line of text.split('\n')) {
    let width = 0;
    for (const char of line) width += WIDE.test(char) ? 2 : 1;
    rows += Math.max(1, Math.ceil(width / Math.max(1, columns)));
  }
  return rows;
}

/** How many slash commands the prompt lists under the input, and whether it lists all of them. */
export function shownCompletions(state: ChatState): { shown: number; more: number; all: boolean } {
  const count = completions(state.input.value).length;
  const all = state.completionsFor === state.input.value && count > 1;
  const shown = all ? count : Math.min(4, count);
  return { shown, more: count - shown, all };
}

/** Rows the completion list takes: the commands, plus a line saying how many more, or a header. */
function completionLines(state: ChatState): number {
  const { shown, more, all } = shownCompletions(state);
  return shown + (more > 0 || all ? 1 : 0);
}

/** Rows the live region needs besides the streaming tail: status, prompt, cards, approval, margins. */
export function fixedLiveRows(state: ChatState): number {
  const inputRows = Math.min(
    INPUT_LINES + 1,
    rowsOf(state.input.value || ' ', Math.max(1, state.columns - 2)),
  );
  const completionRows = completionLines(state);
  const approvalRows = state.approval ? 3 + rowsOf(state.approval.name, state.columns) : 0;
  const pickerRows = state.picker ? Math.min(8, state.picker.hits.length) * 2 + 3 : 0;
  return 1 + inputRows + completionRows + state.running.length * 2 + approvalRows + pickerRows + 3;
}

/**
 * Rows the streaming tail may take so that the whole live region stays shorter than the
 * terminal (Ink clears the screen once its frame is as tall as the terminal). Markdown adds rows
 * of its own (table borders, a heading's blank line), hence the margin of 4.
 */
export function tailBudget(state: ChatState): number {
  return Math.max(1, state.rows - fixedLiveRows(state) - 4);
}

const add = (state: ChatState, ...items: NewItem[]): ChatState => {
  let { nextId } = state;
  const added = items.map((item) => ({ ...item, id: nextId++ }) as Item);
  return { ...state, items: [...state.items, ...added], nextId };
};

/** Prints the complete blocks of the tail, then whole lines of a block too tall for the live region. */
function flushTail(state: ChatState): ChatState {
  let next = state;
  const { complete, tail } = splitComplete(next.tail);
  if (complete.trim()) next = add({ ...next, tail }, { kind: 'answer', markdown: complete });
  else if (complete) next = { ...next, tail };
  const budget = tailBudget(next);
  while (rowsOf(next.tail, next.columns) > budget) {
    const { flush, rest } = splitOverflow(next.tail);
    if (!flush) break;
    next = add({ ...next, tail: rest }, { kind: 'answer', markdown: flush, joined: true });
  }
  return next;
}

/** Prints whatever is left of the answer (the turn ended, or a tool call starts a new block). */
function flushAll(state: ChatState, cancelled = false): ChatState {
  const rest = state.tail;
  const next = { ...state, tail: '' };
  if (!rest.trim()) return cancelled ? add(next, { kind: 'answer', markdown: '', cancelled }) : next;
  return add(next, { kind: 'answer', markdown: rest, ...(cancelled ? { cancelled } : {}) });
}

/** The first sentence (or line) of a message: errors are shown as one plain sentence. */
export function firstSentence(message: string): string {
  const line = printable(message).trim().split('\n')[0] ?? '';
  const match = /^(.{20,}?[.!?])\s/.exec(line);
  return match ? match[1]! : line;
}

const finishCard = (state: ChatState, card: ToolCard): ChatState => {
  const running = state.running.filter((item) => item.callId !== card.callId);
  return add({ ...state, running }, { kind: 'tool', card, details: state.details });
};

function onEvent(state: ChatState, event: PlannerEvent): ChatState {
  switch (event.type) {
    case 'text-delta': {
      if (!event.text) return state;
      return flushTail({ ...state, tail: state.tail + printable(event.text), streamed: true });
    }
    case 'tool-call-start': {
      const flushed = flushAll(state);
      const card: ToolCard = {
        callId: event.callId,
        name: event.name,
        input: event.input,
        status: 'running',
      };
      return { ...flushed, running: [...flushed.running, card] };
    }
    case 'tool-call-end': {
      const { result } = event;
      const card: ToolCard = {
        callId: event.callId,
        name: event.name,
        input: event.input,
        durationMs: result.durationMs,
        ...(result.ok
          ? { status: 'ok', outcome: firstSentence(result.text), output: result.output }
          : {
              status:
                result.error.code === 'needs_approval'
                  ? 'needs_approval'
                  : result.error.code === 'aborted'
                    ? 'cancelled'
                    : /declined/.test(result.error.message)
                      ? 'declined'
                      : 'error',
              outcome: firstSentence(result.error.message),
            }),
      };
      return finishCard(state, card);
    }
    case 'usage':
      return {
        ...state,
        status: { ...state.status, tokens: state.status.tokens + event.inputTokens + event.outputTokens },
      };
    case 'finish': {
      const next = !state.streamed && event.answer ? { ...state, tail: printable(event.answer) } : state;
      const flushed = flushAll(next);
      return event.unsaved
        ? add(flushed, { kind: 'notice', text: printable(event.unsaved), tone: 'dim' })
        : flushed;
    }
    case 'error':
    case 'approval-request':
      return state;
  }
}

const at = (input: InputState, value: string, cursor: number): InputState => ({ ...input, value, cursor });

/** The code point before `index` starts here (so the cursor never splits a surrogate pair). */
const previousBoundary = (text: string, index: number) =>
  index >= 2 && /[\udc00-\udfff]/.test(text[index - 1] ?? '') && /[\ud800-\udbff]/.test(text[index - 2] ?? '')
    ? index - 2
    : Math.max(0, index - 1);
const nextBoundary = (text: string, index: number) =>
  /[\ud800-\udbff]/.test(text[index] ?? '') && /[\udc00-\udfff]/.test(text[index + 1] ?? '')
    ? index + 2
    : Math.min(text.length, index + 1);

/** The text to send: each `[pasted N lines]` placeholder replaced by what was pasted. */
export function expandPastes(input: InputState): string {
  let text = input.value;
  for (const [placeholder, pasted] of Object.entries(input.pastes))
    text = text.split(placeholder).join(pasted);
  return text;
}

function insert(state: ChatState, text: string): ChatState {
  const { value, cursor } = state.input;
  const next = at(state.input, value.slice(0, cursor) + text + value.slice(cursor), cursor + text.length);
  return { ...state, input: next, exitArmed: false };
}

function paste(state: ChatState, raw: string): ChatState {
  const text = raw.replace(/\r\n?/g, '\n');
  const lines = text.replace(/\n$/, '').split('\n').length;
  if (lines < PASTE_LINES && text.length <= PASTE_CHARS) return insert(state, printable(text));
  const label = lines < PASTE_LINES ? `${[...text].length} characters` : `${lines} lines`;
  let placeholder = `[pasted ${label}]`;
  for (let n = 2; placeholder in state.input.pastes; n++) placeholder = `[pasted ${label} #${n}]`;
  const inserted = insert(state, placeholder);
  return {
    ...inserted,
    input: { ...inserted.input, pastes: { ...state.input.pastes, [placeholder]: text } },
  };
}

/** The screen state of the chat: a pure reducer, tested without rendering. */
export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'resize': {
      const next = { ...state, columns: Math.max(1, action.columns), rows: Math.max(1, action.rows) };
      return next.phase === 'running' ? flushTail(next) : next;
    }
    case 'insert':
      return insert(state, printable(action.text));
    case 'paste':
      return paste(state, action.text);
    case 'backspace': {
      const { value, cursor } = state.input;
      if (cursor === 0) return state;
      // A placeholder goes as a whole, and its paste with it.
      const placeholder = Object.keys(state.input.pastes).find((key) => value.slice(0, cursor).endsWith(key));
      if (placeholder) {
        const pastes = { ...state.input.pastes };
        delete pastes[placeholder];
        const start = cursor - placeholder.length;
        return {
          ...state,
          input: { value: value.slice(0, start) + value.slice(cursor), cursor: start, pastes },
        };
      }
      const start = previousBoundary(value, cursor);
      return { ...state, input: at(state.input, value.slice(0, start) + value.slice(cursor), start) };
    }
    case 'delete': {
      const { value, cursor } = state.input;
      if (cursor >= value.length) return state;
      return {
        ...state,
        input: at(state.input, value.slice(0, cursor) + value.slice(nextBoundary(value, cursor)), cursor),
      };
    }
    case 'move': {
      const { value, cursor } = state.input;
      const to = {
        left: previousBoundary(value, cursor),
        right: nextBoundary(value, cursor),
        home: value.lastIndexOf('\n', cursor - 1) + 1,
        end: value.indexOf('\n', cursor) === -1 ? value.length : value.indexOf('\n', cursor),
      }[action.to];
      return { ...state, input: at(state.input, value, to) };
    }
    case 'delete-word': {
      const { value, cursor } = state.input;
      const start = value.slice(0, cursor).replace(/\S+\s*$/u, '').length;
      return { ...state, input: at(state.input, value.slice(0, start) + value.slice(cursor), start) };
    }
    case 'clear-input':
      return { ...state, input: { value: '', cursor: 0, pastes: {} }, historyIndex: undefined, draft: '' };
    case 'set-input':
      return { ...state, input: { value: action.value, cursor: action.value.length, pastes: {} } };
    case 'complete': {
      const { value, pastes } = state.input;
      if (Object.keys(pastes).length) return state;
      const next = complete(value);
      if (next !== value) return { ...state, input: { value: next, cursor: next.length, pastes: {} } };
      // Nothing more to fill in: several commands are left, so list every one of them.
      return completions(value).length > 1 ? { ...state, completionsFor: value } : state;
    }
    case 'history': {
      const { history } = state;
      if (history.length === 0) return state;
      const current = state.historyIndex;
      const draft = current === undefined ? state.input.value : state.draft;
      let index: number | undefined;
      if (action.direction === 'older')
        index = current === undefined ? history.length - 1 : Math.max(0, current - 1);
      else index = current === undefined || current >= history.length - 1 ? undefined : current + 1;
      const value = index === undefined ? draft : history[index]!;
      return { ...state, historyIndex: index, draft, input: { value, cursor: value.length, pastes: {} } };
    }
    case 'submit': {
      const next = add(state, { kind: 'user', text: action.shown });
      return {
        ...next,
        phase: 'running',
        tail: '',
        streamed: false,
        input: { value: '', cursor: 0, pastes: {} },
        history: remember(state.history, action.remembered),
        historyIndex: undefined,
        draft: '',
        exitArmed: false,
      };
    }
    case 'slash':
      return {
        ...state,
        input: { value: '', cursor: 0, pastes: {} },
        history: remember(state.history, action.remembered),
        historyIndex: undefined,
        draft: '',
        exitArmed: false,
      };
    case 'event':
      return onEvent(state, action.event);
    case 'approval-asked':
      return { ...flushAll(state), approval: action.approval };
    case 'approval-answered': {
      const name = state.approval?.name ?? 'the tool';
      const text = {
        once: `approved ${name} once`,
        always: `approved ${name} for the rest of this conversation`,
        no: `declined ${name}`,
      }[action.answer];
      const { approval: _answered, ...rest } = state;
      return add(rest, { kind: 'notice', text, tone: 'dim' });
    }
    case 'turn-ended': {
      const cancelled = action.outcome === 'cancelled';
      let next: ChatState = flushAll(state, cancelled);
      for (const card of next.running)
        next = finishCard(next, { ...card, status: 'cancelled', outcome: 'cancelled' });
      const { approval: _dropped, ...rest } = next;
      next = { ...rest, phase: 'idle', running: [], tail: '' };
      if (cancelled)
        return add(next, { kind: 'notice', text: 'Cancelled. Nothing of this turn was saved.', tone: 'dim' });
      if (action.outcome === 'error') {
        return add(next, {
          kind: 'notice',
          text: firstSentence(action.message ?? 'Something went wrong.'),
          tone: 'error',
        });
      }
      return next;
    }
    case 'notice':
      return add(state, { kind: 'notice', text: printable(action.text), tone: action.tone ?? 'info' });
    case 'lines':
      return add(state, { kind: 'lines', lines: action.lines.map(printable) });
    case 'toggle-details': {
      const details = !state.details;
      const last = [...state.items].reverse().find((item) => item.kind === 'tool');
      const next = { ...state, details };
      if (details && last?.kind === 'tool' && !last.details)
        return add(next, { kind: 'details', card: last.card });
      return add(next, {
        kind: 'notice',
        text: details ? 'Tool details on (Ctrl+O hides them).' : 'Tool details off (Ctrl+O shows them).',
        tone: 'dim',
      });
    }
    case 'exit-armed':
      return { ...state, exitArmed: action.armed };
    case 'status':
      return { ...state, status: { ...state.status, ...action.status } };
    case 'picker':
      // Hits for a query the person has typed past by now are stale: the next search brings them.
      if (state.picker && state.picker.query !== action.query) return state;
      return {
        ...state,
        phase: 'picker',
        picker: {
          query: action.query,
          hits: action.hits,
          selected: Math.min(state.picker?.selected ?? 0, Math.max(0, action.hits.length - 1)),
        },
      };
    case 'picker-move': {
      if (!state.picker) return state;
      const count = state.picker.hits.length;
      if (count === 0) return state;
      const selected = (state.picker.selected + action.by + count) % count;
      return { ...state, picker: { ...state.picker, selected } };
    }
    case 'picker-edit': {
      if (!state.picker) return state;
      let query = action.clear ? '' : state.picker.query;
      if (action.erase) query = [...query].slice(0, -1).join('');
      if (action.append) query += printable(action.append).replace(/\s+/g, ' ');
      return { ...state, picker: { ...state.picker, query: query.slice(0, 200) } };
    }
    case 'picker-close': {
      const { picker: _closed, ...rest } = state;
      return { ...rest, phase: 'idle' };
    }
    case 'replay':
      return add(state, ...action.items);
    case 'clear-screen':
      return { ...state, staticKey: state.staticKey + 1, staticFrom: state.items.length };
    case 'redraw': {
      // Repaint what fits on one screen: the newest items, oldest of them first.
      let rows = 0;
      let from = state.items.length;
      while (from > state.staticFrom && rows < state.rows - fixedLiveRows(state)) {
        from -= 1;
        rows += itemRows(state.items[from]!, state.columns);
      }
      return { ...state, staticKey: state.staticKey + 1, staticFrom: from };
    }
  }
}

function itemRows(item: Item, columns: number): number {
  switch (item.kind) {
    case 'answer':
      return rowsOf(item.markdown, columns) + 1;
    case 'lines':
      return rowsOf(item.lines.join('\n'), columns);
    case 'details':
      return 6;
    case 'user':
      return rowsOf(item.text, columns) + 1;
    default:
      return 1;
  }
}

function remember(history: string[], text: string): string[] {
  if (!text.trim() || history.at(-1) === text) return history;
  return [...history, text].slice(-1000);
}
