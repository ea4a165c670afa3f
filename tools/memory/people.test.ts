import { describe, expect, it } from 'vitest';
import { chatWorld, offlineWorld } from '../../test/helpers/offline.js';
import { askedOtherWay, knownPeople, otherNames, personName, personTopics } from './people.js';

/**
 * Stranger m22: one person named by relation ("my brother"), by name ("Tom") or both ("my brother
 * Tom") is one identity for finding and updating their facts; two people are never one.
 */
describe('a fact name opens with the person it is about', () => {
  it.each([
    ["brother Tom's phone number", { relation: 'brother', name: 'Tom', rest: 'phone number', owner: true }],
    ["Tom's phone number", { name: 'Tom', rest: 'phone number', owner: true }],
    ["my brother's phone number", { relation: 'brother', rest: 'phone number', owner: true }],
    ["mum's address", { relation: 'mother', rest: 'address', owner: true }],
    ['son Leo', { relation: 'son', name: 'Leo', rest: '', owner: false }],
    ['son allergic to', { relation: 'son', rest: 'allergic to', owner: false }],
    ['Priya', { name: 'Priya', rest: '', owner: false }],
    ["wife's name", { relation: 'wife', rest: 'name', owner: true }],
  ])('"%s"', (key, person) => {
    expect(personName(key)).toEqual(person);
  });

  it('names no person in "her phone" or "(a) phone"', () => {
    expect(personName('her phone')?.relation).toBeUndefined();
    expect(personName('')).toBeUndefined();
  });
});

describe('who is who, from the facts kept', () => {
  const facts = [
    { label: "wife's name", value: 'Priya' },
    { label: "brother Tom's phone number", value: '555-0198' },
    { label: 'son Leo', value: 'allergic to peanuts' },
    { label: "coworker Tom's email", value: 'tom@work.com' },
    { label: "sister's name", value: 'not a name' },
  ];
  const people = knownPeople(facts);

  it('reads a name fact and a name after its relation', () => {
    expect(people).toEqual([
      { relation: 'wife', name: 'Priya' },
      { relation: 'brother', name: 'Tom' },
      { relation: 'son', name: 'Leo' },
      { relation: 'coworker', name: 'Tom' },
    ]);
  });

  it.each([
    ["wife's email", ["wife Priya's email", "Priya's email"]],
    ["Priya's birthday", ["wife Priya's birthday", "wife's birthday"]],
    ["brother's phone number", ["brother Tom's phone number", "Tom's phone number"]],
    ['Priya', ["wife's name", 'wife Priya', 'wife']],
  ])('"%s" is also %j', (key, names) => {
    expect(otherNames(key, people)).toEqual(names);
  });

  it.each([
    // Tom is two people; nobody is the sister; "my son" is one, "my sons" none of them.
    "Tom's birthday",
    "sister's phone number",
    "neighbour's phone",
    'wifi password',
  ])('"%s" has no other name', (key) => {
    expect(otherNames(key, people)).toEqual([]);
  });

  it('asks a question the other way round only for one known person', () => {
    expect(askedOtherWay('how old is Leo?', facts)).toBe('how old is my son?');
    expect(askedOtherWay('how old is my wife?', facts)).toBe('how old is Priya?');
    expect(askedOtherWay('how old is Tom?', facts)).toBeUndefined();
    expect(askedOtherWay('how old is my sister?', facts)).toBeUndefined();
  });

  it('lists a person by both names as a topic', () => {
    expect(personTopics('Leo', facts)).toEqual(['Leo', 'son']);
    expect(personTopics('my wife', facts)).toEqual(['Priya', 'wife']);
    expect(personTopics('Tom', facts)).toEqual(['Tom']);
  });
});

describe('a person named either way through the planner (real cartridge)', () => {
  it('asks before "Tom\'s phone number" is kept beside "brother Tom\'s phone number", and "yes" updates it', async () => {
    const { say, facts } = chatWorld();
    await say("my brother Tom's phone number is 555-0198", { c: false });
    const asked = await say("Tom's phone number is 555-7777", { c: false });
    expect(asked.answer).toContain("Your brother Tom's phone number is 555-0198");
    expect(asked.answer).toContain('change it to 555-7777?');
    expect(facts()).toEqual({ "brother Tom's phone number": '555-0198' });
    const yes = await say('yes');
    expect(yes.answer).toBe("Updated: your brother Tom's phone number is now 555-7777 (was 555-0198).");
    expect(facts()).toEqual({ "brother Tom's phone number": '555-7777' });
  });

  it('finds and updates facts by relation or by name, through a name fact', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my wife's name is Priya");
    await ask("Priya's email is priya@example.com");
    await ask("my son's name is Leo");
    await ask('my son is 7');
    await ask("Leo's birthday is 9 May");
    expect((await ask('who is Priya?')).answer).toBe('Priya is your wife.');
    expect((await ask("what's my wife's email?")).answer).toBe("Priya's email is priya@example.com.");
    expect((await ask("when is my son's birthday?")).answer).toBe("Leo's birthday is 9 May.");
    expect((await ask('how old is Leo?')).answer).toBe('Leo (your son) is 7.');
    const email = await ask("my wife's email is p@new.com");
    expect(email.answer).toContain('Say "update Priya\'s email to p@new.com"');
    const age = await ask("Leo's age is 8");
    expect(age.answer).toContain('Your son\'s age is 7, and nothing is remembered as "Leo\'s age"');
    expect(facts()).toHaveLength(5);
    expect((await ask('what do you know about Leo?')).answer).toBe(
      "I remember 3 things about Leo: Leo's birthday: 9 May; son's age: 7; son's name: Leo.",
    );
  });

  it('says a name-owned fact back without "my": "remember Priya\'s phone is …", "To change Priya\'s phone"', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my wife's name is Priya");
    await ask("Priya's phone is 555-4444");
    const corrected = await ask("actually my wife's phone is 555-0000");
    expect(corrected.answer).toContain('To change Priya\'s phone, say "remember Priya\'s phone is 555-0000"');
    expect(corrected.answer).not.toContain("my Priya's");
    expect((await ask("remember Priya's phone is 555-0000")).answer).toBe(
      "Updated: Priya's phone is now 555-0000 (was 555-4444).",
    );
    expect(facts()).toHaveLength(2);
    expect((await ask("forget my wife's phone")).answer).toContain('say "forget Priya\'s phone"');
  });

  it('answers "who is Priya?" with who she is, and "what is Priya like?" with what is kept of her', async () => {
    const { ask } = offlineWorld();
    await ask("my wife's name is Priya");
    await ask("Priya's email is priya@example.com");
    expect((await ask('who is Priya?')).answer).toBe('Priya is your wife.');
    const boss = offlineWorld();
    await boss.ask('remember my boss, Priya, is strict');
    expect((await boss.ask('what is Priya like?')).answer).toContain('strict');
  });

  it('answers "what is my son allergic to?" from "son Leo: allergic to peanuts"', async () => {
    const { ask } = offlineWorld();
    await ask("my son's name is Leo");
    await ask('my son Leo is allergic to peanuts');
    expect((await ask('what is my son allergic to?')).answer).toBe('Your son Leo is allergic to peanuts.');
    expect((await ask('what is Leo allergic to?')).answer).toBe('Your son Leo is allergic to peanuts.');
  });

  it('never takes one person for another: two Toms, two sons, a sister never told of', async () => {
    const { ask, facts, remember } = offlineWorld();
    await ask("my brother Tom's phone number is 555-0198");
    await ask("my coworker Tom's email is tom@work.com");
    await ask("my brother's birthday is 12 March");
    expect((await ask("when is Tom's birthday?")).answer).not.toContain("Your brother's birthday is");
    // m23: a name two people share is asked about, and nothing is kept until it is answered.
    expect((await ask("Tom's address is 4 Oak Road")).answer).toMatch(
      /^Which Tom: your (?:brother|coworker) Tom or your (?:brother|coworker) Tom\?.*nothing was remembered\.$/,
    );
    expect((await ask("what's my sister's phone number?")).answer).toMatch(
      /^I don't have anything remembered about sister's phone number\./,
    );
    expect(facts()).toHaveLength(3);
    // Two sons (said one after the other, the second asks whether the son's name changed).
    await remember([
      ['son Leo', 'allergic to peanuts'],
      ['son Max', 'allergic to cats'],
    ]);
    expect((await ask('what is my son allergic to?')).answer).not.toMatch(/^Your son (?:Leo|Max) is/);
  });
});
