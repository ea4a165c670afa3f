import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { askedList } from './asklist.js';

const seed: [string, string][] = [
  ['router admin page', '192.168.1.1'],
  ['dentist', 'Dr Lee'],
  ['shoe size', '44'],
  ['passport number', 'X1234567'],
];

describe('a question after several things looks up each (issue 7, m11 item 6)', () => {
  it.each([
    [
      "what's my router admin page, my dentist and my shoe size",
      ['router admin page', 'dentist', 'shoe size'],
    ],
    ['what is my dentist and my shoe size?', ['dentist', 'shoe size']],
    ['tell me my dentist, my shoe size & my passport number', ['dentist', 'shoe size', 'passport number']],
    [
      'what are my dentist, my shoe size, and my router admin page?',
      ['dentist', 'shoe size', 'router admin page'],
    ],
    ['remind me of my dentist & my shoe size', ['dentist', 'shoe size']],
  ])('"%s"', async (request, keys) => {
    const world = offlineWorld();
    await world.remember(seed);
    const { calls, finish } = await world.ask(request);
    expect(finish.status).toBe('done');
    expect(calls.map((call) => (call.input as { key?: string }).key)).toEqual(keys);
    expect(calls.every((call) => call.name === 'memory_recall')).toBe(true);
  });

  it.each([
    "what's my salt and pepper grinder",
    "what's my dentist",
    'what is my name and my wife is Ann',
    'what is Tom & Jerry',
  ])('"%s" asks after one thing', (request) => expect(askedList(request)).toBeUndefined());
});

describe('"when did I first tell you …" says when, from the stored times (m11 item 5)', () => {
  it.each([
    'when did I first tell you my passport number',
    'when did I first tell you my passport number?',
    'when did I originally give you my passport number',
    'when did I tell you my passport number for the first time',
  ])('"%s"', async (request) => {
    const world = offlineWorld();
    await world.remember(seed);
    const { answer, calls } = await world.ask(request);
    expect(answer).toMatch(/^You told me your passport number on \d+ \w{3} \d{4} at \d\d:\d\d/);
    expect(calls.every((call) => call.name === 'memory_recall')).toBe(true);
  });
});
