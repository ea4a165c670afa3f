import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

const person = { kind: 'person' as const, id: 'test' };

/** x29: "No — your documents leave it out: Accidental damage: not included." read badly. */
const POLICY =
  '# Home insurance policy\n\nPolicy number: HX-55-2231\n\n## What is covered\n\nFire and smoke damage: included.\nTheft from the home: included, up to 5,000 EUR.\nWater damage from burst pipes: included.\n\n## What is not covered\n\nAccidental damage: not included.\nFlood from rivers: not included.\nWear and tear: excluded.\n';

async function world() {
  const executor = createExecutor({ cartridge: testCartridge(), registry: createDefaultRegistry() });
  const dir = testDir('fazt-cover-29-');
  writeFileSync(join(dir, 'policy.md'), POLICY);
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller: person, approved: true });
    if (!result.ok) throw new Error(result.error.message);
    return result.output as { known: boolean; answer: string };
  };
  await run('knowledge_learn', { paths: [dir] });
  return (question: string) => run('knowledge_ask', { question });
}

describe('a yes/no of cover over a "thing: status" line is one plain sentence (x29)', () => {
  it('says no with the thing and the status the line gives, and where', async () => {
    const ask = await world();
    for (const [question, answer] of [
      [
        'is accidental damage covered',
        'No — your documents list accidental damage as not included (policy.md:13).',
      ],
      [
        'does my policy cover accidental damage?',
        'No — your documents list accidental damage as not included (policy.md:13).',
      ],
      [
        'am I covered for accidental damage',
        'No — your documents list accidental damage as not included (policy.md:13).',
      ],
      [
        'is flood from rivers covered',
        'No — your documents list flood from rivers as not included (policy.md:14).',
      ],
      ['is wear and tear covered?', 'No — your documents list wear and tear as excluded (policy.md:15).'],
    ] as const) {
      const said = await ask(question);
      expect(said.known, question).toBe(true);
      expect(said.answer, question).toBe(answer);
    }
  });

  it('says yes the same way; a line with terms of its own is quoted whole', async () => {
    const ask = await world();
    expect((await ask('is fire and smoke damage covered')).answer).toBe(
      'Yes — your documents list fire and smoke damage as included (policy.md:7).',
    );
    expect((await ask('is water damage included?')).answer).toBe(
      'Yes — your documents list water damage from burst pipes as included (policy.md:9).',
    );
    const theft = await ask('is theft from the home covered');
    expect(theft.answer).toContain('Theft from the home: included, up to 5,000 EUR. (policy.md:8)');
    expect(theft.answer).not.toContain('your documents list');
  });
});
