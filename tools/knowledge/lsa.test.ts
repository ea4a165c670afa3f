import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { knowledgeCapability } from './index.js';
import { CountTable, embedLsa, fitLsa, fitLsaWithVectors, termCounts } from './lsa.js';
import { lsaSearch, syncLsa } from './lsa-store.js';
import { knowledgeMigrations } from './schema.js';
import { createKnowledgeStore } from './store.js';

const caller = { kind: 'person' as const, id: 'test' };

/** Two topics; "automobile" only ever appears with engine/wheel words, never with "car" alone. */
const TOPICS = [
  'car engine wheel road',
  'automobile engine wheel garage',
  'car road garage tyre',
  'automobile tyre engine',
  'banana apple fruit orchard',
  'apple pear fruit harvest',
  'banana harvest orchard pear',
  'fruit pear apple juice',
];

const cosine = (a: Float32Array, b: Float32Array) =>
  a.reduce((sum, value, index) => sum + value * (b[index] as number), 0);

describe('LSA (randomized truncated SVD)', () => {
  it('finds the same singular values as ml-matrix full SVD of the same TF-IDF matrix', () => {
    const counts = TOPICS.map((text) => termCounts('', text));
    const model = fitLsa(counts, 4);
    if (!model) throw new Error('no model');
    // The dense TF-IDF matrix the model was fitted on, rebuilt from its own vocabulary and idf.
    const dense = counts.map((count) => {
      const row = new Array<number>(model.terms.size).fill(0);
      for (const [term, tf] of count) {
        const index = model.terms.get(term);
        if (index !== undefined) row[index] = (1 + Math.log(tf)) * (model.idf[index] as number);
      }
      const norm = Math.hypot(...row) || 1;
      return row.map((value) => value / norm);
    });
    const exact = new SingularValueDecomposition(new Matrix(dense), { autoTranspose: true }).diagonal;
    expect(model.k).toBe(4);
    for (let index = 0; index < 4; index++) expect(model.sigma[index]).toBeCloseTo(exact[index] as number, 4);
  });

  it('relates words that never meet through the words they share', () => {
    const model = fitLsa(
      TOPICS.map((text) => termCounts('', text)),
      2,
    );
    if (!model) throw new Error('no model');
    const query = embedLsa(model, termCounts('', 'automobile'));
    const car = embedLsa(model, termCounts('', 'car road'));
    const fruit = embedLsa(model, termCounts('', 'banana orchard'));
    expect(cosine(query, car)).toBeGreaterThan(0.8);
    expect(cosine(query, car)).toBeGreaterThan(cosine(query, fruit) + 0.5);
  });

  it('fits k = the rank of a corpus with few distinct terms, and no model (never a throw) when every term is in every chunk', () => {
    // Nine distinct log lines repeated: rank at most 9, far below k = 256.
    const lines = Array.from({ length: 400 }, (_, i) => `2026-11-0${1 + (i % 9)} INFO request served ok`);
    const few = fitLsa(lines.map((line) => termCounts('', line)));
    expect(few).toBeDefined();
    expect(few?.k).toBeGreaterThan(0);
    expect(few?.k).toBeLessThanOrEqual(9);
    expect([...(few?.sigma ?? [])].every((value) => Number.isFinite(value) && value > 0)).toBe(true);
    // The same words in every chunk: every idf is 0, the TF-IDF matrix is all zeros.
    const same = Array.from({ length: 50 }, () => termCounts('', 'request served ok info'));
    expect(fitLsa(same)).toBeUndefined();
    // Two distinct chunks repeated: rank 1 after idf (terms in every chunk dropped).
    const two = Array.from({ length: 60 }, (_, i) =>
      termCounts('', i % 2 ? 'alpha beta common' : 'gamma delta common'),
    );
    const model = fitLsa(two);
    expect(model?.k ?? 0).toBeLessThanOrEqual(2);
  });

  it('fits 150 chunks (not a multiple of the 4-row and 64-row blocks) from a CountTable to the exact singular values, the same bits as from Maps, and empties the table', () => {
    // 20 words, so the 4 + 16 sampled directions span every term: the randomized SVD is exact and
    // each in-place orthonormalisation (n × l and t × l) must keep it so.
    const vocabulary = Array.from({ length: 20 }, (_, index) => `word${String.fromCharCode(97 + index)}`);
    let seed = 3;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const texts = Array.from({ length: 150 }, (_, row) =>
      Array.from({ length: 12 }, () => vocabulary[(row % 4) * 5 + Math.floor(next() * 8)] as string).join(
        ' ',
      ),
    );
    const counts = texts.map((text) => termCounts('', text));
    const table = CountTable.of(counts);
    const fromTable = fitLsaWithVectors(table, 4);
    const fromMaps = fitLsaWithVectors(counts, 4);
    if (!fromTable?.vectors || !fromMaps?.vectors) throw new Error('no model');
    expect(table.documents).toHaveLength(0);
    expect(table.names).toHaveLength(0);
    expect(Buffer.from(fromTable.model.basis.buffer).equals(Buffer.from(fromMaps.model.basis.buffer))).toBe(
      true,
    );
    expect(Buffer.from(fromTable.vectors.buffer).equals(Buffer.from(fromMaps.vectors.buffer))).toBe(true);
    counts.forEach((count, index) => {
      const alone = embedLsa(fromTable.model, count);
      expect([...(fromTable.vectors as Float32Array).subarray(index * 4, index * 4 + 4)]).toEqual([...alone]);
    });
    const model = fromTable.model;
    const dense = counts.map((count) => {
      const row = new Array<number>(model.terms.size).fill(0);
      for (const [term, tf] of count) {
        const index = model.terms.get(term);
        if (index !== undefined) row[index] = (1 + Math.log(tf)) * (model.idf[index] as number);
      }
      const norm = Math.hypot(...row) || 1;
      return row.map((value) => value / norm);
    });
    const exact = new SingularValueDecomposition(new Matrix(dense), { autoTranspose: true }).diagonal;
    for (let index = 0; index < 4; index++) expect(model.sigma[index]).toBeCloseTo(exact[index] as number, 4);
  });

  it('gives no model for too little text and a zero vector for unknown words', () => {
    expect(fitLsa([termCounts('', 'one'), termCounts('', 'two')])).toBeUndefined();
    const model = fitLsa(TOPICS.map((text) => termCounts('', text)));
    if (!model) throw new Error('no model');
    expect(model.k).toBeLessThan(TOPICS.length);
    expect([...embedLsa(model, termCounts('', 'zeppelin 🚀 \u0000'))].every((value) => value === 0)).toBe(
      true,
    );
  });

  it('is fitted at learn, folds in new chunks, drops vectors of removed ones and refits after many changes', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const run = async (tool: string, input: Record<string, unknown>, approved = false) => {
      const result = await executor.execute(tool, input, { caller, approved });
      if (!result.ok) throw new Error(`${tool}: ${result.error.message}`);
      // biome-ignore lint/suspicious/noExplicitAny: test access to each tool's output.
      return result.output as any;
    };
    const dir = testDir('fazt-lsa-');
    for (let index = 0; index < 16; index++)
      writeFileSync(join(dir, `note${index}.txt`), `${TOPICS[index % TOPICS.length]}\n`);
    await run('knowledge_learn', { paths: [dir] });
    const collection = createKnowledgeStore(cartridge).collection('default');
    if (!collection) throw new Error('no collection');
    const vectors = () =>
      cartridge
        .prepare('SELECT count(*) FROM knowledge_lsa_vectors WHERE collection_id = ?')
        .pluck()
        .get(collection.id);
    const model = () =>
      cartridge
        .prepare(
          'SELECT fitted, synced, changes, generation FROM knowledge_lsa_models WHERE collection_id = ?',
        )
        .get(collection.id) as { fitted: number; synced: number; changes: number; generation: number };
    expect(vectors()).toBe(16);
    expect(model()).toMatchObject({ fitted: 16, synced: 16, changes: 0, generation: 1 });

    // A query word absent from a note still finds it through the words they share.
    const found = await run('knowledge_search', { query: 'automobile' });
    expect(found.signals).toContain('lsa');
    expect(found.passages.map((passage: { path: string }) => passage.path)).toContain(join(dir, 'note2.txt'));
    expect(lsaSearch(cartridge, collection.id, 'banana', 3).length).toBe(3);
    // Filters hold for the learned signal too: no Markdown was learned, so nothing comes back.
    const filtered = await run('knowledge_search', { query: 'automobile', types: ['markdown'] });
    expect(filtered.passages).toEqual([]);

    // One changed file (1 chunk removed + 1 added, of 16 fitted) is folded in.
    writeFileSync(join(dir, 'note0.txt'), 'car engine wheel road tyre\n');
    await run('knowledge_learn', { paths: [dir] });
    expect(vectors()).toBe(16);
    expect(model()).toMatchObject({ fitted: 16, synced: 16, changes: 2, generation: 2 });
    // The folded vector (made from the whole model) and the query (from its words' rows only)
    // live in one space: the changed note's own words find it first.
    const folded = cartridge
      .prepare(
        "SELECT c.id FROM knowledge_chunks c JOIN knowledge_files f ON f.id = c.file_id WHERE f.path LIKE '%note0.txt'",
      )
      .pluck()
      .get();
    expect(lsaSearch(cartridge, collection.id, 'car engine wheel road tyre', 1)[0]?.id).toBe(folded);

    // Forgetting a file takes its vector with it (the trigger), before any learn.
    await run('knowledge_forget', { path: join(dir, 'note15.txt') }, true);
    expect(vectors()).toBe(15);

    // Three more removed files make 2 + 4 changes, past a quarter of 16: a refit from 12 chunks.
    rmSync(join(dir, 'note15.txt'));
    for (const index of [12, 13, 14]) rmSync(join(dir, `note${index}.txt`));
    await run('knowledge_learn', { paths: [dir] });
    expect(vectors()).toBe(12);
    expect(model()).toMatchObject({ fitted: 12, synced: 12, changes: 0, generation: 3 });
    const left = cartridge
      .prepare(
        'SELECT count(*) FROM knowledge_lsa_vectors v LEFT JOIN knowledge_chunks c ON c.id = v.id WHERE c.id IS NULL',
      )
      .pluck()
      .get();
    expect(left).toBe(0);
    expect(await syncLsa(cartridge, collection.id)).toMatchObject({ mode: 'none', chunks: 0 });
  });

  it("migration 5 moves a model's V_k into one row per term, and searches rank as before", () => {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, {
      ...knowledgeCapability,
      migrations: knowledgeMigrations.slice(0, 3),
    });
    const counts = TOPICS.map((text) => termCounts('', text));
    const model = fitLsa(counts, 4);
    if (!model) throw new Error('no model');
    const blob = (floats: Float32Array) => Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength);
    cartridge.transaction(() => {
      cartridge
        .prepare("INSERT INTO knowledge_collections (id, name, created_at) VALUES (1, 'old', 0)")
        .run();
      cartridge
        .prepare(
          `INSERT INTO knowledge_lsa_models (collection_id, k, terms, idf, basis, sigma, fitted, synced, changes, generation, fitted_at)
           VALUES (1, ?, ?, ?, ?, ?, 8, 8, 0, 1, 0)`,
        )
        .run(
          model.k,
          JSON.stringify([...model.terms.keys()]),
          blob(model.idf),
          blob(model.basis),
          blob(model.sigma),
        );
      const insert = cartridge.prepare(
        'INSERT INTO knowledge_lsa_vectors (id, collection_id, vector) VALUES (?, 1, ?)',
      );
      for (const [index, count] of counts.entries()) insert.run(index + 1, blob(embedLsa(model, count)));
    });
    applyCapabilityMigrations(cartridge, knowledgeCapability);
    const terms = cartridge
      .prepare('SELECT count(*) FROM knowledge_lsa_terms WHERE collection_id = 1')
      .pluck()
      .get();
    expect(terms).toBe(model.terms.size);
    const row = cartridge.prepare('SELECT terms, length(basis) AS basis FROM knowledge_lsa_models').get();
    expect(row).toEqual({ terms: '[]', basis: 0 });
    // The ranking computed from the old model in memory, and lsaSearch's over the migrated rows.
    const query = embedLsa(model, termCounts('', 'automobile garage'));
    const expected = counts
      .map((count, index) => ({ id: index + 1, score: cosine(query, embedLsa(model, count)) }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score || a.id - b.id);
    const found = lsaSearch(cartridge, 1, 'automobile garage', 8);
    expect(found.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    for (const [index, item] of found.entries())
      expect(item.score).toBeCloseTo(expected[index]?.score as number, 5);
  });
});
