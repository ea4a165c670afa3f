import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/** Issue 7, m11 5: "is my locker 12?" answers from memory; a secret guessed wrong is never shown. */
describe('a check question answers yes or no from what is kept', () => {
  const seed: [string, string][] = [
    ['locker', '12'],
    ['PIN', '1234'],
    ['wifi password', 'hunter2'],
    ["Anna's phone", '0777 123'],
    ['car', 'a Golf'],
    ['kids', 'Max and Lea'],
    ["mum's birthday", '3 May'],
    ["brother Tom's birthday", '12 Oct'],
  ];

  it.each([
    ['is my locker 12?', 'Yes, your locker is 12.'],
    ['is my locker 21?', 'No: your locker is 12.'],
    ['is my locker really 12?', 'Yes, your locker is 12.'],
    ['is my PIN still 1234?', 'Yes, your PIN is 1234.'],
    ['is my PIN maybe 1234?', 'Yes, your PIN is 1234.'],
    ['is my PIN 9999?', 'No, that is not your PIN.'],
    ['is my wifi password hunter3?', 'No, that is not your wifi password.'],
    ["is Anna's phone 0777 123?", "Yes, Anna's phone is 0777 123."],
    ['is my car a Golf?', 'Yes, your car is a Golf.'],
    ['are my kids Max and Lea?', 'Yes, your kids are Max and Lea.'],
    ["is my mum's birthday 4 May?", "No: your mum's birthday is 3 May."],
    ["is my brother Tom's birthday 12 Oct?", "Yes, your brother Tom's birthday is 12 Oct."],
  ])('%s → %s', async (request, answer) => {
    const world = offlineWorld();
    await world.remember(seed);
    const run = await world.ask(request);
    expect(run.answer).toBe(answer);
    expect(run.finish.status).toBe('done');
    expect(world.facts()).toHaveLength(seed.length);
  });

  it('a wrong guess at a secret shows its value nowhere, not in the tool output either', async () => {
    const world = offlineWorld();
    await world.remember(seed);
    const run = await world.ask('is my PIN 9999?');
    expect(JSON.stringify(run.events)).not.toContain('1234');
  });

  it('with nothing stored, says so and how to keep it', async () => {
    const world = offlineWorld();
    const run = await world.ask('is my bike 3?');
    expect(run.answer).toContain("I don't have anything remembered about bike");
    expect(run.answer).toContain('"remember my bike is 3"');
    expect(world.facts()).toEqual([]);
  });

  it.each([
    'maybe my PIN is 1234?',
    'my PIN is maybe 1234?',
    'I think my locker is 12?',
    'probably my bike code is 0042??',
    'my room might be 66?',
  ])('"%s" asks to confirm and keeps nothing', async (request) => {
    const world = offlineWorld();
    const run = await world.ask(request);
    expect(run.finish.status).toBe('needs_input');
    expect(run.answer).toMatch(/^Is your /);
    expect(world.facts()).toEqual([]);
  });
});
