import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

const caller = { kind: 'person' as const, id: 'test' };

const HOUSE = `House sitting
Tortoise sitter: Grandma Ayşe
Plant waterer: Tom Reyes
Rent is £1,395 per month
`;

/** A cartridge with HOUSE learned and `facts` remembered; `ask` runs knowledge_ask as any surface does. */
async function world(facts: Record<string, string>) {
  const executor = createExecutor({ cartridge: testCartridge(), registry: createDefaultRegistry() });
  const dir = testDir('fazt-differs-');
  writeFileSync(join(dir, 'house.txt'), HOUSE);
  const run = async (tool: string, input: object) => {
    const result = await executor.execute(tool, input, { caller, approved: false });
    if (!result.ok) throw new Error(result.error.message);
    return result;
  };
  await run('knowledge_learn', { paths: [dir] });
  for (const [key, value] of Object.entries(facts)) await run('memory_remember', { key, value });
  return async (question: string) => {
    const result = await run('knowledge_ask', { question });
    return { ...(result.output as { answer: string; differs?: string }), text: result.text };
  };
}

/** Round k32 review: the memory-vs-documents comparison is knowledge_ask's own output, not the planner's. */
describe('knowledge_ask says where a remembered fact differs', () => {
  it('a remembered name or amount that the documents contradict is in `differs` and the described answer', async () => {
    const ask = await world({ 'tortoise sitter': 'Fatma', rent: '£800' });
    const sitter = await ask('who is the tortoise sitter?');
    expect(sitter.answer).toContain('Grandma Ayşe');
    expect(sitter.differs).toBe('You told me your tortoise sitter is Fatma; your documents say otherwise.');
    expect(sitter.text).toContain('You told me your tortoise sitter is Fatma');
    const rent = await ask('how much is my rent?');
    expect(rent.differs).toBe('You told me your rent is £800; your documents say otherwise.');
  });

  it('says nothing when they agree, or when no remembered fact is asked about', async () => {
    const ask = await world({ 'plant waterer': 'Tom', 'dog sitter': 'Fatma', rent: '£1,395' });
    for (const question of [
      'who waters the plants? who is the plant waterer?',
      'how much is the rent?',
      'who is the tortoise sitter?',
    ]) {
      const { differs, text } = await ask(question);
      expect(differs, question).toBe(undefined);
      expect(text, question).not.toContain('You told me');
    }
  });
});

describe('a remembered secret that differs from the documents', () => {
  it('is said to differ without its value', async () => {
    const executor = createExecutor({ cartridge: testCartridge(), registry: createDefaultRegistry() });
    const dir = testDir('fazt-differs-secret-');
    writeFileSync(join(dir, 'gate.txt'), 'Gate instructions\nGate code: 4412, press the bell after\n');
    const run = async (tool: string, input: object) => {
      const result = await executor.execute(tool, input, { caller, approved: false });
      if (!result.ok) throw new Error(result.error.message);
      return result;
    };
    await run('knowledge_learn', { paths: [dir], includeSecrets: true });
    await run('memory_remember', { key: 'gate code', value: '9981' });
    const result = await run('knowledge_ask', { question: 'what is the gate code?' });
    const { differs } = result.output as { differs?: string };
    expect(differs).toBe('What you told me as your gate code is not what your documents say.');
    expect(result.text).not.toContain('9981');
  });
});
