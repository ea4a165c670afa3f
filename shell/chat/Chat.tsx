import { Box, Static, Text, useApp, useWindowSize } from 'ink';
import { useCallback, useEffect, useMemo } from 'react';
import { ApprovalPrompt } from './ApprovalPrompt.js';
import type { ChatEngine } from './engine.js';
import { ItemView } from './ItemView.js';
import { Markdown } from './Markdown.js';
import { Prompt } from './Prompt.js';
import { ResumePicker } from './ResumePicker.js';
import { StatusLine } from './StatusLine.js';
import { shownCompletions } from './state.js';
import { ToolCardView } from './ToolCardView.js';
import { ColorContext } from './theme.js';
import { type ChatIO, useChat } from './useChat.js';
import { useChatKeys } from './useChatKeys.js';
import { useServeStatus } from './useServeStatus.js';

export interface ChatProps {
  engine: ChatEngine;
  /** How the cartridge path is shown in the status line. */
  cartridgeLabel: string;
  /** Continue this conversation, or `true` to open the `/resume` picker at start. */
  resume?: string | true;
  color?: boolean;
  /** Direct terminal writes (bell, clear screen); stdout by default. */
  write?: (data: string) => void;
  /** How often to look for `fazt serve`, in ms. */
  serveCheckMs?: number;
}

/**
 * The chat screen. Finished items go to `<Static>` and are printed once; the live region below
 * (the streaming tail of the answer, running tool cards, the approval question, the prompt and
 * the status line) is kept shorter than the terminal so Ink never clears the screen.
 */
export function Chat({ engine, cartridgeLabel, resume, color = true, write, serveCheckMs }: ChatProps) {
  const { exit } = useApp();
  const size = useWindowSize();
  const io: ChatIO = useMemo(
    () => ({ write: write ?? ((data: string) => void process.stdout.write(data)), exit: () => exit() }),
    [write, exit],
  );
  const chat = useChat(engine, io, size, { cartridgeLabel, ...(resume ? { resume } : {}) });
  const { state, dispatch } = chat;
  useChatKeys(chat, io.exit);
  const probe = useCallback(() => engine.serveRunning(), [engine]);
  const serve = useServeStatus(probe, serveCheckMs);
  useEffect(() => {
    if (serve !== undefined) dispatch({ type: 'status', status: { serve } });
  }, [serve, dispatch]);

  const width = Math.max(10, state.columns - 1);
  const hint = state.exitArmed
    ? 'Press Ctrl+C again (or Ctrl+D) to exit.'
    : state.phase === 'running' && !state.approval
      ? 'Ctrl+C cancels this turn.'
      : undefined;
  return (
    <ColorContext.Provider value={color}>
      <Static key={state.staticKey} items={state.items.slice(state.staticFrom)}>
        {(item) => <ItemView key={item.id} item={item} width={width} />}
      </Static>
      <Box flexDirection="column">
        {state.tail.trim() ? <Markdown text={state.tail} width={width} /> : null}
        {state.running.map((card) => (
          <ToolCardView key={card.callId} card={card} width={width} details={false} />
        ))}
        {state.approval ? <ApprovalPrompt approval={state.approval} /> : null}
        {state.picker ? (
          <ResumePicker {...state.picker} width={width} rows={state.rows} />
        ) : (
          <Prompt
            input={state.input}
            completions={shownCompletions(state)}
            busy={state.phase === 'running'}
            width={width}
            {...(hint ? { hint } : {})}
          />
        )}
        <StatusLine status={state.status} width={width} />
        {state.phase === 'running' && state.running.length === 0 && !state.tail.trim() && !state.approval ? (
          <Text dimColor>thinking…</Text>
        ) : null}
      </Box>
    </ColorContext.Provider>
  );
}
