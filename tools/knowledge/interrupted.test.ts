import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { beginLearn, interruptedLearns, learnsRunning } from './runs.js';

const caller = { kind: 'person' as const, id: 'test' };

/**
 * Stranger S21 MEDIUM 10: a learn killed with kill -9 left no trace a person could see —
 * `knowledge list` showed every file as normal, and the next learn spent minutes rebuilding the
 * learned signal while saying "18 unchanged, 0 chunks written". The killed learn's row in
 * knowledge_learns (its process gone) is the record: list names it, the next learn of its paths
 * finishes it and says so.
 */
function world() {
  const cartridge = testCartridge();
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const root = testDir('fazt-interrupted-');
  const docs = join(root, 'docs');
  const other = join(root, 'other');
  mkdirSync(docs);
  mkdirSync(other);
  writeFileSync(join(docs, 'lease.md'), '# Lease\n\nThe monthly rent is 1,340 GBP.\nPets need consent.\n');
  writeFileSync(join(docs, 'gym.md'), '# Gym\n\nThe locker code is 5150.\n');
  // Enough shared words across files for the learned (LSA) model to fit (lsa.ts: MIN_DF).
  for (const room of ['kitchen', 'garden', 'garage', 'attic', 'cellar'])
    writeFileSync(
      join(docs, `${room}.md`),
      `# ${room}\n\nThe ${room} lamp and the ${room} door need paint; the lamp is old and the door sticks.\n`,
    );
  writeFileSync(join(other, 'notes.md'), '# Notes\n\nThe boiler was serviced in May.\n');
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller, approved: false });
    if (!result.ok) throw new Error(result.error.message);
    return { output: result.output as Record<string, unknown>, text: result.text };
  };
  /**
   * What a kill -9 during the learned-signal step leaves: the files committed, the LSA model
   * and vectors not, and the learn's row behind (this process's pid, not registered as running:
   * stale by runs.ts's rule, as a dead process's row is).
   */
  const killedLearn = (paths: string[] | null, startedAt = Date.now() - 60_000) => {
    cartridge.db.exec(
      'DELETE FROM knowledge_lsa_vectors; DELETE FROM knowledge_lsa_terms; DELETE FROM knowledge_lsa_models;',
    );
    cartridge
      .prepare('INSERT INTO knowledge_learns (collection, pid, started_at, paths) VALUES (?, ?, ?, ?)')
      .run('default', process.pid, startedAt, paths === null ? null : JSON.stringify(paths));
  };
  const count = (table: string) => cartridge.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { cartridge, docs, other, root, run, killedLearn, count };
}

describe('a learn that stopped before the end (S21 MEDIUM 10)', () => {
  it('knowledge list names it with the command that finishes it; the next learn finishes it and says so', async () => {
    const { docs, run, killedLearn, count } = world();
    await run('knowledge_learn', { paths: [docs] });
    const vectors = count('knowledge_lsa_vectors');
    expect(vectors).toBeGreaterThan(0);
    const before = await run('knowledge_list', {});
    expect(before.output.interrupted).toEqual([]);
    expect(before.text).not.toMatch(/stopped before/);

    killedLearn([docs]);
    const listed = await run('knowledge_list', {});
    expect(listed.output.interrupted).toEqual([{ paths: [docs], startedAt: expect.any(Number) }]);
    expect(listed.text).toContain(`An earlier learn of ${docs} (started `);
    expect(listed.text).toContain(
      `stopped before the end: some files, or the learned search signal, may be missing. Run \`fazt learn ${docs}\` again to finish it.`,
    );
    // The file lines are still there, above the note.
    expect(listed.text).toMatch(/^7 learned files:\n/);

    const again = await run('knowledge_learn', { paths: [docs] });
    expect(again.output).toMatchObject({ new: 0, changed: 0, unchanged: 7, chunks: 0 });
    expect(again.output.interrupted).toEqual([{ paths: [docs], startedAt: expect.any(Number) }]);
    expect(again.text).toMatch(
      new RegExp(`Finished an earlier learn of ${docs} \\(started [^)]+\\) that stopped before the end\\.`),
    );
    // The learned signal is as whole as after the first learn.
    expect(count('knowledge_lsa_vectors')).toBe(vectors);
    // Finished once: neither list nor the next learn mention it again.
    expect((await run('knowledge_list', {})).text).not.toMatch(/stopped before/);
    const third = await run('knowledge_learn', { paths: [docs] });
    expect(third.output.interrupted).toEqual([]);
    expect(third.text).not.toMatch(/earlier learn/);
    expect(count('knowledge_learns')).toBe(0);
  });

  it('only a learn that covers its paths finishes it: another folder does not, the folder above does', async () => {
    const { docs, other, root, run, killedLearn } = world();
    await run('knowledge_learn', { paths: [docs, other] });
    killedLearn([docs, other]);
    const elsewhere = await run('knowledge_learn', { paths: [other] });
    expect(elsewhere.output.interrupted).toEqual([]);
    expect((await run('knowledge_list', {})).output.interrupted).toHaveLength(1);
    // Half of it is not all of it.
    expect((await run('knowledge_learn', { paths: [docs] })).output.interrupted).toEqual([]);
    const above = await run('knowledge_learn', { paths: [root] });
    expect(above.output.interrupted).toEqual([{ paths: [docs, other], startedAt: expect.any(Number) }]);
    expect((await run('knowledge_list', {})).output.interrupted).toEqual([]);
  });

  it('a row kept before paths were (migration 10) is named without paths and finished by any learn', async () => {
    const { docs, run, killedLearn } = world();
    await run('knowledge_learn', { paths: [docs] });
    killedLearn(null);
    const listed = await run('knowledge_list', {});
    expect(listed.text).toMatch(
      /An earlier learn \(started [^)]+\) stopped before the end: .* Run `fazt learn <path>` again to finish it\./,
    );
    const again = await run('knowledge_learn', { paths: [docs] });
    expect(again.text).toMatch(/Finished an earlier learn \(started [^)]+\) that stopped before the end\./);
  });

  it('several interrupted learns are named oldest first; paths with spaces are quoted for the shell', async () => {
    const { root, run, killedLearn } = world();
    const spaced = join(root, "Tom's files");
    mkdirSync(spaced);
    writeFileSync(join(spaced, 'a.md'), '# A\n\nThe shed is green.\n');
    await run('knowledge_learn', { paths: [spaced] });
    killedLearn([spaced], Date.now() - 10_000);
    killedLearn([join(root, 'docs')], Date.now() - 90_000);
    const listed = await run('knowledge_list', {});
    const lines = listed.text.split('\n').filter((line) => line.startsWith('An earlier learn'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(join(root, 'docs'));
    expect(lines[1]).toContain(`Run \`fazt learn '${spaced.replaceAll("'", "'\\''")}'\` again`);
  });

  it('a learn killed three times is said once with the count, by list and by the learn that finishes them', async () => {
    const { docs, run, killedLearn } = world();
    await run('knowledge_learn', { paths: [docs] });
    for (const ago of [30_000, 20_000, 10_000]) killedLearn([docs], Date.now() - ago);
    const listed = await run('knowledge_list', {});
    const stopped = listed.text.split('\n').filter((line) => /stopped before the end/.test(line));
    expect(stopped).toEqual([
      expect.stringMatching(
        new RegExp(
          `^3 earlier learns of ${docs} \\(the first started [^)]+\\) stopped before the end: .* again to finish them\\.$`,
        ),
      ),
    ]);
    const again = await run('knowledge_learn', { paths: [docs] });
    expect(again.output.interrupted).toHaveLength(3);
    expect(again.text.match(/earlier learn/g)).toHaveLength(1);
    expect(again.text).toMatch(
      new RegExp(
        `Finished 3 earlier learns of ${docs} \\(the first started [^)]+\\) that stopped before the end\\.`,
      ),
    );
  });

  it('a learn still running is not interrupted, and it never settles itself', async () => {
    const { cartridge, docs, run } = world();
    await run('knowledge_learn', { paths: [docs] });
    const finished = await beginLearn(cartridge, 'default', [docs]);
    try {
      expect(learnsRunning(cartridge, 'default')).toEqual([
        { pid: process.pid, startedAt: expect.any(Number), paths: [docs] },
      ]);
      expect(interruptedLearns(cartridge, 'default')).toEqual([]);
    } finally {
      await finished();
    }
    expect(learnsRunning(cartridge, 'default')).toEqual([]);
    expect(interruptedLearns(cartridge, 'default')).toEqual([]);
  });
});
