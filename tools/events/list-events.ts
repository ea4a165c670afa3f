import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { limit, timestamp } from '../schemas.js';
import { eventType } from './offline.js';

export const eventsList = defineTool({
  name: 'events_list',
  title: 'List events',
  description:
    'Read the event log (every tool call and change), newest first. Filter by type ("memory.remembered", or a prefix like "memory.*") and time.',
  risk: 'read',
  input: z.object({
    type: z
      .string()
      .regex(
        /^[a-z0-9_.]+(\.\*)?$/,
        'type is a dotted name like "memory.remembered" or a prefix like "memory.*"',
      )
      .max(100)
      .optional()
      .describe('Event type, or a prefix ending in ".*".'),
    since: timestamp.optional().describe('Only events at or after this Unix-ms time.'),
    until: timestamp.optional().describe('Only events at or before this Unix-ms time.'),
    limit: limit(50),
  }),
  output: z.object({
    events: z.array(
      z.object({
        id: z.number().int(),
        type: z.string(),
        source: z.string(),
        data: z.unknown(),
        ts: timestamp,
      }),
    ),
  }),
  examples: [
    'show recent events',
    'list events',
    'what happened recently',
    'show the event log',
    'show {type} events',
    'what happened {since}',
    'show events since {since}',
    'what changed {since}',
    'what did you do {since}',
    'recent activity',
    'activity log',
    'what has been going on {since}',
    'how many things happened {since}',
    'how many events {since}',
  ],
  run(query, { cartridge }) {
    return { events: cartridge.events.query(query) };
  },
  describe: ({ events }) =>
    events.length === 0
      ? 'No events match.'
      : events
          .map((event) => `${new Date(event.ts).toISOString()} ${event.type} (${event.source})`)
          .join('\n'),
  offline: {
    slots: { type: eventType },
    templates: [{ source: 'show the last {limit} events' }],
    samples: { type: 'memory' },
  },
});
