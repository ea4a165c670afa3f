import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { stem, words } from './text.js';

/**
 * Latent semantic analysis (Deerwester et al., "Indexing by Latent Semantic Analysis", JASIS
 * 1990): a k-dimensional embedding learned from the person's own chunks at learn time, with no
 * download. The chunk × term matrix holds (1 + ln tf) · idf, rows L2-normalised; its top-k right
 * singular vectors V_k (terms × k) map any text to A·V_k (= U_k Σ_k for a fitted chunk). New
 * chunks and queries are folded in with the same V_k.
 *
 * The truncated SVD is the randomized range finder of Halko, Martinsson & Tropp ("Finding
 * structure with randomness", SIAM Review 2011, algorithms 4.4 and 5.1) over a sparse matrix;
 * ml-matrix (which has dense eigen/QR/SVD but no truncated or sparse SVD) does the small dense
 * eigendecompositions: of the l×l Gram matrix to orthonormalise each range sample (Cholesky-QR
 * by eigenvectors), and of B·Bᵀ (l×l) for the singular values and vectors.
 */

/** Dimensions kept (see bench/knowledge-quality.bench.ts for the measurements behind it). */
export const LSA_DIMENSIONS = 256;
/** Extra random directions sampled beyond k, and power iterations (Halko et al. §4.3–4.5). */
const OVERSAMPLE = 16;
const POWER_ITERATIONS = 1;
/** Terms must occur in at least this many chunks to be part of the model (a hapax adds no relation). */
const MIN_DF = 2;
/** At most this many terms (the most frequent by chunk count): bounds the model's size. */
export const MAX_TERMS = 60_000;

/** A sparse row: term indexes and their weights. */
export interface SparseRow {
  terms: Int32Array;
  values: Float64Array;
}

export interface LsaModel {
  /** Stemmed term → row of `basis`. */
  terms: Map<string, number>;
  /** idf per term: ln((N + 1) / (df + 1)) over the fitted chunks. */
  idf: Float32Array;
  /** V_k, terms × k, row-major. */
  basis: Float32Array;
  /** Singular values, largest first. */
  sigma: Float32Array;
  k: number;
}

/** Porter stems by word: stemming is most of the cost of reading chunks, and words repeat. */
const stems = new Map<string, string>();
const STEM_CACHE = 200_000;
function cachedStem(word: string): string {
  let root = stems.get(word);
  if (root === undefined) {
    if (stems.size >= STEM_CACHE) stems.clear();
    root = stem(word);
    stems.set(word, root);
  }
  return root;
}

/** Stemmed term counts of a chunk: the heading trail counts twice, as in BM25 (title 2×). */
export function termCounts(heading: string, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (source: string, times: number) => {
    for (const word of words(source)) {
      if (word.length > 64) continue;
      const root = cachedStem(word);
      counts.set(root, (counts.get(root) ?? 0) + times);
    }
  };
  add(heading, 2);
  add(text, 1);
  return counts;
}

/** (1 + ln tf) · idf of the model's terms, L2-normalised; an empty row when nothing is known. */
function weightedRow(model: Pick<LsaModel, 'terms' | 'idf'>, counts: Map<string, number>): SparseRow {
  const terms: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [term, count] of counts) {
    const index = model.terms.get(term);
    if (index === undefined || count <= 0) continue;
    const value = (1 + Math.log(count)) * (model.idf[index] as number);
    terms.push(index);
    values.push(value);
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  return { terms: Int32Array.from(terms), values: Float64Array.from(values, (value) => value / norm) };
}

/**
 * Term counts of many chunks, kept compact for a fit: one table of term names, and per chunk
 * its term ids and counts as typed arrays (about 8 bytes a term) instead of a Map each (about
 * 1 KB for a 2,000-character chunk): 14,000 chunks held as Maps cost ~70 MB of RSS during a
 * refit (bench/knowledge-memory.bench.ts).
 */
export class CountTable {
  readonly names: string[] = [];
  readonly documents: { terms: Int32Array; counts: Float32Array }[] = [];
  private readonly ids = new Map<string, number>();

  static of(documents: readonly Map<string, number>[]): CountTable {
    const table = new CountTable();
    for (const counts of documents) table.add(counts);
    return table;
  }

  /** Adds one chunk's counts (`termCounts`), keeping their order. */
  add(counts: Map<string, number>): void {
    const terms = new Int32Array(counts.size);
    const values = new Float32Array(counts.size);
    let index = 0;
    for (const [term, count] of counts) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(term, id);
        this.names.push(term);
      }
      terms[index] = id;
      values[index++] = count;
    }
    this.documents.push({ terms, counts: values });
  }

  /**
   * Empties the table (its chunks, term names and their index) so its memory can go while a fit
   * runs: `fitLsaWithVectors` does it once its weighted rows are made. For a file of millions of
   * distinct words, the names and their index are the largest thing a fit would otherwise keep.
   */
  release(): void {
    this.documents.length = 0;
    this.names.length = 0;
    this.ids.clear();
  }
}

const NO_COUNTS = { terms: new Int32Array(0), counts: new Float32Array(0) };

/** `weightedRow` of a CountTable chunk: `position` maps a table id to its model term (-1: none). */
function compactRow(
  document: { terms: Int32Array; counts: Float32Array },
  position: Int32Array,
  idf: Float32Array,
): SparseRow {
  const terms: number[] = [];
  const values: number[] = [];
  let norm = 0;
  document.terms.forEach((id, j) => {
    const index = position[id] as number;
    const count = document.counts[j] as number;
    if (index < 0 || count <= 0) return;
    const value = (1 + Math.log(count)) * (idf[index] as number);
    terms.push(index);
    values.push(value);
    norm += value * value;
  });
  norm = Math.sqrt(norm) || 1;
  return { terms: Int32Array.from(terms), values: Float64Array.from(values, (value) => value / norm) };
}

/** A small deterministic PRNG (mulberry32) so a refit of the same chunks gives the same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

/**
 * Y = A·X: rows (n sparse) times X (terms × l, row-major) → n × l. A row's terms are added four
 * at a time into each entry (left to right, so in the same order and to the same bits as one at
 * a time), reading and writing the row of Y a quarter as often.
 */
function times(rows: readonly SparseRow[], x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(rows.length * l);
  rows.forEach((row, i) => {
    const out = i * l;
    const { terms, values } = row;
    let j = 0;
    for (; j + 3 < terms.length; j += 4) {
      const b0 = (terms[j] as number) * l;
      const b1 = (terms[j + 1] as number) * l;
      const b2 = (terms[j + 2] as number) * l;
      const b3 = (terms[j + 3] as number) * l;
      const v0 = values[j] as number;
      const v1 = values[j + 1] as number;
      const v2 = values[j + 2] as number;
      const v3 = values[j + 3] as number;
      for (let c = 0; c < l; c++)
        y[out + c] =
          (y[out + c] as number) +
          v0 * (x[b0 + c] as number) +
          v1 * (x[b1 + c] as number) +
          v2 * (x[b2 + c] as number) +
          v3 * (x[b3 + c] as number);
    }
    for (; j < terms.length; j++) {
      const base = (terms[j] as number) * l;
      const value = values[j] as number;
      for (let c = 0; c < l; c++) y[out + c] = (y[out + c] as number) + value * (x[base + c] as number);
    }
  });
  return y;
}

/** X = Aᵀ·Y: (terms × n sparse) times Y (n × l) → terms × l. */
function timesTransposed(
  rows: readonly SparseRow[],
  y: Float64Array,
  l: number,
  terms: number,
): Float64Array {
  const x = new Float64Array(terms * l);
  rows.forEach((row, i) => {
    const from = i * l;
    for (let j = 0; j < row.terms.length; j++) {
      const base = (row.terms[j] as number) * l;
      const value = row.values[j] as number;
      for (let c = 0; c < l; c++) x[base + c] = (x[base + c] as number) + value * (y[from + c] as number);
    }
  });
  return x;
}

/** Rows of a row-major matrix handled together by `gram` and `project` (see there). */
const BLOCK = 64;

/**
 * Mᵀ·M of a row-major m × l matrix (l × l, symmetric). BLOCK rows at a time are copied column by
 * column (l × BLOCK, ~140 KB at l = 272, in cache), and each g[i][j] takes their products as a dot
 * product of two short columns held in registers, four j at a time: the same products added in
 * the same order (row by row) as the plain triple loop, so the same bits, ~3× faster than adding
 * each row's outer product into g (an l × l array read and written per row).
 */
function gram(m: Float64Array, l: number): Matrix {
  const g = new Float64Array(l * l);
  const rows = m.length / l;
  const block = new Float64Array(l * BLOCK);
  for (let start = 0; start < rows; start += BLOCK) {
    const size = Math.min(BLOCK, rows - start);
    for (let b = 0; b < size; b++) {
      const from = (start + b) * l;
      for (let i = 0; i < l; i++) block[i * BLOCK + b] = m[from + i] as number;
    }
    for (let i = 0; i < l; i++) {
      const a = i * BLOCK;
      const row = i * l;
      let j = i;
      for (; j + 3 < l; j += 4) {
        const b0 = j * BLOCK;
        const b1 = b0 + BLOCK;
        const b2 = b1 + BLOCK;
        const b3 = b2 + BLOCK;
        let s0 = g[row + j] as number;
        let s1 = g[row + j + 1] as number;
        let s2 = g[row + j + 2] as number;
        let s3 = g[row + j + 3] as number;
        for (let b = 0; b < size; b++) {
          const value = block[a + b] as number;
          s0 += value * (block[b0 + b] as number);
          s1 += value * (block[b1 + b] as number);
          s2 += value * (block[b2 + b] as number);
          s3 += value * (block[b3 + b] as number);
        }
        g[row + j] = s0;
        g[row + j + 1] = s1;
        g[row + j + 2] = s2;
        g[row + j + 3] = s3;
      }
      for (; j < l; j++) {
        const bj = j * BLOCK;
        let sum = g[row + j] as number;
        for (let b = 0; b < size; b++) sum += (block[a + b] as number) * (block[bj + b] as number);
        g[row + j] = sum;
      }
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i] as number;
  return Matrix.from1DArray(l, l, g);
}

/** Eigenpairs of a symmetric matrix, largest eigenvalue first. */
function eigen(matrix: Matrix): { values: number[]; vectors: Matrix; order: number[] } {
  const decomposition = new EigenvalueDecomposition(matrix, { assumeSymmetric: true });
  const values = decomposition.realEigenvalues;
  const order = values.map((_, index) => index).sort((a, b) => (values[b] as number) - (values[a] as number));
  return { values, vectors: decomposition.eigenvectorMatrix, order };
}

/**
 * M·W for a row-major m × l matrix and the chosen columns of W (each scaled), → m × cols. `make`
 * may return M's own buffer (cols ≤ l): each block of four rows is read whole before its results
 * are written, and results of rows up to r end before input row r + 1 begins.
 */
function project<T extends Float64Array | Float32Array>(
  m: Float64Array,
  l: number,
  w: Matrix,
  columns: readonly number[],
  scale: readonly number[],
  make: (length: number) => T,
): T {
  const cols = columns.length;
  const weights = new Float64Array(l * cols);
  for (let i = 0; i < l; i++)
    for (let c = 0; c < cols; c++)
      weights[i * cols + c] = w.get(i, columns[c] as number) * (scale[c] as number);
  const rows = m.length / l;
  // Each row summed in float64, then stored in `make`'s array: for V_k a float32 one (the model's
  // precision), the same numbers as a float64 result rounded afterwards, without a float64 copy
  // of V_k (t × k × 8 bytes: 56 MB at 27k terms) alive beside it.
  // Four rows at a time, so each row of the weights read from memory serves four sums; every sum
  // still adds its products in the order of i (the same bits as one row at a time).
  const out = make(rows * cols);
  const sums = new Float64Array(4 * cols);
  for (let r = 0; r < rows; r += 4) {
    const count = Math.min(4, rows - r);
    sums.fill(0);
    const m0 = r * l;
    const m1 = m0 + l;
    const m2 = m1 + l;
    const m3 = m2 + l;
    for (let i = 0; i < l; i++) {
      const base = i * cols;
      if (count === 4) {
        const v0 = m[m0 + i] as number;
        const v1 = m[m1 + i] as number;
        const v2 = m[m2 + i] as number;
        const v3 = m[m3 + i] as number;
        for (let c = 0; c < cols; c++) {
          const weight = weights[base + c] as number;
          sums[c] = (sums[c] as number) + v0 * weight;
          sums[cols + c] = (sums[cols + c] as number) + v1 * weight;
          sums[2 * cols + c] = (sums[2 * cols + c] as number) + v2 * weight;
          sums[3 * cols + c] = (sums[3 * cols + c] as number) + v3 * weight;
        }
      } else {
        for (let q = 0; q < count; q++) {
          const value = m[m0 + q * l + i] as number;
          const at = q * cols;
          for (let c = 0; c < cols; c++)
            sums[at + c] = (sums[at + c] as number) + value * (weights[base + c] as number);
        }
      }
    }
    out.set(count === 4 ? sums : sums.subarray(0, count * cols), r * cols);
  }
  return out;
}

/**
 * An orthonormal basis of the columns of Y (n × l): Y·W·Λ^-½ from the eigenpairs of YᵀY, written
 * over Y itself (the result is a view on Y's first n × width entries). In place, so orthonormalising
 * the t × l power-iteration sample never holds a second t × l float64 array (59 MB at 27k terms).
 */
function orthonormal(y: Float64Array, l: number): { q: Float64Array; width: number } {
  if (l === 0 || y.length === 0) return { q: new Float64Array(0), width: 0 };
  const { values, vectors, order } = eigen(gram(y, l));
  const largest = Math.max(values[order[0] as number] as number, 0);
  const kept = order.filter((index) => (values[index] as number) > Math.max(largest * 1e-10, 1e-300));
  const q = project(
    y,
    l,
    vectors,
    kept,
    kept.map((index) => 1 / Math.sqrt(values[index] as number)),
    (length) => y.subarray(0, length),
  );
  return { q, width: kept.length };
}

/**
 * Fits an LSA model to chunks given as term counts. Terms seen in fewer than MIN_DF chunks are
 * left out, as are terms in every chunk (idf 0), the rest capped at MAX_TERMS by chunk frequency;
 * k is at most the rank of the matrix. Returns undefined when there is too little to learn from
 * (fewer than 3 chunks or terms, or a matrix of rank 0); it never throws on a small corpus. Cost for n chunks, t terms, l = k + 16:
 * O(nnz·l) for the sparse products plus O((n + t)·l²) dense; memory O((n + t)·l) doubles.
 */
export function fitLsa(
  documents: readonly Map<string, number>[] | CountTable,
  dimensions = LSA_DIMENSIONS,
  seed = 1,
): LsaModel | undefined {
  return fitLsaWithVectors(documents, dimensions, seed, false)?.model;
}

/**
 * The model's vocabulary (terms seen in at least MIN_DF chunks and not in all, the MAX_TERMS most
 * frequent), its idf, and every chunk's weighted row; undefined when fewer than 3 chunks or terms.
 * Empties the table as it goes (CountTable.release); its own scratch (document frequencies, term
 * positions: 4 bytes per distinct word each) goes when it returns, before the fit's matrices.
 */
function weigh(
  table: CountTable,
): { terms: Map<string, number>; idf: Float32Array; rows: SparseRow[] } | undefined {
  const { names } = table;
  const df = new Int32Array(names.length);
  for (const document of table.documents) for (const id of document.terms) df[id] = (df[id] as number) + 1;
  const n = table.documents.length;
  // A term in every chunk has idf 0 and tells no chunk from another: it is left out too, so a
  // corpus of near-identical lines can end with no terms and no model, never an empty matrix.
  const count = (id: number) => df[id] as number;
  const name = (id: number) => names[id] as string;
  const vocabulary = [...df.keys()]
    .filter((id) => count(id) >= MIN_DF && count(id) < n)
    .sort((a, b) => count(b) - count(a) || (name(a) < name(b) ? -1 : 1))
    .slice(0, MAX_TERMS);
  if (n < 3 || vocabulary.length < 3) {
    table.release();
    return undefined;
  }
  const terms = new Map(vocabulary.map((id, index) => [name(id), index]));
  const idf = Float32Array.from(vocabulary, (id) => Math.log((n + 1) / (count(id) + 1)));
  const position = new Int32Array(names.length).fill(-1);
  vocabulary.forEach((id, index) => {
    position[id] = index;
  });
  // Each chunk's counts go as its weighted row is made, then the table's names and index: a
  // CountTable passed in is empty after a fit (lsa-store.ts's refit reads none of it again).
  const { documents: counted } = table;
  const rows = counted.map((document, index) => {
    counted[index] = NO_COUNTS;
    return compactRow(document, position, idf);
  });
  table.release();
  return { terms, idf, rows };
}

/**
 * `fitLsa`, and with `embed` the vector of every fitted chunk as `embedLsa` makes it from the
 * same counts (n × k floats, chunk by chunk, the same bits), made from the fit's own weighted
 * rows: a refit then neither reads nor stems the chunks a second time (lsa-store.ts).
 A CountTable
 * passed in is emptied by the fit (`CountTable.release`): pass a table no one reads afterwards.
 */
export function fitLsaWithVectors(
  documents: readonly Map<string, number>[] | CountTable,
  dimensions = LSA_DIMENSIONS,
  seed = 1,
  embed = true,
): { model: LsaModel; vectors?: Float32Array } | undefined {
  const weighed = weigh(documents instanceof CountTable ? documents : CountTable.of(documents));
  if (!weighed) return undefined;
  const { terms, idf, rows } = weighed;
  const n = rows.length;
  const t = idf.length;
  const k = Math.min(dimensions, n - 1, t - 1);
  const l = Math.min(k + OVERSAMPLE, n, t);
  const next = random(seed);
  // The rank of A may be below k (few distinct rows or terms): each orthonormalisation keeps only
  // the directions that carry weight, so the width shrinks to the rank, and a rank of 0 (every
  // row empty) means no model rather than an empty matrix. Ω (t × l doubles) is held by no name,
  // so it can be collected once A·Ω is made.
  let { q, width } = orthonormal(times(rows, Float64Array.from({ length: t * l }, next), l), l);
  for (let step = 0; step < POWER_ITERATIONS && width > 0; step++) {
    ({ q, width } = orthonormal(timesTransposed(rows, q, width, t), width));
    if (width > 0) ({ q, width } = orthonormal(times(rows, q, width), width));
  }
  if (width === 0) return undefined;
  // Bᵀ = Aᵀ·Q (t × width); B·Bᵀ = (Bᵀ)ᵀ·Bᵀ; its eigenpairs give Σ² and U_B; V = Bᵀ·U_B·Σ⁻¹.
  let bt: Float64Array | undefined = timesTransposed(rows, q, width, t);
  // Q (n × width) is not needed past Bᵀ, nor Bᵀ (t × width doubles) past V_k: both let go by name
  // so neither is alive beside the chunk vectors made below (n × k floats).
  q = new Float64Array(0);
  const { values, vectors, order } = eigen(gram(bt, width));
  const kept = order.filter((index) => (values[index] as number) > 1e-12).slice(0, k);
  if (kept.length === 0) return undefined;
  const sigma = kept.map((index) => Math.sqrt(values[index] as number));
  const basis = project(
    bt,
    width,
    vectors,
    kept,
    sigma.map((value) => 1 / value),
    (length) => new Float32Array(length),
  );
  bt = undefined;
  const model = { terms, idf, basis, sigma: Float32Array.from(sigma), k: kept.length };
  if (!embed) return { model };
  const embedded = new Float32Array(n * model.k);
  rows.forEach((row, index) => {
    embedded.set(embedRow(model, row), index * model.k);
  });
  return { model, vectors: embedded };
}

/**
 * A text's LSA vector (k floats, L2-normalised; all zeros when it shares no term with the
 * model): its weighted term row times V_k.
 */
export function embedLsa(model: LsaModel, counts: Map<string, number>): Float32Array {
  return embedRow(model, weightedRow(model, counts));
}

/** A weighted row (`weightedRow`, `compactRow`) times V_k, L2-normalised. */
function embedRow(model: LsaModel, row: SparseRow): Float32Array {
  const { k, basis } = model;
  const out = new Float32Array(k);
  // Four terms at a time, each step rounded to float32 as a store into `out` rounds it: the same
  // bits as one term at a time, with a quarter of the reads and writes of `out`.
  let j = 0;
  for (; j + 3 < row.terms.length; j += 4) {
    const b0 = (row.terms[j] as number) * k;
    const b1 = (row.terms[j + 1] as number) * k;
    const b2 = (row.terms[j + 2] as number) * k;
    const b3 = (row.terms[j + 3] as number) * k;
    const v0 = row.values[j] as number;
    const v1 = row.values[j + 1] as number;
    const v2 = row.values[j + 2] as number;
    const v3 = row.values[j + 3] as number;
    for (let c = 0; c < k; c++) {
      let sum = Math.fround((out[c] as number) + v0 * (basis[b0 + c] as number));
      sum = Math.fround(sum + v1 * (basis[b1 + c] as number));
      sum = Math.fround(sum + v2 * (basis[b2 + c] as number));
      out[c] = sum + v3 * (basis[b3 + c] as number);
    }
  }
  for (; j < row.terms.length; j++) {
    const base = (row.terms[j] as number) * k;
    const value = row.values[j] as number;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + value * (basis[base + c] as number);
  }
  let norm = 0;
  for (const value of out) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let c = 0; c < model.k; c++) out[c] = (out[c] as number) / norm;
  return out;
}
