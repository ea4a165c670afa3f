import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/helpers/pdf.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import type { StoreResource } from '../capability.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { knowledgeCapability } from './index.js';

const caller = { kind: 'person' as const, id: 'test' };

const LEASE = `# Lease agreement

## Rent

The rent is 1200 euros a month, due on the first day of each month.
Late payment costs a fee of 50 euros.

## Pets

Pets are not allowed without the written consent of the landlord.
One small cat may be kept.

## Parking

No parking space is included with the flat.
`;

describe('knowledge tools', () => {
  /** A folder with one file of each type, a hidden folder, a .gitignore'd file and a binary. */
  function documents(): string {
    const dir = testDir('fazt-knowledge-');
    mkdirSync(join(dir, 'recipes'));
    mkdirSync(join(dir, '.secret'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'lease.md'), LEASE);
    writeFileSync(
      join(dir, 'recipes', 'carbonara.txt'),
      'Carbonara: eggs, guanciale, pecorino and black pepper.\n',
    );
    writeFileSync(
      join(dir, 'trip.html'),
      '<html><head><title>Trip</title><style>p{}</style></head><body><h1>Trip to Rome</h1><p>We fly on May 3rd &amp; return on May 10th.</p><script>alert(1)</script></body></html>',
    );
    writeFileSync(
      join(dir, 'insurance.pdf'),
      makePdf([['Home insurance policy'], ['Water damage is covered up to 10000 euros.']]),
    );
    writeFileSync(
      join(dir, 'src', 'tax.py'),
      'def vat(amount):\n    """Value added tax at 21 percent."""\n    return amount * 0.21\n',
    );
    writeFileSync(join(dir, '.secret', 'diary.md'), 'The zeppelin password is hidden here.\n');
    writeFileSync(join(dir, '.gitignore'), 'build/\n*.log\n');
    mkdirSync(join(dir, 'build'));
    writeFileSync(join(dir, 'build', 'out.md'), 'zeppelin build output\n');
    writeFileSync(join(dir, 'debug.log'), 'zeppelin debug log\n');
    writeFileSync(
      join(dir, 'photo.jpg'),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
    );
    return dir;
  }

  const setup = () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const run = async (tool: string, input: Record<string, unknown>, approved = false) => {
      const result = await executor.execute(tool, input, { caller, approved });
      if (!result.ok) throw new Error(`${tool}: ${result.error.message}`);
      // biome-ignore lint/suspicious/noExplicitAny: test access to each tool's output.
      return { output: result.output as any, text: result.text };
    };
    return { cartridge, executor, run };
  };

  it('learns every file type, skipping hidden, gitignored and binary files, and says so', async () => {
    const { run } = setup();
    const dir = documents();
    const { output, text } = await run('knowledge_learn', { paths: [dir] });
    expect(output).toMatchObject({ new: 5, changed: 0, unchanged: 0, removed: 0 });
    expect(output.skippedReasons).toEqual({ hidden: 1, gitignored: 2, binary: 1 });
    expect(text).toMatch(/5 new.*skipped 4 \(.*1 binary/);
    const list = await run('knowledge_list', {});
    expect(
      list.output.files.map((file: { path: string; type: string }) => [
        file.path.slice(dir.length + 1),
        file.type,
      ]),
    ).toEqual([
      ['insurance.pdf', 'pdf'],
      ['lease.md', 'markdown'],
      ['recipes/carbonara.txt', 'text'],
      ['src/tax.py', 'code'],
      ['trip.html', 'html'],
    ]);
    for (const [query, file] of [
      ['guanciale', 'recipes/carbonara.txt'],
      ['Rome flight', 'trip.html'],
      ['water damage covered', 'insurance.pdf'],
      ['value added tax', 'src/tax.py'],
      ['late payment fee', 'lease.md'],
    ] as const) {
      const { output: found } = await run('knowledge_search', { query });
      expect(found.passages[0]?.path, query).toBe(join(dir, file));
    }
    const hidden = await run('knowledge_search', { query: 'zeppelin' });
    expect(hidden.output.passages).toEqual([]);
    const html = await run('knowledge_search', { query: 'alert' });
    expect(html.output.passages).toEqual([]);
  });

  it('keeps heading trails and line spans, and cites them in answers', async () => {
    const { run } = setup();
    const dir = documents();
    await run('knowledge_learn', { paths: [dir] });
    const { output, text } = await run('knowledge_ask', { question: 'what does my lease say about pets?' });
    expect(output.known).toBe(true);
    expect(output.citations[0]).toMatchObject({
      path: join(dir, 'lease.md'),
      lineStart: 10,
      lineEnd: 10,
      quote: 'Pets are not allowed without the written consent of the landlord.',
    });
    expect(text).toContain('(lease.md:10)');
    const pdf = await run('knowledge_ask', { question: 'is water damage covered by my insurance?' });
    expect(pdf.output.citations[0]).toMatchObject({ path: join(dir, 'insurance.pdf') });
    expect(pdf.output.citations[0].heading).toContain('Page 2');
    const search = await run('knowledge_search', { query: 'pets cat landlord' });
    expect(search.output.passages[0]).toMatchObject({
      heading: expect.stringContaining('Lease agreement'),
      lineStart: 1,
    });
  });

  it('answers however the question is worded, quoting every sentence that answers across chunks', async () => {
    const { run } = setup();
    const dir = testDir('fazt-knowledge-answers-');
    // What the lease says about pets is spread over three sections and more than one chunk.
    const filler = Array.from(
      { length: 60 },
      (_, i) => `Clause ${i + 1} concerns general upkeep of the flat.`,
    );
    const lines = [
      '# Lease',
      '',
      '## Rent',
      'Monthly rent: $1,450, due on the first of each month.',
      '',
      '## Pets',
      'Tenants may keep one cat or one small dog.',
      '',
      '## Upkeep',
      ...filler.slice(0, 40),
      '',
      '## Deposits',
      'A pet deposit of $300 is required.',
      ...filler.slice(40),
      '',
      '## House rules',
      'Pets must never be left alone overnight.',
      '',
      '## Parking',
      'One parking space is included.',
    ];
    writeFileSync(join(dir, 'lease.md'), lines.join('\n'));
    const lineOf = (text: string) => lines.indexOf(text) + 1;
    await run('knowledge_learn', { paths: [dir] });
    for (const question of [
      'how much is the rent?',
      'what is the rent?',
      'rent',
      'How much do I pay in rent',
    ]) {
      const { output, text } = await run('knowledge_ask', { question });
      expect(output.known, question).toBe(true);
      expect(text, question).toContain('Monthly rent: $1,450, due on the first of each month. (lease.md:4)');
    }
    const pets = await run('knowledge_ask', { question: 'what does my lease say about pets?' });
    expect(
      pets.output.citations.map((c: { quote: string; lineStart: number }) => [c.lineStart, c.quote]),
    ).toEqual([
      [7, 'Tenants may keep one cat or one small dog.'],
      [lineOf('A pet deposit of $300 is required.'), 'A pet deposit of $300 is required.'],
      [lineOf('Pets must never be left alone overnight.'), 'Pets must never be left alone overnight.'],
    ]);
    expect(new Set(pets.output.passages.map((p: { lineStart: number }) => p.lineStart)).size).toBeGreaterThan(
      1,
    );
    expect(pets.text).toContain(`(lease.md:${lineOf('A pet deposit of $300 is required.')})`);
    expect(pets.text).not.toMatch(/parking|Clause/i);
  });

  it('cites two learned files of the same name apart, by the folders that tell them apart', async () => {
    const { run } = setup();
    const dir = testDir('fazt-knowledge-names-');
    mkdirSync(join(dir, 'flat'));
    mkdirSync(join(dir, 'office'));
    writeFileSync(join(dir, 'flat', 'lease.md'), '# Lease\n\nThe flat rent is 900 euros.\n');
    writeFileSync(join(dir, 'office', 'lease.md'), '# Lease\n\nThe office rent is 2000 euros.\n');
    writeFileSync(join(dir, 'office', 'notes.md'), '# Notes\n\nThe office has a kitchen.\n');
    await run('knowledge_learn', { paths: [dir] });
    const { text } = await run('knowledge_ask', { question: 'what is the rent?' });
    expect(text).toContain('(flat/lease.md:3)');
    expect(text).toContain('(office/lease.md:3)');
    const search = await run('knowledge_search', { query: 'kitchen' });
    expect(search.output.passages[0].source).toBe('notes.md:3');
  });

  it('says it does not know when the documents do not answer, never guessing', async () => {
    const { run } = setup();
    await run('knowledge_learn', { paths: [documents()] });
    for (const question of [
      'what does my lease say about the swimming pool?',
      'what is the capital of Mongolia?',
      'what does my lease say?!?',
      'who won the 1998 world cup',
    ]) {
      const { output, text } = await run('knowledge_ask', { question });
      expect(output.known, question).toBe(false);
      expect(output.citations).toEqual([]);
      expect(text).toMatch(/^I don't know/);
    }
  });

  it('is incremental: unchanged skipped, changed re-chunked, deleted removed', async () => {
    const { run, cartridge } = setup();
    const dir = documents();
    await run('knowledge_learn', { paths: [dir] });
    const again = await run('knowledge_learn', { paths: [dir] });
    expect(again.output).toMatchObject({ new: 0, changed: 0, unchanged: 5, removed: 0, chunks: 0 });

    writeFileSync(
      join(dir, 'lease.md'),
      LEASE.replace('One small cat may be kept.', 'Two goldfish may be kept.'),
    );
    rmSync(join(dir, 'trip.html'));
    writeFileSync(join(dir, 'recipes', 'pesto.md'), '# Pesto\n\nBasil, pine nuts, garlic.\n');
    const third = await run('knowledge_learn', { paths: [dir] });
    expect(third.output).toMatchObject({ new: 1, changed: 1, unchanged: 3, removed: 1 });
    const goldfish = (await run('knowledge_search', { query: 'goldfish' })).output.passages;
    expect(goldfish[0]).toMatchObject({
      path: join(dir, 'lease.md'),
      text: expect.stringContaining('Two goldfish'),
    });
    expect((await run('knowledge_search', { query: 'cat' })).output.passages).toHaveLength(0);
    expect((await run('knowledge_search', { query: 'Rome' })).output.passages).toHaveLength(0);
    // No orphans: FTS rows match chunk rows.
    const chunks = cartridge.prepare('SELECT count(*) FROM knowledge_chunks').pluck().get();
    const fts = cartridge.prepare('SELECT count(*) FROM knowledge_fts').pluck().get();
    expect(fts).toBe(chunks);

    // Learning a sub-folder never removes files learned from elsewhere.
    const sub = await run('knowledge_learn', { paths: [join(dir, 'recipes')] });
    expect(sub.output).toMatchObject({ removed: 0, unchanged: 2 });
  });

  it('re-learning a folder forgets only files that are gone, never ones learned by name inside it', async () => {
    const { run } = setup();
    const dir = documents();
    await run('knowledge_learn', { paths: [dir] });
    // Hidden and gitignored files the walk leaves out, learned by name.
    await run('knowledge_learn', { paths: [join(dir, '.secret', 'diary.md'), join(dir, 'debug.log')] });
    rmSync(join(dir, 'trip.html'));
    const again = await run('knowledge_learn', { paths: [dir] });
    expect(again.output).toMatchObject({ removed: 1, new: 0, changed: 0 });
    const paths = (await run('knowledge_list', {})).output.files.map((file: { path: string }) => file.path);
    expect(paths).toContain(join(dir, '.secret', 'diary.md'));
    expect(paths).toContain(join(dir, 'debug.log'));
    expect(paths).not.toContain(join(dir, 'trip.html'));
    // Gone from disk, it goes from the index on the next learn of its folder.
    rmSync(join(dir, 'debug.log'));
    expect((await run('knowledge_learn', { paths: [dir] })).output.removed).toBe(1);
  });

  it('learns a folder reached through a link once, and counts links and FIFOs as skipped without opening them', async () => {
    const { run } = setup();
    const dir = documents();
    const { symlinkSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const outside = testDir('fazt-knowledge-link-');
    symlinkSync(dir, join(outside, 'docs-link'));
    symlinkSync(join(dir, 'lease.md'), join(dir, 'recipes', 'lease-link.md'));
    execFileSync('mkfifo', [join(dir, 'recipes', 'pipe.txt')]);
    const first = await run('knowledge_learn', { paths: [dir, join(outside, 'docs-link')] });
    expect(first.output.new).toBe(5);
    expect(first.output.skippedReasons).toMatchObject({ 'symbolic link': 1, 'not a regular file': 1 });
    const second = await run('knowledge_learn', { paths: [join(outside, 'docs-link')] });
    expect(second.output).toMatchObject({ new: 0, unchanged: 5 });
    expect((await run('knowledge_list', {})).output.total).toBe(5);
    // A FIFO named directly is skipped too, never read (reading it would wait for ever).
    const fifo = await run('knowledge_learn', { paths: [join(dir, 'recipes', 'pipe.txt')] });
    expect(fifo.output.skippedReasons).toEqual({ 'not a regular file': 1 });
  });

  it('filters by path prefix, file type and date', async () => {
    const { run } = setup();
    const dir = documents();
    utimesSync(join(dir, 'lease.md'), new Date('2020-01-05'), new Date('2020-01-05'));
    await run('knowledge_learn', { paths: [dir] });
    const everywhere = await run('knowledge_search', { query: 'euros' });
    expect(new Set(everywhere.output.passages.map((p: { type: string }) => p.type))).toEqual(
      new Set(['markdown', 'pdf']),
    );
    const pdfOnly = await run('knowledge_search', { query: 'euros', types: ['pdf'] });
    expect(pdfOnly.output.passages.map((p: { type: string }) => p.type)).toEqual(['pdf']);
    const recent = await run('knowledge_search', { query: 'euros', modifiedAfter: '2021-01-01' });
    expect(recent.output.passages.map((p: { type: string }) => p.type)).toEqual(['pdf']);
    const old = await run('knowledge_search', { query: 'euros', modifiedBefore: '2020-12-31' });
    expect(old.output.passages.map((p: { type: string }) => p.type)).toEqual(['markdown']);
    const under = await run('knowledge_search', {
      query: 'carbonara eggs euros',
      pathPrefix: join(dir, 'recipes'),
    });
    expect(under.output.passages.map((p: { path: string }) => p.path)).toEqual([
      join(dir, 'recipes', 'carbonara.txt'),
    ]);
    const bad = await setup().executor.execute(
      'knowledge_search',
      { query: 'x', modifiedAfter: 'yesterday' },
      { caller },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('skips a corrupt PDF and an oversized file with their reasons, and keeps going', async () => {
    const { run } = setup();
    const dir = testDir('fazt-knowledge-');
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4\nthis is not really a pdf\n%%EOF\n');
    writeFileSync(join(dir, 'fine.md'), '# Fine\n\nStill learned.\n');
    const big = join(dir, 'huge.log');
    writeFileSync(big, '');
    // Sparse: 600 MB on paper, nothing on disk; learn must not read it.
    const { truncateSync } = await import('node:fs');
    truncateSync(big, 600 * 1024 * 1024);
    const { output, text } = await run('knowledge_learn', { paths: [dir] });
    expect(output).toMatchObject({ new: 1, skipped: 2 });
    // A PDF pdf.js cannot read is said to be damaged, with what the reader said (S25 LOW 3).
    expect(output.skippedReasons).toEqual({ 'damaged PDF': 1, 'too large': 1 });
    expect(output.skippedFiles.map((file: { path: string }) => file.path).sort()).toEqual([
      join(dir, 'broken.pdf'),
      big,
    ]);
    expect(text).toMatch(/1 damaged PDF/);
    // The plain summary names the skipped files and why, not only --json (S25 LOW 3).
    expect(text).toContain(`Skipped: `);
    expect(text).toMatch(/broken\.pdf \(damaged PDF: [^)]+\)/);
    expect(text).toContain('huge.log (too large)');
    expect(
      output.skippedFiles.find((file: { path: string }) => file.path.endsWith('broken.pdf'))?.detail,
    ).toEqual(expect.any(String));
  });

  it('forgets a file or a folder only with approval, and refuses paths it never learned', async () => {
    const { run, executor } = setup();
    const dir = documents();
    await run('knowledge_learn', { paths: [dir] });
    const unapproved = await executor.execute('knowledge_forget', { path: join(dir, 'recipes') }, { caller });
    expect(unapproved).toMatchObject({ ok: false, error: { code: 'needs_approval' } });
    const forgot = await run('knowledge_forget', { path: join(dir, 'recipes') }, true);
    expect(forgot.output.forgotten).toEqual([join(dir, 'recipes', 'carbonara.txt')]);
    expect((await run('knowledge_search', { query: 'guanciale' })).output.passages).toEqual([]);
    const never = await executor.execute(
      'knowledge_forget',
      { path: join(dir, 'nowhere') },
      { caller, approved: true },
    );
    expect(never).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Nothing learned/) },
    });
    // A prefix that is not a folder boundary forgets nothing: /x/recipes-old is not under /x/recipes.
    const lease = await executor.execute(
      'knowledge_forget',
      { path: join(dir, 'lea') },
      { caller, approved: true },
    );
    expect(lease.ok).toBe(false);
  });

  it('forgets every learned document with all: true (approval needed), and refuses neither or both', async () => {
    const { run, executor } = setup();
    const dir = documents();
    await run('knowledge_learn', { paths: [dir] });
    const unapproved = await executor.execute('knowledge_forget', { all: true }, { caller });
    expect(unapproved).toMatchObject({ ok: false, error: { code: 'needs_approval' } });
    for (const input of [{}, { all: true, path: dir }, { all: false }]) {
      const refused = await executor.execute('knowledge_forget', input, { caller, approved: true });
      expect(refused, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const forgot = await run('knowledge_forget', { all: true }, true);
    expect(forgot.output.forgotten).toHaveLength(5);
    expect((await run('knowledge_list', {})).output.files).toEqual([]);
  });

  it('offers each learned file as a resource, its text with line spans', async () => {
    const { run, cartridge } = setup();
    const dir = documents();
    await run('knowledge_learn', { paths: [dir] });
    const resource = knowledgeCapability.resources?.[0] as StoreResource | undefined;
    const listed = resource?.list?.(cartridge) ?? [];
    const lease = listed.find((entry) => entry.name === join(dir, 'lease.md'));
    expect(lease?.uri).toMatch(/^fazt:\/\/knowledge\/file\/\d+$/);
    const id = lease?.uri.split('/').pop() as string;
    const text = resource?.read(cartridge, lease?.uri as string, { id }) ?? '';
    expect(text).toContain(`# ${join(dir, 'lease.md')}`);
    expect(text).toContain('<!-- lines 1-15: lease › Lease agreement -->');
    expect(() => resource?.read(cartridge, 'fazt://knowledge/file/999', { id: '999' })).toThrow(
      /no learned document/,
    );
  });

  it('refuses a path that does not exist, with what to do', async () => {
    const { executor } = setup();
    const dir = testDir('fazt-knowledge-');
    writeFileSync(join(dir, 'a.md'), 'alpha\n');
    const partly = await executor.execute('knowledge_learn', { paths: [dir, '/no/such/folder'] }, { caller });
    expect(partly).toMatchObject({ ok: true, output: { new: 1, skippedReasons: { 'not found': 1 } } });
    const result = await executor.execute('knowledge_learn', { paths: ['/no/such/folder'] }, { caller });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/no such file or folder/) },
    });
    // A relative or ~ path is named as given and as resolved, so a wrong working folder shows.
    const relative = await executor.execute(
      'knowledge_learn',
      { paths: ['no-such-docs', '~/no-such-docs'] },
      { caller },
    );
    expect(relative).toMatchObject({ ok: false });
    if (relative.ok) return;
    expect(relative.error.message).toContain(`"no-such-docs" (${join(process.cwd(), 'no-such-docs')})`);
    expect(relative.error.message).toContain(`"~/no-such-docs" (${join(homedir(), 'no-such-docs')})`);
  });
});
