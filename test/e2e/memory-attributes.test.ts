import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

/**
 * Stranger S5 (round 6) through the real, built CLI: a question for an attribute the stored name
 * lacks is a near fact (also for MCP agents reading `--json`), US and UK spellings are one fact,
 * a batch's own duplicates are said, and forgetting under a shorter name asks with the full one.
 */
describe('recall of attributes, spellings, batch duplicates and forget through the CLI', () => {
  const cart = useTempCartridge();
  const ask = (text: string) => runCli(['ask', text], { cartridge: cart().path });
  const run = <T>(tool: string, input: unknown) =>
    runCliJson<T>(['run', tool, JSON.stringify(input), '--json'], { cartridge: cart().path });

  it('"what is my bank PIN" with only "bank" stored: nothing for bank PIN, bank as a near fact', async () => {
    await run('memory_import', {
      entries: [
        { key: 'bank', value: 'HSBC' },
        { key: 'email', value: 'me@x.com' },
        { key: 'PIN', value: '2222' },
        { key: '📱 PIN', value: '1111' },
        { key: 'phone', value: '555 0101' },
      ],
    });
    const pin = await ask('what is my bank PIN?');
    expect(pin.stdout).toMatch(/^I don't have anything remembered about bank PIN\./);
    expect(pin.stdout).toContain('bank: HSBC');
    expect(pin.stdout).not.toMatch(/Your (?:bank|PIN) is/);
    const password = await ask('what is my email password');
    expect(password.stdout).toMatch(/^I don't have anything remembered about email password\./);
    expect(password.stdout).toContain('email: me@x.com');
    const recalled = await run<{ found: boolean; alternatives: { label: string }[] }>('memory_recall', {
      key: 'bank PIN',
    });
    expect(recalled.found).toBe(false);
    expect(recalled.alternatives.map(({ label }) => label)).toContain('bank');
    // Still found: the phone's PIN by its emoji, the phone by its number, the email by its address.
    expect((await ask('what is my phone PIN?')).stdout).toBe('Your 📱 PIN is 1111.\n');
    expect((await ask('what is my phone number?')).stdout).toBe('Your phone is 555 0101.\n');
    expect((await ask("what's my email address")).stdout).toBe('Your email is me@x.com.\n');
  });

  it('"favorite color" updates "favourite colour" instead of making a second fact', async () => {
    expect((await ask('remember my favourite colour is teal')).code).toBe(0);
    const us = await ask('remember my favorite color is red');
    expect(us.code).toBe(0);
    expect(us.stdout).toMatch(/^Updated: your favourite colour is now red \(was teal\)/);
    expect((await ask("what's my fav colour")).stdout).toBe('Your favourite colour is red.\n');
    expect((await run<{ total: number }>('memory_list', {})).total).toBe(1);
  });

  it('a cartridge written before migration 2 is migrated on open: the US spelling finds the UK fact', async () => {
    expect((await ask('remember my neighbour name is Bob')).code).toBe(0);
    // As a fazt of memory version 1 left it: its own identity, version 1 recorded.
    const db = new BetterSqlite3(cart().path);
    db.prepare("UPDATE memory SET identity = 'neighbourname-old'").run();
    db.prepare("UPDATE capability_schema SET version = 1 WHERE capability = 'memory'").run();
    db.close();
    expect((await ask('what is my neighbor name?')).stdout).toBe('Your neighbour name is Bob.\n');
  });

  it('memory_import: "a1" and "A1!" in one batch keep the last and say so, never "updated"', async () => {
    const result = await runCli(
      ['run', 'memory_import', '{"entries":[{"key":"a1","value":"1"},{"key":"A1!","value":"2"}]}'],
      { cartridge: cart().path },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Remembered 1 new fact(s) and updated 0. 2 entries named the same fact ("a1", "A1!"); kept the last of each.\n',
    );
    expect((await ask('what is my a1?')).stdout).toBe('Your A1! is 2.\n');
  });

  it('"forget my bike code" with "bike lock code" asks with the full name (exit 3), deleting nothing', async () => {
    expect((await ask('remember my bike lock code is 4312')).code).toBe(0);
    const forget = await ask('forget my bike code');
    expect(forget.code).toBe(3);
    expect(forget.stdout).toContain('do you mean "bike lock code"?');
    expect((await ask('what is my bike lock code')).stdout).toBe('Your bike lock code is 4312.\n');
  });
});
