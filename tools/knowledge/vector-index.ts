/**
 * The fast vector path's first pass: every vector's sign bits (one bit per dimension) held in
 * one Uint32Array, scanned in JS; the survivors are re-ranked exactly on their float vectors by
 * the store. Binary quantisation with re-ranking as in Jégou et al., "Hamming embedding" (2008)
 * and the sentence-transformers "binary quantization" recipe (2024).
 *
 * Two stages here, then the exact one in the store:
 * 1. Hamming distance between the query's sign bits and every vector's (SWAR popcount), the
 *    nearest `count × OVERSAMPLE` kept by a histogram select (Hamming distances are small
 *    integers, so a counting pass finds the cut in O(n) with no heap or sorted list).
 * 2. Asymmetric score of those: the float query against each candidate's signs
 *    (q · sign(v) = 2·Σ_{bit set} q_i − Σ q_i), summed from one 256-entry table per byte of
 *    the vector — the "rescoring" step of the same recipe, far sharper than Hamming alone, so
 *    fewer candidates need their floats read back. The best `count` go on to the exact pass.
 *
 * Costs measured in bench/knowledge-speed.bench.ts (latency, recall@10 against exact search).
 * sqlite-vec's own bit KNN (vec0 `bit[384]`, k = 200) took ~25–50 ms at 100k vectors, slower
 * than this scan of the same bits.
 */
export interface BitIndex {
  /** Chunk ids, in scan order (slot i holds vector `ids[i]`). */
  ids: Int32Array;
  /** `words` 32-bit words per vector, vectors one after another. */
  bits: Uint32Array;
  words: number;
}

/** Hamming candidates per final candidate: stage 1 keeps `count × OVERSAMPLE` for stage 2. */
export const OVERSAMPLE = 4;

/** Number of set bits in a 32-bit word (Hacker's Delight, fig. 5-2). */
function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Builds the index from the ids and their packed sign bits laid end to end (`ceil(dimension / 8)`
 * bytes per vector, bit i of a vector in bit i % 8 of its byte i / 8), as one blob: the store
 * reads them with one `group_concat`, ~5× faster than a row per vector (one Buffer each).
 * Memory: 4 + ceil(dimension / 32) × 4 bytes per vector (52 B at 384 dimensions: 52 MB per
 * million). Throws when the blob's length does not match the ids.
 */
export function buildBitIndex(ids: Int32Array, packed: Uint8Array, dimension: number): BitIndex {
  const words = Math.ceil(dimension / 32);
  const stride = words * 4;
  const rowBytes = Math.ceil(dimension / 8);
  if (packed.length !== ids.length * rowBytes) {
    throw new Error(
      `The sign bits hold ${packed.length} bytes for ${ids.length} vectors of ${dimension} dimensions (${rowBytes} bytes each expected).`,
    );
  }
  const bytes = new Uint8Array(ids.length * stride);
  if (rowBytes === stride) bytes.set(packed);
  else {
    for (let i = 0; i < ids.length; i++) {
      bytes.set(packed.subarray(i * rowBytes, (i + 1) * rowBytes), i * stride);
    }
  }
  return { ids, bits: new Uint32Array(bytes.buffer), words };
}

/** Sign bits of a float vector: bit i of 32-bit word i/32 (so bit i%8 of byte i/8, little-endian). */
export function quantise(vector: Float32Array): Uint32Array {
  const words = Math.ceil(vector.length / 32);
  const out = new Uint32Array(words);
  for (let i = 0; i < vector.length; i++) {
    if ((vector[i] as number) > 0) out[i >>> 5] = (out[i >>> 5] as number) | (1 << (i & 31));
  }
  return out;
}

/** Scratch distances, reused between scans of the same size (one scan at a time per process). */
let scratch = new Uint16Array(0);

/**
 * Slots of the `count` vectors nearest to `query` by Hamming distance (ties at the cut broken
 * by slot order), in slot order. O(n · words): one pass computing every distance and their
 * histogram, one pass collecting the slots under the cut.
 */
export function hammingSlots(index: BitIndex, query: Uint32Array, count: number): Int32Array {
  const { ids, bits, words } = index;
  const n = ids.length;
  const k = Math.min(count, n);
  if (k <= 0) return new Int32Array(0);
  if (scratch.length < n) scratch = new Uint16Array(n);
  const distances = scratch;
  const histogram = new Int32Array(words * 32 + 1);
  for (let slot = 0, base = 0; slot < n; slot++, base += words) {
    let distance = 0;
    for (let w = 0; w < words; w++) {
      distance += popcount((bits[base + w] as number) ^ (query[w] as number));
    }
    distances[slot] = distance;
    histogram[distance] = (histogram[distance] as number) + 1;
  }
  // The cut: the smallest distance at which the running count reaches k.
  let cut = 0;
  let below = 0;
  while (below + (histogram[cut] as number) < k) below += histogram[cut++] as number;
  let ties = k - below;
  const out = new Int32Array(k);
  let filled = 0;
  for (let slot = 0; slot < n && filled < k; slot++) {
    const distance = distances[slot] as number;
    if (distance < cut) out[filled++] = slot;
    else if (distance === cut && ties > 0) {
      out[filled++] = slot;
      ties--;
    }
  }
  return out;
}

/**
 * Orders `slots` by the asymmetric score of the float `query` against each slot's sign bits
 * (higher first) and keeps the best `count`. Per query: 256 table entries per byte of the
 * vector, each the sum of the query's components whose bits that byte value sets.
 */
export function rescoreSlots(
  index: BitIndex,
  query: Float32Array,
  slots: Int32Array,
  count: number,
): Int32Array {
  const { bits, words } = index;
  const bytes = words * 4;
  const table = new Float32Array(bytes * 256);
  for (let byte = 0; byte < bytes; byte++) {
    const offset = byte * 256;
    for (let value = 1; value < 256; value++) {
      const low = 31 - Math.clz32(value & -value);
      const dimension = byte * 8 + low;
      const component = dimension < query.length ? (query[dimension] as number) : 0;
      table[offset + value] = (table[offset + (value & (value - 1))] as number) + component;
    }
  }
  const scores = new Float32Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const base = (slots[i] as number) * words;
    let score = 0;
    for (let w = 0, offset = 0; w < words; w++, offset += 1024) {
      const word = bits[base + w] as number;
      score +=
        (table[offset + (word & 255)] as number) +
        (table[offset + 256 + ((word >>> 8) & 255)] as number) +
        (table[offset + 512 + ((word >>> 16) & 255)] as number) +
        (table[offset + 768 + (word >>> 24)] as number);
    }
    scores[i] = score;
  }
  const order = Array.from(slots.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  return Int32Array.from(order.slice(0, Math.min(count, order.length)), (i) => slots[i] as number);
}

/**
 * The ids of the `count` vectors the first pass finds nearest to `query` (best first): Hamming
 * top `count × OVERSAMPLE`, then the asymmetric rescoring keeps `count`. The caller re-ranks
 * them exactly.
 */
export function candidates(index: BitIndex, query: Float32Array, count: number): number[] {
  const slots = hammingSlots(index, quantise(query), count * OVERSAMPLE);
  return Array.from(rescoreSlots(index, query, slots, count), (slot) => index.ids[slot] as number);
}
