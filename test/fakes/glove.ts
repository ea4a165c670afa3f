import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared datasets, read in place (never copied into the repository); run from the repo root. */
export const DATASETS = process.env.FAZT_DATASETS ?? resolve('../shared/datasets');
export const GLOVE_DIR = join(DATASETS, 'glove-100d');

/**
 * A real (weak) sentence embedder for fake embedding servers: the SIF-weighted mean of GloVe 6B
 * 100-d word vectors (Arora, Liang, Ma, "A simple but tough-to-beat baseline for sentence
 * embeddings", ICLR 2017), with word probability estimated from the word's frequency rank
 * (Zipf: p ≈ 0.1 / rank), so weight a/(a + p) = rank / (rank + 100) at a = 1e-3. Unknown words
 * are skipped; a text with no known word gets a fixed unit vector.
 */
export function loadGlove(dir = process.env.FAZT_GLOVE_DIR ?? GLOVE_DIR): (text: string) => number[] {
  const words = readFileSync(join(dir, 'words.txt'), 'utf8').split('\n');
  const raw = readFileSync(join(dir, 'vectors.f32'));
  const vectors = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  const index = new Map<string, number>();
  words.forEach((word, i) => {
    if (word && !index.has(word)) index.set(word, i);
  });
  const dimension = 100;
  return (text) => {
    const sum = new Float64Array(dimension);
    let total = 0;
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      const row = index.get(word);
      if (row === undefined) continue;
      const weight = (row + 1) / (row + 1 + 100);
      for (let d = 0; d < dimension; d++)
        sum[d] = (sum[d] as number) + weight * (vectors[row * dimension + d] as number);
      total += weight;
    }
    if (total === 0) return Array.from({ length: dimension }, (_, d) => (d === 0 ? 1 : 0));
    return Array.from(sum, (value) => value / total);
  };
}
