import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

/**
 * Issue 7, items 1–3 through the real, built CLI: keys a person would call different stay
 * different facts, recall never answers with somebody else's fact, and values stay as typed.
 */
describe('memory keys and recall through the CLI', () => {
  const cart = useTempCartridge();

  interface Remembered {
    created: boolean;
    previous?: unknown;
    entry: { key: string; label: string; value: unknown };
  }

  it('never joins two different keys: emoji, "???", C++ and C#', async () => {
    const remember = (key: string, value: string) =>
      runCliJson<Remembered>(['run', 'memory_remember', JSON.stringify({ key, value }), '--json'], {
        cartridge: cart().path,
      });
    const keys = ['🔑', '🏠', '???', 'C++ version', 'C# version', 'my 📱 PIN', 'my 💳 PIN'];
    for (const [index, key] of keys.entries()) {
      expect(await remember(key, `v${index}`), key).toMatchObject({ created: true, entry: { label: key } });
    }
    // Differing in case, spacing or punctuation only is the same fact.
    expect(await remember('c++  VERSION!', 'v9')).toMatchObject({ created: false, previous: 'v3' });
    const listed = await runCliJson<{ total: number }>(['run', 'memory_list', '--json'], {
      cartridge: cart().path,
    });
    expect(listed.total).toBe(keys.length);
  });

  it('answers "my sister\'s …" with nothing stored, naming the near facts as such', async () => {
    const ask = (text: string) => runCli(['ask', text], { cartridge: cart().path });
    expect((await ask('my favourite football player is Messi')).code).toBe(0);
    expect((await ask("my brother's favourite football player is Ronaldo")).code).toBe(0);
    const sister = await ask("what is my sister's favourite football player?");
    expect(sister.code).toBe(0);
    expect(sister.stdout).toMatch(
      /^I don't have anything remembered about sister's favourite football player\./,
    );
    expect(sister.stdout).toContain('Near facts, about something else');
    expect((await ask('what is my favourite football player?')).stdout).toBe(
      'Your favourite football player is Messi.\n',
    );
  });

  it('keeps a negative value and writes nothing for "remember that is 1234"', async () => {
    const saved = await runCli(['ask', 'remember that the freezer temperature is -18'], {
      cartridge: cart().path,
    });
    expect(saved.stdout).toBe('Remembered: your freezer temperature is -18.\n');
    const asked = await runCli(['ask', 'remember that is 1234'], { cartridge: cart().path });
    expect(asked.stdout).toMatch(/^I couldn't do that: "is" is a sentence/);
    const listed = await runCliJson<{ total: number }>(['run', 'memory_list', '--json'], {
      cartridge: cart().path,
    });
    expect(listed.total).toBe(1);
  });

  it('keeps "A+" as a fact a correction then reaches, and writes nothing for chatter or a backup request (issue 7, second round)', async () => {
    const ask = (text: string) => runCli(['ask', text], { cartridge: cart().path });
    expect((await ask('remember that my blood type is A+')).stdout).toBe(
      'Remembered: your blood type is A+.\n',
    );
    expect((await ask('actually my blood type is O-')).stdout).toBe(
      'Updated: your blood type is now O- (was A+).\n',
    );
    expect((await ask('remember that my wifi password is Tr0ub4dor&3!?')).stdout).toBe(
      'Remembered: your wifi password is Tr0ub4dor&3!?\n',
    );
    expect((await ask('my boss is an idiot')).stdout).toMatch(/^I didn't keep that: /);
    expect((await ask('can you remember things?')).stdout).toMatch(/^Yes, I can remember\./);
    expect((await ask('notes: buy milk')).stdout).toBe('Noted (#1).\n');
    const listed = await runCliJson<{ total: number; entries: { label: string; value: unknown }[] }>(
      ['run', 'memory_list', '--json'],
      { cartridge: cart().path },
    );
    expect(listed.entries.map((entry) => [entry.label, entry.value]).sort()).toEqual([
      ['blood type', 'O-'],
      ['wifi password', 'Tr0ub4dor&3!?'],
    ]);
  });
});
