import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { limit, timestamp } from '../schemas.js';
import { historyPhrases } from './history.js';
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
    day: timestamp
      .optional()
      .describe(
        'Only events on the calendar day (local time) that holds this Unix-ms time, from its midnight to the next: "yesterday" is all of yesterday and nothing of today.',
      ),
    reads: z
      .boolean()
      .optional()
      .describe(
        'false: leave out the tool.called record of every call to a read-only tool (lookups, lists, searches, this very question), which changed nothing. Default true: everything.',
      ),
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
    'what happened {day}',
    'what happened on {day}',
    'what changed {day}',
    'what did you do {day}',
    'show events from {day}',
    'what happened since {since}',
    'what happened in the last {since}',
    'what happened over the past {since}',
    'what happened this {since}',
    'show events since {since}',
    'what changed since {since}',
    'what did you do since {since}',
    'recent activity',
    'activity log',
    'what has been going on {since}',
    'how many things happened {since}',
    'how many events {since}',
  ],
  run({ day, reads, ...rest }, { cartridge, registry }) {
    const skipCallsOf =
      reads === false && registry
        ? registry
            .list()
            .filter((tool) => tool.risk === 'read')
            .map((tool) => tool.name)
        : undefined;
    const query = { ...rest, ...(skipCallsOf ? { skipCallsOf } : {}) };
    if (day === undefined) return { events: cartridge.events.query(query) };
    // A day is bounded on both ends, and by the other bounds given.
    const start = new Date(day);
    start.setHours(0, 0, 0, 0);
    const next = new Date(start);
    next.setDate(next.getDate() + 1); // the next midnight: 23 or 25 hours away on DST days
    const since = Math.max(start.getTime(), query.since ?? Number.MIN_SAFE_INTEGER);
    const until = Math.min(next.getTime() - 1, query.until ?? Number.MAX_SAFE_INTEGER);
    return { events: cartridge.events.query({ ...query, since, until }) };
  },
  describe: ({ events }) =>
    events.length === 0
      ? 'No events match.'
      : events
          .map((event) => {
            // A call's record names the tool and how it ended, not only that a call happened.
            const call =
              event.type === 'tool.called'
                ? (event.data as { tool?: unknown; outcome?: unknown } | null)
                : undefined;
            const what =
              call && typeof call.tool === 'string'
                ? ` ${call.tool}${typeof call.outcome === 'string' ? ` ${call.outcome}` : ''}`
                : '';
            return `${new Date(event.ts).toISOString()} ${event.type}${what} (${event.source})`;
          })
          .join('\n'),
  offline: {
    // "when did I forget my seat?", "what did I change today?": what happened to facts and notes.
    phrases: historyPhrases(),
    slots: { type: eventType },
    // "what did I do last week", "show my activity this week": the person's own doings are the log,
    // without the record of each lookup fazt made to answer (reads change nothing; the question
    // asking this is one of them).
    templates: [
      { source: 'show the last {limit} events' },
      ...[
        'what did i do {day}',
        'what did i do on {day}',
        'what did i do {since}',
        'what did i do in the last {since}',
        'what have i done {since}',
        'what have i done {day}',
        'show my activity {since}',
        'show my activity {day}',
        'my activity {since}',
        'my activity {day}',
      ].map((source) => ({ source, fixed: { reads: false } })),
      { source: 'what happened {since}' },
      { source: 'show activity {since}' },
    ],
    samples: { type: 'memory' },
  },
});
