// Vector search speed of the knowledge capability on synthetic 384-d vectors:
// exact KNN (vec_distance_cosine over every float blob) against the fast path (sign bits scanned
// in JS, Hamming then asymmetric rescoring, the best candidates re-ranked exactly), p50 / p95 per
// query at limit 10 and 100, recall@10 and recall@100 of the fast path against exact, the bit
// index's load time on first search and the process RSS, at 10k and 100k vectors (1M with
// KNOWLEDGE_1M=1: ~10 minutes and ~2 GB of disk; fewer exact queries there, each a full scan).
// `npm run bench knowledge-speed`. The vectors are clustered (1,000 random centroids, each
// vector a centroid plus noise, cosine ≈ 0.75 to it) with queries drawn the same way, a shape
// closer to real embeddings than uniform noise, on which no quantisation keeps neighbours.
// First, ingest throughput: the 5,183 SciFact abstracts (one Markdown file each) learned through
// the knowledge_learn tool offline (no vectors) and with a fake Ollama server embedding them
// (SIF-averaged GloVe, 100-d); the time the server spent computing vectors is reported apart,
// and `learn − server` is chunking, HTTP and writes. KNOWLEDGE_INGEST=0 skips it.
// The machine's 1-minute load average is printed next to each row: the figures are medians,
// and fast/exact is the ratio in the same run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCapabilityMigrations } from '../cartridge/capability-schema.js';
import { openCartridge } from '../cartridge/open.js';
import { DATASETS, loadGlove } from '../test/fakes/glove.js';
import { startFakeOllama } from '../test/fakes/ollama-server.js';
import { createDefaultRegistry, createExecutor } from '../tools/index.js';
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
  if (process.env.KNOWLEDGE_INGEST !== '0') await ingest();
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
    // Exact search scans every vector: at 1M a few seconds a query, so fewer of them there.
    const exactQueries = size >= 1_000_000 ? Math.min(QUERIES, 15) : QUERIES;

    const loadStart = performance.now();
    store.bitIndex(store.collection('speed') as Collection);
    const loadMs = performance.now() - loadStart;
    const rss = process.memoryUsage().rss;

    // Warm the JIT on queries that are not timed.
    for (const query of Array.from({ length: 5 }, draw))
      store.vectorFast(store.collection('speed') as Collection, query, 10);
    const exact: number[] = [];
    const fast10: number[] = [];
    const fast100: number[] = [];
    let recall10 = 0;
    let recall100 = 0;
    const current = store.collection('speed') as Collection;
    for (const [index, query] of queries.entries()) {
      let t = performance.now();
      const found10 = store.vectorFast(current, query, 10);
      fast10.push(performance.now() - t);
      t = performance.now();
      const found100 = store.vectorFast(current, query, 100);
      fast100.push(performance.now() - t);
      if (index >= exactQueries) continue;
      t = performance.now();
      const truth = store.vectorExact(current, query, 100);
      exact.push(performance.now() - t);
      const top10 = new Set(truth.slice(0, 10).map((item) => item.id));
      const top100 = new Set(truth.map((item) => item.id));
      recall10 += found10.filter((item) => top10.has(item.id)).length / top10.size;
      recall100 += found100.filter((item) => top100.has(item.id)).length / top100.size;
    }
    const e = summarize(exact);
    const f = summarize(fast10);
    const f100 = summarize(fast100);
    const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
    rows.push({
      vectors: size,
      'insert vectors/s': Math.round(size / insertSeconds),
      'exact p50 ms': round(e.median, 1),
      'exact p95 ms': round(e.p95, 1),
      'fast p50 ms': round(f.median, 2),
      'fast p95 ms': round(f.p95, 2),
      'fast/exact': round(f.median / e.median),
      'recall@10': round(recall10 / exactQueries),
      'fast@100 p50 ms': round(f100.median, 2),
      'recall@100': round(recall100 / exactQueries),
      'bit load ms': Math.round(loadMs),
      'RSS MB': Math.round(rss / 1e6),
      queries: `${queries.length} (exact ${exactQueries})`,
      load: loadavg()[0]?.toFixed(1) ?? '',
    });
    console.log(rows.at(-1));
    cartridge.close();
    rmSync(join(dir, `speed-${size}.db`), { force: true });
  }
  report('knowledge-speed', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Learns the SciFact abstracts offline and with vectors; prints chunks/s, MB/s and embedding time. */
async function ingest() {
  const docs = join(dir, 'scifact');
  mkdirSync(docs);
  const corpus = readFileSync(join(DATASETS, 'scifact', 'corpus.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  for (const line of corpus) {
    const doc = JSON.parse(line) as { _id: string; title?: string; text: string };
    writeFileSync(join(docs, `${doc._id}.md`), `# ${doc.title ?? ''}\n\n${doc.text}\n`);
  }
  const glove = loadGlove();
  let serverMs = 0;
  const fake = await startFakeOllama({
    models: ['glove'],
    embed: (text) => {
      const start = performance.now();
      const vector = glove(text);
      serverMs += performance.now() - start;
      return vector;
    },
  });
  const cartridge = openCartridge(join(dir, 'ingest.db'));
  try {
    cartridge.config.set('ollama.host', fake.host);
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const out: Record<string, string | number>[] = [];
    for (const [collection, embedder] of [
      ['offline', 'offline'],
      ['glove', 'ollama:glove'],
    ] as const) {
      serverMs = 0;
      const started = performance.now();
      const result = await executor.execute(
        'knowledge_learn',
        { paths: [docs], collection, embedder },
        { caller: { kind: 'person', id: 'bench' } },
      );
      const seconds = (performance.now() - started) / 1000;
      if (!result.ok) throw new Error(result.error.message);
      const learned = result.output as { new: number; chunks: number; bytes: number };
      out.push({
        embedder,
        files: learned.new,
        chunks: learned.chunks,
        MB: Math.round(learned.bytes / 1e4) / 100,
        'learn s': Math.round(seconds * 100) / 100,
        'chunks/s': Math.round(learned.chunks / seconds),
        'MB/s': Math.round((learned.bytes / 1e6 / seconds) * 100) / 100,
        'embedding s (server)': Math.round(serverMs / 10) / 100,
        'chunks/s without embedding': Math.round(learned.chunks / (seconds - serverMs / 1000)),
        load: loadavg()[0]?.toFixed(1) ?? '',
      });
    }
    report('knowledge-speed-ingest', out);
  } finally {
    cartridge.close();
    await fake.close();
    rmSync(docs, { recursive: true, force: true });
  }
}
