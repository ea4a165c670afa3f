import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, runCli, runCliJson, spawnCli, useTempCartridge } from '../helpers/cli.js';
import { INITIALIZE_REQUEST } from '../helpers/mcp-messages.js';

/**
 * x23 through the real CLI: names of Object.prototype's members typed as words ("constructor",
 * "__proto__", "toString", …) are stored, recalled and answered like any other word, and a JSON
 * input's own "__proto__" property is a field like any other, never a prototype.
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
];

interface Fact {
  key: string;
  label: string;
  value: string;
}

describe('x23: Object.prototype member names through the CLI and MCP', () => {
  const cart = useTempCartridge('fazt-x23-');
  const on = () => ({ cartridge: cart().path });
  const facts = async () =>
    (await runCliJson<{ entries: Fact[] }>(['run', 'memory_list', '{"limit":100}', '--json'], on())).entries;

  it('fazt ask notes, remembers and recalls a sentence with "constructor" (it crashed the planner)', async () => {
    const note = await runCli(['ask', 'note: call the constructor tomorrow'], on());
    expect(note.stderr).not.toContain('failed');
    expect(note.code).toBe(0);
    expect(note.stdout).toContain('Noted (#1).');
    const remember = await runCli(['ask', 'remember that my constructor is Bob'], on());
    expect(remember.code).toBe(0);
    expect(remember.stdout).toContain('Remembered: your constructor is Bob.');
    const recall = await runCli(['ask', 'what is my constructor?'], on());
    expect(recall.stdout).toContain('Your constructor is Bob.');
  });

  it('fazt run remembers and recalls each word under its own name', async () => {
    for (const word of MEMBERS) {
      const remembered = await runCli(
        ['run', 'memory_remember', JSON.stringify({ key: word, value: `v ${word}` })],
        on(),
      );
      expect(remembered.stderr, word).toBe('');
      expect(remembered.stdout.trim(), word).toBe(`Remembered: your ${word} is v ${word}.`);
    }
    const stored = await facts();
    expect(stored.map((fact) => fact.label).sort()).toEqual([...MEMBERS].sort());
    for (const fact of stored) expect(fact.value).toBe(`v ${fact.label}`);
    expect(stored.map((fact) => fact.key).join(' ')).not.toMatch(/function|native code/);
    const mine = await runCli(['run', 'memory_remember', '{"key":"my constructor","value":"p2"}'], on());
    expect(mine.stdout.trim()).toBe('Updated: your constructor is now p2 (was v constructor).');
    for (const word of ['__proto__', 'toString', 'hasOwnProperty']) {
      const recalled = await runCli(['ask', `what is my ${word}?`], on());
      expect(recalled.stdout, word).toContain(`Your ${word} is v ${word}.`);
    }
  });

  it('memory_import and memory_remember name "__proto__" the same fact', async () => {
    const entries = MEMBERS.map((word) => ({ key: word, value: 'imported' }));
    const imported = await runCli(['run', 'memory_import', JSON.stringify({ entries })], on());
    expect(imported.stdout.trim()).toBe(`Remembered ${MEMBERS.length} new fact(s) and updated 0.`);
    const before = await facts();
    expect(before.map((fact) => fact.label).sort()).toEqual([...MEMBERS].sort());
    const again = await runCli(['run', 'memory_remember', '{"key":"__proto__","value":"remembered"}'], on());
    expect(again.stdout.trim()).toBe('Updated: your __proto__ is now remembered (was imported).');
    const after = await facts();
    expect(after).toHaveLength(MEMBERS.length);
    expect(after.find((fact) => fact.label === '__proto__')?.value).toBe('remembered');
  });

  it('a JSON input\'s own "__proto__" property is neither a field nor a prototype', async () => {
    const missing = await runCli(
      ['run', 'memory_remember', '{"__proto__":{"value":"polluted"},"key":"k"}'],
      on(),
    );
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('value: is required');
    const flagged = await runCli(
      ['run', 'memory_remember', '{"__proto__":{"value":"polluted"},"key":"k"}', '--value', 'v'],
      on(),
    );
    expect(flagged.stdout.trim()).toBe('Remembered: your k is v.');
    expect((await facts()).map((fact) => [fact.label, fact.value])).toEqual([['k', 'v']]);
  });

  it('MCP tools/call stores, recalls and refuses like any other key', async () => {
    const call = (id: number, name: string, args: unknown) =>
      JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
    const lines = [
      JSON.stringify(INITIALIZE_REQUEST),
      JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
      call(2, 'memory_remember', { key: '__proto__', value: 'x' }),
      call(3, 'memory_recall', { key: '__proto__' }),
      call(4, 'memory_remember', { key: 'constructor', value: 'y' }),
      call(5, 'memory_remember', JSON.parse('{"__proto__":{"value":"polluted"},"key":"k2"}')),
      call(6, 'constructor', {}),
      JSON.stringify({ jsonrpc: '2.0', id: 7, method: '__proto__', params: {} }),
      JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'constructor', params: {} }),
    ];
    const child = spawnCli(['mcp'], on());
    const replies: {
      id?: number;
      result?: { content: { text: string }[]; isError?: boolean };
      error?: unknown;
    }[] = [];
    let buffered = '';
    const enough = new Promise<void>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
          const reply = JSON.parse(buffered.slice(0, newline));
          if (reply.id !== undefined) replies.push(reply);
          buffered = buffered.slice(newline + 1);
        }
        if (replies.length >= 8) resolve();
      });
    });
    const done = collect(child);
    child.stdin?.write(`${lines.join('\n')}\n`);
    await enough;
    child.stdin?.end();
    await done;
    const text = (id: number) => replies.find((reply) => reply.id === id)?.result?.content[0]?.text ?? '';
    expect(text(2)).toContain('Remembered: your __proto__ is x.');
    expect(text(3)).toContain('Your __proto__ is x.');
    expect(text(4)).toContain('Remembered: your constructor is y.');
    expect(text(5)).toContain('value: is required');
    expect(text(6)).toContain('There is no tool named "constructor"');
    for (const id of [7, 8])
      expect(replies.find((reply) => reply.id === id)?.error).toEqual({
        code: -32601,
        message: 'Method not found',
      });
    expect((await facts()).map((fact) => [fact.label, fact.value]).sort()).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });

  it('knowledge ask answers "who is the constructor of the shed?" from the document', async () => {
    const doc = join(cart().dir, 'shed.txt');
    writeFileSync(doc, 'The constructor of the shed is Bob Builder.\nThe __proto__ field is set to seven.\n');
    expect((await runCli(['learn', doc], on())).code).toBe(0);
    const answer = await runCli(['knowledge', 'ask', 'who is the constructor of the shed?'], on());
    expect(answer.stdout).toContain('The constructor of the shed is Bob Builder.');
    expect(answer.stdout).not.toContain('function');
    const proto = await runCli(['knowledge', 'ask', 'what is the __proto__ field set to?'], on());
    expect(proto.stdout).toContain('The __proto__ field is set to seven.');
    const found = await runCli(['knowledge', 'search', '__proto__'], on());
    expect(found.stdout).toContain('Found 1 passage');
  });
});
