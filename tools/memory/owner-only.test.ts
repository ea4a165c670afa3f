import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';

/**
 * m19 (S26 M4, S28): "and my brother's?" with no fact before it to carry over, and several of the
 * brother's facts stored: which one is asked, each by its name only; a secret's value never shows.
 */
describe('a question that names only whose facts asks which, by name', () => {
  const seed = [
    ["brother's phone", '555 0202'],
    ["brother's email", 'bro@example.com'],
    ["brother's PIN", '4455'],
    ["sister's phone", '555 0101'],
    ["Tom's phone", '555 7777'],
    ["Tom's birthday", '3 May'],
  ] as const;

  it.each(["and my brother's?", "what is my brother's?", "what about my brother's"])('"%s"', async (said) => {
    const { ask } = await seededWorld(seed);
    const run = await ask(said);
    expect(run.status).toBe('needs_input');
    expect(run.answer).toMatch(/^I have 3 facts about your brother: /);
    for (const label of ["brother's phone", "brother's email", "brother's PIN"])
      expect(run.answer).toContain(`"${label}"`);
    for (const value of ['555 0202', 'bro@example.com', '4455', '555 0101'])
      expect(run.answer).not.toContain(value);
  });

  it('a named owner is said as named: "and Tom\'s?"', async () => {
    const { ask } = await seededWorld(seed);
    const run = await ask("and Tom's?");
    expect(run.answer).toMatch(/^I have 2 facts about Tom: /);
    expect(run.answer).toMatch(/like "what is Tom's (?:phone|birthday)\?"/);
    expect(run.answer).not.toMatch(/555 7777|3 May/);
  });

  it('one fact of that owner is no question: the usual answer', async () => {
    const { ask } = await seededWorld(seed);
    const run = await ask("and my sister's?");
    expect(run.answer).not.toMatch(/facts about your sister/);
  });
});
