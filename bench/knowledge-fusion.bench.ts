// Fusion ideas on SciFact that need no new index, scored on the lists knowledge_search pools.
// `npm run bench knowledge-fusion` (~5 minutes at load ~25: one offline learn, one search per query). With
// KNOWLEDGE_FUSION_CARTRIDGE=<a cartridge where `fazt learn <scifact as files>` was run> it reuses
// that cartridge's `default` collection (learn the folder bench/scifact.ts writes) and skips the
// learn. Every idea's parameters are tuned on the even queries (the dev half) and the idea is
// reported on the odd queries (held out) and, 2-fold cross-validated, on all 300, next to the
// shipped defaults on the same halves: an idea is worth keeping only when it wins on the dev half
// AND held out. Ideas:
// - gap: the LSA weight follows BM25's confidence: w_lsa = a + b · (1 − gap), gap = (s1 − s2) / s1
//   of the raw BM25 scores of the two best chunks (a clear BM25 winner leans on BM25).
// - length: the LSA weight by query length: a for queries of ≤ 6 stems, b for longer ones.
// - mnz: CombMNZ (Fox & Shaw 1994): the fused score times the number of signals that found the
//   chunk, to the power a.
// - power: each normalised signal raised to a (a > 1 sharpens the head of each list).
// - doc-sum: a document scored by its best chunk plus a × the rest of its chunks' fused scores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openCartridge } from '../cartridge/open.js';
import { createDefaultRegistry, createExecutor } from '../tools/index.js';
import { DEFAULT_WEIGHTS, searchKnowledge } from '../tools/knowledge/search.js';
import { queryTerms } from '../tools/knowledge/text.js';
import { ndcg10, qrels, type Row, recall100, testQueries, writeCorpus } from './scifact.js';
import { report } from './stats.js';

const POOL = 200;
const queries = testQueries;
const round = (value: number) => Math.round(value * 1000) / 1000;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

interface Candidate {
  doc: string;
  chunkId: number;
  bm25: number;
  rm3: number;
  lsa: number;
}
interface Pooled {
  candidates: Candidate[];
  /** (s1 − s2) / s1 of BM25's raw scores (1 when one chunk matched, 0 when none). */
  gap: number;
  stems: number;
}

const reuse = process.env.KNOWLEDGE_FUSION_CARTRIDGE;
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-fusion-'));
try {
  const cartridge = openCartridge(reuse ?? join(dir, 'bench.db'));
  const collection = reuse ? 'default' : 'offline';
  if (!reuse) {
    const docs = writeCorpus(join(dir, 'scifact'));
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const learned = await executor.execute(
      'knowledge_learn',
      { paths: [docs], collection, embedder: 'offline' },
      { caller: { kind: 'person', id: 'bench' } },
    );
    if (!learned.ok) throw new Error(learned.error.message);
  }
  const pooled: Pooled[] = [];
  for (const query of queries) {
    const result = await searchKnowledge(cartridge, {
      query: query.text,
      collection,
      limit: POOL * 3,
      pool: POOL,
      weights: { near: 0, rm3: 0.2, dense: 0, lsa: 0.2 },
    });
    const raws = result.passages
      .map((passage) => passage.bm25Raw)
      .filter((score) => score > 0)
      .sort((a, b) => b - a);
    const s1 = raws[0] ?? 0;
    const s2 = raws[1] ?? 0;
    pooled.push({
      candidates: result.passages.map(({ path, chunkId, signals }) => ({
        doc: basename(path, '.md'),
        chunkId,
        bm25: signals.bm25,
        rm3: signals.rm3,
        lsa: signals.lsa,
      })),
      gap: s1 > 0 ? (s1 - s2) / s1 : 0,
      stems: queryTerms(query.text).length,
    });
  }
  cartridge.close();

  type Score = (candidate: Candidate, query: Pooled) => number;
  const rankOf = (query: Pooled, score: Score, docSum = 0) => {
    const scored = query.candidates
      .map((candidate) => ({ candidate, score: score(candidate, query) }))
      .sort((a, b) => b.score - a.score || a.candidate.chunkId - b.candidate.chunkId);
    if (docSum === 0) return [...new Set(scored.map((item) => item.candidate.doc))];
    const byDoc = new Map<string, number>();
    for (const { candidate, score: value } of scored) {
      const had = byDoc.get(candidate.doc);
      byDoc.set(candidate.doc, had === undefined ? value : had + docSum * value);
    }
    return [...byDoc.entries()].sort((a, b) => b[1] - a[1]).map(([doc]) => doc);
  };
  const relevantOf = (index: number) => qrels.get((queries[index] as Row)._id) as Set<string>;
  const evaluate = (score: Score, indexes: readonly number[], docSum = 0) => {
    const rankings = indexes.map((index) => rankOf(pooled[index] as Pooled, score, docSum));
    return {
      ndcg: mean(rankings.map((ranking, i) => ndcg10(ranking, relevantOf(indexes[i] as number)))),
      recall: mean(rankings.map((ranking, i) => recall100(ranking, relevantOf(indexes[i] as number)))),
    };
  };
  const all = queries.map((_, index) => index);
  const even = all.filter((index) => index % 2 === 0);
  const odd = all.filter((index) => index % 2 === 1);
  const { rm3, lsa } = DEFAULT_WEIGHTS;
  const convex = (c: Candidate, wRm3: number, wLsa: number) =>
    (1 - wRm3 - wLsa) * c.bm25 + wRm3 * c.rm3 + wLsa * c.lsa;
  const shipped: Score = (c) => convex(c, rm3, lsa);

  /** An idea: a family of scores over a parameter grid (a, b), with an optional doc-sum share. */
  interface Idea {
    name: string;
    grid: [number, number][];
    score: (a: number, b: number) => Score;
    docSum?: (a: number, b: number) => number;
  }
  const steps = (from: number, to: number, by: number) =>
    Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => round(from + i * by));
  const pairs = (as: number[], bs: number[]) => as.flatMap((a) => bs.map((b) => [a, b] as [number, number]));
  const ideas: Idea[] = [
    {
      name: 'gap: w_lsa = a + b·(1 − gap)',
      grid: pairs(steps(0, 0.5, 0.05), steps(-0.3, 0.3, 0.05)),
      score: (a, b) => (c, q) => convex(c, rm3, Math.min(0.9, Math.max(0, a + b * (1 - q.gap)))),
    },
    {
      name: 'length: w_lsa a (≤ 6 stems) / b',
      grid: pairs(steps(0, 0.5, 0.05), steps(0, 0.5, 0.05)),
      score: (a, b) => (c, q) => convex(c, rm3, q.stems <= 6 ? a : b),
    },
    {
      name: 'mnz: fused × (signals found)^a',
      grid: pairs(steps(0, 1, 0.1), [0]),
      score: (a) => (c) =>
        convex(c, rm3, lsa) * ((c.bm25 > 0 ? 1 : 0) + (c.rm3 > 0 ? 1 : 0) + (c.lsa > 0 ? 1 : 0)) ** a,
    },
    {
      name: 'power: each signal^a, w_lsa b',
      grid: pairs(steps(0.5, 2, 0.25), steps(0.1, 0.5, 0.05)),
      score: (a, b) => (c) => (1 - rm3 - b) * c.bm25 ** a + rm3 * c.rm3 ** a + b * c.lsa ** a,
    },
    {
      name: 'doc-sum: best chunk + a × the others',
      grid: pairs(steps(0, 0.5, 0.05), [0]),
      score: () => shipped,
      docSum: (a) => a,
    },
  ];

  const rows: Record<string, string | number>[] = [];
  const base = { dev: evaluate(shipped, even), held: evaluate(shipped, odd), all: evaluate(shipped, all) };
  rows.push({
    idea: `shipped (rm3 ${rm3}, lsa ${lsa})`,
    'dev (even)': round(base.dev.ndcg),
    'held out (odd)': round(base.held.ndcg),
    'CV all 300': round(base.all.ndcg),
    'recall@100 CV': round(base.all.recall),
    chosen: '',
  });
  for (const idea of ideas) {
    const tune = (indexes: readonly number[]) => {
      let best = idea.grid[0] as [number, number];
      let bestScore = -1;
      for (const [a, b] of idea.grid) {
        const value = evaluate(idea.score(a, b), indexes, idea.docSum?.(a, b) ?? 0).ndcg;
        if (value > bestScore + 1e-9) {
          bestScore = value;
          best = [a, b];
        }
      }
      return { best, dev: bestScore };
    };
    const onEven = tune(even);
    const onOdd = tune(odd);
    const run = ([a, b]: [number, number], indexes: readonly number[]) =>
      evaluate(idea.score(a, b), indexes, idea.docSum?.(a, b) ?? 0);
    const heldOdd = run(onEven.best, odd);
    const heldEven = run(onOdd.best, even);
    rows.push({
      idea: idea.name,
      'dev (even)': round(onEven.dev),
      'held out (odd)': round(heldOdd.ndcg),
      'CV all 300': round((heldOdd.ndcg * odd.length + heldEven.ndcg * even.length) / all.length),
      'recall@100 CV': round((heldOdd.recall * odd.length + heldEven.recall * even.length) / all.length),
      chosen: `${onEven.best.join(', ')} / ${onOdd.best.join(', ')}`,
    });
  }
  report('knowledge-fusion', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
