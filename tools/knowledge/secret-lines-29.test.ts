import { describe, expect, it } from 'vitest';
import { secretInText, secretLinesInText } from './secret-files.js';

describe('secret lines: the formats a household note writes them in (k29)', () => {
  it.each([
    ['Password: sunshine', 'passwords'],
    ['wifi password is sunshine', 'passwords'],
    ['- **Wi-Fi password:** sunshine', 'passwords'],
    ['The router password was Marigold.', 'passwords'],
    ['pin 4821', 'passwords'],
    ['Bank PIN: 0917', 'passwords'],
    ['door code: 7781', 'passwords'],
    ['Gate code is 1999#', 'passwords'],
    ['key safe code 4420', 'passwords'],
    ['Alarm code - 2468', 'passwords'],
    ['passcode 482913', 'passwords'],
    ['api_key=abcdef123456', 'API keys or tokens'],
    ['token: ab12cd34ef56gh78ij90', 'API keys or tokens'],
    ['Visa card 4111 1111 1111 1111 exp 04/29', 'card numbers'],
    ['5555-5555-5555-4444', 'card numbers'],
  ])('flags %j', (line, kind) => {
    expect(secretInText(`Bin day: Tuesday\n${line}\nPlumber: Dave 07700 900123`)).toEqual({ kind, line: 2 });
  });

  it.each([
    'password policy: 12 characters',
    'reset your password at https://example.com/reset',
    'The password is required.',
    'Password: see the sticker on the router',
    'Your password is too short',
    'the password is case-sensitive',
    'Passwords must be 12 characters long',
    'a combination of letters and numbers',
    'door code changes every month',
    'the default PIN is 0000',
    'Order number 4111 1111 1111 1112',
    'Call 0800 123 4567 to book',
    'Bin day: Tuesday',
  ])('does not flag %j', (line) => {
    expect(secretInText(line)).toBeUndefined();
  });

  it('finds every secret line, and a private key block whole', () => {
    const text = [
      'Bin day: Tuesday',
      'wifi password is sunshine',
      'Plumber: Dave 07700 900123',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU',
      '-----END OPENSSH PRIVATE KEY-----',
      'door code: 7781',
    ].join('\n');
    expect(secretLinesInText(text).map((sign) => `${sign.line} ${sign.kind}`)).toEqual([
      '2 passwords',
      '4 a private key',
      '5 a private key',
      '6 a private key',
      '7 passwords',
    ]);
  });
});
