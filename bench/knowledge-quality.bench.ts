// SciFact retrieval quality of the knowledge capability (BEIR: 5,183 abstracts, 300 test queries).
// `npm run bench knowledge-quality`. Ingests through the knowledge_learn tool (one Markdown file
// per abstract: "# title" then the text), searches with the same code path as knowledge_search,
// and reports nDCG@10 / recall@100 for each signal alone and fused. Fusion weights are chosen by
// 2-fold cross-validation (odd / even queries): each half is scored with the weight tuned on the
// other half, so no reported number saw its own queries. Finally the shipped defaults are run
// through the knowledge_search tool itself. The dense signal comes from a fake Ollama server
// serving SIF-averaged GloVe vectors (a weak model: the bar is "never below BM25").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openCartridge } from '../cartridge/open.js';
import { loadGlove } from '../test/fakes/glove.js';
import { startFakeOllama } from '../test/fakes/ollama-server.js';
import { createDefaultRegistry, createExecutor } from '../tools/index.js';
import { lsaSearch, syncLsa } from '../tools/knowledge/lsa-store.js';
import {
  DEFAULT_WEIGHTS,
  type ScoredPassage,
  searchKnowledge,
  type Weights,
} from '../tools/knowledge/search.js';
import { createKnowledgeStore } from '../tools/knowledge/store.js';
import { ndcg10, qrels, type Row, recall100, testQueries, writeCorpus } from './scifact.js';
import { percentile, report } from './stats.js';

const POOL = 200;
// KNOWLEDGE_QUALITY_QUERIES=60 takes every 5th query while exploring; final numbers use all 300.
const sample = Number(process.env.KNOWLEDGE_QUALITY_QUERIES ?? 0);
const queries = testQueries.filter(
  (_, index, list) => !sample || index % Math.max(1, Math.floor(list.length / sample)) === 0,
);

/** Chunk ranking → document ranking (a document ranks where its best chunk does). */
function documents(passages: readonly { path: string }[]): string[] {
  const seen = new Set<string>();
  for (const passage of passages) seen.add(basename(passage.path, '.md'));
  return [...seen];
}

type Signals = ScoredPassage['signals'];
/** What the bench keeps of a passage (not its text: 600 lists × 600 passages would be ~1 GB). */
interface Candidate {
  doc: string;
  chunkId: number;
  signals: Signals;
}
const rank = (candidates: readonly Candidate[], score: (signals: Signals) => number) => {
  const sorted = [...candidates].sort((a, b) => score(b.signals) - score(a.signals) || a.chunkId - b.chunkId);
  return [...new Set(sorted.map((candidate) => candidate.doc))];
};

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const round = (value: number) => Math.round(value * 1000) / 1000;

const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-knowledge-'));
const fake = await startFakeOllama({ models: ['glove'], embed: loadGlove() });
try {
  const docs = writeCorpus(join(dir, 'scifact'));
  const cartridge = openCartridge(join(dir, 'bench.db'));
  cartridge.config.set('ollama.host', fake.host);
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const caller = { kind: 'person' as const, id: 'bench' };
  const learnRows: Record<string, string | number>[] = [];
  for (const [collection, embedder] of [
    ['offline', 'offline'],
    ['glove', 'ollama:glove'],
  ] as const) {
    const result = await executor.execute(
      'knowledge_learn',
      { paths: [docs], collection, embedder },
      { caller },
    );
    if (!result.ok) throw new Error(result.error.message);
    const out = result.output as { new: number; chunks: number; seconds: number; bytes: number };
    learnRows.push({
      collection,
      embedder,
      files: out.new,
      chunks: out.chunks,
      seconds: out.seconds,
      'chunks/s': Math.round(out.chunks / out.seconds),
      'MB/s': round(out.bytes / 1e6 / out.seconds),
    });
  }
  report('knowledge-quality-ingest', learnRows);

  // One search per query and collection, every signal's list pooled (weights only re-rank).
  const pooled = new Map<string, Candidate[][]>();
  for (const collection of ['offline', 'glove']) {
    const lists: Candidate[][] = [];
    for (const query of queries) {
      const result = await searchKnowledge(cartridge, {
        query: query.text,
        collection,
        limit: POOL * 3,
        pool: POOL,
        weights: { near: 0.2, rm3: 0.2, dense: 0.2, lsa: 0.2 },
      });
      lists.push(
        result.passages.map(({ path, chunkId, signals }) => ({
          doc: basename(path, '.md'),
          chunkId,
          signals,
        })),
      );
    }
    pooled.set(collection, lists);
  }

  const relevantOf = (index: number) => qrels.get((queries[index] as Row)._id) as Set<string>;
  const evaluate = (collection: string, score: (signals: Signals) => number, indexes: number[]) => {
    const lists = pooled.get(collection) as Candidate[][];
    const rankings = indexes.map((index) => rank(lists[index] as Candidate[], score));
    return {
      ndcg: mean(rankings.map((ranking, i) => ndcg10(ranking, relevantOf(indexes[i] as number)))),
      recall: mean(rankings.map((ranking, i) => recall100(ranking, relevantOf(indexes[i] as number)))),
    };
  };
  const all = queries.map((_, index) => index);
  const folds = [all.filter((index) => index % 2 === 0), all.filter((index) => index % 2 === 1)];
  const grid = Array.from({ length: 11 }, (_, step) => step * 0.05);
  const fuse = (w: Weights) => (s: Signals) =>
    (1 - w.near - w.rm3 - w.dense - w.lsa) * s.bm25 +
    w.near * s.near +
    w.rm3 * s.rm3 +
    w.dense * s.dense +
    w.lsa * s.lsa;

  /**
   * Tunes two weights (the named signals; the others 0) on one fold, scores the other fold with
   * them; returns the weights chosen per fold and the held-out scores over all 300 queries.
   */
  const crossValidate = (collection: string, first: keyof Weights, second: keyof Weights | undefined) => {
    const chosen: Weights[] = [];
    const ndcgs: number[] = [];
    const recalls: number[] = [];
    for (const [tune, test] of [
      [folds[0], folds[1]],
      [folds[1], folds[0]],
    ] as [number[], number[]][]) {
      let best: Weights = { near: 0, rm3: 0, dense: 0, lsa: 0 };
      let bestScore = -1;
      for (const a of grid) {
        for (const b of second ? grid : [0]) {
          const weights: Weights = {
            near: 0,
            rm3: 0,
            dense: 0,
            lsa: 0,
            [first]: a,
            ...(second ? { [second]: b } : {}),
          };
          const score = evaluate(collection, fuse(weights), tune).ndcg;
          if (score > bestScore + 1e-9) {
            bestScore = score;
            best = weights;
          }
        }
      }
      chosen.push(best);
      const held = evaluate(collection, fuse(best), test);
      ndcgs.push(held.ndcg * test.length);
      recalls.push(held.recall * test.length);
    }
    return {
      chosen,
      ndcg: ndcgs.reduce((a, b) => a + b) / queries.length,
      recall: recalls.reduce((a, b) => a + b) / queries.length,
    };
  };

  const rows: Record<string, string | number>[] = [];
  const row = (signal: string, result: { ndcg: number; recall: number }, note = '') =>
    rows.push({ signal, 'nDCG@10': round(result.ndcg), 'recall@100': round(result.recall), note });
  const show = (w: Weights) =>
    (Object.entries(w) as [string, number][])
      .filter(([, value]) => value > 0)
      .map(([name, value]) => `${name} ${value.toFixed(2)}`)
      .join(' ') || 'BM25 only';
  row(
    'BM25 (FTS5, porter, title 2x)',
    evaluate('offline', (s) => s.bm25, all),
  );
  row(
    'RM3-expanded BM25 alone',
    evaluate('offline', (s) => s.rm3, all),
  );
  row(
    'proximity (NEAR pairs) alone',
    evaluate('offline', (s) => s.near, all),
  );
  row(
    'LSA learned at learn time alone',
    evaluate('offline', (s) => s.lsa, all),
  );
  row(
    'GloVe dense alone (fake Ollama)',
    evaluate('glove', (s) => s.dense, all),
  );
  for (const [label, collection, first, second] of [
    ['offline: BM25 + proximity', 'offline', 'near', undefined],
    ['offline: BM25 + RM3', 'offline', 'rm3', undefined],
    ['offline: BM25 + LSA', 'offline', 'lsa', undefined],
    ['offline: BM25 + proximity + LSA', 'offline', 'near', 'lsa'],
    ['offline: BM25 + RM3 + LSA', 'offline', 'rm3', 'lsa'],
    ['model: BM25 + GloVe', 'glove', 'dense', undefined],
    ['model: BM25 + GloVe + LSA', 'glove', 'dense', 'lsa'],
  ] as const) {
    const result = crossValidate(collection, first, second);
    row(`${label} (2-fold CV)`, result, `per fold: ${result.chosen.map(show).join(' / ')}`);
  }
  // How the shipped offline weights are chosen: RM3 and LSA tuned together on the even queries
  // only (proximity left out: its tuned weight flips between the halves, 0.20 / 0, and every CV
  // fusion with it is below BM25 + LSA); the odd queries are the held-out score. The chosen
  // weights are printed; DEFAULT_WEIGHTS in tools/knowledge/search.ts is set to them by hand.
  // The dense weight is not tuned on GloVe (a weak stand-in for a real model): it stays 0.1 and
  // must simply not fall below BM25.
  const even = folds[0] as number[];
  const tuneEven = (collection: string, base: Weights, names: (keyof Weights)[]) => {
    let best = base;
    let bestScore = -1;
    const step = (weights: Weights, rest: (keyof Weights)[]) => {
      const [name, ...others] = rest;
      if (!name) {
        if (weights.near + weights.rm3 + weights.dense + weights.lsa > 0.9) return;
        const score = evaluate(collection, fuse(weights), even).ndcg;
        if (score > bestScore + 1e-9) {
          bestScore = score;
          best = weights;
        }
        return;
      }
      for (const value of grid) step({ ...weights, [name]: value }, others);
    };
    step(base, names);
    return best;
  };
  const offlineTuned = tuneEven('offline', { near: 0, rm3: 0, dense: 0, lsa: 0 }, ['rm3', 'lsa']);
  rows.push({
    signal: 'offline weights tuned on even queries',
    'nDCG@10': '',
    'recall@100': '',
    note: show(offlineTuned),
  });
  const offlineDefaults = { ...DEFAULT_WEIGHTS, dense: 0 };
  row(
    'BM25, odd queries',
    evaluate('offline', (s) => s.bm25, folds[1] as number[]),
  );
  row(
    'offline, shipped defaults, odd queries (held out)',
    evaluate('offline', fuse(offlineDefaults), folds[1] as number[]),
    show(offlineDefaults),
  );
  row(
    'offline, shipped defaults, all queries',
    evaluate('offline', fuse(offlineDefaults), all),
    show(offlineDefaults),
  );
  row(
    'model, shipped defaults, odd queries (held out)',
    evaluate('glove', fuse(DEFAULT_WEIGHTS), folds[1] as number[]),
    show(DEFAULT_WEIGHTS),
  );
  row(
    'model, shipped defaults, all queries',
    evaluate('glove', fuse(DEFAULT_WEIGHTS), all),
    show(DEFAULT_WEIGHTS),
  );

  // The shipped defaults once more, through the knowledge_search tool (limit 100 passages).
  for (const collection of ['offline', 'glove']) {
    const ndcgs: number[] = [];
    const recalls: number[] = [];
    for (const [index, query] of queries.entries()) {
      const result = await executor.execute(
        'knowledge_search',
        { query: query.text, collection, limit: 100 },
        { caller },
      );
      if (!result.ok) throw new Error(result.error.message);
      const ranking = documents((result.output as { passages: { path: string }[] }).passages);
      ndcgs.push(ndcg10(ranking, relevantOf(index)));
      recalls.push(recall100(ranking, relevantOf(index)));
    }
    rows.push({
      signal: `knowledge_search tool, ${collection}`,
      'nDCG@10': round(mean(ndcgs)),
      'recall@100': round(mean(recalls)),
      note: 'defaults, 100 passages',
    });
  }
  report('knowledge-quality', rows);

  // What the learned signal costs on this corpus: a refit, the search time it adds, its size.
  const store = createKnowledgeStore(cartridge);
  const offline = store.collection('offline');
  if (!offline) throw new Error('no offline collection');
  const fit = await syncLsa(cartridge, offline.id, { refit: true });
  const lsaMs: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    lsaSearch(cartridge, offline.id, query.text, 100);
    lsaMs.push(performance.now() - started);
  }
  const searchMs = async (weights: Weights) => {
    const samples: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      await searchKnowledge(cartridge, { query: query.text, collection: 'offline', limit: 10, weights });
      samples.push(performance.now() - started);
    }
    return round(
      percentile(
        samples.sort((a, b) => a - b),
        0.5,
      ),
    );
  };
  const withoutLsa = await searchMs({ ...DEFAULT_WEIGHTS, dense: 0, lsa: 0 });
  const withLsa = await searchMs({ ...DEFAULT_WEIGHTS, dense: 0, lsa: Math.max(DEFAULT_WEIGHTS.lsa, 0.05) });
  const size = cartridge
    .prepare(
      `SELECT (SELECT length(sigma) FROM knowledge_lsa_models WHERE collection_id = ?)
              + (SELECT coalesce(sum(length(term) + 8 + length(vector)), 0) FROM knowledge_lsa_terms WHERE collection_id = ?) AS model,
              (SELECT coalesce(sum(length(vector)), 0) FROM knowledge_lsa_vectors WHERE collection_id = ?) AS vectors`,
    )
    .get(offline.id, offline.id, offline.id) as { model: number; vectors: number };
  report('knowledge-quality-lsa-cost', [
    {
      chunks: fit.chunks,
      'refit s': round(fit.milliseconds / 1000),
      'first LSA query ms (loads)': round(lsaMs[0] ?? 0),
      'LSA query p50 ms': round(
        percentile(
          lsaMs.slice(1).sort((a, b) => a - b),
          0.5,
        ),
      ),
      'search p50 ms, no LSA': withoutLsa,
      'search p50 ms, with LSA': withLsa,
      'model MB': round(size.model / 1e6),
      'vectors MB': round(size.vectors / 1e6),
    },
  ]);
  cartridge.close();
} finally {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
