import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { toolSimilarity } from './closest.js';

/**
 * x29: a question nothing answers ends "I don't know … I can:" with the closest tools, and those
 * were the everyday ones whatever was asked: "Remember a fact" and "Add a note", writes nothing in
 * the question asked for. Only tools that read, or that are as close as a request of their own,
 * are suggested.
 */
describe('"I don\'t know" suggests tools that read or fit the question (x29)', () => {
  const QUESTIONS = [
    'do I need to fast before the scan?',
    'how tall is the eiffel tower',
    'who won the match yesterday',
    'why is the sky blue',
    'where did I put the note about the boiler',
    'how are you feeling about the weather today?',
  ];

  it('lists no unrelated write tool', async () => {
    const { ask, registry } = offlineWorld();
    for (const question of QUESTIONS) {
      const { answer, finish } = await ask(question);
      expect(finish.status, question).toBe('done');
      expect(answer, question).toContain("I don't know");
      const titles = answer
        .split('\n')
        .flatMap((line) => (/^- ([^:]+):/.exec(line)?.[1] ? [/^- ([^:]+):/.exec(line)?.[1] as string] : []));
      expect(titles.length, question).toBeGreaterThan(0);
      for (const title of titles) {
        const tool = registry.list().find((each) => each.title === title);
        expect(tool, `${question}: ${title}`).toBeDefined();
        if (!tool || tool.risk === 'read') continue;
        expect(toolSimilarity(tool, question, true), `${question}: ${title}`).toBeGreaterThanOrEqual(0.5);
      }
      expect(answer, question).not.toContain('- Remember a fact:');
      expect(answer, question).not.toContain('- Add a note:');
    }
  });
});
