/**
 * The fast vector path: every vector's sign bits (one bit per dimension, stored in a vec0
 * `bit[D]` table) held in one Uint32Array, scanned by Hamming distance in JS, then the best
 * `candidates` re-ranked by exact cosine on their float vectors. Binary quantisation with
 * re-ranking as in Jégou et al., "Hamming embedding" (2008) and the sentence-transformers
 * "binary quantization" recipe (2024): the bit pass keeps the true neighbours among its top few
 * hundred, the float pass orders them exactly.
 *
 * Measured in bench/knowledge-speed.bench.ts against exact search (latency and recall@10). A
 * quick check here of sqlite-vec's own bit KNN (vec0 `bit[384]`, k = 200) took ~25–50 ms at
 * 100k vectors in memory, too slow for the 15 ms goal; the JS scan of the same bits is cheaper.
 */
export interface BitIndex {
  /** Chunk ids, in scan order. */
  ids: Int32Array;
  /** `words` 32-bit words per vector, vectors one after another. */
  bits: Uint32Array;
  words: number;
}

/** Number of set bits in a 32-bit word (Hacker's Delight, fig. 5-2). */
function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Builds the index from `(id, blob)` rows, each blob the packed bits (`dimension / 8` bytes). */
export function buildBitIndex(rows: Iterable<{ id: number; bits: Uint8Array }>, dimension: number): BitIndex {
  const words = Math.ceil(dimension / 32);
  const ids: number[] = [];
  const chunks: Uint8Array[] = [];
  for (const row of rows) {
    ids.push(row.id);
    chunks.push(row.bits);
  }
  const bits = new Uint32Array(ids.length * words);
  const bytes = new Uint8Array(bits.buffer);
  chunks.forEach((chunk, index) => {
    bytes.set(chunk.subarray(0, Math.min(chunk.length, words * 4)), index * words * 4);
  });
  return { ids: Int32Array.from(ids), bits, words };
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

/**
 * The `count` ids nearest to `query` by Hamming distance, nearest first. O(n) with a bounded
 * insertion list (count is small next to n).
 */
export function hammingTop(index: BitIndex, query: Uint32Array, count: number): number[] {
  const { ids, bits, words } = index;
  const n = ids.length;
  const k = Math.min(count, n);
  if (k === 0) return [];
  const bestDistance = new Int32Array(k).fill(0x7fffffff);
  const bestSlot = new Int32Array(k).fill(-1);
  let worst = 0x7fffffff;
  for (let slot = 0; slot < n; slot++) {
    let distance = 0;
    const base = slot * words;
    for (let w = 0; w < words; w++) {
      distance += popcount(((bits[base + w] as number) ^ (query[w] as number)) >>> 0);
      if (distance >= worst) break;
    }
    if (distance >= worst) continue;
    let position = k - 1;
    while (position > 0 && (bestDistance[position - 1] as number) > distance) {
      bestDistance[position] = bestDistance[position - 1] as number;
      bestSlot[position] = bestSlot[position - 1] as number;
      position--;
    }
    bestDistance[position] = distance;
    bestSlot[position] = slot;
    worst = bestDistance[k - 1] as number;
  }
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const slot = bestSlot[i] as number;
    if (slot >= 0) out.push(ids[slot] as number);
  }
  return out;
}
