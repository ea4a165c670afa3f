import { describe, expect, it } from 'vitest';
import { WITHHELD } from '../../cartridge/redact.js';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * Issue 7, m15 (stranger): secrets in memory.
 * 1. A vague question that fits several secret facts asks which one (names only), never picks one
 *    and says its value; asked by its full name, a secret answers.
 * 2. A card number (Luhn) or an IBAN (mod 97) is a secret by its value, whatever its fact is called.
 * 3. Secret names in other languages and scripts are secrets too.
 * 5. "show my passwords", "list my secrets" list the facts of that kind, values masked, no write.
 */

/** Every text of the event log and the audit, joined, to look for a value in. */
function logged(world: ReturnType<typeof offlineWorld>): string {
  const { prepare } = world.cartridge;
  const events = prepare('SELECT data FROM events').all() as { data: string | null }[];
  const audit = prepare('SELECT input, error FROM audit').all() as {
    input: string | null;
    error: string | null;
  }[];
  return [...events.map((row) => row.data), ...audit.flatMap((row) => [row.input, row.error])].join('\n');
}

describe('a vague question that fits several secrets asks which, and says no value', () => {
  const PAIRS: [string, string, string, string][] = [
    ['home wifi password', 'work wifi password', 'aaa111', 'bbb222'],
    ['wifi password', 'guest wifi password', 'ccc333', 'ddd444'],
    ['bank PIN', 'phone PIN', '1357', '2468'],
    ['email password', 'work email password', 'eee555', 'fff666'],
  ];
  const QUESTIONS: Record<string, string[]> = {
    'home wifi password': [
      'what wifi password do I have?',
      "what's my wifi password?",
      'tell me my password',
      'which password do I have',
    ],
    'wifi password': ['tell me my password', 'which password do I have', 'what password do I have?'],
    'bank PIN': ['which pin do I have', "what's my pin?", 'what pin do I have?', 'tell me my PIN'],
    'email password': ['tell me my password', 'which password do I have'],
  };

  it.each(PAIRS)('%s and %s: asked which, by name only', async (one, other, oneValue, otherValue) => {
    const world = offlineWorld();
    await world.remember([
      [one, oneValue],
      [other, otherValue],
    ]);
    for (const question of QUESTIONS[one]!) {
      const run = await world.ask(question);
      expect(run.finish.status, question).toBe('needs_input');
      expect(run.answer, question).toMatch(/Which one do you mean\?/);
      expect(run.answer, question).toContain(`${one}: ••••`);
      expect(run.answer, question).toContain(`${other}: ••••`);
      expect(run.answer, question).not.toContain(oneValue);
      expect(run.answer, question).not.toContain(otherValue);
    }
    // Asked by its full name, each answers with its value.
    expect((await world.ask(`what's my ${one}?`)).answer).toContain(oneValue);
    expect((await world.ask(`what's my ${other}?`)).answer).toContain(otherValue);
    expect(world.facts()).toHaveLength(2);
  });

  // S28 H1 (m19): "which pin do I have" asks which PINs are kept, as "what pins do I have" does:
  // with one, it is named and masked; asked for ("what's my pin?"), it is said.
  it('one secret alone is named, masked, for "which pin do I have"; "what\'s my pin?" says it', async () => {
    const world = offlineWorld();
    await world.remember([['bank PIN', '1357']]);
    const answer = (await world.ask('which pin do I have')).answer;
    expect(answer).toContain('bank PIN: ••••');
    expect(answer).not.toContain('1357');
    expect((await world.ask("what's my pin?")).answer).toBe('Your bank PIN is 1357.');
  });

  it('a plain fact is not made a which-question ("what phone do I have?" with a work phone)', async () => {
    const world = offlineWorld();
    await world.remember([
      ['phone', 'Pixel 8'],
      ['work phone', 'iPhone 15'],
    ]);
    expect((await world.ask('what phone do I have?')).answer).toBe('Your phone is Pixel 8.');
  });
});

describe('a card number or an IBAN is a secret by its value', () => {
  it.each([
    ['remember my visa is 4111 1111 1111 1111', 'visa', '4111 1111 1111 1111'],
    ['remember my account is GB82 WEST 1234 5698 7654 32', 'account', 'GB82 WEST 1234 5698 7654 32'],
    ['remember my card is 5500-0000-0000-0004', 'card', '5500-0000-0000-0004'],
  ])('%s: never logged, masked in lists, said when asked by name', async (request, name, value) => {
    const world = offlineWorld();
    const stored = await world.ask(request, true);
    expect(stored.names).toEqual(['memory_remember']);
    expect(world.facts()).toEqual([[name, value]]);
    const digits = value.replace(/[\s-]/g, '');
    const log = logged(world);
    expect(log).not.toContain(value);
    expect(log.replace(/[\s-]/g, '')).not.toContain(digits);
    expect(log).toContain(WITHHELD);
    await world.remember([['dog', 'Rex']]);
    const listed = await world.ask('what do you remember?');
    expect(listed.answer).toContain(`${name}: ••••`);
    expect(listed.answer).toContain('dog: Rex');
    expect(listed.answer).not.toContain(value);
    expect((await world.ask(`what is my ${name}?`)).answer).toContain(value);
  });

  it('a changed card number: the old one is forgotten in the event log too', async () => {
    const world = offlineWorld();
    await world.remember([['visa', '4111 1111 1111 1111']]);
    await world.remember([['visa', '5500 0000 0000 0004']]);
    const log = logged(world);
    expect(log).not.toContain('4111 1111 1111 1111');
    expect(log).not.toContain('5500 0000 0000 0004');
  });
});

describe('secret names in other languages keep their values out of the log', () => {
  it.each([
    ['mot de passe wifi', 'bonjour33'],
    ['كلمة المرور', 'salam44'],
    ['पासवर्ड', 'namaste55'],
    ['clave del banco', 'hola66'],
    ["parola d'ordine", 'ciao77'],
  ])('%s', async (name, value) => {
    const world = offlineWorld();
    await world.remember([[name, value]]);
    expect(logged(world)).not.toContain(value);
    expect((await world.ask('what do you remember?')).answer).toContain(`${name}: ••••`);
  });
});

describe('"show my passwords", "list my secrets": the facts listed, masked, nothing written', () => {
  const FACTS: [string, string][] = [
    ['wifi password', 'aaa111'],
    ['email password', 'bbb222'],
    ['bank PIN', '1357'],
    ['phone PIN', '2468'],
    ['visa', '4111 1111 1111 1111'],
    ['dog', 'Rex'],
  ];
  it.each([
    ['show my passwords', ['wifi password', 'email password'], ['bank PIN', 'dog']],
    ['show all my passwords', ['wifi password', 'email password'], ['bank PIN']],
    ['what passwords have I saved?', ['wifi password', 'email password'], ['bank PIN']],
    ['what are my passwords?', ['wifi password', 'email password'], ['bank PIN']],
    ['list my PINs', ['bank PIN', 'phone PIN'], ['wifi password']],
    ['show me my pins', ['bank PIN', 'phone PIN'], ['wifi password']],
    ['which PINs do you have?', ['bank PIN', 'phone PIN'], ['wifi password']],
    ['list my secrets', ['wifi password', 'email password', 'bank PIN', 'phone PIN', 'visa'], ['dog']],
    ['what secrets do you know?', ['wifi password', 'bank PIN', 'visa'], ['dog']],
  ])('%s', async (request, listed, unlisted) => {
    const world = offlineWorld();
    await world.remember(FACTS);
    const run = await world.ask(request);
    expect(run.names).toEqual(['memory_list']);
    expect(run.calls[0]?.input).toHaveProperty('about');
    for (const name of listed) expect(run.answer, request).toContain(`${name}: ••••`);
    for (const name of unlisted) expect(run.answer, request).not.toContain(`${name}:`);
    for (const [, value] of FACTS.slice(0, 5)) expect(run.answer, request).not.toContain(value);
    expect(world.facts()).toHaveLength(FACTS.length);
  });
});

describe('a guess at a secret is never in the audit, right or wrong', () => {
  it.each([
    ['bank PIN', '1357', 'is my bank PIN 1357?', 'Yes, your bank PIN is 1357.'],
    ['bank PIN', '1357', 'is my bank PIN 9999?', 'No, that is not your bank PIN.'],
    [
      'visa',
      '4111 1111 1111 1111',
      'is my visa 4111 1111 1111 1111?',
      'Yes, your visa is 4111 1111 1111 1111.',
    ],
  ])('%s: %s', async (name, value, question, answer) => {
    const world = offlineWorld();
    await world.remember([[name, value]]);
    const run = await world.ask(question);
    expect(run.answer).toBe(answer);
    const log = logged(world);
    expect(log).not.toContain(value);
    expect(log).not.toContain('9999');
    expect(log).toContain(WITHHELD);
  });

  it('a plain guess is kept as asked ("is my locker 12?")', async () => {
    const world = offlineWorld();
    await world.remember([['locker', '12']]);
    await world.ask('is my locker 12?');
    expect(logged(world)).toContain('"guess":"12"');
  });
});

describe('"show me my wifi password" is a lookup by name, never an app to share', () => {
  it.each([
    ['show me my home wifi password', 'Your home wifi password is aaa111.'],
    ['display the bank PIN', 'Your bank PIN is 1357.'],
    ['show my bank pin?', 'Your bank PIN is 1357.'],
  ])('%s', async (request, answer) => {
    const world = offlineWorld();
    await world.remember([
      ['home wifi password', 'aaa111'],
      ['work wifi password', 'bbb222'],
      ['bank PIN', '1357'],
    ]);
    const run = await world.ask(request);
    expect(run.names).toEqual(['memory_recall']);
    expect(run.answer).toBe(answer);
  });

  it('"show me my wifi password" with two fitting asks which, values masked', async () => {
    const world = offlineWorld();
    await world.remember([
      ['home wifi password', 'aaa111'],
      ['work wifi password', 'bbb222'],
    ]);
    const run = await world.ask('show me my wifi password');
    expect(run.names).toEqual(['memory_recall']);
    expect(run.finish.status).toBe('needs_input');
    expect(run.answer).toContain('home wifi password: ••••');
    expect(run.answer).not.toMatch(/aaa111|bbb222/);
  });
});

describe('a secret named in full by a short form still answers', () => {
  it('"what is my wifi password?" with "wifi pwd" and "guest wifi pwd"', async () => {
    const world = offlineWorld();
    await world.remember([
      ['wifi pwd', 'aaa111'],
      ['guest wifi pwd', 'bbb222'],
    ]);
    expect((await world.ask('what wifi password do I have?')).answer).toContain('aaa111');
  });
});
