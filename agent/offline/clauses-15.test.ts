import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { pairedFacts } from './joiners.js';
import { leadIn, questionedRemember } from './leadins.js';

const setup = seededWorld;

describe('"my X and Y are A and B" is two facts (issue 7, S24 H1)', () => {
  it.each([
    [
      'my wifi name and password are CasaNet and hunter2',
      { 'wifi name': 'CasaNet', 'wifi password': 'hunter2' },
    ],
    ['my email and phone are a@b.c and 0711 123456', { email: 'a@b.c', phone: '0711 123456' }],
    ['my height and weight are 180 cm and 75 kg', { height: '180 cm', weight: '75 kg' }],
    ['remember my mom and dad are Ana and Tom', { mom: 'Ana', dad: 'Tom' }],
    ['my bank pin and phone pin are 1111 & 2222', { 'bank pin': '1111', 'phone pin': '2222' }],
    [
      'my wifi name and password is CasaNet and hunter2',
      { 'wifi name': 'CasaNet', 'wifi password': 'hunter2' },
    ],
    [
      'my wifi name and password: CasaNet and hunter2',
      { 'wifi name': 'CasaNet', 'wifi password': 'hunter2' },
    ],
  ])('"%s"', async (request, expected) => {
    const { ask, facts } = await setup();
    const { finish } = await ask(request);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual(expected);
  });

  it.each([
    'my wifi name and password are CasaNet hunter2',
    'my favourite band and song are Simon and Garfunkel and The Boxer',
  ])('"%s" asks which value is which and keeps nothing', async (request) => {
    const { ask, facts } = await setup();
    const { finish, answer } = await ask(request);
    expect(finish.status).toBe('needs_input');
    expect(answer).toContain('kept nothing');
    expect(facts()).toEqual({});
  });

  it('"my bread and butter is teaching" stays one fact', async () => {
    const { ask, facts } = await setup();
    await ask('my bread and butter is teaching');
    expect(facts()).toEqual({ 'bread and butter': 'teaching' });
  });

  it('a plural name keeps its "and" value whole', async () => {
    const { ask, facts } = await setup();
    await ask('my kids are Tom and Ana');
    expect(facts()).toEqual({ kids: 'Tom and Ana' });
  });

  it('parts the values as typed, a shared head word going to both names', () => {
    expect(pairedFacts('my wifi name and password are CasaNet and hunter2.')).toEqual({
      text: 'my wifi name is CasaNet; my wifi password is hunter2',
    });
    expect(pairedFacts('what my wifi name and password are')).toBeUndefined();
    expect(pairedFacts('my name is Ana and Tom')).toBeUndefined();
    expect(pairedFacts('my home and work postcodes are N1 and E2')).toBeUndefined();
  });

  it.each([
    ["what's my wifi name and password?", ['wifi name', 'wifi password']],
    ["what's my wifi name? also my wifi password", ['wifi name', 'wifi password']],
    ["what's my wifi name? my wifi password", ['wifi name', 'wifi password']],
  ])('"%s" answers every name asked', async (request, keys) => {
    const { ask } = await setup([
      ['wifi name', 'CasaNet'],
      ['wifi password', 'hunter2'],
    ]);
    const { calls, answer } = await ask(request);
    expect(calls.map((call) => (call.input as { key?: string }).key)).toEqual(keys);
    expect(answer).toContain('CasaNet');
    expect(answer).toContain('hunter2');
  });
});

describe('a clause opening with a pronoun is never glued into the value (S24 H2)', () => {
  it.each([
    ['my passport number is X1234567 and it expires 2031-05-02', 'it expires 2031-05-02'],
    ['remember my passport number is X1234567 and it expires on 2031-05-02', 'it expires on 2031-05-02'],
  ])('"%s"', async (request, tail) => {
    const { ask, facts } = await setup();
    const { answer } = await ask(request);
    expect(facts()).toEqual({ 'passport number': 'X1234567' });
    expect(answer).toContain(`I did not keep "${tail}"`);
  });

  it('says how to keep the date with its name', async () => {
    const { ask } = await setup();
    const { answer } = await ask('my passport number is X1234567 and it expires 2031-05-02');
    expect(answer).toContain('"my passport expires 2031-05-02"');
    const { ask: again, facts } = await setup();
    await again('my passport expires 2031-05-02');
    expect(facts()).toEqual({ 'passport expires': '2031-05-02' });
  });

  it('"my son is Max and he turns 5 in May" keeps nothing', async () => {
    const { ask, facts } = await setup();
    await ask('my son is Max and he turns 5 in May');
    expect(facts()).toEqual({});
  });

  it('"my passport expires 2031-05-02" is still a dated fact', async () => {
    const { ask, facts } = await setup();
    await ask('my passport expires 2031-05-02');
    expect(facts()).toEqual({ 'passport expires': '2031-05-02' });
  });
});

describe('"remember my X is Y?" is a question, never a write (S24 H3)', () => {
  it.each(['remember, my garage code is 9999?', 'remember my garage code is 1234?'])(
    '"%s" keeps the stored value',
    async (request) => {
      const { ask, facts } = await setup([['garage code', '7781']]);
      const { finish, answer } = await ask(request);
      expect(finish.status).toBe('needs_input');
      expect(answer).not.toContain('Updated');
      expect(facts()).toEqual({ 'garage code': '7781' });
    },
  );

  it('writes nothing new either, and a polite question still asks to keep', async () => {
    const { ask, facts } = await setup();
    await ask('remember that my bike is red?');
    expect(facts()).toEqual({});
    await ask('can you remember my locker is 24?');
    expect(facts()).toEqual({ locker: '24' });
  });

  it('says the plain instruction to use', () => {
    expect(questionedRemember('remember, my garage code is 9999?')?.plain).toBe(
      'remember my garage code is 9999',
    );
    expect(questionedRemember('remember when I asked you about the wifi?')).toBeUndefined();
    expect(questionedRemember('remember my garage code is 9999')).toBeUndefined();
    expect(questionedRemember("remember my cat's name is Mochi!?")).toBeUndefined();
    expect(questionedRemember('remember that the gate code is 7x?9?')).toBeUndefined();
  });
});

describe('lead-ins in other languages and marking words are never keys (S24 H4, M2, M3)', () => {
  it.each([
    ['запомни: мой пароль от почты 7h!kQ', { 'пароль от почты': '7h!kQ' }],
    ['important: my bank pin is 4455', { 'bank pin': '4455' }],
    ['reminder: my gate pin is 3434', { 'gate pin': '3434' }],
    ['psst: my vault pin is 1212', { 'vault pin': '1212' }],
    ['ok so basically my alarm code is 2580 lol', { 'alarm code': '2580' }],
    ['and remember my vault passcode is W3R5T7', { 'vault passcode': 'W3R5T7' }],
  ])('"%s"', async (request, expected) => {
    const { ask, facts, notes } = await setup();
    await ask(request);
    expect(facts()).toEqual(expected);
    expect(notes()).toEqual([]);
  });

  it.each(['recuerda: mi PIN del banco es 9090', 'merke dir: mein PIN ist 5555'])(
    '"%s" (a copula of its own language) is never a note holding the PIN',
    async (request) => {
      const { ask, notes } = await setup();
      await ask(request);
      expect(notes()).toEqual([]);
      expect(leadIn(request)).toBeUndefined();
    },
  );

  it('"reminder: buy milk" stays a note', async () => {
    const { ask, facts, notes } = await setup();
    await ask('reminder: buy milk');
    expect(facts()).toEqual({});
    expect(notes()).toEqual(['buy milk']);
  });

  it.each([
    ['recuerda: mi contraseña 7h!kQ', 'remember: mi contraseña 7h!kQ'],
    ['覚えて: 私の部屋は 301', 'remember: 私の部屋は 301'],
    ['tbh my locker is 12', 'my locker is 12'],
  ])('"%s" reads as "%s"', (request, text) => {
    expect(leadIn(request)?.text).toBe(text);
  });
});

describe('a suggested sentence is one a person would say (S24 M1)', () => {
  it.each([
    ['I wonder if my locker is 12', '"my locker is …"'],
    ['I bet my locker is 12', '"my locker is …"'],
  ])('"%s"', async (request, said) => {
    const { ask, facts } = await setup();
    const { answer } = await ask(request);
    expect(facts()).toEqual({});
    expect(answer).toContain(said);
    expect(answer).not.toMatch(/my I /);
  });
});
