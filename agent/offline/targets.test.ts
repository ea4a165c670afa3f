import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld, PERSON } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry } from '../../tools/index.js';
import { interpret } from './interpret.js';
import { MAX_TARGETS, targetList } from './targets.js';

const registry = createDefaultRegistry();

/** The planner over a fresh cartridge with notes "note 1" … "note <notes>", `facts` and `apps`. */
async function setup({ notes = 0, facts = [] as [string, string][], apps = [] as string[] } = {}) {
  const world = offlineWorld();
  const { executor } = world;
  const approved = { caller: PERSON, approved: true };
  for (let at = 1; at <= notes; at++) await executor.execute('notes_add', { text: `note ${at}` }, approved);
  await world.remember(facts);
  for (const name of apps) {
    const folder = join(testDir(), name);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'index.html'), `<h1>${name}</h1>`);
    const deployed = await executor.execute('apps_deploy', { folder, name }, approved);
    expect(deployed.ok ? '' : deployed.error.message).toBe('');
  }
  const noteTexts = () => world.notes().sort();
  const factKeys = () =>
    world
      .facts()
      .map(([label]) => label)
      .sort();
  const access = async (name: string) => {
    const found = await executor.execute('apps_list', {}, approved);
    const apps = found.ok ? (found.output as { apps: { name: string; access: string }[] }).apps : [];
    return apps.find((app) => app.name === name)?.access;
  };
  return { ask: world.ask, noteTexts, factKeys, access };
}

const notesWithout = (total: number, gone: number[]) =>
  Array.from({ length: total }, (_, at) => at + 1)
    .filter((id) => !gone.includes(id))
    .map((id) => `note ${id}`)
    .sort();

describe('a list of targets is every target, and nothing else (issue 7, S7 HIGH)', () => {
  it.each([
    ['delete note 2 and note 3', [2, 3]],
    ['delete notes 5 and 6', [5, 6]],
    ['delete notes 2, 3 and 7', [2, 3, 7]],
    ['delete notes 2, 3, and 7', [2, 3, 7]],
    ['delete note 2 & 3', [2, 3]],
    ['delete note 2&3', [2, 3]],
    ['remove notes #4 and #5', [4, 5]],
    ['delete notes 2-4', [2, 3, 4]],
    ['delete notes 2 to 4', [2, 3, 4]],
    ['forget note 1 and note 7', [1, 7]],
    ['erase note number 2 and note number 6', [2, 6]],
  ])('"%s" asks once for all of %j, adds nothing, and --yes deletes them all', async (request, ids) => {
    const without = await setup({ notes: 7 });
    const held = await without.ask(request);
    expect(held.finish.status).toBe('needs_approval');
    expect(without.noteTexts()).toEqual(notesWithout(7, []));
    expect(held.approvals.map((event) => event.input)).toEqual(ids.map((id) => ({ id })));
    for (const id of ids) expect(held.answer).toContain(`note #${id}`);
    expect(held.answer).toMatch(/^This would delete note #\d+ and|, delete note/);
    const yes = await setup({ notes: 7 });
    const done = await yes.ask(request, true);
    expect(done.finish.status).toBe('done');
    expect(yes.noteTexts()).toEqual(notesWithout(7, ids));
    for (const id of ids) expect(done.answer).toContain(`Deleted note #${id} ("note ${id}").`);
  });

  it('names a target that is not there, invents nothing, and still does the others', async () => {
    const without = await setup({ notes: 3 });
    const held = await without.ask('delete notes 2, 3 and 9');
    expect(held.finish.status).toBe('needs_approval');
    expect(held.answer).toContain('This would delete note #2 and delete note #3');
    expect(held.answer).toContain('There is no note #9');
    expect(without.noteTexts()).toEqual(notesWithout(3, []));
    const yes = await setup({ notes: 3 });
    const done = await yes.ask('delete notes 2, 3 and 9', true);
    expect(done.finish.status).toBe('error');
    expect(done.answer).toContain('There is no note #9');
    expect(yes.noteTexts()).toEqual(['note 1']);
  });

  it('"forget my gym code and my bike code" forgets both facts, asked once', async () => {
    const facts: [string, string][] = [
      ['gym code', '1234'],
      ['bike code', '5678'],
      ['door code', '9999'],
    ];
    const without = await setup({ facts });
    const held = await without.ask('forget my gym code and my bike code');
    expect(held.finish.status).toBe('needs_approval');
    expect(held.approvals).toHaveLength(2);
    expect(held.answer).toMatch(/gym code/);
    expect(held.answer).toMatch(/bike code/);
    expect(without.factKeys()).toEqual(['bike code', 'door code', 'gym code']);
    const yes = await setup({ facts });
    await yes.ask('forget my gym code and my bike code', true);
    expect(yes.factKeys()).toEqual(['door code']);
  });

  it('a fact missing from the list is named; nothing is asked for what is not there', async () => {
    const { ask } = await setup({ facts: [['gym code', '1234']] });
    const held = await ask('forget my gym code and my bike code');
    expect(held.finish.status).toBe('needs_approval');
    expect(held.approvals).toHaveLength(1);
    expect(held.answer).toContain('Nothing is remembered under "bike code"');
  });

  it('"delete my shopping note and my todo note" finds each note by its words; approved, both go', async () => {
    const { ask, noteTexts } = await setup();
    await ask('note: shopping list milk eggs', true);
    await ask('note: todo call the plumber', true);
    const held = await ask('delete my shopping note and my todo note');
    expect(held.finish.status).toBe('needs_approval');
    expect(held.answer).toMatch(/delete note #1 and delete note #2/);
    expect(noteTexts()).toEqual(['shopping list milk eggs', 'todo call the plumber']);
    const { answer, finish } = await ask('delete my shopping note and my todo note', true);
    expect(finish.status).toBe('done');
    expect(answer).toContain('Deleted note #1 ("shopping list milk eggs").');
    expect(answer).toContain('Deleted note #2 ("todo call the plumber").');
    expect(noteTexts()).toEqual([]);
  });

  it('"make blog and shop private" makes both private', async () => {
    const { ask, access } = await setup({ apps: ['blog', 'shop'] });
    await ask('make blog public', true);
    await ask('make shop public', true);
    const done = await ask('make blog and shop private', true);
    expect(done.finish.status).toBe('done');
    expect(await access('blog')).toBe('private');
    expect(await access('shop')).toBe('private');
    const again = await ask('make blog and shop public');
    expect(again.finish.status).toBe('needs_approval');
    expect(again.approvals.map((event) => event.input)).toEqual([
      { name: 'blog', access: 'public' },
      { name: 'shop', access: 'public' },
    ]);
    expect(await access('blog')).toBe('private');
  });

  it('"make blog private and delete photos": both clauses are answered; the one not done says why', async () => {
    const { ask, access } = await setup({ apps: ['blog', 'shop'] });
    await ask('make blog public', true);
    const photos = await ask('make blog private and delete photos');
    expect(await access('blog')).toBe('private');
    expect(photos.answer).toContain('blog is now private');
    expect(photos.answer).toMatch(/"delete photos"[\s\S]*Nothing was removed/);
    await ask('make blog public', true);
    const shop = await ask('make blog private and delete shop');
    expect(shop.finish.status).toBe('needs_approval');
    expect(await access('blog')).toBe('private');
    expect(shop.answer).toContain('This would delete the app shop');
    expect(await access('shop')).toBe('private');
  });

  it.each([
    // A value's own "and" is no list.
    ['forget my salt and pepper preference', [{ key: 'salt and pepper preference' }]],
    // "the guest one" says which password; it is no target.
    ['forget the wifi password, the guest one', undefined],
  ])('"%s" is one target', (request, inputs) => {
    const reading = interpret(request, registry);
    if (inputs)
      expect(reading.kind === 'call' ? reading.steps.map((step) => step.input) : reading).toEqual(inputs);
    else expect(reading.kind === 'call' ? reading.steps.length : 1).toBe(1);
  });

  it.each([
    ['delete note 2 and note 3 please', [{ id: 2 }, { id: 3 }]],
    ['delete note 2 and note 3 and note 4, thanks', [{ id: 2 }, { id: 3 }, { id: 4 }]],
    ['remove note 2 plus note 3', [{ id: 2 }, { id: 3 }]],
    ['delete note 2 and also note 3', [{ id: 2 }, { id: 3 }]],
    ['delete note 2 and note 3 🙏', [{ id: 2 }, { id: 3 }]],
    ['delete note ２ and note ３', [{ id: 2 }, { id: 3 }]],
    ['delete notes 3-3', [{ id: 3 }]],
  ])('"%s" deletes exactly %j and adds nothing', (request, inputs) => {
    const reading = interpret(request, registry);
    expect(reading.kind).toBe('call');
    if (reading.kind !== 'call') return;
    expect(reading.steps.map((step) => step.tool.name)).toEqual(inputs.map(() => 'notes_delete'));
    expect(reading.steps.map((step) => step.input)).toEqual(inputs);
  });

  it('a request of its own after "and" is no target: "delete note 2 and remember my x is 5"', () => {
    const reading = interpret('delete note 2 and remember my x is 5', registry);
    expect(reading.kind === 'call' && reading.steps.map((step) => [step.tool.name, step.input])).toEqual([
      ['memory_remember', { key: 'x', value: '5' }],
      ['notes_delete', { id: 2 }],
    ]);
  });

  it.each([
    ['back up to /tmp/x.db and overwrite it', '/tmp/x.db'],
    ['back up to /tmp/x.db, replacing it', '/tmp/x.db'],
    ['back up everything to /tmp/x.db and replace the old one', '/tmp/x.db'],
    ['make a backup of everything to ~/b.db and overwrite the old backup', '~/b.db'],
  ])(
    '"%s" is a backup to %s with replace (consent asked), never a file named after the clause',
    (request, path) => {
      const reading = interpret(request, registry);
      expect(reading.kind === 'call' && reading.steps.map((step) => [step.tool.name, step.input])).toEqual([
        ['cartridge_backup', { path, replace: true }],
      ]);
    },
  );

  it('a backup path followed by words it cannot read is asked about, never written', () => {
    const reading = interpret('back up to /tmp/x.db and keep the old one', registry);
    expect(reading.kind).toBe('ask');
  });

  it('reads lists and spans, and refuses more than it acts on at once', () => {
    expect(targetList('note 2 and note 3', false)).toEqual(['note 2', 'note 3']);
    expect(targetList('notes #4 and #5', false)).toEqual(['note 4', 'note 5']);
    expect(targetList('notes 2-4', false)).toEqual(['note 2', 'note 3', 'note 4']);
    expect(targetList('blog and photos', true)).toEqual(['blog', 'photos']);
    expect(targetList('blog and photos', false)).toBeUndefined();
    expect(targetList('salt and pepper', false)).toBeUndefined();
    expect(targetList('notes 4-2', false)).toBeUndefined();
    const many = interpret('delete notes 1-500', registry);
    expect(many.kind).toBe('ask');
    expect(many.kind === 'ask' && many.question).toContain(`at most ${MAX_TARGETS}`);
  });
});
