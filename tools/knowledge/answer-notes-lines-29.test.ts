import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

const person = { kind: 'person' as const, id: 'test' };

/** A plain-text note of one fact a line, in lower case, no punctuation, as people type them. */
const NOTES = [
  'house stuff',
  '',
  'bins go out tuesday night',
  'wifi password is sunshine',
  'milkman comes thursday',
  'parking permit due in June',
  'plumber is dave 07700 900123',
  'spare key with mrs jones at number 12',
  '',
].join('\n');

/** Prose hard-wrapped at 80 columns: its lines are one sentence. */
const LETTER = [
  'Dear tenant, this letter is to confirm that the annual gas safety inspection of',
  'your flat will take place on the morning of 14 March, between nine and twelve',
  'o’clock, and that an engineer from Hollis Heating will need access to the boiler.',
  '',
].join('\n');

async function world() {
  const cartridge = testCartridge();
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const dir = join(testDir('fazt-notes-lines-29-'), 'docs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'notes.txt'), NOTES);
  writeFileSync(join(dir, 'letter.txt'), LETTER);
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller: person, approved: true });
    if (!result.ok) throw new Error(result.error.message);
    return result as typeof result & { output: Record<string, unknown> };
  };
  await run('knowledge_learn', { paths: [dir], includeSecrets: true });
  const ask = async (question: string) =>
    (await run('knowledge_ask', { question })).output as {
      known: boolean;
      answer: string;
      citations: { path: string; lineStart: number; lineEnd: number }[];
    };
  return { ask };
}

describe('a short line of a plain-text note is a sentence of its own (k29)', () => {
  it.each([
    ['when do the bins go out?', 'tuesday night', 3],
    ['when does the milkman come?', 'thursday', 5],
    ['when is the parking permit due?', 'june', 6],
    ['what is the plumber’s number?', '07700 900123', 7],
    ['where is the spare key?', 'mrs jones', 8],
  ])('%s quotes its line alone', async (question, said, line) => {
    const { ask } = await world();
    const answer = await ask(question);
    expect(answer.known).toBe(true);
    expect(answer.answer.toLowerCase()).toContain(said);
    // Never the line after it (the wifi password once rode along with the bin day).
    expect(answer.answer).not.toContain('sunshine');
    expect(answer.citations[0]).toMatchObject({ lineStart: line, lineEnd: line });
  });

  it('prose wrapped at 80 columns stays one sentence', async () => {
    const { ask } = await world();
    const answer = await ask('when is the gas safety inspection?');
    expect(answer.answer).toContain('14 March, between nine and twelve o’clock');
    expect(answer.citations[0]).toMatchObject({ lineStart: 1, lineEnd: 3 });
  });
});
