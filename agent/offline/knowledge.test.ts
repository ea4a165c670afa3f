import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/** The offline planner reaches the knowledge tools from plain requests (their `examples`). */
describe('offline planner and knowledge', () => {
  it('learns a folder, searches and answers about the documents, citing the file', async () => {
    const { ask } = offlineWorld();
    const dir = testDir('fazt-knowledge-planner-');
    mkdirSync(join(dir, 'recipes'));
    writeFileSync(
      join(dir, 'lease.md'),
      '# Lease\n\n## Pets\n\nDogs and cats are welcome; pets must be registered.\n',
    );
    writeFileSync(join(dir, 'recipes', 'soup.md'), '# Soup\n\nLentil soup with cumin.\n');

    const learned = await ask(`learn my ${join(dir, 'recipes')} folder`);
    expect(learned.calls.map((call) => call.name)).toEqual(['knowledge_learn']);
    expect(learned.answer).toMatch(/1 new/);
    await ask(`learn ${join(dir, 'lease.md')}`);

    const searched = await ask('search my documents for lentil');
    expect(searched.calls.map((call) => [call.name, call.input])).toEqual([
      ['knowledge_search', expect.objectContaining({ query: 'lentil' })],
    ]);
    expect(searched.answer).toContain('soup.md');

    const asked = await ask('what does my lease say about pets?');
    expect(asked.calls.map((call) => call.name)).toEqual(['knowledge_ask']);
    expect(asked.answer).toContain('pets must be registered. (lease.md:5)');
  });

  const world = () => {
    const { ask } = offlineWorld();
    const dir = testDir('fazt-knowledge-planner-');
    writeFileSync(
      join(dir, 'lease.md'),
      '# Lease\n\n## Rent\nMonthly rent: $1,450, due on the first of each month.\n\n## Pets\nTenants may keep one cat.\n',
    );
    return { ask, dir };
  };

  it('answers a plain question from the documents when memory has nothing, and memory wins when it has the fact', async () => {
    const { ask, dir } = world();
    await ask(`learn ${dir}`);
    for (const question of ['what is the rent?', 'how much is the rent?']) {
      const { names, answer } = await ask(question);
      expect(names, question).toContain('knowledge_ask');
      expect(answer, question).toContain(
        'Monthly rent: $1,450, due on the first of each month. (lease.md:4)',
      );
    }
    const unknown = await ask('what is the wifi password?');
    expect(unknown.answer).not.toContain('lease.md');
    // Documents are learned and were searched in vain: the "I don't know" says so (issue 10).
    expect(unknown.answer).toMatch(
      /no note mentions it.*I searched your learned documents too: they do not say\./s,
    );
    // Memory answers first; the lease, which says otherwise, is said after it, never hidden (k31).
    await ask('remember that the rent is 999 euros');
    const remembered = await ask('what is the rent?');
    expect(remembered.answer).toMatch(/^Your rent is 999 euros\./);
    expect(remembered.answer).toContain(
      'Your documents say otherwise: Monthly rent: $1,450, due on the first of each month. (lease.md:4)',
    );
  });

  it('gives the documents the question as said, never the name a lookup cut from it (S25 HIGH 2)', async () => {
    const { ask } = offlineWorld();
    const dir = testDir('fazt-knowledge-planner-');
    writeFileSync(
      join(dir, 'tenancy.md'),
      '# Tenancy\n\n## Rent\nThe rent is £1,150 per calendar month, payable in advance on the 1st day of each month.\n',
    );
    writeFileSync(
      join(dir, 'dr-letter.txt'),
      'Dear Ms Patel,\n\nYou are allergic to penicillin; this is recorded on your notes.\n',
    );
    await ask(`learn ${dir}`);
    for (const [question, line] of [
      ['when is the rent due?', 'payable in advance on the 1st day of each month. (tenancy.md:4)'],
      [
        'what am I allergic to?',
        'You are allergic to penicillin; this is recorded on your notes. (dr-letter.txt:3)',
      ],
    ] as const) {
      const { calls, answer } = await ask(question);
      const asked = calls.find((call) => call.name === 'knowledge_ask');
      expect(asked?.input, question).toEqual({ question });
      expect(answer, question).toContain(line);
      expect(answer, question).not.toMatch(/they do not say/);
    }
  });

  it('"forget my documents" forgets learned documents (with consent), never a fact that shares the word', async () => {
    const { ask, dir } = world();
    await ask(`learn ${dir}`);
    await ask('remember that documents is in the top drawer');
    for (const request of [
      'forget my documents',
      'forget all my documents',
      'forget everything you learned',
    ]) {
      const { names, answer } = await ask(request);
      // What is learned is looked up first: approval is never asked for nothing.
      expect(names, request).toEqual(['knowledge_list', 'knowledge_forget']);
      expect(answer, request).toMatch(/--yes/);
    }
    const approved = await ask('forget my documents', true);
    expect(approved.names).toEqual(['knowledge_forget']);
    expect(approved.answer).toMatch(/Forgot 1 file/);
    expect((await ask('what is my documents?')).answer).toMatch(/top drawer/);
    // A path is a document, never a fact's key: asked about, never forgotten from memory.
    const path = await ask(`forget ${join(dir, 'lease.md')}`, true);
    expect(path.names).not.toContain('memory_forget');
  });

  it('"forget my X" with approval deletes only a fact stored exactly as X, never a close one', async () => {
    const { ask } = world();
    await ask('remember that my bike lock code is 4312');
    const near = await ask('forget my bike code', true);
    expect(near.answer).toMatch(/Nothing is remembered under "bike code"\. Close keys: "bike lock code"/);
    expect((await ask('what is my bike lock code?')).answer).toMatch(/4312/);
    const exact = await ask('forget my bike lock code', true);
    expect(exact.names).toEqual(['memory_forget']);
    expect((await ask('what is my bike lock code?')).answer).not.toMatch(/4312/);
  });

  it('reaches documents named by folder, file, type or "document"/"manual", never memory or notes', async () => {
    const { ask, dir } = world();
    mkdirSync(join(dir, 'recipes'));
    writeFileSync(join(dir, 'recipes', 'omelette.md'), '# Omelette\n\nBeat three eggs with salt.\n');
    writeFileSync(join(dir, 'car-manual.md'), '# Car\n\nUse 5W-30 oil.\n');
    await ask(`learn ${dir}`);
    await ask('remember that my lease document is in the blue folder');
    for (const [request, filter] of [
      ['search my recipes for eggs', 'omelette.md'],
      ['search my markdown files for rent', 'lease.md'],
    ] as const) {
      const { names, answer } = await ask(request);
      expect(names, request).toEqual(['knowledge_search']);
      expect(answer, request).toContain(filter);
    }
    const rentInRecipes = await ask('search my recipes for rent');
    expect(rentInRecipes.answer).not.toContain('lease.md');
    for (const request of [
      'forget the lease document',
      'forget my car manual',
      `forget ${join(dir, 'recipes')}`,
    ]) {
      const { names, answer } = await ask(request);
      // What is learned is looked up first: approval is never asked for nothing.
      expect(names, request).toEqual(['knowledge_list', 'knowledge_forget']);
      expect(answer, request).toMatch(/--yes/);
    }
    const gone = await ask('forget my car manual', true);
    expect(gone.names).toEqual(['knowledge_forget']);
    expect(gone.answer).toMatch(/Forgot 1 file/);
    const folder = await ask(`forget ${join(dir, 'recipes')}`, true);
    expect(folder.answer).toMatch(/Forgot 1 file/);
    // The fact that shares the words is still there: memory_forget never acted on a document.
    expect((await ask('what is my lease document?')).answer).toMatch(/blue folder/);
  });
});
