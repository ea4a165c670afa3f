import { render } from 'ink';
import { createElement } from 'react';
import { Chat } from './Chat.js';
import type { ChatEngine } from './engine.js';

export interface StartChatOptions {
  engine: ChatEngine;
  cartridgeLabel: string;
  resume?: string | true;
  color: boolean;
}

/**
 * Draws the chat on the terminal until the person leaves. The primary screen, never the
 * alternate one: scrollback, search and copy keep working. This module is the only one that
 * loads React and Ink, and only `fazt chat` imports it.
 */
export async function startChat({ engine, cartridgeLabel, resume, color }: StartChatOptions): Promise<void> {
  const instance = render(
    createElement(Chat, { engine, cartridgeLabel, color, ...(resume ? { resume } : {}) }),
    {
      exitOnCtrlC: false,
      alternateScreen: false,
      kittyKeyboard: { mode: 'auto' },
    },
  );
  await instance.waitUntilExit();
}
