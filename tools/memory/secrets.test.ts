import { describe, expect, it } from 'vitest';
import { namesSecret } from '../../cartridge/text-similarity.js';
import { testRuntime } from '../../test/helpers/runtime.js';
import { createMemoryStore } from './store.js';

/**
 * Issue 7, stranger 8 (MEDIUM): a near fact is named, never its value, when its name holds a
 * secret attribute (PIN, password, passcode, code, key, token, login, account number, CVV…), the
 * way "what is my bank?" names "bank PIN" without its value. Asked for by name, it answers.
 */
describe('secrets are never shown as near facts', () => {
  it.each([
    ['bank PIN', true],
    ['wifi password', true],
    ['🚗 code', true],
    ['door code', true],
    ['api token', true],
    ['github login', true],
    ['card CVV', true],
    ['bank account number', true],
    ['🔑 vault', true],
    ['wifi pwd', true],
    ['zip code', false],
    ['area code', false],
    ['phone number', false],
    ['bank', false],
    ['favourite colour', false],
    // S24: an identity number is masked in lists like other secrets.
    ['passport number', true],
    ['passport expiry', false],
    // m13: secrets named in other languages and scripts.
    ['wifi Passwort', true],
    ['contraseña del banco', true],
    ['пароль от почты', true],
    ['wifi密码', true],
    ['銀行の暗証番号', true],
    ['와이파이 비밀번호', true],
    ['código postal', false],
    ['почтовый индекс', false],
  ])('%s names a secret: %s', (name, secret) => {
    expect(namesSecret(name)).toBe(secret);
  });

  const recall = async (facts: [string, string][], key: string) => {
    const runtime = testRuntime();
    const memory = createMemoryStore(runtime.cartridge);
    for (const [name, value] of facts) memory.remember(name, value);
    const result = await runtime.executor.execute(
      'memory_recall',
      { key },
      { caller: runtime.caller, approved: true },
    );
    if (!result.ok) throw new Error('recall failed');
    return result as typeof result & {
      output: { found: boolean; alternatives: { label: string; value?: unknown; withheld?: boolean }[] };
    };
  };

  it('"bank password" (not stored) names the wifi password and bank PIN, shows only the bank', async () => {
    const result = await recall(
      [
        ['bank', 'Barclays'],
        ['wifi password', 'Tr0ub4dor'],
        ['bank PIN', '8812'],
      ],
      'bank password',
    );
    expect(result.output.found).toBe(false);
    expect(result.text).not.toMatch(/Tr0ub4dor|8812/);
    expect(JSON.stringify(result.output)).not.toMatch(/Tr0ub4dor|8812/);
    expect(result.text).toMatch(/I have your wifi password and your bank PIN; ask for one by name\./);
    expect(result.text).toMatch(/Near facts, about something else: bank: Barclays\./);
  });

  it('"card PIN" never shows the bank PIN; "door code" (forgotten) never shows "🚗 code"', async () => {
    const card = await recall([['bank PIN', '8812']], 'card PIN');
    expect(card.text).not.toContain('8812');
    expect(card.text).toContain('I have your bank PIN; ask for it by name.');
    const door = await recall([['🚗 code', '9999']], 'door code');
    expect(door.text).not.toContain('9999');
    expect(door.text).toContain('🚗 code');
  });

  it('asked by name, a secret answers; a non-secret near fact still shows its value', async () => {
    const named = await recall([['bank PIN', '8812']], 'bank PIN');
    expect(named.text).toBe('Your bank PIN is 8812.');
    const near = await recall([['sister birthday', 'May 1']], 'brother birthday');
    expect(near.text).toContain('May 1');
  });
});
