import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { openCartridge } from '../../cartridge/open.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import type { FitHolder } from './fit-lock.js';
import { syncLsa } from './lsa-store.js';
import { knowledgeMigrations } from './schema.js';
import { type Collection, createKnowledgeStore } from './store.js';

/**
 * Two learns into one cartridge at once (k15): each refitted the LSA model, and the refit that
 * read fewer chunks could commit last, replacing the newer model. Two handles on one file stand
 * for the two processes.
 */
function twoHandles() {
  const first = testCartridge();
  applyCapabilityMigrations(first, { id: 'knowledge', migrations: knowledgeMigrations });
  const second = openCartridge(first.path);
  const store = createKnowledgeStore(first);
  const collection = first.transaction(() => store.ensureCollection('default'));
  const write = (cartridge: typeof first, name: string, texts: string[]) => {
    const own = createKnowledgeStore(cartridge);
    const target = own.collection('default') as Collection;
    cartridge.transaction(() => {
      for (const [index, text] of texts.entries())
        own.writeFile(
          target,
          {
            path: `/docs/${name}-${index}.md`,
            type: 'markdown',
            size: text.length,
            sha256: `${name}${index}`,
            modifiedAt: 0,
          },
          [{ heading: '', text, lineStart: 1, lineEnd: 1 }],
        );
    });
  };
  const model = (cartridge = first) =>
    cartridge
      .prepare('SELECT corpus, generation FROM knowledge_lsa_models WHERE collection_id = ?')
      .get(collection.id) as { corpus: number; generation: number } | undefined;
  const hasTerm = (term: string) =>
    Boolean(first.prepare('SELECT 1 FROM knowledge_lsa_terms WHERE term = ?').get(term));
  const unvectored = () =>
    first
      .prepare(
        'SELECT count(*) FROM knowledge_chunks c WHERE c.id NOT IN (SELECT id FROM knowledge_lsa_vectors)',
      )
      .pluck()
      .get() as number;
  return { first, second, collection, write, model, hasTerm, unvectored };
}

const FRUIT = ['banana apple fruit orchard', 'apple pear fruit harvest', 'banana harvest orchard pear'];
const CARS = ['zeppelin engine wheel road', 'zeppelin engine garage tyre', 'wheel road garage zeppelin'];

/**
 * Holds `cartridge`'s in-process write lock, after whatever is queued for it now, until the
 * returned function is called; then lets the other work of this process run (a refit's read and
 * fit are synchronous, its write waits for the lock).
 */
async function holdWrites(cartridge: ReturnType<typeof testCartridge>) {
  let open = () => {};
  const held = new Promise<void>((resolve) => {
    open = resolve;
  });
  void cartridge.exclusive(() => held);
  await new Promise((resolve) => setImmediate(resolve));
  return open;
}

describe('two LSA refits of one cartridge at once', () => {
  it('a refit that read fewer chunks never replaces the model fitted from more', async () => {
    const { first, second, collection, write, model, hasTerm, unvectored } = twoHandles();
    write(first, 'fruit', FRUIT);
    // The first refit claims, reads the three fruit chunks and fits; its write then waits.
    const late = syncLsa(first, collection.id);
    const open = await holdWrites(first);
    // Meanwhile the other "process" writes the car chunks and refits from all six. Its claim is
    // taken over as a lost one would be (MAX_WAIT_MS, or a liveness check that erred): the
    // version alone must keep the models in order.
    write(second, 'cars', CARS);
    second.prepare('DELETE FROM knowledge_lsa_fits').run();
    expect(await syncLsa(second, collection.id)).toMatchObject({ mode: 'refit', chunks: 6 });
    const newer = model(second);
    expect(hasTerm('zeppelin')).toBe(true);

    open();
    // The late refit finds the newer model and writes nothing; nothing is left to fold.
    expect(await late).toMatchObject({ mode: 'none' });
    expect(model()).toEqual(newer);
    expect(hasTerm('zeppelin')).toBe(true);
    expect(unvectored()).toBe(0);
    second.close();
  });

  it('a second refit waits for the one under way and then finds nothing left to do', async () => {
    const { first, second, collection, write, model, unvectored } = twoHandles();
    write(first, 'fruit', FRUIT);
    write(first, 'cars', CARS);
    const running = syncLsa(first, collection.id);
    const open = await holdWrites(first);
    const heard: FitHolder[] = [];
    const waiting = syncLsa(second, collection.id, { waiting: (holder) => heard.push(holder) });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(heard).toEqual([{ pid: process.pid, collectionId: collection.id, startedAt: expect.any(Number) }]);
    expect(model()).toBeUndefined();
    open();
    expect(await running).toMatchObject({ mode: 'refit', chunks: 6 });
    const after = await waiting;
    expect(after).toMatchObject({ mode: 'none', waited: { pid: process.pid } });
    expect(after.waited?.waitedMs).toBeGreaterThan(0);
    expect(model()).toMatchObject({ generation: 1 });
    expect(unvectored()).toBe(0);
    expect(first.prepare('SELECT count(*) FROM knowledge_lsa_fits').pluck().get()).toBe(0);
    second.close();
  });

  it('a claim left by a killed refit is taken over at once', async () => {
    const { first, collection, write, model } = twoHandles();
    write(first, 'fruit', FRUIT);
    // Our own pid without a live claim in this process: stale, as a dead process's row is.
    first
      .prepare(
        "INSERT INTO knowledge_lsa_fits (collection_id, pid, process_start, started_at) VALUES (?, ?, '', 0)",
      )
      .run(collection.id, process.pid);
    const heard: FitHolder[] = [];
    const synced = await syncLsa(first, collection.id, { waiting: (holder) => heard.push(holder) });
    expect(synced).toMatchObject({ mode: 'refit', chunks: 3 });
    expect(synced.waited).toBeUndefined();
    expect(heard).toEqual([]);
    expect(model()).toMatchObject({ generation: 1 });
    expect(first.prepare('SELECT count(*) FROM knowledge_lsa_fits').pluck().get()).toBe(0);
  });

  it("counts every chunk written, changed or removed in the collection's version", () => {
    const { first, collection, write } = twoHandles();
    const version = () =>
      first
        .prepare('SELECT chunk_version FROM knowledge_collections WHERE id = ?')
        .pluck()
        .get(collection.id);
    expect(version()).toBe(0);
    write(first, 'fruit', FRUIT);
    expect(version()).toBe(3);
    first.prepare("UPDATE knowledge_chunks SET text = 'pear' WHERE id = 1").run();
    expect(version()).toBe(4);
    first.prepare('DELETE FROM knowledge_chunks WHERE id = 2').run();
    expect(version()).toBe(5);
    // A file removed with its chunks (the cascade) moves it too.
    first.prepare('DELETE FROM knowledge_chunks WHERE file_id = 3').run();
    first.prepare('DELETE FROM knowledge_files WHERE id = 3').run();
    expect(version()).toBeGreaterThan(5);
  });
});
