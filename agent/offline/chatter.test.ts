import { describe, expect, it } from 'vitest';
import { createDefaultRegistry } from '../../tools/index.js';
import { interpret } from './interpret.js';

/**
 * Phrasings written after the blind-2 batch, none of them in it, to check that the clause and
 * aside handling generalises rather than fitting those sixty sentences.
 */
const registry = createDefaultRegistry();

function call(text: string) {
  const reading = interpret(text, registry);
  if (reading.kind !== 'call') return { kind: reading.kind, tool: undefined, input: undefined };
  const [step] = reading.steps;
  return { kind: reading.kind, tool: step?.tool.name, input: step?.input };
}

const WRITES: [string, string, Record<string, unknown>][] = [
  ['oops, my gym locker is 214 not 241', 'memory_remember', { key: 'gym locker', value: '214' }],
  [
    'hold on, the garage code is 5566 i typed it wrong',
    'memory_remember',
    { key: 'garage code', value: '5566' },
  ],
  [
    'before i forget, my library card number is 88123',
    'memory_remember',
    { key: 'library card number', value: '88123' },
  ],
  ['update: wifi password is Green-Owl-7', 'memory_remember', { key: 'wifi password', value: 'Green-Owl-7' }],
  ["my pin changed, it's 4455 now", 'memory_remember', { key: 'pin', value: '4455' }],
  ['The vet is actually Dr. Lewis, not Dr. Shah.', 'memory_remember', { key: 'vet', value: 'Dr. Lewis' }],
  [
    "Sorry to bother you. My sister's birthday is March 3rd. Please keep that for me.",
    'memory_remember',
    { value: 'March 3rd' },
  ],
  ['plumber number 555 0173 store it', 'memory_remember', { key: 'plumber number', value: '555 0173' }],
  ['gate code is 3390 remeber it pls', 'memory_remember', { key: 'gate code', value: '3390' }],
  ['my bike lock code it is 9981', 'memory_remember', { key: 'bike lock code', value: '9981' }],
  ['my locker is 44 haha', 'memory_remember', { key: 'locker', value: '44' }],
  ['My son is 12. He loves football.', 'memory_remember', { key: 'son', value: '12' }],
  ['scratch that, the gate code is 4410', 'memory_remember', { key: 'gate code', value: '4410' }],
  [
    'sorry i was wrong, wifi password is Red-Fox-9',
    'memory_remember',
    { key: 'wifi password', value: 'Red-Fox-9' },
  ],
];

const READS: [string, string, Record<string, unknown>?][] = [
  ['dude whats my netflix password', 'memory_recall', { key: 'netflix password' }],
  ['ls my notes', 'notes_list'],
  ['rm note 7', 'notes_delete', { id: 7 }],
  ['delete note 3, i do not need it any more', 'notes_delete', { id: 3 }],
  ['set server.port 8080', 'config_set', { key: 'server.port' }],
  ['what stuff have u got on me', 'memory_list'],
  ['list all the facts you are storing', 'memory_list'],
  ['what have you been remembering for me', 'memory_list'],
  ['rm -f note 4', 'notes_delete', { id: 4 }],
  ['remove the gate code, it is wrong now', 'memory_forget', { key: 'gate code' }],
  ['which llm are you running', 'config_get', { key: 'model' }],
  ['show me the logs from today', 'events_list'],
];

describe('chatty, terse and non-native phrasings', () => {
  it.each(WRITES)('%s', (text, tool, input) => {
    const got = call(text);
    expect(got.tool).toBe(tool);
    expect(got.input).toMatchObject(input);
  });

  it.each(READS)('%s', (text, tool, input) => {
    const got = call(text);
    expect(got.tool).toBe(tool);
    if (input) expect(got.input).toMatchObject(input);
  });

  it('answers a question from its own sentence, and writes nothing', () => {
    const reading = interpret('Remind me, what is my dentist called? I keep forgetting.', registry);
    expect(reading.kind === 'call' ? reading.steps.map((step) => step.tool.risk) : []).not.toContain('write');
    expect(reading.kind).toMatch(/call|question/);
  });

  it('never writes when the request takes the write back or another sentence asks', () => {
    for (const text of [
      "my pin is 1234. actually don't save that",
      "What is my pin? It's the one for the bank.",
      'my pin is 1234, never mind',
      "I'm tired. The weather is awful today.",
      'The meeting went well, I think. My boss is happy.',
      'the kids are asleep finally, thank god',
      'Honestly the traffic is terrible, dear. I hate it.',
      'wait no',
      'forget my pin, lol jk',
      "delete note 2. no wait, don't",
      'before i forget, what time is it',
    ]) {
      const reading = interpret(text, registry);
      const writes = reading.kind === 'call' && reading.steps.some((step) => step.tool.risk !== 'read');
      expect(writes, text).toBe(false);
    }
  });

  it('keeps a trailing noun phrase that changes which fact is meant', () => {
    const got = call('forget the wifi password, the guest one');
    expect(got.input?.key).not.toBe('wifi password');
  });
});
