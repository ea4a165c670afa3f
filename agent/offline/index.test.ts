import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld, PERSON } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import { createNotesStore } from '../../tools/notes/store.js';

describe('offline planner', () => {
  it('is the "offline" model and emits start, end, text and finish in order', async () => {
    const { ask, planner } = offlineWorld();
    expect(planner.model).toBe('offline');
    const { events, finish } = await ask('remember that my bike lock code is 4312');
    expect(events.map((event) => event.type)).toEqual([
      'tool-call-start',
      'tool-call-end',
      'text-delta',
      'finish',
    ]);
    const [start, end] = events;
    expect(start).toMatchObject({ name: 'memory_remember', input: { key: 'bike lock code', value: '4312' } });
    expect(end).toMatchObject({ callId: (start as { callId: string }).callId, result: { ok: true } });
    expect(finish).toMatchObject({ status: 'done', answer: 'Remembered: your bike lock code is 4312.' });
    expect(finish.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
  });

  it('reads each sentence: its own request, a value carried on, or said back as not understood', async () => {
    const { ask } = offlineWorld();
    const motto = await ask('remember that my motto is Stop. Think. Act.');
    expect(motto.calls.map((call) => call.input)).toEqual([{ key: 'motto', value: 'Stop. Think. Act.' }]);
    const quoted = await ask('remember my quote is "Stop. Think. Act."');
    expect(quoted.calls.map((call) => call.input)).toEqual([{ key: 'quote', value: 'Stop. Think. Act.' }]);
    const date = await ask('remember that my Geburtstag is 3. Mai');
    expect(date.calls.map((call) => call.input)).toEqual([{ key: 'Geburtstag', value: '3. Mai' }]);
    const version = await ask('remember that my version is v1.2. beta');
    expect(version.calls.map((call) => call.input)).toEqual([{ key: 'version', value: 'v1.2. beta' }]);
    const two = await ask('remember that my wifi is abc. Also my door code is 55');
    expect(two.calls.filter((call) => call.name === 'memory_remember').map((call) => call.input)).toEqual([
      { key: 'wifi', value: 'abc' },
      // A bare statement of a new fact: the write checks again that it is still new.
      { key: 'door code', value: '55', ifNew: true },
    ]);
    expect(two.finish).toMatchObject({ status: 'done', answer: expect.stringContaining('door code is 55') });
    const cut = await ask('remember that my gate is 12. Also remember my bike code.');
    // m13-followups: "Also" may add to a stored fact, so the gate is looked up first (a read).
    const writes = cut.calls.filter((call) => call.name !== 'memory_recall');
    expect(writes.map((call) => call.input)).toEqual([{ key: 'gate', value: '12' }]);
    expect(cut.finish.answer).toContain('I did not understand "remember my bike code"');
  });

  it('answers a question from what the tool returns', async () => {
    const { ask } = offlineWorld();
    await ask('my bike lock code is 4312');
    const { finish, calls } = await ask('what is my bike lock code?');
    expect(calls.map((call) => call.name)).toEqual(['memory_recall']);
    expect(finish).toMatchObject({ status: 'done', answer: 'Your bike lock code is 4312.' });
  });

  it('keeps a value exactly as typed and updates rather than duplicates', async () => {
    const { ask, cartridge } = offlineWorld();
    await ask('the wifi password is Hunter2!');
    expect(createMemoryStore(cartridge).get('wifi password')?.value).toBe('Hunter2!');
    const { finish } = await ask('change the wifi password to Tr0ub4dor&3');
    // m13: a secret's old value is forgotten everywhere, so the answer does not repeat it.
    expect(finish.answer).toContain('the old one is forgotten');
    expect(finish.answer).not.toContain('Hunter2!');
    expect(createMemoryStore(cartridge).count()).toBe(1);
    expect(createMemoryStore(cartridge).get('wifi password')?.value).toBe('Tr0ub4dor&3');
  });

  it('never runs a destructive tool without approval, and says how to approve', async () => {
    const { ask, cartridge } = offlineWorld();
    await ask('remember that my gym locker is 118');
    const refused = await ask('forget my gym locker');
    const types = refused.events.map((event) => event.type);
    // The fact is looked up first (approval is never asked for a fact that is not stored).
    expect(types).toEqual([
      'tool-call-start',
      'tool-call-end',
      'tool-call-start',
      'tool-call-end',
      'approval-request',
      'text-delta',
      'finish',
    ]);
    expect(refused.calls[0]?.name).toBe('memory_recall');
    expect(refused.calls[1]?.result).toMatchObject({ ok: false, error: { code: 'needs_approval' } });
    expect(refused.events[4]).toMatchObject({
      name: 'memory_forget',
      risk: 'destructive',
      input: { key: 'gym locker' },
    });
    expect(refused.finish.status).toBe('needs_approval');
    expect(refused.finish.answer).toMatch(/forget your gym locker.*--yes/s);
    expect(createMemoryStore(cartridge).count()).toBe(1);

    const approved = await ask('forget my gym locker', true);
    expect(approved.finish.status).toBe('done');
    expect(createMemoryStore(cartridge).count()).toBe(0);
  });

  it('asks for missing information instead of guessing, and runs nothing', async () => {
    const { ask } = offlineWorld();
    const value = await ask('remember my passport number');
    expect(value.finish).toMatchObject({ status: 'needs_input' });
    expect(value.finish.answer).toMatch(/passport number/);
    expect(value.calls).toEqual([]);
    // With no notes, a bulk delete says there is nothing to delete and deletes nothing (m11).
    const id = await ask('delete all my notes', true);
    expect(id.finish.status).toBe('error');
    expect(id.finish.answer).toMatch(/no notes/);
    expect(id.calls.map((call) => call.name)).toEqual(['notes_list']);
  });

  it('says plainly when it does not understand, lists what it can do, and writes nothing', async () => {
    const { ask, cartridge } = offlineWorld();
    for (const text of [
      'write me a poem about the sea',
      'turn off the living room lights',
      'asdkjh qwpoeiru',
    ]) {
      const { finish, calls } = await ask(text);
      expect(finish.status).toBe('not_understood');
      expect(finish.answer).toMatch(/didn't understand/);
      expect(finish.answer).toMatch(/^- [A-Z][a-z ]+: ".+"$/m);
      expect(calls.filter((call) => call.name !== 'memory_list')).toEqual([]);
    }
    expect(createMemoryStore(cartridge).count() + createNotesStore(cartridge).count()).toBe(0);
    const empty = await ask('   ');
    expect(empty.finish.status).toBe('not_understood');
    expect(empty.calls).toEqual([]);
  });

  it('splits two facts said at once into two calls', async () => {
    const { ask, cartridge } = offlineWorld();
    const { calls, finish } = await ask('remember that my shoe size is 43 and my hat size is 58');
    expect(calls.map((call) => call.input)).toEqual([
      { key: 'shoe size', value: '43' },
      { key: 'hat size', value: '58' },
    ]);
    expect(finish.status).toBe('done');
    expect(createMemoryStore(cartridge).count()).toBe(2);
  });

  it('answers a question no template covers from remembered facts and notes', async () => {
    const { ask } = offlineWorld();
    await ask('remember that my car is parked on level 3');
    await ask('note dentist appointment Tuesday 9am');
    const parked = await ask('where did I park?');
    expect(parked.finish).toMatchObject({ status: 'done' });
    expect(parked.finish.answer).toContain('level 3');
    const dentist = await ask('when is the dentist appointment?');
    expect(dentist.finish.answer).toContain('Tuesday 9am');
    // Reads only: the recall misses, the fact list is searched word by word, then the notes.
    expect(dentist.calls.map((call) => call.name)).toEqual(['memory_recall', 'memory_list', 'notes_search']);
  });

  it('deletes the one note named by its content when approved; several are asked about', async () => {
    const { ask, cartridge } = offlineWorld();
    await ask('note book club meets on Friday at 6');
    await ask('note call the plumber');
    await ask('note the plumber charges 80 an hour');
    const several = await ask('delete the note about the plumber', true);
    expect(several.finish, several.finish.answer).toMatchObject({ status: 'needs_input' });
    expect(several.calls.map((call) => call.name)).toEqual(['notes_search']);
    expect(createNotesStore(cartridge).list()).toHaveLength(3);
    const run = await ask(
      "Please throw away the note about the book club, we've disbanded I'm afraid.",
      true,
    );
    expect(run.calls.map((call) => call.name)).toEqual(['notes_search', 'notes_delete']);
    expect(run.finish.answer).toContain('Deleted note #1 ("book club meets on Friday at 6")');
    expect(
      createNotesStore(cartridge)
        .list()
        .map((note) => note.id),
    ).toEqual([3, 2]);
  });

  it('goes through the executor, so every call is audited under the caller', async () => {
    const { ask, cartridge } = offlineWorld();
    await ask('note buy milk');
    expect(cartridge.audit.list({ tool: 'notes_add' })).toMatchObject([{ caller: PERSON, outcome: 'ok' }]);
  });

  describe('values and keys as typed (issue 7, item 3)', () => {
    it.each([
      ['remember that the freezer temperature is -18', 'freezer temperature', '-18'],
      ['my bank balance is -£40.00', 'bank balance', '-£40.00'],
      ['my postcode is 0800', 'postcode', '0800'],
      ['the room size is 5m²', 'room size', '5m²'],
      ['the wifi password is ¡Hola!', 'wifi password', '¡Hola!'],
      ['my favourite emoji is 🎉', 'favourite emoji', '🎉'],
      ['remember my balance is $1,200.50', 'balance', '$1,200.50'],
      ['remember that the A/C filter size is 16x25', 'A/C filter size', '16x25'],
    ])('%s → %s = %s', async (request, key, value) => {
      const { ask, cartridge } = offlineWorld();
      const { finish } = await ask(request);
      expect(finish.status).toBe('done');
      expect(createMemoryStore(cartridge).get(key)?.value).toBe(value);
      expect(createNotesStore(cartridge).count()).toBe(0);
    });

    it('keeps "my 📱 PIN" and "my 💳 PIN" as two facts', async () => {
      const { ask, cartridge } = offlineWorld();
      await ask('my 📱 PIN is 1111');
      await ask('my 💳 PIN is 2222');
      expect(createMemoryStore(cartridge).count()).toBe(2);
      expect((await ask("what's my 📱 PIN?")).finish.answer).toContain('1111');
      expect((await ask("what's my 💳 PIN?")).finish.answer).toContain('2222');
    });

    it.each(['remember that is 1234', "remember that it's 1234", 'remember that that is 5', 'save is as 9'])(
      'asks back and writes nothing for a key of function words: %s',
      async (request) => {
        const { ask, cartridge } = offlineWorld();
        const { finish } = await ask(request);
        expect(finish.status).toBe('needs_input');
        expect(finish.answer).not.toContain('undefined');
        expect(createMemoryStore(cartridge).count() + createNotesStore(cartridge).count()).toBe(0);
      },
    );
  });

  describe('an explicit "note" or "remember" decides the store', () => {
    it.each([
      'note: the boiler makes a clicking noise',
      'note: the boiler is making a clicking noise',
      'note - the gate code is 4410',
      'note the boiler is making a clicking noise',
    ])('%s is a note', async (request) => {
      const { ask, cartridge } = offlineWorld();
      const { calls, finish } = await ask(request);
      expect(calls.map((call) => call.name)).toEqual(['notes_add']);
      expect(finish.status).toBe('done');
      expect(createMemoryStore(cartridge).count()).toBe(0);
      expect(createNotesStore(cartridge).list({ limit: 5 })[0]?.text).toMatch(/^the (?:boiler|gate)/);
    });

    it('says why a "remember …" became a note', async () => {
      const { ask, cartridge } = offlineWorld();
      const { finish } = await ask('remember I park in spot B17');
      expect(createNotesStore(cartridge).count()).toBe(1);
      expect(finish.answer).toMatch(/Noted \(#1\)\.\nI kept it as a note/);
    });

    it('adds "milk, eggs and bread" to the notes as one note', async () => {
      const { ask, cartridge } = offlineWorld();
      await ask('add milk, eggs and bread to my notes');
      expect(
        createNotesStore(cartridge)
          .list({ limit: 5 })
          .map((note) => note.text),
      ).toEqual(['milk, eggs and bread']);
    });
  });

  describe('a request for another capability never falls through to a memory write', () => {
    it('makes the backup when asked to "make a backup of everything to …"', async () => {
      const { ask, cartridge } = offlineWorld();
      const path = join(testDir('fazt-backup-'), 'b.db');
      const { calls } = await ask(`please make a backup of everything to ${path}`, true);
      expect(calls.map((call) => call.name)).toEqual(['cartridge_backup']);
      expect(existsSync(path)).toBe(true);
      expect(createMemoryStore(cartridge).count()).toBe(0);
    });

    it.each([
      'save a copy of the database as {path}',
      'save a copy of everything to {path}',
      'keep a copy of my data in {path}',
      'export everything to {path}',
      'store a backup at {path}',
    ])('"%s" reaches the backup (issue 7, second round)', async (template) => {
      const { ask, cartridge } = offlineWorld();
      const path = join(testDir('fazt-backup-'), 'x.db');
      const { calls } = await ask(template.replace('{path}', path));
      expect(calls.map((call) => call.name)).toEqual(['cartridge_backup']);
      expect(existsSync(path)).toBe(true);
      expect(createMemoryStore(cartridge).count()).toBe(0);
      expect(createNotesStore(cartridge).count()).toBe(0);
    });

    it.each([
      'please make a full backup of all my stuff to /tmp/nowhere/b.db',
      'set the backup location to /tmp/x',
      'set the thermostat to 21',
      'change the volume to 5',
      'save my photos to /tmp/nowhere/p',
      'store my photos in /tmp/nowhere/q',
      'save my notes as a pdf',
      'save my memory as /tmp/nowhere/m',
      'save a copy to Anna',
    ])('%s writes no fact and no note', async (request) => {
      const { ask, cartridge } = offlineWorld();
      const { finish } = await ask(request);
      expect(createMemoryStore(cartridge).count()).toBe(0);
      expect(createNotesStore(cartridge).count()).toBe(0);
      expect(finish.status).not.toBe('done');
    });

    it.each([
      ['save my photo id number as 99', 'photo id number'],
      ['set my share code to 12', 'share code'],
      ['change my access code to 55', 'access code'],
      ['save my backup email as a@b.example', 'backup email'],
      ['save my back door code as 1234', 'back door code'],
      ['update my health insurance number to 55', 'health insurance number'],
    ])(
      '"%s" is still a fact: another capability\'s word inside a name is not its request',
      async (request, key) => {
        const { ask, cartridge } = offlineWorld();
        await ask(request);
        expect(createMemoryStore(cartridge).get(key)).toBeDefined();
      },
    );
  });

  describe('bare chatter is not kept; the same words after "remember" are (issue 7, second round)', () => {
    it.each([
      'my boss is an idiot',
      'my day is going badly',
      'the weather is awful today',
      'my flight is delayed',
    ])('%s', async (request) => {
      const { ask, cartridge } = offlineWorld();
      const { finish, calls } = await ask(request);
      expect(calls).toEqual([]);
      expect(finish.answer).toMatch(/^I didn't keep that: .* start with "remember that"\.$/);
      const kept = await ask(`remember that ${request}`);
      expect(kept.calls.map((call) => call.name)).toEqual(['memory_remember']);
      expect(createMemoryStore(cartridge).count()).toBe(1);
    });

    it.each([
      ['my blood type is A', 'A'],
      ['my grade is B+', 'B+'],
      ['my hobby is painting', 'painting'],
      ['my sister is Lily', 'Lily'],
      ['my favourite show is Angel', 'Angel'],
    ])('%s is a fact', async (request, value) => {
      const { ask } = offlineWorld();
      const { calls } = await ask(request);
      // A bare statement first looks up the key (a read) so it never silently replaces a fact.
      const writes = calls.filter((call) => call.name !== 'memory_recall');
      expect(writes.map((call) => [call.name, (call.input as { value?: unknown }).value])).toEqual([
        ['memory_remember', value],
      ]);
    });
  });

  describe('a bare statement never replaces a stored fact; "remember" or a correction does (issue 7, H2)', () => {
    it.each([
      ['my locker is 20 lol', 'asks'],
      ['my locker is 20', 'asks'],
      ['my locker is definitely not 17', 'no'],
      ["my locker is 15 or 16, can't recall", 'no'],
      ['my locker is 12', 'same'],
      ['remember my locker is 20', 'replaces'],
      ['actually my locker is 20 now', 'replaces'],
    ])('%s → %s', async (request, outcome) => {
      const { ask, cartridge } = offlineWorld();
      await ask('remember my locker is 12');
      const { finish } = await ask(request);
      expect(createMemoryStore(cartridge).get('locker')?.value).toBe(outcome === 'replaces' ? '20' : '12');
      if (outcome === 'asks') expect(finish.answer).toContain('Say "remember my locker is 20"');
      if (outcome === 'same') expect(finish.answer).toContain('Already remembered');
    });
  });

  it('never suggests "remember that 5 is …" for a number asked about, and writes nothing', async () => {
    const { ask, cartridge } = offlineWorld();
    const { finish } = await ask('what is 5');
    expect(finish.answer).not.toContain('remember that 5');
    expect(createMemoryStore(cartridge).count()).toBe(0);
    expect(createNotesStore(cartridge).count()).toBe(0);
  });

  it('answers "can you remember things?" with what it can do and where it keeps it, and writes nothing', async () => {
    const { ask, cartridge } = offlineWorld();
    for (const request of [
      'can you remember things?',
      'do you remember stuff?',
      'how do you remember things?',
    ]) {
      const { finish, calls } = await ask(request);
      expect(calls, request).toEqual([]);
      expect(finish.status).toBe('done');
      expect(finish.answer).toMatch(/^Yes, I can remember\./);
      expect(finish.answer).toContain('Remember a fact: "remember that my bike lock code is 4312"');
      expect(finish.answer).toContain('one SQLite file on this machine');
    }
    expect(createMemoryStore(cartridge).count()).toBe(0);
  });

  describe("recall never answers with somebody else's fact (issue 7, item 2)", () => {
    it('says nothing is stored for the sister, and lists the near facts as such', async () => {
      const { ask } = offlineWorld();
      await ask('my favourite football player is Messi');
      await ask("my brother's favourite football player is Ronaldo");
      const { finish } = await ask("what is my sister's favourite football player?");
      expect(finish.answer).toMatch(
        /^I don't have anything remembered about sister's favourite football player\./,
      );
      expect(finish.answer).toContain('Near facts, about something else:');
      expect(finish.answer).not.toMatch(/^Your/);
      const brother = await ask("what is my brother's favourite football player?");
      expect(brother.finish.answer).toBe("Your brother's favourite football player is Ronaldo.");
      const mine = await ask('what is my favourite football player?');
      expect(mine.finish.answer).toBe('Your favourite football player is Messi.');
    });

    it('does not answer "my …" with a fact that belongs to someone else', async () => {
      const { ask } = offlineWorld();
      await ask("my brother's favourite football player is Ronaldo");
      for (const question of [
        'what is my favourite football player?',
        "who's my favourite football player",
      ]) {
        const { finish } = await ask(question);
        expect(finish.answer, question).not.toMatch(/^Your/);
        expect(finish.answer, question).toContain('Near facts');
      }
    });
  });
});

describe('requests far longer than anyone types', () => {
  it.each([[`remember that ${'my '.repeat(10_000)}code is 5`], [`what is ${'word '.repeat(200_000)}`]])(
    'are refused in words, with nothing written (%#)',
    async (text) => {
      const { cartridge, events: run } = offlineWorld();
      const events = await run(text);
      expect(events.at(-1)).toMatchObject({
        type: 'finish',
        status: 'needs_input',
        answer: expect.stringMatching(/characters long; the offline planner reads requests of up to 4,000/),
      });
      expect(events.some((event) => event.type === 'tool-call-start')).toBe(false);
      expect(createMemoryStore(cartridge).count()).toBe(0);
    },
  );
});

describe('issue 7, third round: approval only for what is there, odd phrasings, piped lines', () => {
  it.each([
    ['forget my gym pin', /Nothing is remembered under "gym pin"/],
    ['delete note 99', /no note #99/],
    // m11: a bulk forget with facts stored asks approval naming how many (clear.test.ts); with
    // none stored of the kind asked, it asks nothing.
    ['clear my notes', /no notes/],
    ['forget my documents', /nothing to forget/],
  ])('"%s" asks no approval for something that is not stored', async (request, answer) => {
    const { ask, cartridge } = offlineWorld();
    await ask('remember that my gym locker is 118');
    const { events, finish } = await ask(request);
    expect(events.some((event) => event.type === 'approval-request')).toBe(false);
    expect(finish.answer).toMatch(answer);
    expect(finish.answer).not.toMatch(/--yes/);
    expect(createMemoryStore(cartridge).count()).toBe(1);
  });

  it("runs each piped line as its own request, and keeps a note's lines whole", async () => {
    const { ask, cartridge } = offlineWorld();
    await ask('remember that X is 1\nremember that Y is 2');
    const memory = createMemoryStore(cartridge);
    expect([memory.get('X')?.value, memory.get('Y')?.value]).toEqual(['1', '2']);
    await ask('note: shopping\nmilk\neggs');
    expect(
      createNotesStore(cartridge)
        .list({ limit: 5 })
        .map((note) => note.text),
    ).toEqual(['shopping\nmilk\neggs']);
  });

  it('"set the theme to dark" writes nothing; "set the X to Y" changes a stored fact X', async () => {
    const { ask, cartridge } = offlineWorld();
    const theme = await ask('set the theme to dark');
    expect(theme.finish.status).toBe('needs_input');
    expect(theme.finish.answer).toMatch(/remember my theme is dark/);
    expect(createMemoryStore(cartridge).count()).toBe(0);
    await ask('remember the wifi password is Hunter2!');
    await ask('set the wifi password to Tr0ub4dor&3');
    expect(createMemoryStore(cartridge).get('wifi password')?.value).toBe('Tr0ub4dor&3');
  });

  it('"I\'ll remember that" is chatter: no call, no question', async () => {
    const { ask } = offlineWorld();
    for (const request of ["I'll remember that", "ok thanks, I'll keep that in mind"]) {
      const { events, finish } = await ask(request);
      expect(events.some((event) => event.type === 'tool-call-start')).toBe(false);
      expect(finish.status).toBe('done');
      expect(finish.answer).not.toMatch(/\?/);
    }
  });
});
