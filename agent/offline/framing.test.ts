import { describe, expect, it } from 'vitest';
import { createDefaultRegistry } from '../../tools/index.js';
import { colonFact, reframe, verbOfGerund } from './framing.js';
import { interpret } from './interpret.js';
import { rewriteRequest } from './rewrite.js';

describe('framing', () => {
  it('turns a gerund back into the verb the templates use', () => {
    expect(verbOfGerund('deleting')).toBe('delete');
    expect(verbOfGerund('forgetting')).toBe('forget');
    expect(verbOfGerund('adding')).toBe('add');
    expect(verbOfGerund('remembering')).toBe('remember');
  });

  it('drops consent words and chatty openers, never keeping them as part of the request', () => {
    expect(rewriteRequest('yes, delete note 1')).toBe('delete note 1');
    expect(rewriteRequest('yeah go ahead, remove note 2')).toBe('remove note 2');
    expect(rewriteRequest('would you mind deleting note 1')).toBe('delete note 1');
    expect(rewriteRequest('just so you know, my dentist is Dr Patel')).toBe('my dentist is Dr Patel');
    expect(rewriteRequest('we moved, my address is now 12 Elm Road')).toBe('my address is now 12 Elm Road');
  });

  it('keeps a word that only looks like consent when it starts the content', () => {
    expect(rewriteRequest('fine print is on page 4')).toBe('fine print is on page 4');
  });

  it('reads note prefixes and list additions as notes', () => {
    expect(reframe('idea: a podcast about bikes')).toBe('note a podcast about bikes');
    expect(reframe('todo - renew passport')).toBe('note renew passport');
    expect(reframe('remind me to call the plumber')).toBe('note call the plumber');
    expect(reframe('add eggs and flour to my shopping note')).toBe('note shopping: eggs and flour');
  });

  it('reads "idea for later -", "add a todo," and "don\'t let me forget" as things to keep', () => {
    expect(reframe('idea for later - an app for plants')).toBe('note an app for plants');
    expect(reframe('add a todo, renew car insurance')).toBe('note renew car insurance');
    expect(reframe("don't let me forget - the spare key is under the mat")).toBe(
      'remember the spare key is under the mat',
    );
  });

  it('reads plural "notes about X" as a search, singular "note about X" as a new note', () => {
    expect(reframe('notes mentioning passport')).toBe('search notes for passport');
    expect(reframe('any notes about the boiler')).toBe('search notes for the boiler');
    expect(reframe('note about the boiler service')).toBe('note about the boiler service');
  });

  it('reads "switch to <provider> <model>" as the model setting', () => {
    expect(reframe('switch to ollama qwen2.5:7b')).toBe('set model to ollama:qwen2.5:7b');
    expect(reframe('go back to offline mode')).toBe('set model to offline');
  });

  it('reads "name: value" as a fact only when the name is a plain noun phrase', () => {
    expect(colonFact('gym locker: 118')).toBe('my gym locker is 118');
    expect(colonFact("my mum's birthday: 3 April")).toBe("my mum's birthday is 3 April");
    expect(colonFact('add note: pick up Leo')).toBeUndefined();
    expect(colonFact('take a note: renew passport')).toBeUndefined();
    expect(colonFact('question: what is my pin')).toBeUndefined();
    expect(colonFact('shopping list: eggs')).toBeUndefined();
  });

  it('reads dated statements and settings phrasing plainly', () => {
    expect(reframe('my passport expires in May 2029')).toBe('my passport expires is in May 2029');
    expect(reframe('point ollama at http://10.0.0.5:11434')).toBe('set ollama url to http://10.0.0.5:11434');
    expect(reframe("what's been going on lately")).toBe('what has been going on lately');
  });
});

describe('closing words are stripped only as whole words (issue 7, second round)', () => {
  it.each([
    ['remember that my city is Bangkok', 'Bangkok'],
    ['remember that my cat is Kitty', 'Kitty'],
    ['remember that my code is 4ty', '4ty'],
    ['my boss is un idiota', 'un idiota'],
    ['remember that the password is Hotlol', 'Hotlol'],
    ['remember that my pin is 1234, ta', '1234'],
    ['remember my code is 1234 thanks', '1234'],
    ['my grade is A-, remember it', 'A-'],
    ['my blood type is O- remember that', 'O-'],
    ['my code is 1234 - remember it', '1234'],
  ])('%s keeps %s', (request, end) => {
    expect(rewriteRequest(request).endsWith(end)).toBe(true);
  });

  it('reads "notes:", "Memo –" and "save a note:" as a note', () => {
    expect(rewriteRequest('notes: buy milk')).toBe('note down buy milk');
    expect(rewriteRequest('Memo – call Sam')).toBe('note down call Sam');
    expect(rewriteRequest('save a note: the key is with Jo')).toBe('note down the key is with Jo');
  });
});

describe('explicit notes are kept as typed; a value after "is" is never a closer (issue 7, H3/H4)', () => {
  const registry = createDefaultRegistry();
  it.each([
    ['note: buy flowers for my love', 'buy flowers for my love'],
    ['note: text Ann thanks', 'text Ann thanks'],
    ['note: call mum, it is urgent', 'call mum, it is urgent'],
    ["note: buy milk, it's gone", "buy milk, it's gone"],
    ['make a note that the meeting is at 5', 'the meeting is at 5'],
    ['note that my locker is 18', 'my locker is 18'],
  ])('%s → note "%s"', (request, text) => {
    const meaning = interpret(request, registry);
    expect(meaning.kind === 'call' && meaning.steps.map((step) => [step.tool.name, step.input])).toEqual([
      ['notes_add', { text }],
    ]);
  });
  it.each([
    ["remember my dog's name is Honey", 'Honey'],
    ['remember the safe word is ok', 'ok'],
    ['remember my wifi password is thanks', 'thanks'],
    ['remember my nickname is mate', 'mate'],
  ])('%s keeps the value %s', (request, value) => {
    const meaning = interpret(request, registry);
    expect(meaning.kind === 'call' && meaning.steps[0]?.input.value).toBe(value);
  });
});

describe('a copula before a colon or "=" is one separator; the value is kept as typed (issue 7, S5)', () => {
  const registry = createDefaultRegistry();
  it.each([
    ['remember my excuse is: it is raining', 'excuse', 'it is raining'],
    ['my excuse is: it is raining', 'excuse', 'it is raining'],
    ['remember my motto is: carpe diem', 'motto', 'carpe diem'],
    ['my motto is: carpe diem', 'motto', 'carpe diem'],
    ['the wifi password is: hunter2', 'wifi password', 'hunter2'],
    ['remember my gate code is: 0042', 'gate code', '0042'],
    ['the freezer temperature is: -18', 'freezer temperature', '-18'],
    ['remember that my time is: 10:30', 'time', '10:30'],
    ["my sister's birthday is: 3 May", "sister's birthday", '3 May'],
    ['remember my PIN is = 4321', 'PIN', '4321'],
    ['my plan: go home', 'plan', 'go home'],
    ['remember my answer is - yes', 'answer', 'yes'],
    ['my answer is – yes', 'answer', 'yes'],
    ["my gate code, it's 4410", 'gate code', '4410'],
    ['my excuse is:it is raining', 'excuse', 'it is raining'],
    ['my PIN is:1234', 'PIN', '1234'],
    ['my kids are: Ann and Bob', 'kids', 'Ann and Bob'],
    ['remember my excuse was: it was raining', 'excuse', 'it was raining'],
    ['remember my mood is :D', 'mood', ':D'],
  ])('%s → %s = %s', (request, key, value) => {
    const meaning = interpret(request, registry);
    expect(meaning.kind === 'call' && meaning.steps.map((step) => [step.tool.name, step.input])).toEqual([
      ['memory_remember', { key, value }],
    ]);
  });
  it.each([
    ['note: the boiler is: broken', 'the boiler is: broken'],
    ['note: my plan is: go home', 'my plan is: go home'],
    ['note: the boiler makes a clicking noise', 'the boiler makes a clicking noise'],
  ])('%s stays a note "%s"', (request, text) => {
    const meaning = interpret(request, registry);
    expect(meaning.kind === 'call' && meaning.steps.map((step) => [step.tool.name, step.input])).toEqual([
      ['notes_add', { text }],
    ]);
  });
  it('never joins a second statement into the value: "12. It\'s on floor 3" is not "12 is on floor 3"', () => {
    expect(rewriteRequest("my locker code is 12. It's on floor 3.")).not.toMatch(/12 is on floor/);
  });
});
