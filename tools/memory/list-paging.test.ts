import { describe, expect, it } from 'vitest';
import { offlineWorld, PERSON } from '../../test/helpers/offline.js';

/**
 * Issue 7, S24 (stranger): with 5,001 facts, "what do you remember" listed 50 and ended with a
 * full stop, as if that were all. A cut list says which part it is and how to see the next.
 */
describe('a long fact list', () => {
  it('says what part is shown and how to see the next, which then works', async () => {
    const world = offlineWorld();
    const facts = Array.from({ length: 60 }, (_, i) => [`thing ${i}`, String(i)] as const);
    await world.executor.execute(
      'memory_import',
      { entries: facts.map(([key, value]) => ({ key, value })) },
      { caller: PERSON, approved: true },
    );
    const { answer } = await world.ask('what do you remember');
    expect(answer).toMatch(/^I remember 60 things: /);
    expect(answer).toMatch(
      / Shown: 1–50 of 60, newest first; the next with `fazt run memory_list --offset 50`\.$/,
    );
    const next = await world.executor.execute('memory_list', { offset: 50 }, { caller: PERSON });
    if (!next.ok) throw new Error(next.error.message);
    expect((next.output as { entries: unknown[] }).entries).toHaveLength(10);
    expect(next.text).toMatch(/^I remember 60 things: /);
    expect(next.text).not.toMatch(/Shown:/);
  });

  it('a whole list says nothing more', async () => {
    const world = offlineWorld();
    await world.remember([
      ['gate code', '4471'],
      ['locker number', '12'],
    ]);
    const { answer } = await world.ask('what do you remember');
    expect(answer).not.toMatch(/Shown:/);
  });
});
