import { z } from 'zod';
import { ConflictError } from './errors.js';

/**
 * The schema of every event type the spine accepts: the shared ones below, and those of every
 * capability some registry holds (see registerEventType). An event whose type is not here, or whose
 * data does not fit its schema, is refused: the log stays readable by whoever comes later
 * (audit, automations, sync).
 */
const schemas = new Map<string, z.ZodType>();

/** Registers (or replaces) the schema for an event type. Types are dotted nouns: `memory.remembered`. */
export function defineEventType(type: string, schema: z.ZodType): void {
  if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(type)) {
    throw new Error(`Event type "${type}" must be dotted lowercase words, like "memory.remembered".`);
  }
  schemas.set(type, schema);
}

/** How many registered capabilities hold each capability event type (shared ones are not counted). */
const holders = new Map<string, number>();

/**
 * Registers a capability's event type. The same schema registered again only counts one more
 * holder (several registries may hold the same capability); a different schema for a type
 * already registered throws, so two capabilities can never write one event type with two shapes.
 */
export function registerEventType(type: string, schema: z.ZodType): void {
  const existing = schemas.get(type);
  if (existing === schema) {
    holders.set(type, (holders.get(type) ?? 1) + 1);
    return;
  }
  if (existing) {
    throw new ConflictError(
      `Event type "${type}" is already registered with another schema; pick a name in your own namespace.`,
      { code: 'event_type_taken' },
    );
  }
  defineEventType(type, schema);
  holders.set(type, 1);
}

/**
 * Lets go of an event type registered with exactly this schema (a capability being removed);
 * the type is forgotten when no registry holds it any more.
 */
export function unregisterEventType(type: string, schema: z.ZodType): void {
  if (schemas.get(type) !== schema) return;
  const left = (holders.get(type) ?? 1) - 1;
  if (left > 0) {
    holders.set(type, left);
    return;
  }
  holders.delete(type);
  schemas.delete(type);
}

export function eventSchema(type: string): z.ZodType | undefined {
  return schemas.get(type);
}

export function eventTypes(): string[] {
  return [...schemas.keys()].sort();
}

const caller = z.object({ kind: z.string(), id: z.string().optional() });

defineEventType(
  'tool.called',
  z.object({
    tool: z.string(),
    caller,
    outcome: z.enum(['ok', 'error', 'denied', 'needs_approval', 'invalid_input']),
    auditId: z.number().int(),
    durationMs: z.number(),
  }),
);
// Events of the shared stores (config, backup/restore, documents, tokens). A domain's own event
// types (memory.*, note.*, blob.*) are declared in its capability manifest, tools/<id>/index.ts,
// and registered when a registry adds the capability.
defineEventType('config.changed', z.object({ key: z.string() }));
defineEventType('cartridge.backed_up', z.object({ path: z.string(), bytes: z.number().int() }));
defineEventType('cartridge.restored', z.object({ from: z.string(), keptAs: z.string().nullable() }));
defineEventType('document.put', z.object({ collection: z.string(), id: z.string() }));
defineEventType('document.deleted', z.object({ collection: z.string(), id: z.string() }));
defineEventType('token.created', z.object({ name: z.string(), scope: z.string() }));
defineEventType('token.revoked', z.object({ name: z.string() }));
