import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * A run's events as text, without the random call ids and timings: a secret's digits ("7781") can
 * stand in a UUID by chance (one CI run's callId ended "…deec697781b8"), and those never carry a value.
 */
const eventText = (events: unknown) =>
  JSON.stringify(events, (key, value) => (key === 'callId' || key === 'durationMs' ? undefined : value));

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
    expect(eventText(run.events)).not.toContain('1234');
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

/** Issue 7, stranger 12 (HIGH 1, 2): a check compares as a person means it, and never answers for two. */
describe('a check compares values the way a person means them', () => {
  const seed: [string, string][] = [
    ['door code', '7781'],
    ['locker', '12'],
    ['gym PIN', '0042'],
    ['rent', '£1,250.00 per month'],
    ['freezer temp', '-18°C'],
    ['car plate', 'KR 5521X'],
  ];

  it.each([
    ['is my rent £1250 per month?', 'Yes, your rent is £1,250.00 per month.'],
    ['is my rent £1,250 per month?', 'Yes, your rent is £1,250.00 per month.'],
    ['is my rent £1250 per week?', 'No: your rent is £1,250.00 per month.'],
    ['is my rent 1250?', 'Your rent is £1,250.00 per month.'],
    ['is my rent £1350 per month?', 'No: your rent is £1,250.00 per month.'],
    ['is my freezer temp -18?', 'Yes, your freezer temp is -18°C.'],
    ['is my freezer temp -18 °C?', 'Yes, your freezer temp is -18°C.'],
    ['is my freezer temp 18?', 'No: your freezer temp is -18°C.'],
    ['is my car plate KR5521X?', 'Yes, your car plate is KR 5521X.'],
    ['is my car plate kr5521x?', 'Yes, your car plate is KR 5521X.'],
    ['is my car plate KR5521Y?', 'No: your car plate is KR 5521X.'],
    ['is my gym PIN 0042?', 'Yes, your gym PIN is 0042.'],
    ['is my gym PIN 42?', 'No, that is not your gym PIN.'],
    // A second check said without "my" is answered in turn (issue 7, m13), never judged as one list.
    ['are my locker 12 and door code 7781?', 'Yes, your locker is 12. Yes, your door code is 7781.'],
  ])('%s → %s', async (request, answer) => {
    const world = offlineWorld();
    await world.remember(seed);
    const run = await world.ask(request);
    expect(run.answer).toBe(answer);
    expect(world.facts()).toHaveLength(seed.length);
  });

  it('a secret guessed wrong by its spacing or case is not right (and not shown)', async () => {
    const world = offlineWorld();
    await world.remember([['wifi password', 'Hunter 2']]);
    for (const guess of ['HUNTER 2', 'Hunter2']) {
      const run = await world.ask(`is my wifi password ${guess}?`);
      expect(run.answer).toBe('No, that is not your wifi password.');
      expect(eventText(run.events)).not.toContain('Hunter 2');
    }
  });

  it.each([
    ['is my door code 7781 and is my locker 12?', 'Yes, your door code is 7781. Yes, your locker is 12.'],
    ['is my locker 12 and my gym PIN 0042?', 'Yes, your locker is 12. Yes, your gym PIN is 0042.'],
    ['is my locker 21, and my door code 7781?', 'No: your locker is 12. Yes, your door code is 7781.'],
    ['is my door code 7781, my gym PIN 0043?', 'Yes, your door code is 7781. No, that is not your gym PIN.'],
    [
      'is my locker 12 and my bike 3?',
      "Yes, your locker is 12. I don't have anything remembered about bike.",
    ],
  ])('"%s" (two checks) is answered part by part: %s', async (request, answer) => {
    const world = offlineWorld();
    await world.remember(seed);
    const run = await world.ask(request);
    expect(run.answer).toBe(answer);
    expect(world.facts()).toHaveLength(seed.length);
  });

  it('a secret guessed wrong as one part of several is shown nowhere', async () => {
    const world = offlineWorld();
    await world.remember(seed);
    const run = await world.ask('is my locker 12 and my gym PIN 0043?');
    expect(run.answer).toBe('Yes, your locker is 12. No, that is not your gym PIN.');
    expect(eventText(run.events)).not.toContain('0042');
  });

  it.each(['is my locker 12 and my bike at home?', 'is my locker 12 and my cartridge healthy?'])(
    '"%s" (a part that is no check) is never answered with one yes or no',
    async (request) => {
      const world = offlineWorld();
      await world.remember(seed);
      const run = await world.ask(request);
      expect(run.answer).not.toMatch(/^(?:Yes|No)\b/);
      expect(world.facts()).toHaveLength(seed.length);
    },
  );

  it('a guess at a fact not kept suggests keeping it under its whole name ("bank PIN")', async () => {
    const world = offlineWorld();
    await world.remember(seed);
    const run = await world.ask('is my bank PIN 9911?');
    expect(run.answer).toContain('"remember my bank PIN is 9911"');
    expect(run.answer).not.toContain('0042');
  });

  it.each([
    ['is my phone 555-0100?', 'previous phone number', '555-0100'],
    ['is my phone number 555-0100?', 'previous phone number', '555-0100'],
    ['is my name Tanaka Hanako?', 'Japanese name', 'Tanaka Hanako'],
  ])('"%s" with only "%s" kept is no yes: it is a near fact', async (request, stored, value) => {
    const world = offlineWorld();
    await world.remember([[stored, value]]);
    const run = await world.ask(request);
    expect(run.answer).not.toMatch(/^(?:Yes|No)\b/);
    expect(run.answer).toContain("I don't have anything remembered about");
    expect(run.answer).toContain(`${stored}: ${value}`);
  });
});

/** S24: a guess said as a statement with a tag, or as "did I set / tell you", is a check too. */
describe('a guess said another way is checked, and a secret guessed wrong is never shown', () => {
  const seed: [string, string][] = [
    ['garage code', '7781'],
    ['locker', '12'],
  ];

  it.each([
    ['so my garage code is 9999 right?', 'No, that is not your garage code.'],
    ["my garage code is 9999, isn't it?", 'No, that is not your garage code.'],
    ['my garage code is 9999, correct?', 'No, that is not your garage code.'],
    ['did I set my garage code to 1234?', 'No, that is not your garage code.'],
    ['did I change my garage code to 1234?', 'No, that is not your garage code.'],
    ['did I tell you my garage code is 3333?', 'No, that is not your garage code.'],
    ['my garage code is 7781 right?', 'Yes, your garage code is 7781.'],
    ['did I set my garage code to 7781?', 'Yes, your garage code is 7781.'],
    ['my locker is 21, right?', 'No: your locker is 12.'],
    [
      'did I tell you my shed code is 3333?',
      'No, you haven\'t told me a shed code. To keep it, say "remember my shed code is 3333".',
    ],
  ])('%s → %s', async (request, answer) => {
    const world = offlineWorld();
    await world.remember(seed);
    const run = await world.ask(request);
    expect(run.answer).toBe(answer);
    expect(world.facts()).toHaveLength(seed.length);
    if (!answer.includes('7781')) expect(eventText(run.events)).not.toContain('7781');
  });
});
