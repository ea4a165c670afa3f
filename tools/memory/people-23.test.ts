import { describe, expect, it } from 'vitest';
import { chatWorld, offlineWorld } from '../../test/helpers/offline.js';
import { testRuntime } from '../../test/helpers/runtime.js';
import { personQuestionNames } from './generic.js';
import { memoryKeyCheck } from './offline.js';
import { knownPeople, personName, whichPeople, withPossessive } from './people.js';
import { createMemoryStore } from './store.js';

/**
 * m23: people and their facts, asked and told in everyday ways. A name two people share is asked
 * about, never kept apart from both; a person named Mia is no Italian "my"; the relations people
 * use name people.
 */
describe('people, m23', () => {
  const world = () => {
    const runtime = testRuntime();
    const call = async (tool: string, input: Record<string, unknown>) =>
      runtime.executor.execute(tool, input, { caller: runtime.caller, approved: true });
    return { call, memory: () => createMemoryStore(runtime.cartridge) };
  };

  it('"Tom\'s birthday" with brother Tom and coworker Tom asks which Tom and keeps nothing', async () => {
    const { call, memory } = world();
    await call('memory_remember', { key: "brother Tom's phone", value: '555 1234' });
    await call('memory_remember', { key: "coworker Tom's email", value: 'tom@work.com' });
    const result = await call('memory_remember', { key: "Tom's birthday", value: '3 June', ifNew: true });
    expect(result.ok).toBe(true);
    const output = (result as { output: { kept?: boolean; which?: string[] } }).output;
    expect(output.kept).toBe(true);
    expect([...(output.which ?? [])].sort()).toEqual(['brother Tom', 'coworker Tom']);
    expect(result.ok && result.text).toMatch(
      /^Which Tom: your (?:brother|coworker) Tom or your (?:brother|coworker) Tom\? Say "remember my/,
    );
    expect(memory().get("Tom's birthday")).toBeUndefined();
    expect(
      memory()
        .labels({ limit: 10 })
        .map(({ label }) => label),
    ).toHaveLength(2);
  });

  it('"my brother\'s phone" with two brothers asks which brother; one brother is that brother', async () => {
    const { call, memory } = world();
    await call('memory_remember', { key: "brother Tom's email", value: 'tom@x.com' });
    await call('memory_remember', { key: "brother Sam's email", value: 'sam@x.com' });
    const two = await call('memory_remember', { key: "brother's phone", value: '555' });
    expect((two as { output: { which?: string[] } }).output.which).toHaveLength(2);
    expect(memory().get("brother's phone")).toBeUndefined();
    // One Tom (a brother) and a coworker named otherwise: Tom is that brother, asked as before.
    const one = world();
    await one.call('memory_remember', { key: "brother Tom's phone", value: '555' });
    await one.call('memory_remember', { key: "coworker Ann's phone", value: '666' });
    const said = await one.call('memory_remember', { key: "Tom's birthday", value: '3 June' });
    expect((said as { output: { which?: string[]; sameAs?: string } }).output.which).toBeUndefined();
    expect(one.memory().get("Tom's birthday")?.value).toBe('3 June');
  });

  it.each([
    ['Mia allergic to', 'Mia allergic to'],
    ['Mio phone number', 'Mio phone number'],
    ['mia contraseña', 'contraseña'],
    ['la mia password', 'password'],
    ['mi número de teléfono', 'número de teléfono'],
    ['Mi contraseña del banco', 'contraseña del banco'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(memoryKeyCheck(said)).toEqual({ value: read });
  });

  it.each([
    ["best friend Sam's phone", { relation: 'best friend', name: 'Sam', rest: 'phone', owner: true }],
    ["my stepmom's birthday", { relation: 'stepmother', rest: 'birthday', owner: true }],
    [
      "mother-in-law Jane's address",
      { relation: 'mother-in-law', name: 'Jane', rest: 'address', owner: true },
    ],
    ["fiancé's name", { relation: 'fiance', rest: 'name', owner: true }],
    ["ex's phone", { relation: 'ex', rest: 'phone', owner: true }],
    ["godmother's email", { relation: 'godmother', rest: 'email', owner: true }],
    ["grandson Max's school", { relation: 'grandson', name: 'Max', rest: 'school', owner: true }],
    ["housemate's phone", { relation: 'housemate', rest: 'phone', owner: true }],
  ])('"%s" names a person', (key, person) => {
    expect(personName(key)).toEqual(person);
  });

  it('a best friend and a friend are two people', () => {
    const people = knownPeople([
      { label: "best friend's name", value: 'Sam' },
      { label: "friend's name", value: 'Sam' },
      { label: "stepmom's name", value: 'Jo' },
    ]);
    expect(people).toEqual([
      { relation: 'best friend', name: 'Sam' },
      { relation: 'friend', name: 'Sam' },
      { relation: 'stepmother', name: 'Jo' },
    ]);
    expect(whichPeople("Sam's phone", people)).toEqual(['best friend Sam', 'friend Sam']);
    expect(whichPeople("Jo's phone", people)).toEqual([]);
  });

  it.each([
    ['moms name', "mom's name"],
    ['my dads birthday', "my dad's birthday"],
    ['sisters name', "sister's name"],
    ['parents address', 'parents address'],
    ['bosses', 'bosses'],
    ['news feed', 'news feed'],
  ])('"%s" is kept as "%s"', (said, kept) => {
    expect(withPossessive(said)).toBe(kept);
  });

  it.each([
    ["dad's home", ["dad's address", "dad's home address"]],
    ["Tom's workplace", ["Tom's employer", "Tom's company", "Tom's work"]],
    ["my sister's address", ["my sister's home", "my sister's home address"]],
    ['home', []],
    ["dad's phone", []],
  ])('"%s" may be kept as %j', (key, names) => {
    expect(personQuestionNames(key)).toEqual(names);
  });
});

describe('a family told and asked in everyday ways (planner, real cartridge)', () => {
  it('asks which Tom, and "my brother" keeps it under the brother', async () => {
    const world = chatWorld();
    await world.say("my brother Tom's phone is 555 1234", { c: false });
    await world.say("my coworker Tom's email is tom@work.com", { c: false });
    const asked = await world.say("Tom's birthday is 3 June", { c: false });
    expect(asked.answer).toMatch(
      /^Which Tom: your (?:brother|coworker) Tom or your (?:brother|coworker) Tom\?/,
    );
    expect(world.facts()).not.toHaveProperty("Tom's birthday");
    expect((await world.say('my brother')).answer).toBe("Remembered: your brother Tom's birthday is 3 June.");
    expect(world.facts()["brother Tom's birthday"]).toBe('3 June');
    expect(world.facts()).not.toHaveProperty("coworker Tom's birthday");
  });

  it('"and her birthday?" after the wife\'s phone asks for the wife\'s birthday', async () => {
    const world = chatWorld();
    await world.say("my wife's name is Priya", { c: false });
    await world.say("my wife's phone is 555 0001", { c: false });
    await world.say("Priya's birthday is 9 March", { c: false });
    expect((await world.say("what's my wife's phone?", { c: false })).answer).toBe(
      "Your wife's phone is 555 0001.",
    );
    expect((await world.say('and her birthday?')).answer).toBe("Priya's birthday is 9 March.");
    expect((await world.say("what is Priya's birthday?", { c: false })).answer).toBe(
      "Priya's birthday is 9 March.",
    );
    expect((await world.say('and what about her phone?')).answer).toBe("Your wife's phone is 555 0001.");
  });

  it("finds a person's home and workplace, a possessive said without its apostrophe, and Mia", async () => {
    const { ask, facts } = offlineWorld();
    await ask('my moms name is Grace and her birthday is oct 2');
    expect(
      facts()
        .map(([label]) => label)
        .sort(),
    ).toEqual(["mom's birthday", "mom's name"]);
    expect((await ask("when is Grace's birthday?")).answer).toBe("Your mom's birthday is oct 2.");
    await ask('my dads name is Bill');
    await ask("Bill's address is 12 Oak Road");
    expect((await ask('where does my dad live?')).answer).toBe("Bill's address is 12 Oak Road.");
    await ask("remember Tom's employer is Acme");
    expect((await ask('where does Tom work?')).answer).toBe("Tom's employer is Acme.");
    expect((await ask('who does Tom work for?')).answer).toBe("Tom's employer is Acme.");
    // Mia with nothing else known of her, beside other people's facts; then as a daughter.
    await ask('remember Mia is allergic to peanuts');
    expect((await ask('what is Mia allergic to?')).answer).toMatch(/Mia is allergic to peanuts\.$/);
    const named = offlineWorld();
    await named.ask("my daughter Mia's birthday is 2 May");
    await named.ask('remember Mia is allergic to peanuts');
    expect((await named.ask('what is Mia allergic to?')).answer).toMatch(/Mia is allergic to peanuts\.$/);
    expect((await named.ask("when is Mia's birthday?")).answer).toBe(
      "Your daughter Mia's birthday is 2 May.",
    );
  });

  it('"my son Max is …" with son Leo known is another son; "my son\'s name is Max" still asks', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my son's name is Leo");
    const said = (await ask('my son Max is allergic to cats')).answer;
    expect(said).toBe(
      "Your son's name is Leo, so Max is another son.\nRemembered: your son Max is allergic to cats.",
    );
    expect(Object.fromEntries(facts())).toEqual({ "son's name": 'Leo', 'son Max': 'allergic to cats' });
    expect((await ask("my son's name is Max")).answer).toMatch(/^Your son's name is Leo; change it to Max\?/);
    expect((await ask('what is Max allergic to?')).answer).toBe('Your son Max is allergic to cats.');
    await ask('my son Leo is 7');
    // Two sons: what is known of Max is his alone, never Leo's.
    const max = (await ask('what do you know about Max?')).answer;
    expect(max).toBe('I remember 1 thing about Max: son Max: allergic to cats.');
  });

  it('"what are my passwords?" lists mine and counts others\'; "what pins do I have" lists every PIN', async () => {
    const { ask, remember } = offlineWorld();
    await remember([
      ['email password', 'abc123'],
      ["wife's email password", 'hunter2'],
      ['bank PIN', '2468'],
      ["sister's PIN", '1111'],
    ]);
    const mine = (await ask('what are my passwords?')).answer;
    expect(mine).toMatch(/^I remember 1 thing about your passwords: email password: ••••\./);
    expect(mine).toContain('I also remember 1 thing about other people: wife (1)');
    expect(mine).not.toContain("wife's email password");
    const pins = (await ask('what pins do I have')).answer;
    expect(pins).toContain('bank PIN: ••••');
    expect(pins).toContain("sister's PIN: ••••");
    for (const value of ['abc123', 'hunter2', '2468', '1111']) {
      expect(mine).not.toContain(value);
      expect(pins).not.toContain(value);
    }
  });
});
