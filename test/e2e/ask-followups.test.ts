import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

interface AskJson {
  answer: string;
  status: string;
  toolCalls: Array<{ name: string; error?: { code: string } }>;
  conversationId: string;
}

/** m11: follow-ups in a conversation through the real CLI, `-c <id>` and `--conversation <id>`. */
describe('fazt ask -c <id>: yes and no after a question back', () => {
  const cart = useTempCartridge();
  const ask = async (...args: string[]) => runCli(['ask', ...args], { cartridge: cart().path });
  const askJson = async (...args: string[]) => {
    const result = await ask('--json', ...args);
    return { ...result, json: JSON.parse(result.stdout) as AskJson };
  };

  it('a typed yes to a consent question is not approval; with --yes it runs exactly that step', {
    timeout: 240_000,
  }, async () => {
    await ask('my garage code is 1234');
    await ask('my gym code is 0042');
    const held = await askJson('forget my garage code');
    expect(held.code).toBe(3);
    const id = held.json.conversationId;
    // `-c <id>`: the id typed after -c names the conversation.
    const yes = await askJson('-c', id, 'yes');
    expect(yes.code).toBe(3);
    expect(yes.json.status).toBe('needs_approval');
    expect(yes.json.answer).toMatch(/--yes/);
    expect(yes.json.answer).not.toMatch(/memory_forget/);
    expect((await ask('what is my garage code?')).stdout).toMatch(/1234/);
    // The very next turn is the yes just said, which held the same step again: --yes runs it.
    const approved = await askJson('--conversation', id, '--yes', 'yes');
    expect(approved.code).toBe(0);
    expect(approved.json.toolCalls.map((call) => call.name)).toEqual(['memory_forget']);
    expect((await ask('what is my garage code?')).stdout).not.toMatch(/1234/);
    expect((await ask('what is my gym code?')).stdout).toMatch(/0042/);
  });

  it('no after a question changes nothing; "actually it\'s 21" after two facts asks which', {
    timeout: 240_000,
  }, async () => {
    const held = await askJson('forget my garage code');
    expect(held.code).toBe(2); // nothing to forget yet
    await ask('my locker is 12 and my PIN is 5');
    const change = await askJson('my locker is 21 and my PIN is 9');
    // m20 (S31 M4): the stored PIN is a secret, masked in the question back (it was "PIN is 5").
    expect(change.json.answer).toMatch(/locker is 12.*\n.*PIN is ••••/);
    expect(change.json.answer).not.toMatch(/PIN is 5/);
    const no = await askJson('-c', change.json.conversationId, 'no');
    expect(no.json.answer).toBe('OK, nothing changed.');
    const two = await askJson('my bike is 3 and my car is 4');
    const which = await askJson('-c', two.json.conversationId, "actually it's 21");
    expect(which.code).toBe(3);
    expect(which.json.answer).toMatch(/your bike or your car/);
    const again = await askJson('my locker is 21 and my PIN is 9');
    const yes = await askJson('-c', again.json.conversationId, 'yes');
    expect(yes.code).toBe(0);
    expect((await ask('what is my locker?')).stdout).toMatch(/21/);
    expect((await ask('what is my PIN?')).stdout).toMatch(/9/);
    expect((await ask('what is my bike?')).stdout).toMatch(/3/);
  });
});
