import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useMemoryCli } from '../helpers/cli.js';

/**
 * Issue 7, round 4, through the real, built CLI: remember, recall, forget and the replace guard
 * share one notion of the same fact name, so a correction never leaves the old value answering.
 */
describe('one fact name for remember, recall and forget (CLI)', () => {
  const { cart, ask } = useMemoryCli();
  const total = async () =>
    (await runCliJson<{ total: number }>(['run', 'memory_list', '--json'], { cartridge: cart().path })).total;

  it('a correction without the apostrophe updates the fact, and every spelling answers it (H1)', async () => {
    expect((await ask("my sister's name is Ann")).stdout).toBe("Remembered: your sister's name is Ann.\n");
    expect((await ask('actually my sisters name is Anna')).stdout).toBe(
      "Updated: your sister's name is now Anna (was Ann).\n",
    );
    expect(await total()).toBe(1);
    for (const asked of [
      "what is my sister's name?",
      'what is my sisters name',
      "what is my sisters' name",
    ]) {
      expect((await ask(asked)).stdout, asked).toBe("Your sister's name is Anna.\n");
    }
  });

  it('accents, ß and inner hyphens are one fact; C#, .env and signs stay apart (H2)', async () => {
    const remember = (key: string, value: string) =>
      runCliJson<{ created: boolean; previous?: unknown }>(
        ['run', 'memory_remember', JSON.stringify({ key, value }), '--json'],
        { cartridge: cart().path },
      );
    for (const [key, again] of [
      ['café code', 'cafe code'],
      ['naïve guess', 'naive guess'],
      ['e-mail', 'email'],
      ['straße number', 'strasse number'],
    ] as const) {
      expect(await remember(key, '1'), key).toMatchObject({ created: true });
      expect(await remember(again, '2'), again).toMatchObject({ created: false, previous: '1' });
    }
    for (const key of ['C# version', 'C version', '.env secret', 'env secret', 'temp -5', 'temp 5']) {
      expect(await remember(key, '1'), key).toMatchObject({ created: true });
    }
    expect(await total()).toBe(10);
  });

  it('forgets by the wording recall accepts, never another owner’s fact (M1)', async () => {
    await ask('remember my sisters name is Ann');
    await ask("remember my brother's name is Bob");
    const denied = await ask("forget my sister's name");
    expect(denied.stdout).toMatch(/--yes/);
    // m23-people: "sisters name" is stored as "sister's name" (a relation's possessive gets its apostrophe).
    expect((await ask("forget my sister's name", '--yes')).stdout).toBe(
      "Forgot your sister's name (it was Ann).\n",
    );
    const other = await ask("forget my sister's name", '--yes');
    expect(other.stdout).toMatch(/^Nothing is remembered under "sister's name"/);
    expect(await total()).toBe(1);
  });

  it('a correction under a shorter name asks which fact it corrects, and writes nothing (M2)', async () => {
    await ask('remember my bike lock code is 4312');
    const asked = await ask('actually my lock code is 3');
    // The stored code is a secret: the question masks it (S31 M4).
    expect(asked.stdout).toContain('Your bike lock code is ••••');
    expect(asked.stdout).not.toContain('4312');
    expect(asked.stdout).toContain('remember my bike lock code is 3');
    expect(await total()).toBe(1);
  });

  it('short forms and marks find the one fact meant (M7)', async () => {
    const remember = (key: string, value: string) =>
      runCli(['run', 'memory_remember', JSON.stringify({ key, value })], { cartridge: cart().path });
    await remember('favourite colour', 'green');
    await remember('#tag', 'fazt-dev');
    await remember('📱 PIN', '1111');
    await remember("sister Ann's phone", '555 0101');
    const recall = async (key: string) =>
      (
        await runCliJson<{ found: boolean; match: { value: unknown } | null }>(
          ['run', 'memory_recall', JSON.stringify({ key }), '--json'],
          { cartridge: cart().path },
        )
      ).match?.value;
    expect(await recall('fav colour')).toBe('green');
    expect(await recall('tag')).toBe('fazt-dev');
    expect(await recall('phone PIN')).toBe('1111');
    expect(await recall("Ann's phone")).toBe('555 0101');
    expect(await recall("Bob's phone")).toBeUndefined();
    await remember('💳 PIN', '2222');
    expect(await recall('PIN')).toBeUndefined();
  });

  it('two rows an older version stored under one name are both kept, and a write asks which', async () => {
    await runCli(['run', 'memory_remember', '{"key":"other","value":"o"}'], { cartridge: cart().path });
    const db = new DatabaseSync(cart().path);
    const insert = db.prepare(
      'INSERT INTO memory (key, label, value, created_at, updated_at) VALUES (?, ?, ?, 1, 1)',
    );
    insert.run('café code', 'café code', JSON.stringify('1'));
    insert.run('cafe code', 'cafe code', JSON.stringify('2'));
    db.close();
    const write = await runCli(['run', 'memory_remember', JSON.stringify({ key: 'cafè code', value: '3' })], {
      cartridge: cart().path,
    });
    expect(write.code).not.toBe(0);
    expect(write.stderr).toContain('Two remembered facts have the name "cafè code"');
    const recalled = await runCli(['run', 'memory_recall', JSON.stringify({ key: 'cafè code' })], {
      cartridge: cart().path,
    });
    expect(recalled.stdout).toMatch(
      // m13-secrets: a code is a secret, so the question names both and masks their values.
      /^Two remembered facts have the name "cafè code": café code: ••••; cafe code: ••••\./,
    );
    expect(await total()).toBe(3);
  });
});
