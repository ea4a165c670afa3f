import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeNamed } from '../../shell/commands/knowledge.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

const caller = { kind: 'person' as const, id: 'test' };

/** Three text formats and a Markdown file that all mention the rent. */
async function world() {
  const cartridge = testCartridge();
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const dir = testDir('fazt-ext-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'expenses.csv'), 'date,what,amount\n2026-03-01,rent,900\n');
  writeFileSync(join(dir, 'sub', 'OLD.CSV'), 'date,what,amount\n2025-03-01,rent,850\n');
  writeFileSync(join(dir, 'notes.txt'), 'The rent goes up in May.\n');
  writeFileSync(join(dir, 'app.log'), '2026-03-01 INFO rent paid\n');
  writeFileSync(join(dir, 'lease.md'), '# Lease\n\nThe rent is 900 EUR.\n');
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller, approved: false });
    return result;
  };
  const learned = await run('knowledge_learn', { paths: [dir] });
  if (!learned.ok) throw new Error(learned.error.message);
  const paths = async (input: Record<string, unknown>) => {
    const result = await run('knowledge_search', { query: 'rent', ...input });
    if (!result.ok) throw new Error(result.error.message);
    return (result.output as { passages: { path: string }[] }).passages
      .map((p) => p.path.slice(dir.length + 1))
      .sort();
  };
  return { dir, run, paths };
}

describe('an extension filter picks files by their extension (S12: --type csv meant every text file)', () => {
  it('extensions keep only files so named, case-insensitive, with or without the dot; types still mean the type', async () => {
    const { paths } = await world();
    expect(await paths({ extensions: ['csv'] })).toEqual(['expenses.csv', 'sub/OLD.CSV']);
    expect(await paths({ extensions: ['.txt'] })).toEqual(['notes.txt']);
    expect(await paths({ extensions: ['TXT', 'log'] })).toEqual(['app.log', 'notes.txt']);
    expect(await paths({ types: ['text'] })).toEqual(['app.log', 'expenses.csv', 'notes.txt', 'sub/OLD.CSV']);
    // A type and an extension together: a file of either.
    expect(await paths({ types: ['markdown'], extensions: ['csv'] })).toEqual([
      'expenses.csv',
      'lease.md',
      'sub/OLD.CSV',
    ]);
  });

  it('knowledge_ask answers only from files of the extension, and a search that finds none says ".pdf files"', async () => {
    const { run } = await world();
    const csv = await run('knowledge_ask', { question: 'how much is the rent?', extensions: ['csv'] });
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    const output = csv.output as { known: boolean; filters?: string; citations: { path: string }[] };
    expect(output.filters).toBe('.csv files');
    expect(output.known).toBe(true);
    expect(output.citations.length).toBeGreaterThan(0);
    for (const citation of output.citations) expect(citation.path).toMatch(/\.csv$/i);
    const none = await run('knowledge_search', { query: 'rent', extensions: ['pdf'] });
    expect(none.ok && none.text).toBe('Nothing in .pdf files matches rent.');
  });

  it('refuses an extension that is not one (wildcards, slashes), saying what an extension is', async () => {
    const { run } = await world();
    for (const bad of ['%', 'c_v', '../x', '']) {
      const result = await run('knowledge_search', { query: 'rent', extensions: [bad] });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/extension is letters and digits/);
    }
  });

  it('the CLI reads --type words: type names and md/htm as types, other extensions as themselves', () => {
    expect(typeNamed('markdown')).toEqual({ type: 'markdown' });
    expect(typeNamed('md')).toEqual({ type: 'markdown' });
    expect(typeNamed('HTM')).toEqual({ type: 'html' });
    expect(typeNamed('pdf')).toEqual({ type: 'pdf' });
    expect(typeNamed('text')).toEqual({ type: 'text' });
    expect(typeNamed('csv')).toEqual({ extension: 'csv' });
    expect(typeNamed('.TXT')).toEqual({ extension: 'txt' });
    expect(typeNamed('py')).toEqual({ extension: 'py' });
    expect(typeNamed('word')).toBeUndefined();
    expect(typeNamed('.')).toBeUndefined();
  });
});

describe('a path without extension names the files so called in its folder (S12 LOW: --path ../home/lease)', () => {
  it('picks the file by its name without extension, as the bare name does; only in that folder', async () => {
    const { dir, paths, run } = await world();
    expect(await paths({ pathPrefix: join(dir, 'notes') })).toEqual(['notes.txt']);
    expect(await paths({ pathPrefix: join(dir, 'sub', 'OLD') })).toEqual(['sub/OLD.CSV']);
    // "expenses" is a name in dir, not in dir/sub: a folder part says where to look.
    const elsewhere = await run('knowledge_search', {
      query: 'rent',
      pathPrefix: join(dir, 'sub', 'expenses'),
    });
    expect(elsewhere.ok).toBe(false);
    if (!elsewhere.ok)
      expect(elsewhere.error.message).toContain(`Nothing is learned at ${join(dir, 'sub', 'expenses')}`);
    const listed = await run('knowledge_list', { pathPrefix: join(dir, 'lease') });
    expect(listed.ok && (listed.output as { files: { path: string }[] }).files.map((f) => f.path)).toEqual([
      join(dir, 'lease.md'),
    ]);
  });
});
