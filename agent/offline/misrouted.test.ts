import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../cartridge/audit.js';
import { type Cartridge, openCartridge } from '../../cartridge/open.js';
import { type TempCartridge, tempCartridge } from '../../test/helpers/cli.js';
import { createDefaultRegistry, createExecutor } from '../../tools/index.js';
import { whenSaid } from '../../tools/moment.js';
import type { PlannerEvent } from '../planner.js';
import { acknowledgement } from './acks.js';
import { createOfflinePlanner } from './index.js';
import { interpret } from './interpret.js';

/**
 * Requests S11 found routed to the wrong capability or answered as something else (issue 7, S11
 * #11, #13, #15, #16, #17): when a fact or a note was set, a note named by its place in time, a
 * path to publish, a new app with no folder, an app taken offline, acknowledgements and take-backs,
 * a store word after a fact's name, "backup" as one word.
 */
const PERSON: Caller = { kind: 'person', id: 'test' };
const registry = createDefaultRegistry();

function reading(request: string) {
  const meaning = interpret(request, registry);
  if (meaning.kind !== 'call') return { kind: meaning.kind };
  const [step] = meaning.steps;
  return { kind: meaning.kind, tool: step?.tool.name, input: step?.input, steps: meaning.steps.length };
}

describe('requests answered as something else', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await createExecutor({ cartridge, registry }).execute(tool, input, {
      caller: PERSON,
      approved: true,
    });
    expect(result.ok, tool).toBe(true);
    return result;
  };
  const ask = async (text: string, approved = false) => {
    const executor = createExecutor({ cartridge, registry });
    const events: PlannerEvent[] = [];
    for await (const event of createOfflinePlanner(registry).run(
      { text, approved },
      { executor, caller: PERSON },
    ))
      events.push(event);
    const finish = events.at(-1);
    if (finish?.type !== 'finish') throw new Error('no finish');
    const calls = events.flatMap((event) =>
      event.type === 'tool-call-end' ? [{ name: event.name, input: event.input, ok: event.result.ok }] : [],
    );
    return { answer: finish.answer, status: finish.status, calls };
  };

  beforeEach(async () => {
    temp = await tempCartridge('fazt-misrouted-');
    cartridge = openCartridge(temp.path);
  });
  afterEach(async () => {
    vi.useRealTimers();
    cartridge.close();
    await temp.cleanup();
  });

  it('says when a fact was set and last changed, from its stored times, and writes nothing', async () => {
    const first = new Date(2026, 10, 30, 11, 40).getTime();
    const later = new Date(2026, 11, 2, 9, 5).getTime();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(first);
    await run('memory_remember', { key: 'locker', value: '12' });
    vi.setSystemTime(later);
    await run('memory_remember', { key: 'locker', value: '51' });
    vi.useRealTimers();
    for (const question of [
      'when did I change my locker?',
      'when did I last update my locker',
      'when was my locker last updated?',
      'When did I tell you my locker?',
    ]) {
      const { answer, status, calls } = await ask(question);
      expect(answer, question).toContain(`You last changed your locker on ${whenSaid(later)}`);
      expect(answer, question).toContain(whenSaid(first));
      expect(answer, question).toContain('Your locker is 51.');
      expect(status).toBe('done');
      expect(calls.every((call) => call.name === 'memory_recall')).toBe(true);
    }
    const none = await ask('when did I set my wifi password?');
    expect(none.answer).toContain('wifi password');
    expect(none.answer).not.toMatch(/changed|told me/);
  });

  it('says a fact never changed since it was told', async () => {
    await run('memory_remember', { key: 'gate code', value: '5521' });
    const { answer } = await ask('when did I tell you my gate code');
    expect(answer).toMatch(
      /^You told me your gate code on \d+ \w{3} \d{4} at \d\d:\d\d and have not changed it since\. Your gate code is 5521\.$/,
    );
  });

  it('says when a note was written, by the words it holds', async () => {
    await run('notes_add', { text: 'buy milk' });
    await run('notes_add', { text: 'call the plumber' });
    const milk = await ask('when did I add the milk note?');
    expect(milk.answer).toMatch(/^You wrote note #1 on \d+ \w{3} \d{4} at \d\d:\d\d: buy milk$/);
    const about = await ask('when did I write the note about the plumber');
    expect(about.answer).toContain('note #2');
    expect((await ask('when did I add the boat note')).answer).toBe('No note mentions "boat".');
  });

  it('reads "the last note" as the newest note, approval still asked; the oldest likewise', async () => {
    for (const text of ['buy milk', 'call bob', 'fix bike']) await run('notes_add', { text });
    const held = await ask('delete the last note');
    expect(held.status).toBe('needs_approval');
    expect(held.answer).toContain('note #3');
    expect(held.calls.map((call) => call.name)).not.toContain('memory_forget');
    expect((await ask('remove my oldest note')).answer).toContain('note #1');
    expect((await ask('erase my latest note')).answer).toContain('note #3');
    const done = await ask('delete the last note', true);
    expect(done.status).toBe('done');
    expect(done.calls.at(-1)).toMatchObject({ name: 'notes_delete', input: { id: 3 }, ok: true });
    const list = await run('notes_list', {});
    expect(list.ok && (list.output as { total: number }).total).toBe(2);
    // Several are listed with the request that deletes them; nothing is deleted on a count.
    const two = await ask('delete the last two notes', true);
    expect(two.status).toBe('needs_input');
    expect(two.answer).toContain('"delete notes 2 and 1"');
    expect(two.calls.map((call) => call.name)).toEqual(['notes_list']);
  });

  it('says there is nothing to delete when there are no notes', async () => {
    const { answer, status, calls } = await ask('delete the last note', true);
    expect(answer).toBe('You have no notes, so there is nothing to delete.');
    expect(status).toBe('error');
    expect(calls.map((call) => call.name)).toEqual(['notes_list']);
  });

  it('publishes a path as a folder deploy named from the folder, never as an app name', async () => {
    const folder = join(temp.dir, 'my-site');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'index.html'), '<h1>hi</h1>');
    const { answer, calls } = await ask(`publish ${folder}`);
    expect(calls.at(-1)).toMatchObject({ name: 'apps_deploy', input: { folder }, ok: true });
    expect(answer).toContain('Deployed my-site version 1');
    expect(answer).toContain('private');
    // A folder that is not there is said plainly, never as the system's error code.
    const missing = await ask(`publish ${join(temp.dir, 'nope')}`);
    expect(missing.answer).toContain(`${join(temp.dir, 'nope')} does not exist`);
    expect(missing.answer).not.toMatch(/ENOENT|realpath/);
  });

  it('answers "make a shop app" with how to host a folder, not a question about access', async () => {
    for (const request of ['make a shop app', 'create me a new website', 'build an app']) {
      const { answer, status, calls } = await ask(request);
      expect(answer, request).toContain('deploy <folder> as <name>');
      expect(answer, request).not.toMatch(/private or public/);
      expect(status).toBe('needs_input');
      expect(calls.map((call) => call.name)).toEqual(['apps_list']);
    }
  });

  it('says a private app taken offline is still served, and what would stop it', async () => {
    const { answer, status } = await ask('take my photos offline');
    expect(status).toBe('done');
    expect(answer).toContain('photos is already private; nothing changed');
    expect(answer).toContain('still serves a private app to you');
    expect(answer).toContain('short of deleting it');
    // Making it private by name needs no such note.
    expect((await ask('make photos private')).answer).not.toContain('still serves');
  });

  it('never names a tool to the person', async () => {
    const { answer } = await ask('delete note 99', true);
    expect(answer).not.toMatch(/\b[a-z]+_[a-z]+\b/);
    expect(answer).toContain('list my notes');
  });

  it('forgets the fact named before a store word ("the parking spot fact")', async () => {
    await run('memory_remember', { key: 'parking spot', value: 'B12' });
    for (const request of ['delete the parking spot fact', 'forget my parking spot entry']) {
      const { status, calls } = await ask(request);
      expect(status, request).toBe('needs_approval');
      expect(calls.at(-1), request).toMatchObject({ name: 'memory_forget', input: { key: 'parking spot' } });
    }
  });
});

describe('acknowledgements and take-backs write nothing and say so', () => {
  it('answers an emoji, thanks or ok alone plainly', () => {
    for (const said of ['🙂', '👍', '👍🏽', '❤️', '🙏!', 'ok', 'cool', 'got it 👍'])
      expect(acknowledgement(said), said).toBe('Okay. I kept nothing new.');
    for (const said of ['thanks', 'thank you so much!', 'cool, thanks!', "thanks, that's all", 'cheers mate'])
      expect(acknowledgement(said), said).toBe("You're welcome. I kept nothing new.");
  });

  it('takes back what was about to be kept', () => {
    for (const said of [
      'never mind',
      "never mind, don't remember my code",
      'cancel that',
      "don't save that",
      'scratch that',
      'nvm',
      'oh never mind',
      'ignore that',
      "don't remember my code after all",
    ])
      expect(acknowledgement(said), said).toMatch(/^Okay, I kept nothing from that\./);
  });

  it('leaves requests that say more to the planner', () => {
    for (const said of [
      'ok so my locker is 9',
      'thanks, my code is 44',
      'scratch that, the gate code is 4410',
      'never mind the milk, note call bob',
      'cancel my dentist note',
      '5',
      '#1',
    ])
      expect(acknowledgement(said), said).toBeUndefined();
    expect(reading('scratch that, the gate code is 4410')).toMatchObject({ tool: 'memory_remember' });
  });

  it('reads "backup" as one word with any object, and its overwrite clause as replace', () => {
    expect(reading('backup everything to /tmp/x.db and overwrite it')).toMatchObject({
      tool: 'cartridge_backup',
      input: { path: '/tmp/x.db', replace: true },
    });
    expect(reading('backup my data to /tmp/x.db')).toMatchObject({
      tool: 'cartridge_backup',
      input: { path: '/tmp/x.db' },
    });
    expect(reading('back up everything in /tmp/b.db, replacing it')).toMatchObject({
      tool: 'cartridge_backup',
      input: { replace: true },
    });
  });
});
