import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../cartridge/lexicon.js';
import { offlineWorld, PERSON } from '../../test/helpers/offline.js';
import { eventType } from '../events/offline.js';
import { createMemoryStore } from './store.js';

/**
 * x23: words that are names of Object.prototype's members are words like any other. Word tables
 * were plain object literals, so `table["constructor"]` was `Object` and `table["__proto__"]`
 * Object.prototype: the planner crashed ("expanded is not iterable"), a fact was stored under
 * "function Object() { [native code] }", remembering "__proto__" failed ("SAID[name] is not a
 * function") and knowledge ask said the documents did not mention "function".
 */
const MEMBERS = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
] as const;

const approved = { caller: PERSON, approved: true };

describe('wordTable', () => {
  it('answers only its own words, a typed "constructor" or "__proto__" included', () => {
    const table = wordTable({ one: 1, constructor: 2 });
    expect(table.one).toBe(1);
    expect(table.constructor).toBe(2);
    for (const word of MEMBERS.filter((member) => member !== 'constructor')) {
      expect(table[word], word).toBeUndefined();
      expect(word in table, word).toBe(false);
    }
    const proto = '__proto__'; // a JSON text's "__proto__" is an own property, and stays one
    const parsed = JSON.parse('{"__proto__": 3}') as Record<string, number>;
    expect(wordTable(parsed)[proto]).toBe(3);
    expect(Object.keys(wordTable(parsed))).toEqual([proto]);
  });
});

describe.each(MEMBERS)('the word %s', (word) => {
  it('is remembered, recalled, updated and forgotten through the tools with its own name', async () => {
    const { executor, cartridge } = offlineWorld();
    const remembered = await executor.execute('memory_remember', { key: word, value: 'p1' }, approved);
    expect(remembered.ok && remembered.text).toBe(`Remembered: your ${word} is p1.`);
    const [fact] = createMemoryStore(cartridge).list();
    expect(fact?.label).toBe(word);
    expect(fact?.key).not.toMatch(/function|native code|object/i);
    const recalled = await executor.execute('memory_recall', { key: word }, approved);
    expect(recalled.ok && recalled.text).toBe(`Your ${word} is p1.`);
    const updated = await executor.execute('memory_remember', { key: `my ${word}`, value: 'p2' }, approved);
    expect(updated.ok && updated.text).toBe(`Updated: your ${word} is now p2 (was p1).`);
    const forgot = await executor.execute('memory_forget', { key: word }, approved);
    expect(forgot.ok && forgot.text).toContain(`Forgot your ${word}`);
    expect(createMemoryStore(cartridge).list()).toEqual([]);
  });

  it('names the same fact through memory_import as through memory_remember', async () => {
    const one = offlineWorld();
    await one.executor.execute('memory_remember', { key: word, value: 'r' }, approved);
    const two = offlineWorld();
    const imported = await two.executor.execute(
      'memory_import',
      { entries: [{ key: word, value: 'i' }] },
      approved,
    );
    expect(imported.ok).toBe(true);
    const byRemember = createMemoryStore(one.cartridge).list();
    const byImport = createMemoryStore(two.cartridge).list();
    expect(byImport.map((fact) => [fact.key, fact.label])).toEqual(
      byRemember.map((fact) => [fact.key, fact.label]),
    );
    expect(byImport[0]?.label).toBe(word);
    // and the imported fact is the remembered one: remembering it again updates it
    const again = await two.executor.execute('memory_remember', { key: word, value: 'r' }, approved);
    expect(again.ok && again.text).toBe(`Updated: your ${word} is now r (was i).`);
  });

  it('is remembered, recalled, noted and forgotten by the offline planner', async () => {
    const { ask, facts, notes } = offlineWorld();
    const remember = await ask(`remember that my ${word} is Bob`, true);
    expect(remember.finish.status).toBe('done');
    expect(remember.calls.map((call) => [call.name, call.input])).toContainEqual([
      'memory_remember',
      { key: word, value: 'Bob' },
    ]);
    expect(facts()).toEqual([[word, 'Bob']]);
    const recall = await ask(`what is my ${word}?`);
    expect(recall.finish.status).toBe('done');
    expect(recall.answer).toContain(`Your ${word} is Bob.`);
    const note = await ask(`note: call the ${word} tomorrow`);
    expect(note.names).toEqual(['notes_add']);
    expect(notes()).toEqual([`call the ${word} tomorrow`]);
    const forget = await ask(`forget my ${word}`, true);
    expect(forget.calls.map((call) => [call.name, call.input])).toEqual([['memory_forget', { key: word }]]);
    expect(facts()).toEqual([]);
  });

  it('is an event type like any other word', () => {
    expect(eventType(word)).toEqual(
      /^[a-z0-9_]+$/.test(word.toLowerCase()) ? { value: `${word.toLowerCase()}.*` } : expect.anything(),
    );
  });
});

describe('knowledge over a document that uses these words', () => {
  it('answers and finds each word, never "function"', async () => {
    const lines = MEMBERS.map(
      (word, index) => `The ${word} of shed ${index + 1} is Bob Builder ${index + 1}.`,
    );
    const { executor, dir } = offlineWorld();
    writeFileSync(join(dir, 'shed.txt'), lines.join('\n'));
    expect((await executor.execute('knowledge_learn', { paths: [join(dir, 'shed.txt')] }, approved)).ok).toBe(
      true,
    );
    const ask = async (question: string) => {
      const result = await executor.execute('knowledge_ask', { question }, approved);
      if (!result.ok) throw new Error(result.error.message);
      return { text: result.text, known: (result.output as { known: boolean }).known };
    };
    for (const [index, word] of MEMBERS.entries()) {
      const answer = await ask(`who is the ${word} of shed ${index + 1}?`);
      expect(answer.text, word).not.toMatch(/function|native code/);
      expect(answer.known, `${word}: ${answer.text}`).toBe(true);
      expect(answer.text, word).toContain(`Bob Builder ${index + 1}`);
      const found = await executor.execute('knowledge_search', { query: word }, approved);
      expect(found.ok && found.text, word).toContain(`${word} of shed ${index + 1}`);
    }
  });
});
