import { type Dispatch, useCallback, useEffect, useReducer, useRef } from 'react';
import { errorMessage } from '../../cartridge/errors.js';
import type { ConversationHit } from '../../tools/chat/store.js';
import { safeForTerminal } from '../terminal-text.js';
import { type ChatEngine, notificationFor, type ReplayedMessage } from './engine.js';
import { loadMarkdown } from './markdown-text.js';
import { findCommand, helpLines, parseSlash, unknownCommand } from './slash.js';
import {
  type ChatAction,
  type ChatState,
  chatReducer,
  expandPastes,
  initialState,
  type PickerHit,
} from './state.js';
import { clip, printable } from './text.js';

export interface ChatIO {
  /** Writes straight to the terminal (bell, clear screen); never text that Ink draws. */
  write(data: string): void;
  exit(): void;
}

export interface UseChat {
  state: ChatState;
  dispatch: Dispatch<ChatAction>;
  /** Sends the input (with `typed`, text that came in the same chunk as Enter, added at the cursor). */
  submit(typed?: string): void;
  cancel(): void;
  answer(answer: 'once' | 'always' | 'no'): void;
  search(query: string): void;
  pick(): void;
}

// Titles and snippets are what someone once typed: escapes and bidi overrides are shown, not obeyed.
const toHit = (hit: ConversationHit): PickerHit => ({
  id: hit.conversation.id,
  title: safeForTerminal(hit.conversation.title ?? ''),
  snippet: safeForTerminal(hit.snippet),
  updatedAt: hit.conversation.updatedAt,
});

const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/**
 * What `/resume <words>` says when no conversation matches: that, the most recent ones (id to
 * give `/resume`), and how to search them all. Titles come from storage: control characters go.
 */
export function noMatchLines(query: string, recent: readonly ConversationHit[]): string[] {
  const asked = safeForTerminal(printable(query).replace(/\s+/g, ' ').trim());
  const head = asked ? `No conversation matched “${clip(asked, 60)}”.` : 'No conversation to resume.';
  if (recent.length === 0) return [`${head} There are no past conversations yet.`];
  return [
    `${head} The most recent ones:`,
    ...recent.map(
      ({ conversation }) =>
        `  ${when(conversation.updatedAt)}  ${clip(safeForTerminal((conversation.title ?? '(untitled)').replace(/\s+/g, ' ')), 60)}  (/resume ${conversation.id})`,
    ),
    '/resume alone searches them all as you type.',
  ];
}

/** The last things said in a resumed conversation, as transcript items. */
const replayItems = (messages: ReplayedMessage[]) =>
  messages
    .slice(-12)
    .map((message) =>
      message.role === 'user'
        ? ({ kind: 'user', text: message.text } as const)
        : message.role === 'tool-call'
          ? ({ kind: 'notice', text: `· ${message.text}`, tone: 'dim' } as const)
          : ({ kind: 'answer', markdown: message.text } as const),
    );

/** How long streamed text is gathered before it is drawn, in ms. */
const TEXT_BATCH_MS = 40;

const KEYS =
  'Enter sends · Shift+Enter or a trailing \\ adds a line · ↑/↓ earlier inputs · Tab completes · Ctrl+O tool details · Ctrl+C cancels, twice exits';

/**
 * The chat's state and what the person can do, over a ChatEngine. Everything here is wiring:
 * the planning, approval policy and storage are the engine's (and below it, the planner's).
 */
export function useChat(
  engine: ChatEngine,
  io: ChatIO,
  size: { columns: number; rows: number },
  options: { cartridgeLabel: string; resume?: string | true },
): UseChat {
  const [state, dispatch] = useReducer(chatReducer, undefined, () =>
    initialState({
      ...size,
      history: engine.history(),
      status: {
        model: engine.model,
        cartridge: options.cartridgeLabel,
        tokens: engine.tokens,
        ...(engine.conversationId ? { conversationId: engine.conversationId } : {}),
      },
    }),
  );
  const latest = useRef(state);
  latest.current = state;

  // A terminal that reflows its lines on resize (tmux, iTerm2, kitty) leaves the old frame's
  // rows where Ink no longer looks: repaint the screen once the resizing stops (as /redraw does:
  // the visible rows are erased, not the scrollback, and the last screenful is printed again).
  const { columns, rows } = size;
  const shown = useRef({ columns, rows });
  useEffect(() => {
    dispatch({ type: 'resize', columns, rows });
    if (shown.current.columns === columns && shown.current.rows === rows) return;
    const timer = setTimeout(() => {
      shown.current = { columns, rows };
      io.write('\u001b[H\u001b[J');
      dispatch({ type: 'redraw' });
    }, 150);
    return () => clearTimeout(timer);
  }, [columns, rows, io]);

  const resume = useCallback(
    (id: string) => {
      try {
        const { conversation, messages } = engine.resume(id);
        dispatch({ type: 'replay', items: replayItems(messages) });
        dispatch({
          type: 'notice',
          text: `Resumed “${conversation.title ?? conversation.id}” (${conversation.id}). Go on.`,
          tone: 'dim',
        });
        dispatch({ type: 'status', status: { conversationId: conversation.id } });
      } catch (error) {
        dispatch({ type: 'notice', text: errorMessage(error), tone: 'error' });
      }
    },
    [engine],
  );

  const search = useCallback(
    (query: string) => {
      try {
        dispatch({ type: 'picker', query, hits: engine.search(query, 50).map(toHit) });
      } catch (error) {
        dispatch({ type: 'notice', text: errorMessage(error), tone: 'error' });
      }
    },
    [engine],
  );

  // The picker searches again whenever its query changes (FTS5 in the cartridge: milliseconds).
  const query = state.picker?.query;
  useEffect(() => {
    if (query !== undefined) search(query);
  }, [query, search]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the greeting and --resume happen once, at start.
  useEffect(() => {
    dispatch({
      type: 'notice',
      text: 'fazt chat — ask in plain words. /help lists commands; Ctrl+C cancels; Ctrl+D exits.',
      tone: 'dim',
    });
    const markdown = loadMarkdown().catch(() => {});
    if (options.resume === true) search('');
    else if (options.resume) {
      const id = options.resume;
      void markdown.then(() => resume(id));
    }
  }, []);

  const runTurn = useCallback(
    async (text: string) => {
      await loadMarkdown().catch(() => {}); // plain text if the renderer cannot load
      // Text deltas are joined and handed over at most every 40 ms: a model sends hundreds a
      // second, and drawing each one would leave no time for the person's keystrokes.
      let streamed = '';
      let timer: ReturnType<typeof setTimeout> | undefined;
      const flush = () => {
        if (timer) clearTimeout(timer);
        timer = undefined;
        if (!streamed) return;
        dispatch({ type: 'event', event: { type: 'text-delta', text: streamed } });
        streamed = '';
      };
      const outcome = await engine.run(text, {
        onEvent: (event) => {
          if (event.type === 'text-delta') {
            streamed += event.text;
            timer ??= setTimeout(flush, TEXT_BATCH_MS);
            return;
          }
          flush();
          dispatch({ type: 'event', event });
        },
        onApproval: (approval) => {
          flush();
          dispatch({ type: 'approval-asked', approval });
        },
      });
      flush();
      dispatch({
        type: 'turn-ended',
        outcome: outcome.kind,
        ...(outcome.kind === 'error' ? { message: outcome.message } : {}),
      });
      dispatch({
        type: 'status',
        status: {
          tokens: engine.tokens,
          ...(engine.conversationId ? { conversationId: engine.conversationId } : {}),
        },
      });
      const ring = notificationFor(outcome, engine.notifyEnabled(), engine.env);
      if (ring) io.write(ring);
    },
    [engine, io],
  );

  const runSlash = useCallback(
    async (name: string, arg: string) => {
      const command = findCommand(name);
      if (!command) return dispatch({ type: 'notice', text: unknownCommand(name), tone: 'error' });
      switch (command.name) {
        case 'help':
          return dispatch({ type: 'lines', lines: [...helpLines(), '', KEYS] });
        case 'tools':
          return dispatch({ type: 'lines', lines: engine.toolLines() });
        case 'model':
          try {
            if (!arg) return dispatch({ type: 'lines', lines: await engine.modelLines() });
            await engine.switchModel(arg);
            dispatch({ type: 'status', status: { model: engine.model } });
            return dispatch({
              type: 'notice',
              text: `Now using ${engine.model} for this session.`,
              tone: 'dim',
            });
          } catch (error) {
            return dispatch({ type: 'notice', text: errorMessage(error), tone: 'error' });
          }
        case 'new':
          engine.newConversation();
          dispatch({ type: 'status', status: { conversationId: undefined } });
          return dispatch({ type: 'notice', text: 'New conversation.', tone: 'dim' });
        case 'resume': {
          // Words that match nothing (or no conversations at all) answer at the prompt: the
          // picker would open on an empty list and keep the keys.
          let hits: ConversationHit[];
          try {
            hits = engine.search(arg, 1);
            // Words nobody said may be an id (or its unique start), as the list below shows them.
            if (!hits.length && /^\S+$/.test(arg) && engine.conversations.resolve(arg)) return resume(arg);
          } catch (error) {
            return dispatch({ type: 'notice', text: errorMessage(error), tone: 'error' });
          }
          if (hits.length) return search(arg);
          return dispatch({ type: 'lines', lines: noMatchLines(arg, engine.search('', 5)) });
        }
        case 'history': {
          const shown = latest.current.history.slice(-20);
          return dispatch({
            type: 'lines',
            lines: shown.length
              ? shown.map((text, index) => `${String(index + 1).padStart(3)}  ${text.split('\n')[0]}`)
              : ['Nothing typed yet.'],
          });
        }
        case 'clear':
          io.write('\u001b[2J\u001b[H');
          return dispatch({ type: 'clear-screen' });
        case 'redraw':
          io.write('\u001b[H\u001b[J');
          return dispatch({ type: 'redraw' });
        case 'exit':
          return io.exit();
      }
    },
    [engine, io, search, resume],
  );

  const submit = useCallback(
    (typed = '') => {
      const state = latest.current;
      if (state.phase !== 'idle' || state.approval) {
        if (typed) dispatch({ type: 'insert', text: typed });
        return;
      }
      // Text typed in the same chunk as Enter has not reached the state yet: put it in first.
      const { value, cursor } = state.input;
      const current = typed
        ? {
            ...state,
            input: {
              ...state.input,
              value: value.slice(0, cursor) + typed + value.slice(cursor),
              cursor: cursor + typed.length,
            },
          }
        : state;
      const text = expandPastes(current.input);
      if (!text.trim()) return;
      engine.remember(text);
      const slash = Object.keys(current.input.pastes).length ? undefined : parseSlash(current.input.value);
      if (slash) {
        dispatch({ type: 'slash', remembered: text });
        void runSlash(slash.name, slash.arg);
        return;
      }
      dispatch({ type: 'submit', shown: current.input.value.trim(), remembered: text });
      void runTurn(text);
    },
    [engine, runSlash, runTurn],
  );

  const pick = useCallback(() => {
    const picker = latest.current.picker;
    const hit = picker?.hits[picker.selected];
    dispatch({ type: 'picker-close' });
    if (hit) resume(hit.id);
    else if (picker) dispatch({ type: 'lines', lines: noMatchLines(picker.query, engine.search('', 5)) });
  }, [resume, engine]);

  const answer = useCallback(
    (value: 'once' | 'always' | 'no') => {
      if (!latest.current.approval) return;
      dispatch({ type: 'approval-answered', answer: value });
      engine.answer(value);
    },
    [engine],
  );

  const cancel = useCallback(() => engine.cancel(), [engine]);

  return { state, dispatch, submit, cancel, answer, search, pick };
}
