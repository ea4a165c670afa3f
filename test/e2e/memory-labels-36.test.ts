import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

interface Listed {
  entries: { key: string; label: string; value: unknown }[];
}

describe('a fact name keeps no invisible characters; answers show every one that a value holds (S36 L1)', () => {
  const cart = useTempCartridge('fazt-labels-');
  const fazt = (args: string[]) => runCli(args, { cartridge: cart().path });

  it('drops zero-width and bidi format characters from a label; the same fact is updated', async () => {
    expect((await fazt(['run', 'memory_remember', '{"key":"wifi\\u200bpassword","value":"x"}'])).code).toBe(
      0,
    );
    const second = await fazt(['run', 'memory_remember', '{"key":"wifipassword","value":"y"}']);
    expect(second.stdout).toContain('Updated');
    expect(
      (await fazt(['run', 'memory_remember', '{"key":"\\ufeffdoor\\u00ad\\u200fcode\\u061c","value":"1"}']))
        .code,
    ).toBe(0);
    const listed = await runCliJson<Listed>(['run', 'memory_list', '--json'], { cartridge: cart().path });
    expect(listed.entries.map((entry) => entry.label).sort()).toEqual(['doorcode', 'wifipassword']);
    expect(JSON.stringify(listed)).not.toMatch(/\\u200b|\\ufeff|\\u00ad|\\u200f|\\u061c/i);
  });

  it('shows a label stored before without them, and escapes every invisible character of a value in text but not in --json', async () => {
    expect((await fazt(['run', 'memory_remember', '{"key":"locker","value":"0"}'])).code).toBe(0);
    const db = new Database(cart().path);
    db.prepare("UPDATE memory SET label = 'lock\u200ber' WHERE key = 'locker'").run();
    db.close();
    const value = 'a\u00adb\u200fc\u061cd\ufeffe\u200bf\u202eg';
    expect((await fazt(['run', 'memory_remember', JSON.stringify({ key: 'motto', value })])).code).toBe(0);
    const text = (await fazt(['run', 'memory_list'])).stdout;
    expect(text).toContain('locker: 0');
    expect(text).toContain('a\\u00ADb\\u200Fc\\u061Cd\\uFEFFe\\u200Bf\\u202Eg');
    expect(text).not.toMatch(/[\u00ad\u200b\u200f\u061c\ufeff\u202e]/);
    const json = await runCliJson<Listed>(['run', 'memory_list', '--json'], { cartridge: cart().path });
    expect(json.entries.find((entry) => entry.key === 'motto')?.value).toBe(value);
    expect(json.entries.find((entry) => entry.key === 'locker')?.label).toBe('locker');
  });
});
