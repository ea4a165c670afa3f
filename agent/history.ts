import type { ConversationMessage } from '../cartridge/conversations.js';

/** Characters of earlier conversation sent with a request (~3k tokens): room for tools and answer in 8k. */
export const HISTORY_BUDGET_CHARS = 12_000;

/** Splits messages into turns, each starting at a person's message, so calls and results stay together. */
export function splitTurns(messages: readonly ConversationMessage[]): ConversationMessage[][] {
  const turns: ConversationMessage[][] = [];
  for (const message of messages) {
    if (message.role === 'user' || turns.length === 0) turns.push([message]);
    else turns[turns.length - 1]!.push(message);
  }
  return turns;
}

const size = (message: ConversationMessage) =>
  typeof message.content === 'string' ? message.content.length : JSON.stringify(message.content).length;

/**
 * The most recent whole turns that fit in `maxChars`, oldest first. Turns that fail `isValid`
 * (a message a model could not read) are left out rather than sent half.
 */
export function fitHistory(
  messages: readonly ConversationMessage[],
  maxChars = HISTORY_BUDGET_CHARS,
  isValid: (message: ConversationMessage) => boolean = () => true,
): ConversationMessage[] {
  const kept: ConversationMessage[][] = [];
  let total = 0;
  const turns = splitTurns(messages).filter((turn) => turn[0]?.role === 'user' && turn.every(isValid));
  for (const turn of turns.reverse()) {
    const length = turn.reduce((sum, message) => sum + size(message), 0);
    if (total + length > maxChars) break;
    total += length;
    kept.unshift(turn);
  }
  return kept.flat();
}
