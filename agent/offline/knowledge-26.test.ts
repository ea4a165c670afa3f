import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * Round k26 (S41 MEDIUM): a question that puts its condition first ("if the dog chews the sofa will
 * insurance pay") is a question for the documents, not "I didn't understand"; and "can I leave
 * after 6 months?" gives the lease and the job each with its verdict, never one wrong "No".
 */
describe('a condition put first, and leaving after a time, through the planner', () => {
  const world = async () => {
    const { ask } = offlineWorld();
    const dir = testDir('fazt-knowledge-26-');
    const testdata = join(import.meta.dirname, '..', '..', 'tools', 'knowledge', 'testdata', 'k26');
    for (const name of ['flat-agreement.txt', 'employment-contract.txt', 'contents-cover.md'])
      copyFileSync(join(testdata, name), join(dir, name));
    await ask(`learn ${dir}`);
    return ask;
  };

  it('"if … will insurance pay" / "if … am I covered" reach the exclusion that decides them', async () => {
    const ask = await world();
    for (const [question, quote] of [
      [
        'if the dog chews the sofa will insurance pay',
        'Damage caused by domestic animals, including chewing, scratching and soiling (contents-cover.md:12)',
      ],
      [
        'if my phone is stolen from my car am I covered?',
        'Theft from any car or van left unattended (contents-cover.md:13)',
      ],
    ] as const) {
      const { answer, names } = await ask(question);
      expect(names, question).toContain('knowledge_ask');
      expect(answer, question).toContain('No — your documents leave it out');
      expect(answer, question).toContain(quote);
    }
  });

  it('"can i leave after 6 months" quotes the break clause and the allowance, each with a verdict', async () => {
    const ask = await world();
    const { answer, names } = await ask('can i leave after 6 months');
    expect(names).toContain('knowledge_ask');
    expect(answer).toContain('Two of your documents speak to this; each with its verdict:');
    expect(answer).toContain('(flat-agreement.txt:10)');
    expect(answer).toContain('(employment-contract.txt:7)');
    expect(answer).not.toContain('Not after 6 months');
  });

  it('an "if" that asks nothing of the documents is no question', async () => {
    const ask = await world();
    const { names } = await ask('if it rains tomorrow remind me to take an umbrella');
    expect(names).not.toContain('knowledge_ask');
  });
});
