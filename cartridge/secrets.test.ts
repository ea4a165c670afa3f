import { describe, expect, it } from 'vitest';
import { holdsCardNumber, holdsIban, ibanValid, isSecretFact, luhnValid, secretValue } from './secrets.js';
import { namesSecret } from './text-similarity.js';

/**
 * Issue 7, m15 (stranger): a secret is known by its value as well as its name (a card number by
 * the Luhn check, an IBAN by ISO 13616's mod 97), and by its name in more languages and scripts
 * and more English kinds (passphrase, seed phrase, security question, SSN…).
 */
describe('card numbers: 13–19 digits passing the Luhn check (ISO/IEC 7812-1)', () => {
  it.each([
    ['79927398713', true], // the classic worked example
    ['79927398710', false],
    ['4111111111111111', true],
    ['4111111111111112', false],
  ])('luhnValid(%s) is %s', (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });

  it.each([
    ['4111 1111 1111 1111', true],
    ['4111-1111-1111-1111', true],
    ['4111111111111111', true],
    ['5500 0000 0000 0004', true], // Mastercard test number
    ['3782 822463 10005', true], // Amex, 15 digits in 4-6-5
    ['6011111111111117', true], // Discover, 16
    ['visa 4111 1111 1111 1111 exp 12/27', true],
    ['4111 1111 1111 1112', false], // Luhn fails
    ['4111 1111 111', false], // 11 digits: too short
    ['07700 900123', false], // a phone number
    ['+44 7911 123456 78', false], // after a "+": a phone number
    ['0000 0000 0000 0000', false], // opens with 0
    ['12345678901234567890123', false], // far too long
    ['1250', false],
  ])('holdsCardNumber(%j) is %s', (text, held) => {
    expect(holdsCardNumber(text)).toBe(held);
  });
});

describe('IBANs: country, check digits and the mod-97 check (ISO 13616)', () => {
  it.each([
    ['GB82WEST12345698765432', true],
    ['DE89370400440532013000', true],
    ['FR1420041010050500013M02606', true],
    ['GB82WEST12345698765433', false],
    ['GB00WEST12345698765432', false],
  ])('ibanValid(%s) is %s', (iban, valid) => {
    expect(ibanValid(iban)).toBe(valid);
  });

  it.each([
    ['GB82 WEST 1234 5698 7654 32', true],
    ['gb82 west 1234 5698 7654 32', true],
    ['DE89 3704 0044 0532 0130 00', true],
    ['my account: DE89370400440532013000 (Sparkasse)', true],
    ['GB82 WEST 1234 5698 7654 33', false],
    ['AB12 CDEF', false],
    ['KR 5521X', false],
  ])('holdsIban(%j) is %s', (text, held) => {
    expect(holdsIban(text)).toBe(held);
  });
});

describe('a fact is a secret by its name or its value', () => {
  it.each([
    ['visa', '4111 1111 1111 1111', true],
    ['account', 'GB82 WEST 1234 5698 7654 32', true],
    ['card', { number: '4111111111111111', expiry: '12/27' }, true],
    ['wifi password', 'hunter2', true],
    ['dog', 'Rex', false],
    ['phone', '07700 900123', false],
    ['car plate', 'KR 5521X', false],
    ['rent', '£1,250', false],
  ])('isSecretFact(%j, %j) is %s', (name, value, secret) => {
    expect(isSecretFact(name, value)).toBe(secret);
  });

  it('a value that was a card number keeps the fact a secret while it changes', () => {
    expect(isSecretFact('visa', 'lost', '4111 1111 1111 1111')).toBe(true);
    expect(secretValue(['x', 4111111111111111])).toBe(true);
    expect(secretValue(null)).toBe(false);
  });
});

describe('secret names in other languages and scripts, and more English kinds', () => {
  it.each([
    // Arabic
    'كلمة المرور',
    'كلمة المرور للواي فاي',
    'كلمة السر',
    'كلمة سر البنك',
    'رمز',
    'رمز البنك',
    'الرقم السري',
    // Hindi
    'पासवर्ड',
    'वाईफाई पासवर्ड',
    'पिन',
    'बैंक पिन',
    // Spanish, French, German, Portuguese, Italian, Turkish, Russian
    'contraseña',
    'clave del banco',
    'mot de passe',
    'mot de passe wifi',
    'code secret',
    'Passwort',
    'Kennwort',
    'Geheimzahl',
    'senha',
    "parola d'ordine",
    'parola d’ordine',
    'şifre',
    'пароль',
    'пин-код',
    // Chinese, Japanese, Korean
    '密码',
    'パスワード',
    '暗証番号',
    '비밀번호',
    // English kinds
    'passcode',
    'passphrase',
    'card CVV',
    'CVC',
    'security code',
    'security question answer',
    'answer to my security question',
    'recovery code',
    'backup codes',
    'seed phrase',
    'recovery phrase',
    'mnemonic',
    'API key',
    'access token',
    'secret key',
    'private key',
    'license key',
    'SSN',
    'social security number',
    'alarm code',
    'safe combination',
    'door code',
    'lock combination',
    // S24: said short, or an identity number or security answer.
    'netflix pass',
    'pass',
    "mother's maiden name",
    'mother maiden name',
    'passport number',
    'passport no',
    'driver licence number',
    "driver's license number",
    'national insurance number',
  ])('%s names a secret', (name) => {
    expect(namesSecret(name)).toBe(true);
  });

  it.each([
    // Public codes, said before or after the code word.
    'zip code',
    'code postal',
    'código postal',
    'الرمز البريدي',
    // Words that only look alike once marks are dropped: पान (betel) is not पिन (PIN).
    'पान',
    // A word that is part of a secret phrase, alone: "parola" (word), "المرور" (traffic).
    'parola preferita',
    'مخالفة المرور',
    'favourite colour',
    // A pass that is a ticket (S24), and a passport's other parts.
    'bus pass',
    'boarding pass',
    'ski pass',
    'passport expiry',
    'maiden voyage',
    'gym pass',
  ])('%s names no secret', (name) => {
    expect(namesSecret(name)).toBe(false);
  });
});
