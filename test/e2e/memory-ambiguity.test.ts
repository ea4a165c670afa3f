import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useMemoryCli } from '../helpers/cli.js';

/**
 * Issue 7, "why 7 stays open" (MEDIUM), through the real, built CLI: a name or question that fits
 * several facts lists them and asks which, on read, correction and forget; nothing is written or
 * deleted on a guess, and a unique exact name still answers directly.
 */
// About a dozen CLI runs per case: 6 s on an idle machine, 20 s at load 8 on 2 cores.
describe('a name that fits several facts is asked about (CLI)', { timeout: 60_000 }, () => {
  const { cart, ask, remember, facts: listed } = useMemoryCli();
  const facts = async () => (await listed()).map(({ label, value }) => `${label}=${String(value)}`).sort();

  it('kids school with "kids\' school" and "kid\'s school": ask, correct and forget all ask which', async () => {
    await remember("kids' school", 'Hill');
    await remember("kid's school", 'Vale');
    const before = await facts();
    const read = await ask('what is my kids school?');
    expect(read.stdout).toMatch(/kids' school: Hill; kid's school: Vale\. Which one do you mean\?/);
    // A question back ends as every question back does: exit 3 (needs more information).
    expect(read.code).toBe(3);
    const correct = await ask('actually my kids school is Oak');
    expect(correct.stdout).toMatch(/fit "kids school".*Which one should change to Oak\?/);
    expect(correct.code).toBe(3);
    const forget = await ask('forget my kids school');
    expect(forget.stdout).toMatch(/fit "kids school".*Which one should I forget\?/);
    expect(forget.code).toBe(3);
    // Approved beforehand, the store still refuses to pick one.
    const approved = await ask('forget my kids school', '--yes');
    expect(approved.stdout + approved.stderr).toMatch(/Say which one with its exact name/);
    const run = await runCli(['run', 'memory_forget', '--key', 'kids school', '--yes'], {
      cartridge: cart().path,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('"kids\' school" (Hill) and "kid\'s school" (Vale)');
    expect(await facts()).toEqual(before);
    expect((await ask("what is my kid's school?")).stdout).toBe("Your kid's school is Vale.\n");
  });

  it('questions that fit several facts list them; a unique exact name answers', async () => {
    for (const [key, value] of [
      ['room 10 key', 'A10'],
      ['room 101 key', 'B101'],
      ['home wifi password', 'homepw'],
      ['work wifi password', 'workpw'],
    ] as const)
      await remember(key, value);
    const room = await ask('what is the room key?');
    // m13-secrets: a key (an API key, a door key's code) is kept secret, so values are masked.
    expect(room.stdout).toContain('room 10 key: ••••');
    expect(room.stdout).toContain('room 101 key: ••••');
    expect(room.stdout).toMatch(/Which one do you mean\?/);
    expect(room.code).toBe(3);
    const wifi = await ask('what is my wifi password?');
    // m13-secrets: a password is a secret, so the question names both and masks their values.
    expect(wifi.stdout).toContain('home wifi password: ••••');
    expect(wifi.stdout).toContain('work wifi password: ••••');
    expect(wifi.stdout).not.toMatch(/homepw|workpw/);
    expect(wifi.stdout).not.toMatch(/^Your/);
    expect(wifi.code).toBe(3);
    const exact = await ask('what is my room 101 key?');
    expect(exact.stdout).toBe('Your room 101 key is B101.\n');
    expect(exact.code).toBe(0);
    const json = await runCliJson<{ found: boolean; ambiguous?: boolean; alternatives: unknown[] }>(
      ['run', 'memory_recall', '--key', 'room key', '--json'],
      { cartridge: cart().path },
    );
    expect(json).toMatchObject({ found: false, ambiguous: true });
    expect(json.alternatives).toHaveLength(2);
  });

  it('"actually my PIN is 3333" with 📱 PIN and 💳 PIN asks which, and writes no third PIN', async () => {
    await remember('📱 PIN', '1111');
    await remember('💳 PIN', '2222');
    const correct = await ask('actually my PIN is 3333');
    expect(correct.stdout).toMatch(/📱 PIN: ••••; 💳 PIN: ••••\. Which one should change to 3333\?/);
    expect(await facts()).toEqual(['📱 PIN=1111', '💳 PIN=2222'].sort());
    expect((await ask('what is my PIN?')).stdout).toMatch(/Which one do you mean\?/);
    expect((await ask('forget my PIN')).stdout).toMatch(/Which one should I forget\?/);
    expect(await facts()).toEqual(['📱 PIN=1111', '💳 PIN=2222'].sort());
    // Named exactly, the correction goes through.
    expect((await ask('remember my 💳 PIN is 3333')).stdout).toMatch(/💳 PIN is now 3333|💳 PIN is 3333/);
    expect(await facts()).toEqual(['📱 PIN=1111', '💳 PIN=3333'].sort());
  });
});
