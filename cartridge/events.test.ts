import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testCartridge } from '../test/helpers/runtime.js';
import { createDefaultRegistry } from '../tools/index.js';
import { CartridgeError } from './errors.js';
import { defineEventType, eventTypes } from './event-types.js';

describe('event store', () => {
  // The domain event types used here (memory.*, note.*, blob.*) are declared by the built-in
  // capabilities and registered when a registry holds them, as every surface's does.
  beforeEach(() => {
    createDefaultRegistry();
  });

  it('appends validated events and returns them newest first', () => {
    const { events } = testCartridge();
    events.append({ type: 'note.added', source: 'tool:notes_add', data: { id: 1 }, ts: 1000 });
    events.append({ type: 'note.deleted', source: 'tool:notes_delete', data: { id: 1 }, ts: 2000 });
    const all = events.query();
    expect(all.map((event) => event.type)).toEqual(['note.deleted', 'note.added']);
    expect(all[1]).toMatchObject({ source: 'tool:notes_add', data: { id: 1 }, ts: 1000 });
    expect(events.count()).toBe(2);
  });

  it('queries by exact type, by prefix, by time range and with a limit', () => {
    const { events } = testCartridge();
    events.append({
      type: 'memory.remembered',
      source: 's',
      data: { key: 'a', value: '1', previous: null },
      ts: 100,
    });
    events.append({ type: 'memory.forgotten', source: 's', data: { key: 'a' }, ts: 200 });
    events.append({ type: 'note.added', source: 's', data: { id: 7 }, ts: 300 });
    events.append({ type: 'memory.imported', source: 's', data: { count: 2 }, ts: 400 });

    expect(events.query({ type: 'memory.forgotten' }).map((event) => event.ts)).toEqual([200]);
    expect(events.query({ type: 'memory.*' }).map((event) => event.ts)).toEqual([400, 200, 100]);
    expect(events.query({ type: 'mem.*' })).toEqual([]);
    expect(events.query({ since: 200, until: 300 }).map((event) => event.ts)).toEqual([300, 200]);
    expect(events.query({ type: 'memory.*', since: 150 }).map((event) => event.ts)).toEqual([400, 200]);
    expect(events.query({ limit: 1 }).map((event) => event.ts)).toEqual([400]);
  });

  it('refuses an unknown type and data that does not fit its schema, writing nothing', () => {
    const { events } = testCartridge();
    expect(() => events.append({ type: 'note.edited', source: 's', data: { id: 1 } })).toThrow(
      /Unknown event type "note.edited"/,
    );
    expect(() => events.append({ type: 'note.added', source: 's', data: { id: 'seven' } })).toThrow(
      CartridgeError,
    );
    expect(() => events.append({ type: 'note.added', source: 's', data: null })).toThrow(/invalid data/);
    expect(events.count()).toBe(0);
  });

  it('accepts types registered later, and insists on dotted lowercase names', () => {
    const { events } = testCartridge();
    defineEventType('test.pinged', z.object({ n: z.number() }));
    expect(eventTypes()).toContain('test.pinged');
    expect(events.append({ type: 'test.pinged', source: 's', data: { n: 1 } }).data).toEqual({ n: 1 });
    expect(() => defineEventType('Pinged', z.object({}))).toThrow(/dotted lowercase/);
  });

  it('every built-in event type the tools emit has a schema', () => {
    for (const type of [
      'tool.called',
      'memory.remembered',
      'memory.imported',
      'blob.stored',
      'cartridge.backed_up',
      'cartridge.restored',
    ]) {
      expect(eventTypes()).toContain(type);
    }
  });
});
