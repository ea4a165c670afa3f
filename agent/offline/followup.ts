/**
 * A follow-up in a conversation (`fazt ask -c <id>`), read against the turn before it, offline and
 * deterministic (issue 7, S11 #15): after "what's my locker?", "actually it's 21" and "change it to
 * 21" mean the fact that turn named; after a question back that ends 'Say "remember my wifi
 * password is hunter2"', a bare "yes" is that request. Only the request's text is rewritten: the
 * rewritten request is read and checked as if typed (approval still comes only from `--yes`).
 */
import type { ConversationMessage } from '../../cartridge/conversations.js';

/** "actually it's 21", "no, it is 21 now", "it should be 21": group 1 is the new value. */
const IT_IS =
  /^(?:(?:actually|no|nope|oh|well|sorry|wait|hmm|ok(?:ay)?|but)[\s,!.]+)*it(?:['’]s|\s+is|\s+should\s+be|\s+has\s+to\s+be|\s+was\s+changed\s+to|\s+changed\s+to)\s+(.+?)(?:\s+now)?[\s.!]*$/i;

/** "change it to 21", "update it to 21", "set it to 21", "make it 21": group 1 is the new value. */
const CHANGE_IT =
  /^(?:(?:actually|no|oh|well|please|pls|ok(?:ay)?|then)[\s,!.]+)*(?:change|update|set|switch|make)\s+it(?:\s+to)?\s+(.+?)(?:\s+(?:please|pls|thanks))?[\s.!]*$/i;

/** A plain yes to a question back. */
const YES =
  /^(?:y|yes|yeah|yep|yup|sure|ok(?:ay)?|please\s+do|do\s+it|go\s+ahead|yes\s+please|correct|right|that['’]?s\s+right|confirm(?:ed)?)[\s.!]*(?:please|thanks|thank\s+you)?[\s.!]*$/i;

/** The messages of the last turn: everything after the last request the person typed. */
function lastTurn(history: readonly ConversationMessage[]): readonly ConversationMessage[] {
  const at = history.map((message) => message.role).lastIndexOf('user');
  return at < 0 ? history : history.slice(at + 1);
}

/** The key the last turn's last call named (a fact's name), if any. */
function lastKey(turn: readonly ConversationMessage[]): string | undefined {
  for (const message of [...turn].reverse()) {
    if (message.role !== 'assistant' || !Array.isArray(message.content)) continue;
    for (const part of [...message.content].reverse()) {
      const input = (part as { type?: string; input?: { key?: unknown } }).input;
      if (
        (part as { type?: string }).type === 'tool-call' &&
        typeof input?.key === 'string' &&
        input.key.trim()
      )
        return input.key.trim();
    }
  }
  return undefined;
}

/** The request the last turn's answer offered ('… Say "remember my locker is 9".'), if any. */
function offered(turn: readonly ConversationMessage[]): string | undefined {
  const answer = [...turn]
    .reverse()
    .find((message) => message.role === 'assistant' && typeof message.content === 'string');
  if (!answer || typeof answer.content !== 'string' || !/\?/.test(answer.content)) return undefined;
  const says = [...answer.content.matchAll(/\bSay\s+["“]([^"”]{1,400})["”]/g)];
  return says.length === 1 ? says[0]![1] : undefined;
}

/** The request as the person meant it after the turn before, or undefined when it stands alone. */
export function followUp(
  request: string,
  history: readonly ConversationMessage[] | undefined,
): string | undefined {
  if (!history || history.length === 0) return undefined;
  const text = request.trim();
  const turn = lastTurn(history);
  if (YES.test(text)) return offered(turn);
  const key = lastKey(turn);
  if (!key) return undefined;
  const owned = /^(?:my|our|the)\s|['’]s\s/i.test(key) ? key : `my ${key}`;
  const value = IT_IS.exec(text)?.[1] ?? undefined;
  // "actually it's 21" corrects the fact, as "actually my locker is 21" does; "it's 21" may ask first.
  if (value) return `${/^(?:actually|no|nope|sorry)\b/i.test(text) ? 'actually ' : ''}${owned} is ${value}`;
  const changed = CHANGE_IT.exec(text)?.[1];
  if (changed) return `change ${owned} to ${changed}`;
  return undefined;
}
