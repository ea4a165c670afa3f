import { describe, expect, it } from 'vitest';
import { testRuntime } from '../../test/helpers/runtime.js';
import { memoryKeyCheck } from './offline.js';
import { knownPeople, personName, whichPeople } from './people.js';
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
});
