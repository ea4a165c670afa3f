import { type Key, useInput, usePaste } from 'ink';
import type { UseChat } from './useChat.js';

/**
 * The keys of the chat. Ctrl+C cancels a running turn; on an idle prompt it clears the input,
 * and a second one (or Ctrl+D on an empty prompt) exits. While a call waits for approval only
 * y / a / n / Esc count. In the `/resume` picker typing searches.
 */
export function useChatKeys(chat: UseChat, exit: () => void): void {
  const { state, dispatch } = chat;

  usePaste((text) => {
    if (state.approval) return;
    if (state.phase === 'picker') return dispatch({ type: 'picker-edit', append: text });
    dispatch({ type: 'paste', text });
  });

  useInput((input: string, key: Key) => {
    if (key.ctrl && input === 'c') {
      if (state.phase === 'running') return chat.cancel();
      if (state.phase === 'picker') return dispatch({ type: 'picker-close' });
      if (state.input.value) return dispatch({ type: 'clear-input' });
      if (state.exitArmed) return exit();
      dispatch({ type: 'exit-armed', armed: true });
      return;
    }
    if (key.ctrl && input === 'd') {
      if (state.phase !== 'running' && !state.input.value) return exit();
      return dispatch({ type: 'delete' });
    }
    if (key.ctrl && input === 'o') return dispatch({ type: 'toggle-details' });
    if (state.exitArmed) dispatch({ type: 'exit-armed', armed: false });

    if (state.approval) {
      const answer = { y: 'once', a: 'always', n: 'no' }[input.toLowerCase()] as
        | 'once'
        | 'always'
        | 'no'
        | undefined;
      if (answer) return chat.answer(answer);
      if (key.escape) return chat.answer('no');
      return;
    }

    if (state.phase === 'picker' && state.picker) {
      if (key.escape) return dispatch({ type: 'picker-close' });
      if (key.return) return chat.pick();
      if (key.upArrow) return dispatch({ type: 'picker-move', by: -1 });
      if (key.downArrow || key.tab) return dispatch({ type: 'picker-move', by: 1 });
      if (key.backspace || key.delete) return dispatch({ type: 'picker-edit', erase: true });
      if (key.ctrl && input === 'u') return dispatch({ type: 'picker-edit', clear: true });
      if (input && !key.ctrl && !key.meta) return dispatch({ type: 'picker-edit', append: input });
      return;
    }

    if (key.return) {
      const { value, cursor } = state.input;
      if (key.shift || key.meta) return dispatch({ type: 'insert', text: '\n' });
      if (value.slice(0, cursor).endsWith('\\') && cursor === value.length) {
        dispatch({ type: 'backspace' });
        return dispatch({ type: 'insert', text: '\n' });
      }
      return chat.submit();
    }
    if (key.tab) return dispatch({ type: 'complete' });
    if (key.upArrow) return dispatch({ type: 'history', direction: 'older' });
    if (key.downArrow) return dispatch({ type: 'history', direction: 'newer' });
    if (key.leftArrow) return dispatch({ type: 'move', to: 'left' });
    if (key.rightArrow) return dispatch({ type: 'move', to: 'right' });
    if (key.home || (key.ctrl && input === 'a')) return dispatch({ type: 'move', to: 'home' });
    if (key.end || (key.ctrl && input === 'e')) return dispatch({ type: 'move', to: 'end' });
    if (key.backspace || key.delete) return dispatch({ type: 'backspace' });
    if (key.ctrl && input === 'u') return dispatch({ type: 'clear-input' });
    if (key.ctrl && input === 'w') return dispatch({ type: 'delete-word' });
    if (key.escape || key.ctrl || key.meta || !input) return;
    // Without bracketed paste a paste arrives as one chunk of several characters; one line
    // and a final Enter in one chunk is typing (a fast typist, tmux send-keys, a script).
    if (input.length > 1 && /[\r\n]/.test(input)) {
      const line = /^([^\r\n]+)\r$/.exec(input);
      if (line && state.phase !== 'picker') return chat.submit(line[1]);
      return dispatch({ type: 'paste', text: input });
    }
    dispatch({ type: 'insert', text: input });
  });
}
