import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { knowledgeCapability } from './index.js';
import { knowledgeMigrations } from './schema.js';
import { bitBlob, bitTable, type Collection, createKnowledgeStore, vecTable, vectorBlob } from './store.js';
import { buildBitIndex, candidates, hammingSlots, quantise, rescoreSlots } from './vector-index.js';

/** Mulberry32: seeded, so every run draws the same vectors. */
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

/** Clustered unit vectors (the bench's shape): `clusters` centroids, each vector one plus noise. */
function vectors(count: number, dimension: number, clusters: number, seed: number): Float32Array[] {
  const random = prng(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const unit = (v: Float32Array) => {
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  };
  const centroids = Array.from({ length: clusters }, () =>
    unit(Float32Array.from({ length: dimension }, gaussian)),
  );
  return Array.from({ length: count }, () => {
    const centroid = centroids[Math.floor(random() * clusters)] as Float32Array;
    return unit(centroid.map((x) => x + (0.9 / Math.sqrt(dimension)) * gaussian()));
  });
}

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] as number) * (b[i] as number);
  return dot;
};

/** Brute force: ids 1..n of `data` by cosine to `query`, best first. */
const exactTop = (data: Float32Array[], query: Float32Array, k: number) =>
  data
    .map((vector, index) => ({ id: index + 1, score: cosine(vector, query) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map((item) => item.id);

function indexOf(data: Float32Array[], dimension: number, kernel = true) {
  const rowBytes = Math.ceil(dimension / 8);
  const packed = new Uint8Array(data.length * rowBytes);
  data.forEach((vector, i) => {
    packed.set(bitBlob(vector), i * rowBytes);
  });
  return buildBitIndex(
    Int32Array.from(data, (_, i) => i + 1),
    packed,
    dimension,
    { kernel },
  );
}

const popcount = (x: number) => (x >>> 0).toString(2).replaceAll('0', '').length;

describe('bit index (fast vector first pass)', () => {
  it('keeps exactly the nearest by Hamming distance, ties at the cut included up to the count', () => {
    const data = vectors(500, 64, 20, 1);
    const index = indexOf(data, 64);
    const query = quantise(vectors(1, 64, 20, 2)[0] as Float32Array);
    const distance = (slot: number) => {
      let sum = 0;
      for (let w = 0; w < index.words; w++) {
        sum += popcount((index.bits[slot * index.words + w] as number) ^ (query[w] as number));
      }
      return sum;
    };
    for (const count of [1, 7, 50, 499, 500, 800]) {
      const slots = Array.from(hammingSlots(index, query, count));
      expect(slots).toHaveLength(Math.min(count, 500));
      expect(new Set(slots).size).toBe(slots.length);
      const all = Array.from({ length: 500 }, (_, slot) => distance(slot)).sort((a, b) => a - b);
      const cut = all[slots.length - 1] as number;
      // Every kept slot is within the cut, and every slot strictly nearer than the cut is kept.
      expect(Math.max(...slots.map(distance))).toBe(cut);
      const nearer = Array.from({ length: 500 }, (_, slot) => slot).filter((slot) => distance(slot) < cut);
      expect(slots).toEqual(expect.arrayContaining(nearer));
    }
    expect(hammingSlots(index, query, 0)).toHaveLength(0);
    expect(hammingSlots(buildBitIndex(new Int32Array(0), new Uint8Array(0), 64), query, 10)).toHaveLength(0);
  });

  it('the WebAssembly SIMD kernel and the JS scan keep the same slots', () => {
    for (const dimension of [8, 100, 384, 1024]) {
      const data = vectors(3000, dimension, 30, dimension);
      const simd = indexOf(data, dimension);
      const js = indexOf(data, dimension, false);
      expect(simd.kernel).toBeDefined();
      expect(js.kernel).toBeUndefined();
      for (const query of data.slice(0, 5)) {
        for (const count of [1, 40, 3000]) {
          const bits = quantise(query);
          expect(Array.from(hammingSlots(simd, bits, count))).toEqual(
            Array.from(hammingSlots(js, bits, count)),
          );
        }
      }
      // A shorter query after a full one: the missing words count as zero bits on both paths.
      const short = quantise(data[1] as Float32Array).subarray(0, 1);
      expect(Array.from(hammingSlots(simd, short, 40))).toEqual(Array.from(hammingSlots(js, short, 40)));
    }
  });

  it('rescoring orders candidates by the float query against their signs', () => {
    const data = vectors(300, 96, 10, 3);
    const index = indexOf(data, 96);
    const query = vectors(1, 96, 10, 4)[0] as Float32Array;
    const slots = Int32Array.from({ length: 300 }, (_, i) => i);
    const kept = Array.from(rescoreSlots(index, query, slots, 20));
    const signScore = (slot: number) => {
      const bits = quantise(data[slot] as Float32Array);
      let score = 0;
      for (let i = 0; i < 96; i++) {
        score += ((bits[i >>> 5] as number) >>> (i & 31)) & 1 ? (query[i] as number) : -(query[i] as number);
      }
      return score;
    };
    const expected = Array.from(slots)
      .sort((a, b) => signScore(b) - signScore(a))
      .slice(0, 20);
    expect(kept.map(signScore)).toEqual(expected.map(signScore).map((s) => expect.closeTo(s, 4)));
  });

  it('finds ≥ 95% of the exact top 10 among its candidates on clustered vectors', () => {
    // Queries drawn around the same centroids as the data (one draw, split).
    const drawn = vectors(4030, 384, 40, 5);
    const data = drawn.slice(0, 4000);
    const index = indexOf(data, 384);
    const queries = drawn.slice(4000);
    let recall = 0;
    for (const query of queries) {
      const found = new Set(candidates(index, query, 100));
      recall += exactTop(data, query, 10).filter((id) => found.has(id)).length / 10;
    }
    expect(recall / queries.length).toBeGreaterThanOrEqual(0.95);
  });

  it('packs dimensions that are not a multiple of 32 and refuses bits that do not match the ids', () => {
    const data = vectors(50, 100, 5, 7);
    const index = indexOf(data, 100);
    expect(index.words).toBe(4);
    expect(index.bits.length).toBe(200);
    expect(indexOf(data, 100, false).bits.length).toBe(200);
    const query = data[17] as Float32Array;
    expect(candidates(index, query, 1)).toEqual([18]);
    expect(() => buildBitIndex(Int32Array.of(1, 2), new Uint8Array(13), 100)).toThrow(
      /13 bytes for 2 vectors/,
    );
  });
});

describe('knowledge store fast vector path', () => {
  function setup(dimension = 48) {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, knowledgeCapability);
    const store = createKnowledgeStore(cartridge);
    const created = cartridge.transaction(() => store.ensureCollection('docs'));
    cartridge.transaction(() => store.setEmbedder(created.id, 'ollama:test', dimension));
    const collection = () => store.collection('docs') as Collection;
    return { cartridge, store, collection };
  }
  const chunk = (text: string, line: number) => ({ heading: '', text, lineStart: line, lineEnd: line });
  const file = (path: string) => ({ path, type: 'text', size: 1, sha256: path, modifiedAt: 0 });

  it('agrees with exact search, and sees forgotten and newly learned files at once', () => {
    const { cartridge, store, collection } = setup();
    const data = vectors(60, 48, 6, 11);
    const [a, b] = [data.slice(0, 30), data.slice(30)];
    cartridge.transaction(() => {
      store.writeFile(
        collection(),
        file('/a.txt'),
        a.map((_, i) => chunk(`a${i}`, i)),
        a,
      );
      store.writeFile(
        collection(),
        file('/b.txt'),
        b.map((_, i) => chunk(`b${i}`, i)),
        b,
      );
    });
    const query = data[40] as Float32Array;
    const ids = (list: { id: number }[]) => list.map((item) => item.id);
    expect(ids(store.vectorFast(collection(), query, 5))).toEqual(
      ids(store.vectorExact(collection(), query, 5)),
    );
    expect(store.vectorCount(collection())).toBe(60);

    // Forget a: its chunks leave the index the next search sees.
    const aFile = store.file(collection().id, '/a.txt');
    cartridge.transaction(() => store.removeFile(collection(), aFile?.id as number));
    const afterForget = store.vectorFast(collection(), query, 60);
    expect(afterForget).toHaveLength(30);
    expect(ids(afterForget)).toEqual(ids(store.vectorExact(collection(), query, 60)));
    expect(store.vectorCount(collection())).toBe(30);

    // Learn c with a's old vectors (new chunk ids): the fast path finds them at once.
    cartridge.transaction(() =>
      store.writeFile(
        collection(),
        file('/c.txt'),
        a.map((_, i) => chunk(`c${i}`, i)),
        a,
      ),
    );
    const learned = store.vectorFast(collection(), a[5] as Float32Array, 1);
    expect(learned[0]?.score).toBeCloseTo(1, 5);
    expect(learned[0]?.id).toBeGreaterThan(60);
    expect(ids(learned)).toEqual(ids(store.vectorExact(collection(), a[5] as Float32Array, 1)));
  });

  it('sees another process’s writes (the generation stamp is read from the cartridge)', () => {
    const { cartridge, store, collection } = setup();
    const data = vectors(20, 48, 2, 12);
    cartridge.transaction(() =>
      store.writeFile(
        collection(),
        file('/a.txt'),
        data.slice(0, 10).map((_, i) => chunk(`a${i}`, i)),
        data.slice(0, 10),
      ),
    );
    expect(store.vectorFast(collection(), data[15] as Float32Array, 20)).toHaveLength(10);
    const other = testCartridge({ path: cartridge.path });
    const otherStore = createKnowledgeStore(other);
    other.transaction(() =>
      otherStore.writeFile(
        collection(),
        file('/b.txt'),
        data.slice(10).map((_, i) => chunk(`b${i}`, i)),
        data.slice(10),
      ),
    );
    const found = store.vectorFast(collection(), data[15] as Float32Array, 20);
    expect(found).toHaveLength(20);
    expect(found[0]?.score).toBeCloseTo(1, 5);
    other.close();
  });

  it('never mixes two embedders: a new embedder starts from an empty index', () => {
    const { cartridge, store, collection } = setup();
    const data = vectors(10, 48, 2, 13);
    cartridge.transaction(() =>
      store.writeFile(
        collection(),
        file('/a.txt'),
        data.map((_, i) => chunk(`a${i}`, i)),
        data,
      ),
    );
    expect(store.vectorFast(collection(), data[0] as Float32Array, 5)).toHaveLength(5);
    cartridge.transaction(() => store.setEmbedder(collection().id, 'openai:other', 64));
    expect(() => store.vectorFast(collection(), data[0] as Float32Array, 5)).toThrow(
      /48 dimensions.*64-dimensional/,
    );
    expect(store.vectorCount(collection())).toBe(0);
    expect(store.vectorFast(collection(), vectors(1, 64, 1, 14)[0] as Float32Array, 5)).toEqual([]);
    const fresh = vectors(3, 64, 1, 15);
    cartridge.transaction(() => {
      for (const [i, id] of store
        .chunksWithoutVectors(collection(), 3)
        .map((c) => c.id)
        .entries())
        store.insertVector(collection().id, id, fresh[i] as Float32Array);
    });
    expect(store.vectorFast(collection(), fresh[0] as Float32Array, 5)).toHaveLength(3);
  });

  it('migration 2 moves the sign bits of a vec0 bit table into the plain table', () => {
    const cartridge = testCartridge();
    const first = { ...knowledgeCapability, migrations: knowledgeMigrations.slice(0, 1) };
    applyCapabilityMigrations(cartridge, first);
    const data = vectors(25, 48, 3, 16);
    cartridge.transaction(() => {
      cartridge
        .prepare(
          "INSERT INTO knowledge_collections (name, embedder, dimension, created_at) VALUES ('old', 'ollama:x', 48, 0)",
        )
        .run();
      cartridge.db.exec(
        `CREATE TABLE ${vecTable(1)} (id INTEGER PRIMARY KEY, embedding BLOB NOT NULL) STRICT;
         CREATE VIRTUAL TABLE knowledge_vbit_1 USING vec0(embedding bit[48]);`,
      );
      data.forEach((vector, i) => {
        cartridge
          .prepare(`INSERT INTO ${vecTable(1)} (id, embedding) VALUES (?, ?)`)
          .run(i + 1, vectorBlob(vector));
        cartridge
          .prepare('INSERT INTO knowledge_vbit_1 (rowid, embedding) VALUES (?, vec_bit(?))')
          .run(BigInt(i + 1), bitBlob(vector));
      });
    });
    const again = testCartridge({ path: cartridge.path });
    applyCapabilityMigrations(again, knowledgeCapability);
    const tables = again
      .prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'knowledge_%bit%'")
      .pluck()
      .all();
    expect(tables).toEqual([bitTable(1)]);
    const store = createKnowledgeStore(again);
    const old = store.collection('old') as Collection;
    expect(store.vectorCount(old)).toBe(25);
    const query = data[7] as Float32Array;
    expect(store.vectorFast(old, query, 5).map((item) => item.id)).toEqual(
      store.vectorExact(old, query, 5).map((item) => item.id),
    );
    again.close();
  });
});
