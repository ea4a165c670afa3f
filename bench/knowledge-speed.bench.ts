// Vector search speed of the knowledge capability on synthetic 384-d vectors:
// exact KNN (sqlite-vec vec0, cosine) against the fast path (sign bits scanned in JS, top 200
// re-ranked exactly), p50 / p95 per query and recall@10 of the fast path against exact, at 10k
// and 100k vectors (1M with KNOWLEDGE_1M=1: several minutes and ~2 GB of disk).
// `npm run bench knowledge-speed`. The vectors are clustered (1,000 random centroids, each
// vector a centroid plus noise, cosine ≈ 0.75 to it) with queries drawn the same way, a shape
// closer to real embeddings than uniform noise, on which no quantisation keeps neighbours.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCapabilityMigrations } from '../cartridge/capability-schema.js';
import { openCartridge } from '../cartridge/open.js';
import { knowledgeCapability } from '../tools/knowledge/index.js';
import { type Collection, createKnowledgeStore } from '../tools/knowledge/store.js';
import { report, summarize } from './stats.js';

const DIMENSION = 384;
const CENTROIDS = 1000;
const QUERIES = Number(process.env.BENCH_QUERIES ?? 50);
const sizes = process.env.KNOWLEDGE_SIZES
  ? process.env.KNOWLEDGE_SIZES.split(',').map(Number)
  : [10_000, 100_000, ...(process.env.KNOWLEDGE_1M ? [1_000_000] : [])];

/** Mulberry32: a small seeded PRNG, so every run draws the same vectors. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(42);
const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
const unit = (vector: Float32Array) => {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) / norm;
  return vector;
};
const centroids = Array.from({ length: CENTROIDS }, () =>
  unit(Float32Array.from({ length: DIMENSION }, gaussian)),
);
/** A centroid plus noise of the same overall size as 0.9× the centroid: cosine ≈ 0.75 to it. */
const draw = () => {
  const centroid = centroids[Math.floor(random() * CENTROIDS)] as Float32Array;
  const noise = 0.9 / Math.sqrt(DIMENSION);
  return unit(Float32Array.from(centroid, (value) => value + noise * gaussian()));
};

const rows: Record<string, string | number>[] = [];
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-knowledge-speed-'));
try {
  for (const size of sizes) {
    const cartridge = openCartridge(join(dir, `speed-${size}.db`));
    applyCapabilityMigrations(cartridge, knowledgeCapability);
    const store = createKnowledgeStore(cartridge);
    const collection = cartridge.transaction(() => store.ensureCollection('speed'));
    cartridge.transaction(() => store.setEmbedder(collection.id, 'ollama:synthetic', DIMENSION));
    const target = store.collection('speed') as Collection;
    const started = performance.now();
    const batch = 10_000;
    for (let start = 0; start < size; start += batch) {
      cartridge.transaction(() => {
        for (let id = start + 1; id <= Math.min(size, start + batch); id++)
          store.insertVector(target.id, id, draw());
      });
    }
    const insertSeconds = (performance.now() - started) / 1000;
    const queries = Array.from({ length: QUERIES }, draw);

    const loadStart = performance.now();
    store.bitIndex(store.collection('speed') as Collection);
    const loadMs = performance.now() - loadStart;

    const exact: number[] = [];
    const fast: number[] = [];
    let recall = 0;
    const current = store.collection('speed') as Collection;
    for (const query of queries) {
      let t = performance.now();
      const truth = store.vectorExact(current, query, 10);
      exact.push(performance.now() - t);
      t = performance.now();
      const found = store.vectorFast(current, query, 10);
      fast.push(performance.now() - t);
      const truthIds = new Set(truth.map((item) => item.id));
      recall += found.filter((item) => truthIds.has(item.id)).length / truth.length;
    }
    const e = summarize(exact);
    const f = summarize(fast);
    rows.push({
      vectors: size,
      'insert vectors/s': Math.round(size / insertSeconds),
      'exact p50 ms': e.median,
      'exact p95 ms': e.p95,
      'fast p50 ms': f.median,
      'fast p95 ms': f.p95,
      'fast/exact': Math.round((f.median / e.median) * 100) / 100,
      'recall@10': Math.round((recall / queries.length) * 1000) / 1000,
      'bit index load ms': Math.round(loadMs),
    });
    cartridge.close();
    rmSync(join(dir, `speed-${size}.db`), { force: true });
  }
  report('knowledge-speed', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
