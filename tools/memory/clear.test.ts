import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { createNotesStore } from '../notes/store.js';
import { createMemoryStore } from './store.js';

describe('forget every fact / delete every note', () => {
  it('asks consent naming how many go, in any phrasing; nothing is deleted without it', async () => {
    const { ask, remember, cartridge } = offlineWorld();
    await remember([
      ['locker', '0042'],
      ['🔑', '-7'],
      ['東京 office', '£1,250'],
    ]);
    await ask('note buy milk');
    await ask('note café ☕');
    for (const request of [
      'forget everything',
      'clear my memory',
      'wipe your memory',
      'Forget all my facts',
      'delete everything I told you',
    ])
      expect((await ask(request)).answer, request).toMatch(
        /^This would forget all 3 remembered facts \(your notes stay\).*--yes/,
      );
    for (const request of [
      'clear my notes',
      'delete all my notes',
      'wipe my notes',
      'erase every note',
      'remove all the notes',
    ])
      expect((await ask(request)).answer, request).toMatch(
        /^This would delete all 2 notes \(your facts stay\).*--yes/,
      );
    expect(createMemoryStore(cartridge).count()).toBe(3);
    expect(createNotesStore(cartridge).count()).toBe(2);
  });

  it('with --yes they go, each store alone; an empty store says so', async () => {
    const { ask, remember, cartridge } = offlineWorld();
    await remember([
      ['locker', '0042'],
      ['pin', '1234'],
    ]);
    await ask('note buy milk');
    expect((await ask('clear my notes', true)).answer).toBe('Deleted your only note. Your facts stay.');
    expect(createMemoryStore(cartridge).count()).toBe(2);
    expect((await ask('forget everything', true)).answer).toBe(
      'Forgot all 2 remembered facts. Your notes stay.',
    );
    expect(createMemoryStore(cartridge).count()).toBe(0);
    const empty = await ask('clear my memory', true);
    expect(empty.answer).toMatch(/no remembered facts/);
    expect(empty.finish.status).toBe('error');
    expect((await ask('wipe my notes', true)).answer).toMatch(/no notes/);
  });

  it('deletes nothing when the number approved is not the number stored (a fact added since)', async () => {
    const { executor, remember, cartridge } = offlineWorld();
    await remember([
      ['locker', '1'],
      ['bike', '2'],
    ]);
    const refused = await executor.execute(
      'memory_clear',
      { count: 1 },
      { caller: { kind: 'person', id: 't' }, approved: true },
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(createMemoryStore(cartridge).count()).toBe(2);
    const unapproved = await executor.execute('notes_clear', {}, { caller: { kind: 'person', id: 't' } });
    expect(!unapproved.ok && unapproved.error.code).toBe('needs_approval');
    const done = await executor.execute(
      'memory_clear',
      { count: 2 },
      { caller: { kind: 'person', id: 't' }, approved: true },
    );
    expect(done.ok && done.output).toEqual({ forgotten: 2 });
    // Each fact's forgetting is in the log, so "what have I forgotten" can say it.
    expect(cartridge.events.query({ type: 'memory.forgotten' })).toHaveLength(2);
  });

  it('the approved call carries which facts and notes were shown; one swapped since (same count) deletes nothing', async () => {
    const { ask, remember, executor, cartridge, facts, notes } = offlineWorld();
    await remember([
      ['locker', '0042'],
      ['🔑', '-7'],
      ['東京 office', '£1,250'],
    ]);
    await ask('note buy milk');
    await ask('note café ☕');
    const factsShown = (await ask('forget everything')).approvals[0];
    const notesShown = (await ask('clear my notes')).approvals[0];
    expect(factsShown?.message).toMatch(/all 3 remembered facts/);
    expect(notesShown?.message).toMatch(/all 2 notes/);
    // One fact forgotten and another remembered: still 3, but not the 3 shown.
    createMemoryStore(cartridge).forget('locker');
    await remember([['bank PIN', '9876']]);
    const notesStore = createNotesStore(cartridge);
    notesStore.delete(notesStore.list()[0]?.id ?? 0);
    await ask('note bank PIN 9876');
    const person = { caller: { kind: 'person' as const, id: 't' }, approved: true };
    const refused = await executor.execute('memory_clear', factsShown?.input, person);
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(!refused.ok && refused.error.message).toMatch(/changed since you approved.*nothing was deleted/);
    expect(facts().map(([label]) => label)).toContain('bank PIN');
    expect(facts()).toHaveLength(3);
    const kept = await executor.execute('notes_clear', notesShown?.input, person);
    expect(!kept.ok && kept.error.code).toBe('conflict');
    expect(notes()).toContain('bank PIN 9876');
    expect(notes()).toHaveLength(2);
    // Asked again, what is shown now is what goes.
    const again = (await ask('forget everything')).approvals[0];
    const done = await executor.execute('memory_clear', again?.input, person);
    expect(done.ok && done.output).toEqual({ forgotten: 3 });
    // A fact rewritten since (same key, same count) is a change too.
    await remember([['pin', '1']]);
    const shown = (await ask('forget everything')).approvals[0];
    await new Promise((resolve) => setTimeout(resolve, 5));
    await remember([['pin', '2']]);
    const rewritten = await executor.execute('memory_clear', shown?.input, person);
    expect(!rewritten.ok && rewritten.error.code).toBe('conflict');
    expect(facts()).toEqual([['pin', '2']]);
  });
});

describe('m15 (stranger): forget every fact about a topic, asked once, in one step', () => {
  const facts = [
    ["sister's name", 'Ana'],
    ["sister's birthday", '3 May'],
    ["sister's phone", '555 1234'],
    ['home wifi password', 'homepass1'],
    ['work wifi password', 'workpass2'],
    ['car reg', 'AB12 CDE'],
    ['car insurance', 'Aviva'],
    ['bike lock code', '4312'],
  ] as const;

  it('asks consent once, naming every fact that would go and never a value', async () => {
    const { ask, remember, cartridge } = offlineWorld();
    await remember(facts);
    for (const [request, lead, names] of [
      [
        'forget everything about my sister',
        'these 3 remembered facts about your sister',
        ["sister's name", "sister's birthday", "sister's phone"],
      ],
      [
        'forget all my wifi passwords',
        'these 2 remembered facts about your wifi passwords',
        ['home wifi password', 'work wifi password'],
      ],
      [
        'delete everything about my car',
        'these 2 remembered facts about your car',
        ['car reg', 'car insurance'],
      ],
      [
        'please forget everything you know about my sister',
        'these 3 remembered facts about your sister',
        ["sister's name", "sister's birthday", "sister's phone"],
      ],
      [
        'delete everything I told you about my car',
        'these 2 remembered facts about your car',
        ['car reg', 'car insurance'],
      ],
      [
        'forget every wifi password',
        'these 2 remembered facts about your wifi password',
        ['home wifi password', 'work wifi password'],
      ],
      [
        'erase all facts about my sister',
        'these 3 remembered facts about your sister',
        ["sister's name", "sister's birthday", "sister's phone"],
      ],
    ] as const) {
      const { answer, approvals, names: called } = await ask(request);
      expect(answer, request).toMatch(
        new RegExp(
          `^This would forget ${lead}: "[^"]+"(?:, "[^"]+"){${names.length - 1}} \\(your other facts and notes stay\\), which cannot be undone, so I did not do it\\. To go ahead, run the request again with --yes\\.$`,
        ),
      );
      for (const name of names) expect(answer, request).toContain(`"${name}"`);
      expect(approvals.map((approval) => approval.name)).toEqual(['memory_clear']);
      // The held call is shown, not run.
      expect(called).toEqual(['memory_list', 'memory_clear']);
      expect(answer).not.toMatch(/Ana|3 May|555|homepass1|workpass2|AB12|Aviva|4312/);
    }
    expect(createMemoryStore(cartridge).count()).toBe(facts.length);
  });

  it('with consent every matching fact goes, in one call, and the others stay', async () => {
    const { ask, remember, cartridge } = offlineWorld();
    await remember(facts);
    const sister = await ask('forget everything about my sister', true);
    expect(sister.answer).toMatch(
      /^Forgot all 3 remembered facts about your sister: "sister's \w+", "sister's \w+", "sister's \w+"\. Your other facts and notes stay\.$/,
    );
    for (const name of ['name', 'birthday', 'phone']) expect(sister.answer).toContain(`"sister's ${name}"`);
    expect(sister.names).toEqual(['memory_list', 'memory_clear']);
    const wifi = await ask('forget all my wifi passwords', true);
    expect(wifi.answer).toMatch(/^Forgot all 2 remembered facts about your wifi passwords: /);
    expect(
      createMemoryStore(cartridge)
        .list()
        .map((fact) => fact.label)
        .sort(),
    ).toEqual(['bike lock code', 'car insurance', 'car reg']);
  });

  it('deletes nothing when the facts about the topic changed since consent was asked', async () => {
    const { ask, remember, executor, cartridge } = offlineWorld();
    await remember(facts);
    const asked = await ask('forget everything about my sister');
    const held = asked.approvals[0]!.input as Record<string, unknown>;
    expect(held).toMatchObject({ about: 'my sister', count: 3 });
    await remember([["sister's email", 'ana@example.com']]);
    const refused = await executor.execute('memory_clear', held, {
      caller: { kind: 'person', id: 't' },
      approved: true,
    });
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(createMemoryStore(cartridge).count()).toBe(facts.length + 1);
    // Named facts that are not the ones about the topic now: refused too.
    const renamed = await executor.execute(
      'memory_clear',
      { about: 'my car', keys: ['car reg'] },
      { caller: { kind: 'person', id: 't' }, approved: true },
    );
    expect(!renamed.ok && renamed.error.code).toBe('conflict');
    expect(createMemoryStore(cartridge).count()).toBe(facts.length + 1);
  });

  it('a topic with no facts says so; "forget all about X" is the one fact X; other stores are theirs', async () => {
    const { ask, remember, cartridge } = offlineWorld();
    await remember(facts);
    const dog = await ask('forget everything about my dog', true);
    expect(dog.answer).toBe(
      'You have no remembered facts about your dog, so there is nothing to forget. Nothing was changed.',
    );
    expect((await ask('forget all about my car reg')).approvals.map((approval) => approval.name)).toEqual([
      'memory_forget',
    ]);
    // One fact named, with no "all" or "every": that fact alone, said with its old value.
    const one = await ask('forget my car reg', true);
    expect(one.names).toEqual(['memory_forget']);
    expect(one.answer).toBe('Forgot your car reg (it was AB12 CDE).');
    expect((await ask('delete all my photos')).answer).toMatch(/list my photos/);
    expect((await ask('delete all my documents')).answer).toMatch(/learned documents/);
    expect(createMemoryStore(cartridge).count()).toBe(facts.length - 1);
  });
});
