import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama } from '../fakes/ollama-server.js';
import { type ChatRequestBody, startFakeOpenAI } from '../fakes/openai-server.js';
import { collect, runCli, runCliJson, spawnCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/** Numbered Markdown files, each with a distinct word, so every one is findable. */
function corpus(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const body = Array.from(
      { length: 40 },
      (_, line) => `Line ${line} of note ${index} mentions topic${index} and shared words.`,
    );
    writeFileSync(
      join(dir, `note-${String(index).padStart(4, '0')}.md`),
      `# Note ${index}\n\n${body.join('\n')}\n`,
    );
  }
}

/** Every learned file has exactly its chunks, every chunk its FTS row (and vector, if any). */
function consistency(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const files = db.prepare('SELECT count(*) FROM knowledge_files').pluck().get() as number;
    const chunks = db.prepare('SELECT count(*) FROM knowledge_chunks').pluck().get() as number;
    const declared = db
      .prepare('SELECT coalesce(sum(chunks), 0) FROM knowledge_files')
      .pluck()
      .get() as number;
    const fts = db.prepare('SELECT count(*) FROM knowledge_fts').pluck().get() as number;
    return { files, chunks, declared, fts };
  } finally {
    db.close();
  }
}

describe('fazt learn and fazt knowledge (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-e2e-');
  });
  afterAll(async () => {
    await cart.cleanup();
  });

  it('learns a folder, answers with the file and lines, and forgets only with --yes', async () => {
    const docs = join(cart.dir, 'docs');
    mkdirSync(docs);
    writeFileSync(
      join(docs, 'lease.md'),
      '# Lease\n\n## Pets\n\nPets are allowed if they are smaller than a beagle.\n',
    );
    writeFileSync(
      join(docs, 'emoji 🏠 notes.txt'),
      'The boiler 🔥 code is 7781.\n\u0007bell \u001b]0;pwned\u0007 \u001b[31mred\n',
    );
    const first = await runCliJson<{ new: number }>(['learn', docs, '--json'], { cartridge: cart.path });
    expect(first.new).toBe(2);
    const again = await runCli(['learn', docs], { cartridge: cart.path });
    expect(again.stdout).toMatch(/0 new, 0 changed, 2 unchanged, 0 removed/);

    const ask = await runCli(['knowledge', 'ask', 'what does my lease say about pets?'], {
      cartridge: cart.path,
    });
    expect(ask.code).toBe(0);
    expect(ask.stdout).toContain('Pets are allowed if they are smaller than a beagle. (lease.md:5)');
    const unknown = await runCli(['knowledge', 'ask', 'what does my lease say about parking?'], {
      cartridge: cart.path,
    });
    expect(unknown.stdout).toMatch(/^I don't know/);
    const search = await runCli(['knowledge', 'search', 'boiler', '🔥', '--json'], { cartridge: cart.path });
    expect(JSON.parse(search.stdout).passages[0].path).toBe(join(docs, 'emoji 🏠 notes.txt'));
    // Escape sequences in a learned file never reach the terminal.
    const plain = await runCli(['knowledge', 'search', 'boiler'], { cartridge: cart.path });
    expect(plain.stdout).toContain('boiler 🔥 code is 7781');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
    expect(plain.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const viaAsk = await runCli(['ask', 'search my documents for boiler'], { cartridge: cart.path });
    expect(viaAsk.stdout).toContain('emoji 🏠 notes.txt');

    const refused = await runCli(['knowledge', 'forget', join(docs, 'lease.md')], { cartridge: cart.path });
    expect(refused.code).toBe(3);
    const forgot = await runCli(['knowledge', 'forget', join(docs, 'lease.md'), '--yes'], {
      cartridge: cart.path,
    });
    expect(forgot.stdout).toMatch(/Forgot 1 file/);
    const list = await runCliJson<{ files: { path: string }[] }>(['knowledge', 'list', '--json'], {
      cartridge: cart.path,
    });
    expect(list.files.map((file) => file.path)).toEqual([join(docs, 'emoji 🏠 notes.txt')]);
    const nothing = await runCli(['learn', join(cart.dir, 'missing')], { cartridge: cart.path });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/no such file or folder/);
  }, 180_000);

  it('ask takes the search filters, and bad flags get plain messages saying what to do', async () => {
    const docs = join(cart.dir, 'filters');
    mkdirSync(docs);
    writeFileSync(join(docs, 'rent.md'), '# Rent\n\nThe monthly rent is 900 euros.\n');
    writeFileSync(join(docs, 'rent.txt'), 'The monthly rent is 1200 euros.\n');
    await runCliJson(['learn', docs, '--json'], { cartridge: cart.path });
    const md = await runCli(
      ['knowledge', 'ask', 'what is the monthly rent?', '--type', 'md', '--path', docs],
      {
        cartridge: cart.path,
      },
    );
    expect(md.stdout).toContain('900 euros');
    expect(md.stdout).not.toContain('1200');
    const txt = await runCli(
      ['knowledge', 'ask', 'what is the monthly rent?', '--type', 'txt', '--path', docs],
      {
        cartridge: cart.path,
      },
    );
    expect(txt.stdout).toContain('1200 euros');
    const future = await runCli(['knowledge', 'ask', 'what is the monthly rent?', '--since', '2999-01-01'], {
      cartridge: cart.path,
    });
    expect(future.stdout).toMatch(/^I don't know/);
    const cases: [string[], RegExp][] = [
      [
        ['search', 'rent', '--since', '2026-13-45'],
        /--since takes a calendar date as YYYY-MM-DD.*"2026-13-45"/,
      ],
      [['search', 'rent', '--until', '2026-02-30'], /--until takes a calendar date/],
      [['search', ''], /Say what to search for/],
      [['ask', '  '], /Ask a question/],
      [['search', 'rent', '--limit', '0'], /--limit takes a whole number of 1 or more/],
      [['search', 'rent', '--limit', '100000'], /--limit is at most 100 for `fazt knowledge search`/],
      [['list', '--limit', '10001'], /--limit is at most 10,000 for `fazt knowledge list`.*--offset/],
      [['search', 'rent', '--since', '2026-05-01', '--until', '2026-01-01'], /is after --until.*Swap them/],
      [
        ['ask', 'rent?', '--collection', 'nosuch'],
        /no collection called "nosuch".*The collections are: default/,
      ],
      [['search', 'rent', '--type', 'zzz'], /Unknown file type "zzz".*md, txt/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['knowledge', ...args], { cartridge: cart.path });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/Invalid input/);
    }
    // The same checks reach callers of the tool itself (MCP, `fazt run`).
    const swapped = await runCli(
      [
        'run',
        'knowledge_ask',
        JSON.stringify({ question: 'rent?', modifiedAfter: '2026-05-01', modifiedBefore: '2026-01-01' }),
      ],
      { cartridge: cart.path },
    );
    expect(swapped.stderr).toMatch(/modifiedAfter \(2026-05-01\) is later than modifiedBefore/);
    const badDate = await runCli(
      ['run', 'knowledge_search', JSON.stringify({ query: 'rent', modifiedAfter: '2026-13-45' })],
      {
        cartridge: cart.path,
      },
    );
    expect(badDate.stderr).toMatch(/modifiedAfter must be a calendar date as YYYY-MM-DD/);
  }, 120_000);

  it('search marks passages without the words searched for as related, and shows the text around the hit', async () => {
    const docs = join(cart.dir, 'related');
    mkdirSync(docs);
    const filler = 'The garden gate and the river path need paint before spring. '.repeat(6);
    writeFileSync(join(docs, 'airship.md'), `# Airships\n\n${filler}The Zéppelin hangar opens at dawn.\n`);
    writeFileSync(join(docs, 'garden.md'), `# Garden\n\n${filler}\n`);
    await runCliJson(['learn', docs, '--json'], { cartridge: cart.path });
    const json = await runCliJson<{ passages: { path: string; matchesQuery: boolean; source: string }[] }>(
      ['knowledge', 'search', 'zeppelin', '--path', docs, '--json'],
      { cartridge: cart.path },
    );
    expect(json.passages[0]).toMatchObject({ path: join(docs, 'airship.md'), matchesQuery: true });
    for (const p of json.passages.slice(1)) expect(p.matchesQuery).toBe(false);
    const human = await runCli(['knowledge', 'search', 'ZEPPELIN', '--path', docs], { cartridge: cart.path });
    const lines = human.stdout.trim().split('\n');
    const hit = lines.find((line) => line.startsWith('airship.md'));
    expect(hit).toContain('…');
    expect(hit).toContain('Zéppelin hangar opens at dawn');
    expect(hit).not.toContain('[related]');
    if (json.passages.length > 1) {
      expect(lines[0]).toMatch(/Found 1 passage with your words, and \d+ related/);
      expect(lines.find((line) => line.startsWith('garden.md'))).toContain('[related]');
    }
  }, 60_000);

  it('says plainly when a named path is a symbolic-link loop or a file over the size limit', async () => {
    const dir = join(cart.dir, 'odd-paths');
    mkdirSync(dir);
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    const loop = await runCli(['learn', join(dir, 'loop-a')], { cartridge: cart.path });
    expect(loop.code).toBe(2);
    expect(loop.stderr).toMatch(/"[^"]*loop-a" is a symbolic-link loop/);
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(26 * 1024 * 1024, 'a'));
    const large = await runCli(['learn', big], { cartridge: cart.path });
    expect(large.code).toBe(0);
    expect(large.stdout).toMatch(/big\.txt is 27 MB, over the 25 MiB limit; it was not learned\./);
  }, 60_000);

  it('resumes after kill -9 mid-learn and ends consistent', async () => {
    const local = await tempCartridge('fazt-knowledge-kill-');
    try {
      const docs = join(local.dir, 'many');
      corpus(docs, 300);
      const child = spawnCli(['learn', docs, '--progress'], { cartridge: local.path });
      const done = collect(child, 120_000);
      await new Promise<void>((resolve) => {
        let seen = '';
        child.stderr?.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const match = [...seen.matchAll(/looked at (\d+)\/300/g)].at(-1);
          if (match && Number(match[1]) >= 40) {
            child.kill('SIGKILL');
            resolve();
          }
        });
        child.on('close', () => resolve());
      });
      const killed = await done;
      expect(killed.signal).toBe('SIGKILL');
      const after = consistency(local.path);
      expect(after.files).toBeGreaterThan(0);
      expect(after.files).toBeLessThan(300);
      expect(after.chunks).toBe(after.declared);
      expect(after.fts).toBe(after.chunks);

      // The killed learn is named, with the command that finishes it (S21 MEDIUM 10).
      const listed = await runCli(['knowledge', 'list', '--limit', '1'], { cartridge: local.path });
      expect(listed.stdout).toContain(`An earlier learn of ${docs} (started `);
      expect(listed.stdout).toContain(`Run \`fazt learn ${docs}\` again to finish it.`);

      const resumed = await runCliJson<{
        new: number;
        unchanged: number;
        changed: number;
        interrupted: { paths: string[] }[];
      }>(['learn', docs, '--json'], {
        cartridge: local.path,
      });
      expect(resumed).toMatchObject({ new: 300 - after.files, unchanged: after.files, changed: 0 });
      expect(resumed.interrupted.map((run) => run.paths)).toEqual([[docs]]);
      const final = consistency(local.path);
      expect(final.files).toBe(300);
      expect(final.fts).toBe(final.chunks);
      const hit = await runCliJson<{ passages: { path: string }[] }>(
        ['knowledge', 'search', 'topic299', '--json'],
        {
          cartridge: local.path,
        },
      );
      expect(hit.passages[0]?.path).toBe(join(docs, 'note-0299.md'));
    } finally {
      await local.cleanup();
    }
  }, 180_000);

  it('a forget while a learn runs is refused, naming it; after a kill -9 of the learn it goes ahead (S17 MEDIUM 13)', async () => {
    const local = await tempCartridge('fazt-knowledge-race-');
    try {
      const docs = join(local.dir, 'many');
      corpus(docs, 300);
      const child = spawnCli(['learn', docs, '--progress'], { cartridge: local.path });
      const done = collect(child, 120_000);
      // Everything the learn has said so far: a count already reached resolves at once (CI4 of
      // session 12: the learn passed 60 files while the forget ran, then said no more progress
      // lines while fitting, so waiting for a new one outlived the learn and the kill came too late).
      let seen = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
      });
      const reached = (at: number) => {
        const match = [...seen.matchAll(/looked at (\d+)\/300/g)].at(-1);
        return match !== undefined && Number(match[1]) >= at;
      };
      const progressed = (at: number) =>
        new Promise<void>((resolve) => {
          if (reached(at)) return resolve();
          const listen = () => {
            if (!reached(at)) return;
            child.stderr?.off('data', listen);
            resolve();
          };
          child.stderr?.on('data', listen);
          child.on('close', () => resolve());
        });
      await progressed(20);
      const refused = await runCli(['knowledge', 'forget', '--all', '--yes'], { cartridge: local.path });
      expect(child.exitCode, 'the learn was still running when forget was asked').toBeNull();
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(
        new RegExp(`A learn of collection "default" is still running \\(process ${child.pid}, since`),
      );
      await progressed(60);
      child.kill('SIGKILL');
      expect((await done).signal).toBe('SIGKILL');
      // Nothing was forgotten by the refused call, and the killed learn holds nothing back now.
      const kept = consistency(local.path);
      expect(kept.files).toBeGreaterThanOrEqual(20);
      const forgot = await runCli(['knowledge', 'forget', '--all', '--yes'], { cartridge: local.path });
      expect(forgot.code, forgot.stderr).toBe(0);
      expect(forgot.stdout).toContain(`Forgot ${kept.files} files`);
      expect(consistency(local.path)).toEqual({ files: 0, chunks: 0, declared: 0, fts: 0 });
    } finally {
      await local.cleanup();
    }
  }, 180_000);

  it('an embedding server that goes away mid-learn gives a clear error and keeps what was done', async () => {
    const local = await tempCartridge('fazt-knowledge-embed-');
    const fake = await startFakeOllama({ models: ['nomic-embed-text'], dimensions: 16 });
    let second: Awaited<ReturnType<typeof startFakeOllama>> | undefined;
    try {
      const docs = join(local.dir, 'docs');
      corpus(docs, 40);
      await runCli(['config', 'set', 'ollama.host', fake.host], { cartridge: local.path });
      const missing = await runCli(['learn', docs, '--embedder', 'ollama:all-minilm'], {
        cartridge: local.path,
      });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('ollama pull all-minilm');

      const child = spawnCli(['learn', docs, '--embedder', 'ollama:nomic-embed-text'], {
        cartridge: local.path,
      });
      const done = collect(child, 120_000);
      const timer = setInterval(() => {
        if (fake.requests.filter((request) => request.path === '/api/embed').length >= 10) {
          clearInterval(timer);
          void fake.close();
        }
      }, 5);
      const result = await done;
      clearInterval(timer);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Ollama at .* did not answer .* run the same learn again/);
      const kept = consistency(local.path);
      expect(kept.files).toBeGreaterThan(0);
      expect(kept.files).toBeLessThan(40);
      expect(kept.fts).toBe(kept.chunks);

      second = await startFakeOllama({ models: ['nomic-embed-text'], dimensions: 16 });
      await runCli(['config', 'set', 'ollama.host', second.host], { cartridge: local.path });
      const resumed = await runCliJson<{ new: number; unchanged: number; embedder: string }>(
        ['learn', docs, '--embedder', 'ollama:nomic-embed-text', '--json'],
        { cartridge: local.path },
      );
      expect(resumed).toMatchObject({
        new: 40 - kept.files,
        unchanged: kept.files,
        embedder: 'ollama:nomic-embed-text',
      });
      const db = new Database(local.path, { readonly: true });
      sqliteVec.load(db);
      const collection = db
        .prepare("SELECT id, embedder, dimension FROM knowledge_collections WHERE name = 'default'")
        .get() as {
        id: number;
        embedder: string;
        dimension: number;
      };
      const vectors = db.prepare(`SELECT count(*) FROM knowledge_vec_${collection.id}`).pluck().get();
      const chunks = db.prepare('SELECT count(*) FROM knowledge_chunks').pluck().get();
      db.close();
      expect(collection).toMatchObject({ embedder: 'ollama:nomic-embed-text', dimension: 16 });
      expect(vectors).toBe(chunks);
      const search = await runCliJson<{ signals: string[]; passages: { path: string }[] }>(
        ['knowledge', 'search', 'topic7 note', '--json'],
        { cartridge: local.path },
      );
      expect(search.signals).toContain('dense');
      expect(search.passages[0]?.path).toBe(join(docs, 'note-0007.md'));

      // Switching back to offline drops the vectors: a search never mixes two models.
      const offline = await runCliJson<{ embedder: string }>(
        ['learn', docs, '--embedder', 'offline', '--json'],
        {
          cartridge: local.path,
        },
      );
      expect(offline.embedder).toBe('offline');
      const after = await runCliJson<{ signals: string[] }>(['knowledge', 'search', 'topic7', '--json'], {
        cartridge: local.path,
      });
      expect(after.signals).not.toContain('dense');
    } finally {
      await fake.close().catch(() => undefined);
      await second?.close();
      await local.cleanup();
    }
  }, 180_000);

  it('lists in pages with the total, counts learned documents in status, and keeps odd names on one line', async () => {
    const local = await tempCartridge('fazt-knowledge-list-');
    try {
      const docs = join(local.dir, 'many');
      mkdirSync(docs);
      for (let index = 0; index < 120; index++)
        writeFileSync(join(docs, `f${String(index).padStart(3, '0')}.txt`), `file number ${index}\n`);
      writeFileSync(join(docs, 'evil\nname\t.txt'), 'a name with a line break\n');
      await runCli(['learn', docs], { cartridge: local.path });
      const first = await runCli(['knowledge', 'list'], { cartridge: local.path });
      expect(first.stdout).toMatch(/^Showing 1–100 of 121 learned files \(more with --offset 100/);
      expect(first.stdout.trim().split('\n')).toHaveLength(101);
      // The name with a line break and a tab is one line of the list, its controls shown.
      expect(first.stdout).toContain(`${join(docs, 'evil␊name␉.txt')} (text, 1 chunk)`);
      const last = await runCli(['knowledge', 'list', '--limit', '30', '--offset', '100'], {
        cartridge: local.path,
      });
      expect(last.stdout).toMatch(/^Showing 101–121 of 121 learned files:/);
      expect(last.stdout).toContain(join(docs, 'f119.txt'));
      const json = await runCliJson<{ total: number; files: unknown[] }>(
        ['knowledge', 'list', '--limit', '5', '--json'],
        { cartridge: local.path },
      );
      expect(json).toMatchObject({ total: 121, offset: 0 });
      expect(json.files).toHaveLength(5);
      const status = await runCliJson<{ counts: Record<string, number> }>(['status', '--json'], {
        cartridge: local.path,
      });
      expect(status.counts.documents).toBe(121);
      const neither = await runCli(['knowledge', 'forget', '--yes'], { cartridge: local.path });
      expect(neither.code).toBe(2);
      expect(neither.stderr).toMatch(/--all/);
      const all = await runCli(['knowledge', 'forget', '--all', '--yes'], { cartridge: local.path });
      expect(all.stdout).toMatch(/Forgot 121 files/);
      const empty = await runCliJson<{ counts: Record<string, number> }>(['status', '--json'], {
        cartridge: local.path,
      });
      expect(empty.counts.documents).toBe(0);
    } finally {
      await local.cleanup();
    }
  }, 180_000);

  it('two learns of one folder at once end consistent, with true counts; a damaged PDF prints nothing from pdf.js', async () => {
    const local = await tempCartridge('fazt-knowledge-twice-');
    try {
      const docs = join(local.dir, 'docs');
      corpus(docs, 120);
      writeFileSync(
        join(docs, 'broken.pdf'),
        '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nnot a pdf\n%%EOF\n',
      );
      const runs = await Promise.all(
        [0, 1].map(() => collect(spawnCli(['learn', docs, '--json'], { cartridge: local.path }), 120_000)),
      );
      const summaries = runs.map((run) => {
        expect(run.code, run.stderr).toBe(0);
        // Nothing but our own words on stderr: pdf.js's "Warning: Indexing all PDF objects" is silenced.
        expect(run.stderr).not.toMatch(/Warning|Indexing/);
        return JSON.parse(run.stdout) as { new: number; unchanged: number; changed: number; skipped: number };
      });
      // Each file was new to exactly one of them, unchanged to the other.
      expect(summaries.map((s) => s.new + s.unchanged + s.changed)).toEqual([120, 120]);
      expect(summaries[0]!.new + summaries[1]!.new).toBe(120);
      expect(summaries.every((s) => s.changed === 0 && s.skipped === 1)).toBe(true);
      const after = consistency(local.path);
      expect(after).toEqual({
        files: 120,
        chunks: after.declared,
        declared: after.declared,
        fts: after.declared,
      });
    } finally {
      await local.cleanup();
    }
  }, 180_000);

  it('with a model, the passages that answer reach its context and the printed answer cites them; nothing relevant, nothing sent', async () => {
    const local = await tempCartridge('fazt-knowledge-model-');
    /**
     * A model that answers only from what it was sent: the first passage line of its system
     * prompt ("- [lease.md:5-9] (Lease › Pets) …"), quoted with its citation; "I don't know"
     * when there is none. It can only cite the file if the passages reached it.
     */
    const reader = (body: ChatRequestBody) => {
      const system = body.messages.find((message) => message.role === 'system')?.content ?? '';
      const passage = /^- \[([^\]]+)\] \(([^)]*)\) (.*)$/m.exec(system);
      return {
        text: passage
          ? `Your lease says: ${passage[3]} [${passage[1]}]`
          : "I don't know: nothing in your documents says.",
      };
    };
    const fake = await startFakeOpenAI({ apiKey: 'sk-test', replies: [reader, reader, reader] });
    try {
      const docs = join(local.dir, 'docs');
      mkdirSync(docs);
      writeFileSync(
        join(docs, 'lease.md'),
        '# Lease\n\n## Rent\n\nMonthly rent: $1,450.\n\n## Pets\n\nTenants may keep one cat or one small dog.\nA pet deposit of $300 is required.\n',
      );
      await runCli(['learn', docs], { cartridge: local.path });
      const env = {
        OPENAI_BASE_URL: fake.baseUrl,
        OPENAI_API_KEY: 'sk-test',
        OLLAMA_HOST: '',
        FAZT_MODEL_TIMEOUT_MS: '5000',
        FAZT_MODEL_MAX_RETRIES: '0',
      };
      const asked = await runCli(
        ['ask', '--model', 'openai:gpt-4o-mini', 'what does my lease say about pets?'],
        {
          cartridge: local.path,
          env,
        },
      );
      expect(asked.code, asked.stderr).toBe(0);
      const [first] = fake.chatRequests();
      const system = first?.messages.find((message) => message.role === 'system')?.content ?? '';
      expect(system).toContain("Passages from the person's own documents");
      expect(system).toMatch(
        /- \[lease\.md:\d+-\d+\] \([^)]*Lease[^)]*\) .*Tenants may keep one cat or one small dog\./,
      );
      expect(system).toContain('A pet deposit of $300 is required.');
      expect(asked.stdout).toMatch(/Tenants may keep one cat or one small dog\..*\[lease\.md:\d+-\d+\]/);

      const unrelated = await runCli(
        ['ask', '--model', 'openai:gpt-4o-mini', 'what is the capital of Mongolia?'],
        {
          cartridge: local.path,
          env,
        },
      );
      expect(unrelated.code, unrelated.stderr).toBe(0);
      const second = fake.chatRequests()[1];
      const prompt = second?.messages.find((message) => message.role === 'system')?.content ?? '';
      expect(prompt).not.toContain("Passages from the person's own documents");
      expect(prompt).not.toContain('lease.md');
      expect(unrelated.stdout).toMatch(/^I don't know/);

      // A plain question about the person's material, not naming the documents.
      const rent = await runCli(['ask', '--model', 'openai:gpt-4o-mini', 'how much is the rent?'], {
        cartridge: local.path,
        env,
      });
      expect(rent.code, rent.stderr).toBe(0);
      expect(rent.stdout).toMatch(/Monthly rent: \$1,450\..*\[lease\.md:\d+-\d+\]/);
    } finally {
      await fake.close();
      await local.cleanup();
    }
  }, 180_000);

  it('quotes whole sentences on the subject asked, and reaches named documents from fazt ask', async () => {
    // Its own cartridge: the other tests count what is learned.
    const own = await tempCartridge('fazt-knowledge-answers-e2e-');
    const cart = own;
    const docs = join(cart.dir, 'answers');
    mkdirSync(join(docs, 'recipes'), { recursive: true });
    writeFileSync(
      join(docs, 'notes.md'),
      '# Notes\n\nThe parking permit costs $4.50 per day. Our lawyer is Dr. Smith at 221 Baker St. in London.\n',
    );
    writeFileSync(join(docs, 'car-manual.md'), '# Car\n\n## Tires\nTire pressure: 35 psi.\n');
    writeFileSync(join(docs, 'recipes', 'omelette.md'), '# Omelette\n\nBeat three eggs with salt.\n');
    expect((await runCli(['learn', docs], { cartridge: cart.path })).code).toBe(0);
    const permit = await runCli(['knowledge', 'ask', 'how much does the parking permit cost?'], {
      cartridge: cart.path,
    });
    expect(permit.stdout).toContain('The parking permit costs $4.50 per day. (notes.md:3)');
    const lawyer = await runCli(['ask', 'who is our lawyer according to my documents?'], {
      cartridge: cart.path,
    });
    expect(lawyer.stdout).toContain('Our lawyer is Dr. Smith at 221 Baker St. in London. (notes.md:3)');
    const bicycle = await runCli(['knowledge', 'ask', 'what tire pressure does my bicycle need?'], {
      cartridge: cart.path,
    });
    expect(bicycle.stdout).toMatch(/^I don't know/);
    expect(bicycle.stdout).not.toContain('35 psi');
    const recipes = await runCli(['ask', 'search my recipes for eggs'], { cartridge: cart.path });
    expect(recipes.stdout).toContain('omelette.md');
    const manual = await runCli(['ask', 'forget my car manual'], { cartridge: cart.path });
    expect(manual.stdout).toMatch(/--yes/);
    expect(manual.stdout).not.toMatch(/remembered|memory/i);
    await own.cleanup();
  });
});
