import { describe, expect, it } from 'vitest';
import { memoryWorld } from '../../test/helpers/memory.js';
import { testRuntime } from '../../test/helpers/runtime.js';
import { bestFact, bestFacts } from './offline.js';
import { createMemoryStore } from './store.js';

/**
 * Issue 7, "why 7 stays open" (MEDIUM): a name or question that fits several stored facts is
 * asked about on read, update and forget; one is never picked as if sure. A name typed exactly as
 * one of them, or a unique exact name, still answers directly.
 */
describe('a name that fits several facts is asked about, never guessed', () => {
  it('\'kids school\' fits both "kids\' school" and "kid\'s school": read, update and forget ask', async () => {
    const { call, memory } = memoryWorld();
    memory().remember("kids' school", 'Hill');
    memory().remember("kid's school", 'Vale');
    for (const asked of ['kids school', 'my kids school', 'Kids-School']) {
      expect(memory().get(asked), asked).toBeUndefined();
      expect(
        memory()
          .recall(asked)
          .map(({ entry }) => entry.value),
      ).toEqual(['Hill', 'Vale']);
      expect(() => memory().remember(asked, 'Oak'), asked).toThrow(
        /"kids' school" \(Hill\) and "kid's school" \(Vale\)/,
      );
      expect(() => memory().forget(asked), asked).toThrow(/Two remembered facts/);
    }
    // Typed as one of them, it is that one.
    expect(memory().get("kids' school")?.value).toBe('Hill');
    expect(memory().get("KID'S school")?.value).toBe('Vale');
    expect(memory().remember('kid’s school', 'Vale 2')).toMatchObject({ created: false, previous: 'Vale' });
    const recall = await call('memory_recall', { key: 'kids school' });
    expect(recall).toMatchObject({ ok: true, output: { found: false, ambiguous: true, match: null } });
    expect(recall.ok && recall.text).toMatch(/^Two remembered facts have the name "kids school"/);
    const forget = await call('memory_forget', { key: 'kids school' });
    expect(forget).toMatchObject({ ok: false });
    expect(memory().count()).toBe(2);
  });

  it('"new site" never fits "news site" (only a label with an apostrophe is a possessive reading)', () => {
    const { memory } = memoryWorld();
    memory().remember('news site', 'bbc');
    memory().remember('new site', 'blog');
    expect(memory().get('news site')?.value).toBe('bbc');
    expect(memory().remember('news site', 'ft')).toMatchObject({ created: false, previous: 'bbc' });
    // One possessive reading alone is not the fact: "kids school" beside "kid's school" is new.
    memory().remember("kid's school", 'Vale');
    expect(memory().remember('kids school', 'Hill')).toMatchObject({ created: true });
    expect(memory().get('kids school')?.value).toBe('Hill');
  });

  it.each([
    [
      'room key',
      [
        ['room 10 key', 'A10'],
        ['room 101 key', 'B101'],
      ],
    ],
    [
      'wifi password',
      [
        ['home wifi password', 'homepw'],
        ['work wifi password', 'workpw'],
      ],
    ],
    [
      'PIN',
      [
        ['📱 PIN', '1111'],
        ['💳 PIN', '2222'],
      ],
    ],
    [
      'locker code',
      [
        ['gym locker code', '118'],
        ['school locker code', '42'],
      ],
    ],
  ])('"what is my %s?" lists the facts that fit and asks which', async (asked, facts) => {
    const { call, memory } = memoryWorld();
    for (const [key, value] of facts) memory().remember(key!, value);
    const result = await call('memory_recall', { key: asked });
    expect(result).toMatchObject({ ok: true, output: { found: false, match: null, ambiguous: true } });
    if (!result.ok) return;
    // m13: each is a secret (key, password, PIN, code): named with its value masked, never shown.
    for (const [key, value] of facts) {
      expect(result.text).toContain(`${key}: ••••`);
      expect(result.text).not.toContain(value);
    }
    expect(result.text).toMatch(/Which one do you mean\?/);
  });

  it('a unique exact name still answers directly beside longer names that contain it', async () => {
    const { call, memory } = memoryWorld();
    memory().remember('wifi password', 'plain');
    memory().remember('home wifi password', 'homepw');
    memory().remember('work wifi password', 'workpw');
    const result = await call('memory_recall', { key: 'my wifi password' });
    expect(result).toMatchObject({ ok: true, output: { found: true, match: { value: 'plain' } } });
    expect(result.ok && result.output).not.toHaveProperty('ambiguous');
    expect((await call('memory_recall', { key: 'room 10 key' })).ok).toBe(true);
  });
});

describe('a question answered from every fact (bestFacts) never picks one of a tie', () => {
  const same = (wanted: string, word: string) => wanted === word;
  const entries = [
    { key: 'room 10 key', label: 'room 10 key', value: 'A10' },
    { key: 'room 101 key', label: 'room 101 key', value: 'B101' },
    { key: 'car', label: 'car', value: 'parked on level 3' },
  ];

  it('returns every fact that fits as well as the best, and bestFact then none', () => {
    expect(bestFacts('where is the room key', entries, same).map(({ value }) => value)).toEqual([
      'A10',
      'B101',
    ]);
    expect(bestFact('where is the room key', entries, same)).toBeUndefined();
    expect(bestFact('where is my car parked', entries, same)?.value).toBe('parked on level 3');
  });
});

/**
 * Issue 7, stranger 8 (HIGH): an emoji is a qualifier word like "bank". "PIN" with "bank PIN",
 * "📱 PIN" and "💻 PIN" stored fits all three; the word-named one is never picked over the others
 * (it scored lower than they did).
 */
describe('an emoji qualifies a fact name as a word does', () => {
  it.each([
    [
      'PIN',
      [
        ['bank PIN', '8812'],
        ['📱 PIN', '1111'],
        ['💻 PIN', '2222'],
      ],
    ],
    [
      'code',
      [
        ['door code', '4321'],
        ['🚗 code', '9999'],
      ],
    ],
    [
      'code',
      [
        ['alarm code', '2468'],
        ['🏠 alarm code', '1357'],
      ],
    ],
    [
      'alarm code',
      [
        ['alarm code', '2468'],
        ['🏠 alarm code', '1357'],
      ],
    ],
  ])('"%s" fits every one of %j', async (asked, facts) => {
    const runtime = testRuntime();
    const memory = createMemoryStore(runtime.cartridge);
    for (const [key, value] of facts as [string, string][]) memory.remember(key, value);
    const recall = await runtime.executor.execute(
      'memory_recall',
      { key: asked },
      { caller: runtime.caller, approved: true },
    );
    if (asked === 'alarm code') {
      // Named exactly: that one answers.
      expect(recall).toMatchObject({ ok: true, output: { found: true, match: { value: '2468' } } });
      return;
    }
    expect(recall).toMatchObject({ ok: true, output: { found: false, ambiguous: true, match: null } });
    const output = (recall as { output: { alternatives: { label: string; score: number }[] } }).output;
    expect(output.alternatives.map(({ label }) => label).sort()).toEqual(facts.map(([key]) => key).sort());
    const scores = output.alternatives.map(({ score }) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(recall.ok && recall.text).toMatch(/remembered facts fit .*Which one do you mean\?/);
  });

  it('an emoji that stands for the word asked still picks its fact ("phone PIN" → "📱 PIN")', () => {
    const runtime = testRuntime();
    const memory = createMemoryStore(runtime.cartridge);
    memory.remember('bank PIN', '8812');
    memory.remember('📱 PIN', '1111');
    const [best] = memory.recall('phone PIN');
    expect(best).toMatchObject({ entry: { value: '1111' }, sameSubject: true });
  });
});
