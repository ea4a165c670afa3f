import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createDefaultRegistry, createExecutor } from '../../tools/index.js';
import { testCartridge, testDir } from './runtime.js';

const caller = { kind: 'person' as const, id: 'test' };

/** One citation of a `knowledge_ask` answer: file, 1-based line span and the sentence quoted. */
export interface Cited {
  path: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
}

/**
 * Learns `files` (relative name → text; folders made as needed) into a fresh cartridge for the
 * current test, through the real `knowledge_learn` tool. `ask` runs `knowledge_ask` and returns
 * its output's fields, the answer sentence (`text`) and the quotes alone.
 * A paper that holds a (made-up) password or PIN on purpose needs `includeSecrets`; without it, a
 * paper learn skips as secret-looking fails the test, so ordinary papers guard against false alarms.
 */
export async function learnPapers(files: Record<string, string>, options: { includeSecrets?: boolean } = {}) {
  const cartridge = testCartridge();
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const dir = testDir('fazt-answer-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const learned = await executor.execute(
    'knowledge_learn',
    { paths: [dir], ...(options.includeSecrets ? { includeSecrets: true } : {}) },
    { caller, approved: false },
  );
  if (!learned.ok) throw new Error(learned.error.message);
  const secrets = (
    learned.output as { skippedFiles: { path: string; reason: string; detail?: string }[] }
  ).skippedFiles
    .filter((file) => file.reason === 'secrets')
    .map((file) => `${file.path} (${file.detail})`);
  if (secrets.length) throw new Error(`learnPapers: skipped as secret-looking: ${secrets.join(', ')}`);
  const ask = async (question: string) => {
    const result = await executor.execute('knowledge_ask', { question }, { caller, approved: false });
    if (!result.ok) throw new Error(result.error.message);
    const output = result.output as { known: boolean; answer: string; citations: Cited[]; missing?: string };
    return {
      missing: output.missing,
      known: output.known,
      answer: output.answer,
      citations: output.citations,
      text: result.text,
      quotes: output.citations.map((c) => c.quote),
    };
  };
  return { ask, dir };
}
