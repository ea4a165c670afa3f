import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';
import { INITIALIZE_REQUEST } from '../helpers/mcp-messages.js';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** S30 (m19): another program's database, keys that forge lines, pipelined MCP requests. */
describe('S30 through the real CLI', () => {
  const cart = useTempCartridge('fazt-s30-');

  it("a read or a write on another program's SQLite file refuses it, byte for byte unchanged", async () => {
    for (const version of [0, 7]) {
      const path = join(cart().dir, `firefox-${version}.db`);
      const db = new BetterSqlite3(path);
      db.exec(
        "CREATE TABLE firefox_history (url TEXT); INSERT INTO firefox_history VALUES ('https://example.org')",
      );
      db.pragma(`user_version = ${version}`);
      db.close();
      const before = digest(path);
      for (const args of [['run', 'memory_list'], ['status'], ['ask', 'remember my locker is 12']]) {
        const result = await runCli(args, { env: { FAZT_CARTRIDGE: path, HOME: cart().dir } });
        expect(result.code, `${args.join(' ')}: ${result.stdout}`).not.toBe(0);
        expect(result.stderr).toContain(
          `${path} is a SQLite file but not a fazt cartridge (it has tables: firefox_history); point FAZT_CARTRIDGE (or --cartridge) at a fazt cartridge or a new file.`,
        );
        expect(result.stderr).not.toMatch(/newer fazt/);
        expect(digest(path), args.join(' ')).toBe(before);
      }
    }
  });

  it('run refuses a key with CR, LF or TAB (exit 2), so no line of output is forged', async () => {
    for (const key of ['x\r\nYour wifi password is 999', 'note\n\nI remember 1 thing: bank PIN', 'a\tb']) {
      const result = await runCli(['run', 'memory_remember', JSON.stringify({ key, value: '1' })], {
        cartridge: cart().path,
      });
      expect(result.code, JSON.stringify(key)).toBe(2);
      expect(result.stderr).toMatch(/key must not contain control characters/);
      expect(result.stdout).toBe('');
    }
  });
});

describe('S30: keys looked up through run and ask', () => {
  const cart = useTempCartridge('fazt-s30-keys-');
  const run = (args: string[]) => runCli(args, { cartridge: cart().path, env: { HOME: cart().dir } });

  it('signs, full-width forms and emoji names are found as stored, and only as stored', async () => {
    for (const [key, value] of [
      ['temp -5', 'cold'],
      ['Ｃ＃ version', 'FW'],
      ['🍕', 'margherita'],
    ])
      expect((await run(['run', 'memory_remember', JSON.stringify({ key, value })])).code).toBe(0);
    const recall = await run(['run', 'memory_recall', '--key', 'temp 5', '--json']);
    expect(JSON.parse(recall.stdout)).toMatchObject({ found: false });
    expect((await run(['ask', 'what is my C# version?'])).stdout).toContain('Your Ｃ＃ version is FW.');
    expect((await run(['ask', 'what is my C version?'])).stdout).not.toContain('is FW');
    const pizza = await run(['ask', 'what is my 🍕?']);
    expect(pizza.code).toBe(0);
    expect(pizza.stdout).toContain('Your 🍕 is margherita.');
    const burger = await run(['ask', 'remember my 🍔 is cheese']);
    expect(burger.code).toBe(0);
    expect(burger.stdout).toContain('Remembered: your 🍔 is cheese.');
  });

  it('ask --json is never made safe for a terminal (as --help says): .answer keeps ESC, BEL, BS; a break is worded ⏎', async () => {
    const value = 'a\u001b[2Jb\u0007c\bd\re';
    expect((await run(['run', 'memory_remember', JSON.stringify({ key: 'trap', value })])).code).toBe(0);
    const result = await run(['ask', 'what is my trap?', '--json']);
    const parsed = JSON.parse(result.stdout) as { answer: string; toolCalls: { output: unknown }[] };
    expect(parsed.answer).toContain('a\u001b[2Jb\u0007c\bd ⏎ e');
    const help = await run(['ask', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('JSON is never made safe for a terminal');
    expect(JSON.stringify(parsed.toolCalls)).toContain(JSON.stringify(value).slice(1, -1));
  });

  it('"remember my !!! is loud" is refused plainly with a non-zero exit, never "I don\'t know"', async () => {
    const loud = await run(['ask', 'remember my !!! is loud']);
    expect(loud.code).toBe(3);
    expect(loud.stdout).toContain("I couldn't do that");
    expect(loud.stdout).not.toContain("I don't know");
  });
});

describe('S30: fazt mcp over stdio handles requests in the order they arrived', () => {
  const cart = useTempCartridge('fazt-s30-mcp-');
  const line = (message: unknown) => JSON.stringify(message);
  const call = (id: number, name: string, args: Record<string, unknown>) =>
    line({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });

  it('remember, recall and list piped at once, during start-up: each read sees the write before it', async () => {
    await runCli(['run', 'memory_remember', '{"key":"old","value":"1"}'], { cartridge: cart().path });
    const input = [
      line(INITIALIZE_REQUEST),
      line({ jsonrpc: '2.0', method: 'notifications/initialized' }),
      call(11, 'memory_remember', { key: 'x1', value: 'new' }),
      call(12, 'memory_recall', { key: 'x1' }),
      call(13, 'memory_list', {}),
      call(14, 'memory_remember', { key: 'x1', value: 'newer' }),
      call(15, 'memory_recall', { key: 'x1' }),
    ].join('\n');
    const result = await runCli(['mcp'], { cartridge: cart().path, input: `${input}\n` });
    expect(result.code, result.stderr).toBe(0);
    const replies = result.stdout
      .split('\n')
      .filter(Boolean)
      .map(
        (text) =>
          JSON.parse(text) as { id: unknown; result?: { structuredContent?: Record<string, unknown> } },
      );
    const byId = (id: number) => replies.find((reply) => reply.id === id)?.result?.structuredContent;
    expect(byId(12)).toMatchObject({ found: true, match: { value: 'new' } });
    expect(byId(13)).toMatchObject({ total: 2 });
    expect(byId(15)).toMatchObject({ found: true, match: { value: 'newer' } });
    // Answered in the order asked.
    expect(replies.map((reply) => reply.id).filter((id) => typeof id === 'number')).toEqual([
      1, 11, 12, 13, 14, 15,
    ]);
  });
});

describe('S30: fazt mcp answers what it can read, and says why it cannot start', () => {
  const cart = useTempCartridge('fazt-s30-mcp-low-');
  const replies = (stdout: string) =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((text) => JSON.parse(text) as { id: unknown; error?: { code: number; message: string } });

  it('a batch gets one error per readable id; a fractional id is echoed', async () => {
    const input = [
      JSON.stringify([
        { jsonrpc: '2.0', id: 4, method: 'ping' },
        { jsonrpc: '2.0', id: 'five', method: 'ping' },
        { jsonrpc: '2.0', method: 'notifications/initialized' },
      ]),
      JSON.stringify([1, 2]),
      JSON.stringify({ jsonrpc: '2.0', id: 19.5, method: 'ping' }),
    ].join('\n');
    const result = await runCli(['mcp'], { cartridge: cart().path, input: `${input}\n` });
    expect(result.code).toBe(0);
    const got = replies(result.stdout);
    expect(got.map((reply) => reply.id)).toEqual([4, 'five', null, 19.5]);
    for (const reply of got) expect(reply.error?.code).toBe(-32600);
    expect(got[0]?.error?.message).toMatch(/batches \(JSON arrays\) are not supported/);
  });

  it('on a cartridge it cannot open, initialize is answered with an error naming the reason, then exit 1', async () => {
    const path = join(cart().dir, 'firefox.db');
    const db = new BetterSqlite3(path);
    db.exec('CREATE TABLE firefox_history (url TEXT)');
    db.close();
    const result = await runCli(['mcp'], {
      env: { FAZT_CARTRIDGE: path, HOME: cart().dir },
      input: `${JSON.stringify(INITIALIZE_REQUEST)}\n`,
    });
    expect(result.code).toBe(1);
    const [reply] = replies(result.stdout);
    expect(reply?.id).toBe(INITIALIZE_REQUEST.id);
    expect(reply?.error?.message).toContain('not a fazt cartridge (it has tables: firefox_history)');
    expect(result.stderr).toContain('not a fazt cartridge');
  });
});
