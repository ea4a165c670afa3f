import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Cartridge, openCartridge } from '../../cartridge/open.js';
import { type TempCartridge, tempCartridge } from '../../test/helpers/cli.js';
import { askPlanner, PERSON } from '../../test/helpers/offline.js';
import { STILL_SERVED } from '../../tools/apps/set-access.js';
import { createDefaultRegistry, createExecutor } from '../../tools/index.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import { sampleRequest } from './answer.js';
import { createOfflinePlanner } from './index.js';
import { interpret, placeIn } from './interpret.js';

const registry = createDefaultRegistry();

/** The tool and input a request is read as, without running anything. */
function reading(request: string) {
  const meaning = interpret(request, registry);
  if (meaning.kind !== 'call') return { kind: meaning.kind };
  const [step] = meaning.steps;
  return { kind: meaning.kind, tool: step?.tool.name, input: step?.input };
}

describe('words before a path say what is there; the path is the value', () => {
  it('finds the path after any words, keeping ~, spaces, quotes and any script', () => {
    expect(placeIn('the pdfs in ~/Documents/contracts')).toEqual({
      path: '~/Documents/contracts',
      before: 'the pdfs in',
    });
    expect(placeIn('my holiday photos from ~/Pictures/2024 été')).toEqual({
      path: '~/Pictures/2024 été',
      before: 'my holiday photos from',
    });
    expect(placeIn('everything in "~/My Documents/写真"')).toEqual({
      path: '~/My Documents/写真',
      before: 'everything in',
    });
    expect(placeIn('the stuff in ./out folder')).toEqual({ path: './out', before: 'the stuff in' });
    expect(placeIn('~/Documents/contracts')).toBeUndefined();
    expect(placeIn('a note')).toBeUndefined();
    expect(placeIn('A/C filter')).toBeUndefined();
  });

  it('sends each request to the tool its words name, with a clean path', () => {
    expect(reading('learn the pdfs in ~/Documents/contracts')).toMatchObject({
      tool: 'knowledge_learn',
      input: { paths: '~/Documents/contracts' },
    });
    expect(reading('learn everything in ~/My Documents/Verträge folder')).toMatchObject({
      tool: 'knowledge_learn',
      input: { paths: '~/My Documents/Verträge' },
    });
    expect(reading('import my holiday photos from ~/Pictures/2024')).toMatchObject({
      tool: 'photos_import',
      input: { folder: '~/Pictures/2024' },
    });
    expect(reading("add my kids' pictures from '/media/SD card/DCIM'")).toMatchObject({
      tool: 'photos_import',
      input: { folder: '/media/SD card/DCIM' },
    });
    expect(reading('import the file ~/Downloads/passport scan.pdf')).toMatchObject({
      tool: 'blobs_import',
      input: { path: '~/Downloads/passport scan.pdf' },
    });
    expect(reading('back up my stuff to ~/backups/fazt.db')).toMatchObject({
      tool: 'cartridge_backup',
      input: { path: '~/backups/fazt.db' },
    });
    expect(reading('host the folder ~/www/my recipes')).toMatchObject({
      tool: 'apps_deploy',
      input: { folder: '~/www/my recipes' },
    });
    expect(reading('host my pictures from ~/Pictures/Holidays privately')).toMatchObject({
      tool: 'photos_host',
      input: { folder: '~/Pictures/Holidays' },
    });
    // "host my blog from ~/site" names the app as the person called it (S13); photos stay photos.
    expect(reading('host my blog from ~/site')).toMatchObject({
      tool: 'apps_deploy',
      input: { folder: '~/site', name: 'blog' },
    });
    expect(reading('publish my recipes from ~/www/r')).toMatchObject({
      tool: 'apps_deploy',
      input: { folder: '~/www/r', name: 'recipes' },
    });
    expect(reading('host my photos from ~/Pictures')).toMatchObject({ tool: 'photos_host' });
    expect(reading('stop learning ~/Documents/old')).toMatchObject({
      tool: 'knowledge_forget',
      input: { path: '~/Documents/old' },
    });
    // Words that describe a place are not a path: a question back, never a file "a usb stick".
    for (const request of [
      'copy my cartridge to a usb stick',
      'learn my tax documents',
      'put my website online',
    ])
      expect(reading(request).kind, request).toBe('ask');
    // Not a photo import and not a file: notes have no import.
    expect(reading('import my notes from ~/notes.txt').kind).toBe('ask');
    // "add a note" asks for the note; it is never a folder called "a note".
    expect(reading('add a note')).toMatchObject({ kind: 'ask' });
  });

  it('reads "make my X Y" as setting a fact, never an app or a mood', () => {
    expect(reading('make my wifi password hunter2')).toMatchObject({
      tool: 'memory_remember',
      input: { key: 'wifi password', value: 'hunter2' },
    });
    expect(reading('make my favourite colour blue')).toMatchObject({ tool: 'memory_remember' });
    expect(reading('make the app public')).toMatchObject({
      tool: 'apps_set_access',
      input: { access: 'public' },
    });
    expect(reading('make my photos private')).toMatchObject({
      tool: 'apps_set_access',
      input: { name: 'photos', access: 'private' },
    });
    for (const chatter of ['make my life easier', 'make my coffee strong', 'make the sauce spicier'])
      expect(reading(chatter).kind, chatter).not.toBe('call');
  });

  it('never takes a determiner for an app name', () => {
    for (const request of ['make the app public', 'make this app private', 'share the app with mum']) {
      const { input } = reading(request);
      const name = (input?.name ?? input?.app) as string;
      expect(name, request).not.toMatch(/^(?:the|this|my|that)$/);
    }
  });

  it('has a real sample request for every tool, so "I can: …" lines are sayable', () => {
    for (const tool of registry.list().filter((each) => each.examples.length > 0))
      expect(sampleRequest(tool), tool.name).not.toContain('…');
  });
});

/** Runs the offline planner on `text` against `cartridge`: its finish event and the calls made. */
async function askOn(cartridge: Cartridge, text: string, approved = false) {
  const executor = createExecutor({ cartridge, registry });
  const { finish, calls } = await askPlanner(createOfflinePlanner(registry), executor, text, approved);
  return { finish, calls: calls.map((call) => ({ name: call.name, input: call.input, ok: call.result.ok })) };
}

describe('apps are resolved against what is hosted before a call runs', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  const ask = (text: string, approved = false) => askOn(cartridge, text, approved);
  const deploy = async (name: string) => {
    const folder = join(temp.dir, name);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'index.html'), `<h1>${name}</h1>`);
    const executor = createExecutor({ cartridge, registry });
    const result = await executor.execute(
      'apps_deploy',
      { folder, name },
      { caller: PERSON, approved: true },
    );
    expect(result.ok).toBe(true);
  };

  beforeEach(async () => {
    temp = await tempCartridge('fazt-routing-');
    cartridge = openCartridge(temp.path);
  });
  afterEach(async () => {
    cartridge.close();
    await temp.cleanup();
  });

  it('takes "the app" as the only app, and asks which, listing them, when there are several', async () => {
    const one = await ask('make the app public', true);
    expect(one.calls.at(-1)).toMatchObject({ name: 'apps_set_access', input: { name: 'photos' }, ok: true });
    await deploy('blog');
    const several = await ask('make the app public', true);
    expect(several.finish.status).toBe('needs_input');
    expect(several.finish.answer).toMatch(/Which app do you mean\? Your apps: blog, photos\./);
    expect(several.calls.map((call) => call.name)).toEqual(['apps_list']);
    const named = await ask('share the blog app with grandma');
    expect(named.calls.at(-1)).toMatchObject({ name: 'apps_share', input: { app: 'blog' }, ok: true });
  });

  it('never shares a fact, a note or anything that is not an app, and says what it can share', async () => {
    createMemoryStore(cartridge).remember('blood type', 'O-');
    for (const request of [
      'share my blood type with my doctor',
      'share my notes with Bob',
      "share my sister's address with the plumber",
    ]) {
      const { finish, calls } = await ask(request, true);
      expect(
        calls.map((call) => call.name),
        request,
      ).toEqual(['apps_list']);
      expect(finish.answer, request).toMatch(/can't send facts, notes or files to people/);
      expect(finish.answer, request).toMatch(/Your apps: photos\./);
    }
  });

  it('a bare app name after delete/remove is the app (with approval); a fact and an app both named asks which', async () => {
    await deploy('blog');
    for (const request of ['delete my blog', 'remove my blog', 'delete blog']) {
      const { finish, calls } = await ask(request);
      expect(finish.status, request).toBe('needs_approval');
      expect(calls.at(-1), request).toMatchObject({
        name: 'apps_delete',
        input: { name: 'blog' },
        ok: false,
      });
      expect(finish.answer, request).toMatch(/delete the app blog/);
    }
    // "forget" is said of facts: never the app.
    const forget = await ask('forget my blog');
    expect(forget.calls.map((call) => call.name)).not.toContain('apps_delete');
    createMemoryStore(cartridge).remember('blog', 'wordpress');
    for (const approved of [false, true]) {
      const both = await ask('delete my blog', approved);
      expect(both.finish.status).toBe('needs_input');
      expect(both.finish.answer).toMatch(/both a remembered fact and an app/);
      expect(both.calls.map((call) => call.name)).toEqual(['memory_recall', 'apps_list']);
    }
    const fact = await ask('forget my blog', true);
    expect(fact.calls.at(-1)).toMatchObject({ name: 'memory_forget', ok: true });
    const app = await ask('delete my blog', true);
    expect(app.calls.at(-1)).toMatchObject({ name: 'apps_delete', input: { name: 'blog' }, ok: true });
  });

  it('"unpublish", "take down", "take offline", "hide" make a public app private (no approval needed: issue 7, S7), never delete it', async () => {
    await deploy('blog');
    const publish = () =>
      createExecutor({ cartridge, registry }).execute(
        'apps_set_access',
        { name: 'blog', access: 'public' },
        { caller: PERSON, approved: true },
      );
    for (const request of [
      'unpublish the blog',
      'unpublish my blog site',
      'take the blog offline',
      'take down my blog',
      'take down the blog',
      'take my blog down',
      'take my blog offline',
      'take down my blog site',
      'take my blog site offline',
      'hide my blog',
      'hide my blog website',
      'pull down my blog',
      'make my blog offline',
      'make my blog unavailable',
      'unlist my blog',
      'hide the blog from everyone',
      'stop sharing my blog publicly',
      'stop publishing my blog',
      'stop hosting blog',
      'unhost my blog',
      'shut down blog',
    ]) {
      expect((await publish()).ok).toBe(true);
      const { finish, calls } = await ask(request);
      // Making private is the safe direction: done at once, without consent.
      expect(finish.status, request).toBe('done');
      expect(calls.at(-1), request).toMatchObject({
        name: 'apps_set_access',
        input: { name: 'blog', access: 'private' },
        ok: true,
      });
      expect(finish.answer, request).toMatch(/^blog is now private/);
    }
    // Making public again is what needs consent.
    const exposed = await ask('make blog public');
    expect(exposed.finish.status).toBe('needs_approval');
    // "delete" / "remove" stay a delete, with approval.
    for (const request of ['delete my blog', 'remove my blog', 'delete my blog site']) {
      const { finish, calls } = await ask(request);
      expect(finish.status, request).toBe('needs_approval');
      expect(calls.at(-1), request).toMatchObject({ name: 'apps_delete', input: { name: 'blog' } });
    }
  });

  it('"make blog public" says how to undo it; taking down a private app counts the share links that still open it', async () => {
    await deploy('blog');
    const open = await ask('make blog public');
    expect(open.finish.status).toBe('needs_approval');
    expect(open.finish.answer).toMatch(/undo it with "make blog private"/);
    expect(open.finish.answer).not.toMatch(/cannot be undone/);

    const executor = createExecutor({ cartridge, registry });
    for (const label of ['grandma', 'bob']) {
      await executor.execute('apps_share', { app: 'blog', label }, { caller: PERSON, approved: true });
    }
    for (const request of ['take my blog down', 'take my blog offline', 'stop hosting blog', 'unhost blog']) {
      const { finish, calls } = await ask(request);
      // A take-down also says the app is still served, and that only deleting it stops that.
      expect(finish.answer, request).toBe(
        `blog is already private; nothing changed, but 2 share links still open it. To close them, say "revoke all links to blog" (or see them with \`fazt share --list\`).\n${STILL_SERVED}`,
      );
      expect(calls.map((call) => call.name)).not.toContain('apps_set_access');
    }
    const approved = await ask('take my blog down', true);
    expect(approved.finish.answer).toMatch(
      /already private; nothing changed, but 2 share links still open it/,
    );
    const revoked = await ask('revoke all links to blog', true);
    expect(revoked.calls.at(-1)).toMatchObject({ name: 'apps_unshare', ok: true });
    expect((await ask('take my blog down')).finish.answer).toBe(
      `blog is already private; nothing changed.\n${STILL_SERVED}`,
    );
  });

  it('says plainly that an app is already private, and asks no approval for a change that is none', async () => {
    await deploy('blog');
    for (const request of ['take down my blog', 'unpublish the blog', 'make blog private', 'hide my blog']) {
      const { finish, calls } = await ask(request);
      expect(finish.status, request).toBe('done');
      // A take-down also says the app is still served, and that only deleting it stops that.
      const takeDown = /down|unpublish/.test(request);
      expect(finish.answer, request).toBe(
        `blog is already private; nothing changed.${takeDown ? `\n${STILL_SERVED}` : ''}`,
      );
      // The lookups only: the app, and the share links that would still open it.
      expect(
        calls.map((call) => call.name),
        request,
      ).toEqual(['apps_list', 'apps_shares']);
    }
    // Approved, the call runs and its own sentence says the same; nothing changed.
    const approved = await ask('take down my blog', true);
    expect(approved.calls.at(-1)).toMatchObject({ name: 'apps_set_access', ok: true });
    expect(approved.finish.answer).toBe(`blog is already private; nothing changed.\n${STILL_SERVED}`);
    expect(cartridge.events.query({ type: 'apps.access_changed' })).toEqual([]);
  });

  it('"all" is never a share label, and no bulk delete of apps runs', async () => {
    await deploy('blog');
    for (const request of ['revoke all share links', 'cancel every link', 'remove all my apps']) {
      const { finish, calls } = await ask(request, true);
      expect(
        calls.filter((call) => call.name !== 'apps_list'),
        request,
      ).toEqual([]);
      expect(finish.answer, request).toMatch(/one (?:app )?at a time/);
    }
  });

  it('resolves "the app" in the tool itself too, for every surface', async () => {
    await deploy('blog');
    const executor = createExecutor({ cartridge, registry });
    const result = await executor.execute('apps_share', { app: 'the app' }, { caller: PERSON });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/does not say which app.*blog, photos/);
    const only = await executor.execute('apps_shares', { app: 'my gallery' }, { caller: PERSON });
    expect(only.ok).toBe(false);
  });
});

describe('requests about a note, a fact or the event log go where their words say (s5 stranger)', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  const ask = (text: string, approved = false) => askOn(cartridge, text, approved);
  const note = async (text: string) => {
    const result = await createExecutor({ cartridge, registry }).execute(
      'notes_add',
      { text },
      { caller: PERSON },
    );
    expect(result.ok).toBe(true);
  };

  beforeEach(async () => {
    temp = await tempCartridge('fazt-routing-notes-');
    cartridge = openCartridge(temp.path);
  });
  afterEach(async () => {
    cartridge.close();
    await temp.cleanup();
  });

  it('"delete my café note" finds the one note and names it by number before approval (never a fact)', async () => {
    await note('café on the corner does great croissants');
    await note('dentist appointment March 3 at 10am');
    await note('shopping: milk, eggs, bread');
    for (const [request, id, query] of [
      ['delete my café note', 1, 'café'],
      ['forget my café note', 1, 'café'],
      ['remove the note about the dentist', 2, 'dentist'],
      ['delete the dentist note', 2, 'dentist'],
      ['delete my shopping note', 3, 'shopping'],
      ['get rid of my shopping note', 3, 'shopping'],
      ['throw away the note called shopping', 3, 'shopping'],
    ] as const) {
      // S24: exactly one note mentions it, so it is no guess; without approval nothing goes.
      const { finish, calls } = await ask(request);
      expect(
        calls.map((call) => call.name),
        request,
      ).toEqual(['notes_search', 'notes_delete']);
      expect(calls[0]?.input, request).toMatchObject({ query });
      expect(calls[1]?.input, request).toEqual({ id });
      expect(finish.status, request).toBe('needs_approval');
      expect(finish.answer, request).toContain(`delete note #${id}`);
    }
    expect((await ask('list my notes')).finish.answer).toMatch(/You have 3 notes/);
    // Approved, that one note goes and the others stay.
    const approved = await ask('remove the note about the dentist', true);
    expect(approved.finish.answer).toBe('Deleted note #2 ("dentist appointment March 3 at 10am").');
    expect((await ask('list my notes')).finish.answer).toMatch(/You have 2 notes:\n#3 shopping.*\n#1 café/);
  });

  it('asks which note when several match, and says so when none does', async () => {
    await note('dentist appointment March 3');
    await note('dentist bill paid');
    const several = await ask('delete my dentist note', true);
    expect(several.finish.status).toBe('needs_input');
    expect(several.finish.answer).toMatch(
      /2 notes mention "dentist":\n#\d .*\n#\d .*\n.*"delete note <number>"/,
    );
    const none = await ask('delete my café note', true);
    expect(none.calls.map((call) => call.name)).toEqual(['notes_search']);
    expect(none.finish.answer).toMatch(/No note mentions "café", so I deleted nothing/);
    // An emoji is what the note says too.
    await note('🍕 friday pizza night');
    expect((await ask('delete my 🍕 note')).finish.answer).toContain('delete note #3');
    // By number it is still the note tool; an order word is no search.
    expect((await ask('delete note 1')).calls.at(-1)).toMatchObject({ name: 'notes_delete' });
    expect((await ask('delete the last note')).calls.map((call) => call.name)).not.toContain('notes_search');
  });

  it('"what did I do today" leaves out the lookups fazt made, its own question included', async () => {
    await note('buy milk');
    await ask('what is my bike lock code');
    await ask('list my notes');
    await ask('what did I do today');
    for (const request of ['what did I do today', 'what did I do last week', 'show my activity this week']) {
      const { finish, calls } = await ask(request);
      expect(calls.at(-1), request).toMatchObject({ name: 'events_list', input: { reads: false } });
      expect(finish.answer, request).toMatch(/note\.added/);
      expect(finish.answer, request).toMatch(/tool\.called notes_add ok/);
      expect(finish.answer, request).not.toMatch(/memory_recall|notes_list|events_list/);
    }
    // The whole log is still there for "show events from today": every call, reads included.
    const all = await ask('show events from today');
    expect(all.finish.answer).toMatch(/tool\.called memory_recall/);
    expect(all.finish.answer).toMatch(/tool\.called events_list/);
    // m15 (stranger): "what happened today?" is answered in plain sentences, never event names.
    const plain = await ask('what happened today');
    expect(plain.finish.answer).toMatch(
      /^Today, 1 change \(newest first\):\n- at \d\d:\d\d: you added note #1$/,
    );
  });
});
