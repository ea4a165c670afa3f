import { defineCapability } from '../capability.js';
import { eventsList } from './list.js';

/** The event log, read-only: every change and every tool call (its table is shared, in cartridge/). */
export const eventsCapability = defineCapability({
  id: 'events',
  title: 'Events',
  source: 'builtin',
  tools: [eventsList],
  instructions: 'The event log (events_list) records every change and tool call, newest first.',
});
