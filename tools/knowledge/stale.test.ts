import { renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

const caller = { kind: 'person' as const, id: 'test' };

const LEASE = `# Flat lease

The monthly rent is 1,250 EUR, due on the first of the month.
Cats are allowed with written consent.
`;
const PEOPLE = 'Maria Lopez: phone +34 600 111 222.\nJon Berg: phone +47 900 11 222.\n';
const GYM = '# Gym\n\nThe gym locker code is 5150.\n';

/** A fresh cartridge and folder of real files, with the real knowledge tools over them. */
function world(files: Record<string, string>) {
  const cartridge = testCartridge();
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const dir = testDir('fazt-stale-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller, approved: false });
    if (!result.ok) throw new Error(result.error.message);
    return { output: result.output as Record<string, unknown> & { stale?: Stale[] }, text: result.text };
  };
  return { dir, run, learn: (...paths: string[]) => run('knowledge_learn', { paths }) };
}

interface Stale {
  path: string;
  state: 'changed' | 'missing';
  note: string;
}

/** Moves a file's modification time one minute on, as a later edit would. */
const later = (path: string) => {
  const at = new Date(Date.now() + 60_000);
  utimesSync(path, at, at);
};

describe('answers say when a cited file changed or is gone since it was learned (S12 MEDIUM 5)', () => {
  it('an answer from a file edited since: the note names it and how to refresh, in text and output', async () => {
    const { dir, run, learn } = world({ 'lease.md': LEASE, 'people.txt': PEOPLE });
    await learn(dir);
    const before = await run('knowledge_ask', { question: 'how much is the rent?' });
    expect(before.output.known).toBe(true);
    expect(before.output.stale).toBeUndefined();
    expect(before.text).not.toMatch(/since it was learned/);

    const lease = join(dir, 'lease.md');
    writeFileSync(lease, `NEW LINE\nNEW LINE 2\n${LEASE}`);
    later(lease);
    const after = await run('knowledge_ask', { question: 'how much is the rent?' });
    expect(after.output.known).toBe(true);
    expect(after.output.stale).toEqual([
      {
        path: lease,
        state: 'changed',
        note: expect.stringContaining('lease.md changed since it was learned'),
      },
    ]);
    expect(after.text).toContain('lease.md changed since it was learned; line numbers may be off');
    expect(after.text).toContain(`\`fazt learn ${lease}\` to refresh`);
    // Only the cited file is named: people.txt is as learned.
    expect(after.text).not.toContain('people.txt');

    // Learning it again brings it up to date: no note.
    await learn(lease);
    const fresh = await run('knowledge_ask', { question: 'how much is the rent?' });
    expect(fresh.output.stale).toBeUndefined();
    expect(fresh.text).not.toMatch(/since it was learned/);
  });

  it('an answer from a file deleted since: says it is gone from disk and how to forget it', async () => {
    const { dir, run, learn } = world({ 'lease.md': LEASE, 'people.txt': PEOPLE });
    await learn(dir);
    rmSync(join(dir, 'people.txt'));
    const asked = await run('knowledge_ask', { question: "what is Maria's phone?" });
    expect(asked.output.known).toBe(true);
    expect(asked.output.stale?.map((file) => [file.path, file.state])).toEqual([
      [join(dir, 'people.txt'), 'missing'],
    ]);
    expect(asked.text).toContain('people.txt is gone from disk since it was learned');
    expect(asked.text).toContain(`\`fazt knowledge forget ${join(dir, 'people.txt')} --yes\``);
  });

  it('a file whose mtime alone moved counts as changed; same size and time is current', async () => {
    const { dir, run, learn } = world({ 'lease.md': LEASE });
    await learn(dir);
    const lease = join(dir, 'lease.md');
    // Same bytes, same size: only the stat can tell, and it is trusted (no re-hash on answers).
    writeFileSync(lease, LEASE.replace('1,250', '9,999'));
    later(lease);
    const asked = await run('knowledge_ask', { question: 'how much is the rent?' });
    expect(asked.output.stale?.[0]?.state).toBe('changed');
  });

  it('search marks each passage of a stale file, with the same field and notes', async () => {
    const { dir, run, learn } = world({ 'lease.md': LEASE, 'people.txt': PEOPLE });
    await learn(dir);
    rmSync(join(dir, 'lease.md'));
    const found = await run('knowledge_search', { query: 'rent' });
    const passages = found.output.passages as { path: string }[];
    expect(passages[0]?.path).toBe(join(dir, 'lease.md'));
    expect(found.output.stale).toEqual([
      { path: join(dir, 'lease.md'), state: 'missing', note: expect.stringContaining('gone from disk') },
    ]);
    expect(found.text).toMatch(/^lease\.md:3 \[gone\]/m);
    expect(found.text).toContain('Note: lease.md is gone from disk since it was learned');
  });

  it('knowledge list marks changed and missing files, in text and in each file state', async () => {
    const { dir, run, learn } = world({ 'lease.md': LEASE, 'people.txt': PEOPLE, 'gym.md': GYM });
    await learn(dir);
    const lease = join(dir, 'lease.md');
    writeFileSync(lease, `${LEASE}Parking costs 40 EUR.\n`);
    later(lease);
    rmSync(join(dir, 'people.txt'));
    const listed = await run('knowledge_list', {});
    const states = Object.fromEntries(
      (listed.output.files as { path: string; state: string }[]).map((f) => [f.path, f.state]),
    );
    expect(states).toEqual({
      [join(dir, 'gym.md')]: 'current',
      [lease]: 'changed',
      [join(dir, 'people.txt')]: 'missing',
    });
    expect(listed.text).toContain(`${lease} (markdown, 1 chunk) — changed since learned`);
    expect(listed.text).toContain(`${join(dir, 'people.txt')} (text, 1 chunk) — gone from disk`);
    expect(listed.text).toMatch(/1 file changed since learned .*; 1 file gone from disk/);
  });
});

describe('learning a moved file (S12 MEDIUM 5)', () => {
  it('a file learned on its own, renamed unchanged and learned again, is one file under its new name', async () => {
    const { dir, run, learn } = world({ 'gym.md': GYM });
    await learn(join(dir, 'gym.md'));
    renameSync(join(dir, 'gym.md'), join(dir, 'fitness.md'));
    const relearned = await learn(join(dir, 'fitness.md'));
    expect(relearned.output).toMatchObject({
      new: 1,
      removed: 1,
      removedFiles: [{ path: join(dir, 'gym.md'), reason: 'renamed' }],
    });
    const listed = await run('knowledge_list', {});
    expect((listed.output.files as { path: string }[]).map((f) => f.path)).toEqual([join(dir, 'fitness.md')]);
    const asked = await run('knowledge_ask', { question: 'what is the gym locker code?' });
    expect((asked.output.citations as { path: string }[]).map((c) => c.path)).toEqual([
      join(dir, 'fitness.md'),
    ]);
    expect(asked.output.stale).toBeUndefined();
  });

  it('a folder learned again after a rename inside it reports the rename, not a file gone (S21 LOW 12)', async () => {
    const { dir, learn } = world({ 'gym.md': GYM, 'lease.md': LEASE, 'people.txt': PEOPLE });
    await learn(dir);
    renameSync(join(dir, 'people.txt'), join(dir, 'contacts.txt'));
    rmSync(join(dir, 'gym.md'));
    const relearned = await learn(dir);
    expect(relearned.output).toMatchObject({ new: 1, unchanged: 1, removed: 2 });
    expect(relearned.output.removedFiles).toEqual(
      expect.arrayContaining([
        { path: join(dir, 'people.txt'), reason: 'renamed' },
        { path: join(dir, 'gym.md'), reason: 'gone' },
      ]),
    );
    expect(relearned.text).toContain('2 removed (1 renamed, 1 gone)');
  });

  it('a copy keeps both files: the same content at two paths that both exist is no rename', async () => {
    const { dir, run, learn } = world({ 'gym.md': GYM, 'copy.md': GYM });
    await learn(join(dir, 'gym.md'));
    const second = await learn(join(dir, 'copy.md'));
    expect(second.output).toMatchObject({ new: 1, removed: 0 });
    const listed = await run('knowledge_list', {});
    expect(listed.output.total).toBe(2);
  });

  it('renamed and edited: the old name is marked gone in the list and in an answer quoting it', async () => {
    const { dir, run, learn } = world({ 'gym.md': GYM });
    await learn(join(dir, 'gym.md'));
    renameSync(join(dir, 'gym.md'), join(dir, 'fitness.md'));
    writeFileSync(join(dir, 'fitness.md'), GYM.replace('5150', '6262'));
    await learn(join(dir, 'fitness.md'));
    const listed = await run('knowledge_list', {});
    expect(listed.text).toContain(`${join(dir, 'gym.md')} (markdown, 1 chunk) — gone from disk`);
    const asked = await run('knowledge_ask', { question: 'what is the gym locker code?' });
    expect(asked.text).toContain('6262');
    if (asked.text.includes('5150'))
      expect(asked.text).toContain('gym.md is gone from disk since it was learned');
  });
});

describe('knowledge_list counts stale files over every page (S17 MEDIUM 12)', () => {
  it('says how many of all matching files changed or went, not only those shown', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`note${i}.md`, `# Note ${i}\n\nText ${i}.\n`]),
    );
    const { dir, run, learn } = world(files);
    await learn(dir);
    for (let i = 0; i < 5; i += 1) later(join(dir, `note${i}.md`));
    rmSync(join(dir, 'note5.md'));
    const page = await run('knowledge_list', { limit: 2 });
    expect(page.output.stale).toEqual({ changed: 5, missing: 1 });
    expect(page.text).toContain('5 files changed since learned');
    expect(page.text).toContain('1 file gone from disk');
    expect(page.text).toContain('of all 6 files matching, not only those shown');
    const all = await run('knowledge_list', {});
    expect(all.text).not.toContain('not only those shown');
    expect(all.output.stale).toEqual({ changed: 5, missing: 1 });
  });
});
