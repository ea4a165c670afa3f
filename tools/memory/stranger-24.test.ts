import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/** S24 (m16): notes beside facts, changes and history, relative days, each through the planner. */
describe('S24: what is kept, what changed, and when', () => {
  it('a list of every fact says how many notes there are, and how to see them', async () => {
    const world = offlineWorld();
    await world.ask('remember that I parked on level 3');
    expect(world.notes()).toEqual(['I parked on level 3']);
    expect((await world.ask('what do you remember')).answer).toBe(
      'I have nothing remembered yet. You have a note (notes are kept apart from facts): say "show my notes" to see it.',
    );
    await world.remember([['locker', '12']]);
    const all = await world.ask('list everything');
    expect(all.answer).toContain('locker: 12');
    expect(all.answer).toContain('You also have a note');
  });

  it('"forget that I parked on level 3" finds the note by its words, with consent', async () => {
    const world = offlineWorld();
    await world.ask('remember that I parked on level 3');
    await world.ask('note buy milk');
    const asked = await world.ask('forget that I parked on level 3');
    expect(asked.finish.status).toBe('needs_approval');
    expect(world.notes()).toHaveLength(2);
    const done = await world.ask('forget that I parked on level 3', true);
    expect(done.answer).toContain('Deleted note #1');
    expect(world.notes()).toEqual(['buy milk']);
    // "forget I asked" is no note to look for.
    expect((await world.ask('forget I asked', true)).answer).not.toContain('No note mentions');
  });

  it.each(['what changed?', 'show me my changes', 'list my recent changes', 'show my history'])(
    '"%s" is the change history in plain sentences',
    async (request) => {
      const world = offlineWorld();
      await world.remember([['locker number', '21']]);
      const run = await world.ask(request);
      expect(run.answer).toContain('you remembered your locker number');
      expect(run.answer).not.toContain('ollama');
    },
  );

  it('"history of my locker number" says when it was set', async () => {
    const world = offlineWorld();
    await world.remember([['locker number', '21']]);
    const run = await world.ask('history of my locker number');
    expect(run.answer).toMatch(/^You told me your locker number on .* Your locker number is 21\.$/);
  });

  it('a relative day is stored as a date, the words as typed said back', async () => {
    const world = offlineWorld();
    const run = await world.ask("remember Ana's birthday is tomorrow");
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const day = `${tomorrow.getDate()} ${tomorrow.toLocaleString('en-GB', { month: 'long' })}`;
    expect(world.facts()).toEqual([["Ana's birthday", day]]);
    expect(run.answer).toBe(`Remembered: Ana's birthday is ${day} (tomorrow).`);
  });
});
