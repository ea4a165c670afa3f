/** What the offline planner knows about the event log: event types by the names people use. */

import { wordTable } from '../../cartridge/lexicon.js';
import type { SlotCheck } from '../offline.js';

const EVENT_TYPES: Readonly<Record<string, string>> = wordTable({
  memory: 'memory.*',
  memories: 'memory.*',
  fact: 'memory.*',
  facts: 'memory.*',
  remember: 'memory.*',
  note: 'note.*',
  notes: 'note.*',
  tool: 'tool.called',
  tools: 'tool.called',
  'tool call': 'tool.called',
  'tool calls': 'tool.called',
  config: 'config.*',
  configuration: 'config.*',
  setting: 'config.*',
  settings: 'config.*',
});

export const eventType = (value: unknown): SlotCheck => {
  const text = String(value).toLowerCase().trim();
  const mapped = EVENT_TYPES[text] ?? (/^[a-z0-9_]+$/.test(text) ? `${text}.*` : text);
  return /^[a-z0-9_.]+(\.\*)?$/.test(mapped)
    ? { value: mapped }
    : { problem: { field: 'type', message: `"${String(value)}" is not an event type` } };
};
