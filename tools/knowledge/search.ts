import type { Cartridge } from '../../cartridge/open.js';
import { createEmbedder } from './embedders.js';
import { lsaSearch } from './lsa-store.js';
import {
  type Collection,
  createKnowledgeStore,
  type KnowledgeStore,
  type Passage,
  type SearchFilter,
} from './store.js';
import { isStopWord, queryTerms, stem, words } from './text.js';

/**
 * Fusion weights (normalised convex combination): fused = (1 − near − rm3 − dense − lsa)·BM25 +
 * near·proximity + rm3·RM3 + dense·vector + lsa·LSA, each list min-max normalised per query.
 * Measured with bench/knowledge-quality.bench.ts on SciFact (300 test queries): rm3 0.05 and
 * lsa 0.30 were tuned on the even queries only; the odd queries tuned on their own pick the same
 * pair, so the 2-fold cross-validated score of exactly these weights is nDCG@10 0.699 against
 * BM25's 0.687 (README, Knowledge). Proximity is off: its tuned weight flips between the halves
 * and every fusion with it scored below BM25 + LSA held out. Dense 0.1 is not tuned (GloVe is a
 * weak stand-in for a real model); with GloVe it stays at or above BM25.
 */
export const DEFAULT_WEIGHTS: Weights = { near: 0, rm3: 0.05, dense: 0.1, lsa: 0.3 };

/** Words apart two neighbouring query terms may be for the proximity signal (FTS5 NEAR). */
export const NEAR_DISTANCE = 5;

/** RM3 (Abdul-Jaleel et al., "UMass at TREC 2004"): feedback chunks and expansion terms. */
export const RM3_DOCS = 10;
export const RM3_TERMS = 10;

/** Candidates each signal contributes before fusion. */
const POOL = 100;
/** Above this many vectors the fast path (bit scan + exact rerank) replaces exact KNN. */
export const FAST_PATH_FROM = 20_000;

export interface Weights {
  near: number;
  rm3: number;
  dense: number;
  /** The LSA embedding learned from the collection itself (lsa-store.ts). */
  lsa: number;
}

export interface SearchRequest {
  query: string;
  collection: string;
  limit: number;
  filter?: SearchFilter;
  weights?: Weights;
  /** How many candidates each signal brings (default 100, at least `limit`). */
  pool?: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

export interface ScoredPassage extends Passage {
  /** The fused score in [0, 1]: higher is more relevant. */
  score: number;
  /** Each signal's normalised score (0 when the chunk was not in that signal's list). */
  signals: { bm25: number; near: number; rm3: number; dense: number; lsa: number };
  /** BM25 before normalisation (0 when not matched), for "is anything relevant" decisions. */
  bm25Raw: number;
}

export interface SearchResult {
  passages: ScoredPassage[];
  /** The signals that took part: bm25 always; near, rm3 and dense when weighted (dense needs vectors). */
  used: ('bm25' | 'near' | 'rm3' | 'dense' | 'lsa')[];
  embedder: string;
  terms: string[];
}

type Ranked = { id: number; score: number }[];

/** Min-max normalisation of a ranked list into [0, 1] (a single item scores 1). */
function normalise(list: Ranked): Map<number, number> {
  const out = new Map<number, number>();
  if (list.length === 0) return out;
  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  for (const { score } of list) {
    max = Math.max(max, score);
    min = Math.min(min, score);
  }
  const span = max - min;
  for (const { id, score } of list) out.set(id, span > 0 ? (score - min) / span : 1);
  return out;
}

/**
 * RM3 expansion terms from the top BM25 chunks: P(t|R) ≈ Σ_d w_d · tf(t,d)/|d| with w_d the
 * chunk's share of the feedback BM25 mass, times log(N/df) so words common everywhere do not
 * win. Returns surface words (FTS5 stems them again), best first, none of the query's own.
 */
export function expansionTerms(
  store: KnowledgeStore,
  feedback: Ranked,
  queryWords: readonly string[],
): string[] {
  if (feedback.length === 0) return [];
  const texts = store.texts(feedback.map((item) => item.id));
  const total = feedback.reduce((sum, item) => sum + Math.max(item.score, 0), 0) || 1;
  const queryStems = new Set(queryWords.map(stem));
  const weight = new Map<string, number>();
  const surface = new Map<string, Map<string, number>>();
  for (const { id, score } of feedback) {
    const tokens = words(texts.get(id) ?? '').filter(
      (word) => word.length > 2 && word.length < 40 && !isStopWord(word),
    );
    if (tokens.length === 0) continue;
    const share = Math.max(score, 0) / total;
    const counts = new Map<string, number>();
    for (const token of tokens) {
      if (/^\d+$/.test(token)) continue;
      const root = stem(token);
      if (queryStems.has(root)) continue;
      counts.set(root, (counts.get(root) ?? 0) + 1);
      const forms = surface.get(root) ?? new Map<string, number>();
      forms.set(token, (forms.get(token) ?? 0) + 1);
      surface.set(root, forms);
    }
    for (const [root, count] of counts)
      weight.set(root, (weight.get(root) ?? 0) + (share * count) / tokens.length);
  }
  const candidates = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, RM3_TERMS * 5);
  const df = store.documentFrequency(candidates.map(([root]) => root));
  const n = Math.max(store.totalChunks(), 1);
  return candidates
    .map(([root, value]) => {
      const frequency = df.get(root) ?? 0;
      return { root, value: value * Math.log((n + 1) / (frequency + 1)) };
    })
    .filter((item) => item.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, RM3_TERMS)
    .map(({ root }) => {
      const forms = [...(surface.get(root) ?? new Map<string, number>()).entries()].sort(
        (a, b) => b[1] - a[1],
      );
      return forms[0]?.[0] ?? root;
    });
}

/** The collection's vectors nearest the query; fast path above FAST_PATH_FROM vectors. */
async function denseList(
  cartridge: Cartridge,
  store: KnowledgeStore,
  collection: Collection,
  request: SearchRequest,
  pool: number,
): Promise<Ranked> {
  const embedder = createEmbedder(collection.embedder, cartridge, request.env);
  if (!embedder || !collection.dimension) return [];
  const [query] = await embedder.embed([request.query], request.signal);
  if (!query || query.length !== collection.dimension) return [];
  const filtered = request.filter && Object.values(request.filter).some((value) => value !== undefined);
  const want = filtered ? pool * 5 : pool;
  const list =
    store.vectorCount(collection) > FAST_PATH_FROM
      ? store.vectorFast(collection, query, want)
      : store.vectorExact(collection, query, want);
  if (!filtered) return list;
  const kept = new Set(
    store
      .passages(
        list.map((item) => item.id),
        request.filter,
      )
      .map((passage) => passage.chunkId),
  );
  return list.filter((item) => kept.has(item.id)).slice(0, pool);
}

/** The collection's chunks nearest the query in its learned LSA space, restricted by the filter. */
function lsaList(
  cartridge: Cartridge,
  store: KnowledgeStore,
  collection: Collection,
  request: SearchRequest,
  pool: number,
): Ranked {
  const filtered = request.filter && Object.values(request.filter).some((value) => value !== undefined);
  const list = lsaSearch(cartridge, collection.id, request.query, filtered ? pool * 5 : pool);
  // The chunk must still exist (a forgotten file's vectors go with it, but be sure) and pass the filter.
  const kept = new Set(
    store
      .passages(
        list.map((item) => item.id),
        request.filter,
      )
      .map((passage) => passage.chunkId),
  );
  return list.filter((item) => kept.has(item.id)).slice(0, pool);
}

/**
 * Hybrid search over one collection: BM25 (FTS5), a proximity signal (BM25 of the query's
 * neighbouring term pairs as FTS5 NEAR groups, after Metzler & Croft's sequential dependence
 * model, SIGIR 2005), optionally BM25 of the RM3-expanded query, and the vectors of the
 * collection's embedder when it has one, fused by a normalised convex combination. A
 * collection with no such name gives no passages.
 */
export async function searchKnowledge(cartridge: Cartridge, request: SearchRequest): Promise<SearchResult> {
  const store = createKnowledgeStore(cartridge);
  const collection = store.collection(request.collection);
  const terms = queryTerms(request.query);
  if (!collection) return { passages: [], used: [], embedder: 'offline', terms };
  const weights = request.weights ?? DEFAULT_WEIGHTS;
  const pool = Math.max(request.pool ?? POOL, request.limit);
  const filter = request.filter ?? {};
  const bm25 = store.bm25(collection.id, terms, pool, filter);
  const used: SearchResult['used'] = ['bm25'];
  const pairs = terms.slice(1).map((term, index) => `NEAR("${terms[index]}" "${term}", ${NEAR_DISTANCE})`);
  const near =
    weights.near > 0 && pairs.length ? store.bm25Match(collection.id, pairs.join(' OR '), pool, filter) : [];
  if (weights.near > 0) used.push('near');
  const expansion = weights.rm3 > 0 ? expansionTerms(store, bm25.slice(0, RM3_DOCS), terms) : [];
  const rm3 = expansion.length ? store.bm25(collection.id, [...terms, ...expansion], pool, filter) : [];
  if (weights.rm3 > 0) used.push('rm3');
  const wantDense = collection.dimension > 0 && weights.dense > 0;
  const dense = wantDense ? await denseList(cartridge, store, collection, request, pool) : [];
  if (wantDense) used.push('dense');
  const lsa = weights.lsa > 0 ? lsaList(cartridge, store, collection, request, pool) : [];
  if (lsa.length) used.push('lsa');
  const lists = {
    bm25: normalise(bm25),
    near: normalise(near),
    rm3: normalise(rm3),
    dense: normalise(dense),
    lsa: normalise(lsa),
  };
  const raw = new Map(bm25.map((item) => [item.id, item.score]));
  // A signal with no list this time (no vectors, a one-word query) gives its weight back to BM25.
  const w = {
    near: near.length ? weights.near : 0,
    rm3: rm3.length ? weights.rm3 : 0,
    dense: dense.length ? weights.dense : 0,
    lsa: lsa.length ? weights.lsa : 0,
  };
  const base = 1 - w.near - w.rm3 - w.dense - w.lsa;
  const ids = new Set([
    ...lists.bm25.keys(),
    ...lists.near.keys(),
    ...lists.rm3.keys(),
    ...lists.dense.keys(),
    ...lists.lsa.keys(),
  ]);
  const scored = [...ids].map((id) => {
    const signals = {
      bm25: lists.bm25.get(id) ?? 0,
      near: lists.near.get(id) ?? 0,
      rm3: lists.rm3.get(id) ?? 0,
      dense: lists.dense.get(id) ?? 0,
      lsa: lists.lsa.get(id) ?? 0,
    };
    const score =
      base * signals.bm25 +
      w.near * signals.near +
      w.rm3 * signals.rm3 +
      w.dense * signals.dense +
      w.lsa * signals.lsa;
    return { id, signals, score };
  });
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  const top = scored.slice(0, request.limit);
  const byId = new Map(top.map((item) => [item.id, item]));
  const passages = store.passages(
    top.map((item) => item.id),
    filter,
  );
  return {
    passages: passages.map((passage) => {
      const item = byId.get(passage.chunkId) as (typeof top)[number];
      return { ...passage, score: item.score, signals: item.signals, bm25Raw: raw.get(passage.chunkId) ?? 0 };
    }),
    used,
    embedder: collection.embedder,
    terms,
  };
}
