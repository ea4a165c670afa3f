import { describe, expect, it } from 'vitest';
import { secretByName, secretDetail, secretInText } from './secret-files.js';

describe('files that look like they hold secrets (S37 H7)', () => {
  it.each([
    ['/home/dana/docs/passwords-private.txt', 'passwords'],
    ['Chrome Passwords.csv', 'passwords'],
    ['bank_logins.md', 'passwords'],
    ['wifi-passcodes.txt', 'passwords'],
    ['/home/dana/.ssh/id_rsa', 'a private key'],
    ['id_ed25519', 'a private key'],
    ['server-private-key.txt', 'a private key'],
    ['openai_api_key.txt', 'API keys or tokens'],
    ['client_secret.json', 'secrets'],
    ['aws-credentials', 'secrets'],
    ['.env', 'secrets'],
    ['.env.local', 'secrets'],
  ])('%s says by its name it holds %s', (path, kind) => {
    expect(secretByName(path)).toEqual({ kind });
  });

  it.each([
    'lease.md',
    'secret-santa-2026.md',
    'id_rsa.pub',
    '.env.example',
    'passport-renewal.md',
    'pinboard.txt',
    'keys-and-locks-handbook.md',
    'environment.md',
  ])('%s says nothing by its name', (path) => {
    expect(secretByName(path)).toBeUndefined();
  });

  it.each([
    ['Home wifi\nWHITFIELD-5G password larch42-Sunflower!\n', 'passwords', 2],
    ['Guest network password: Tulip#Garden', 'passwords', 1],
    ['The router password is maple-77.', 'passwords', 1],
    ['Password for WHITFIELD-5G: larch42', 'passwords', 1],
    ['Debit card PIN 4471', 'passwords', 1],
    ['Your door PIN: 55201', 'passwords', 1],
    ['Kennwort: Sonne2024', 'passwords', 1],
    ['wifi_password: badger-lime-31', 'passwords', 1],
    ['{"password": "hunter22"}', 'passwords', 1],
    ['DB_PASSWORD=s3cr3t-pass', 'passwords', 1],
    ['site,username,password\nbank,dana,Tulip77!\n', 'passwords', 2],
    ['| Network | Password |\n|---|---|\n| Home | larch42-Sunflower! |', 'passwords', 3],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n', 'a private key', 1],
    ['-----BEGIN PGP PRIVATE KEY BLOCK-----', 'a private key', 1],
    ['OpenAI key for the side project:\nsk-proj-Abc123Def456Ghi789Jkl012', 'API keys or tokens', 2],
    ['export GITHUB_TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 'API keys or tokens', 1],
    ['API key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'API keys or tokens', 1],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'API keys or tokens', 1],
  ])('%j holds %s on line %i', (text, kind, line) => {
    expect(secretInText(text)).toEqual({ kind, line });
  });

  it.each([
    // A lease, a recipe, a manual, a letter: secret words in prose, no value.
    '# Lease\n\nThe tenant receives two sets of keys. Keys are returned at the end of the lease.\nA lost key costs £40 to replace.',
    '# Banana bread\n\nA pinch of salt. Pin the paper to the tin. Bake for 60 minutes at 180C.',
    'To reset the password in settings, open the admin page.\nPasswords must be at least 12 characters long.',
    'Your PIN is on the letter from the bank. Never share your PIN.',
    'The default PIN is 0000; change it on first use.',
    'Keep the password-protected PDF in the shared folder.',
    'Change your password every 90 days.',
    'password: ********',
    'password: <your password here>',
    'API_KEY=$' + '{OPENAI_API_KEY}',
    'const password = hashPassword(input);',
    'token = request.headers.get("Authorization")',
    'api_key = os.environ["API_KEY"]',
    'password?: string;',
    'The key safe code is on the booking confirmation.',
    'Token 1 of 3 handed out at the gate.',
    'Compass: N42E bearing from the car park.',
    'Ask the landlord for the spare keys 2024 edition.',
    'name,amount,date\nrent,900,2026-01-01',
  ])('%j holds no secret', (text) => {
    expect(secretInText(text)).toBeUndefined();
  });

  it('says what it looks like it holds and where', () => {
    expect(secretDetail({ kind: 'passwords', line: 3 })).toBe('looks like it holds passwords (line 3)');
    expect(secretDetail({ kind: 'secrets' })).toBe('looks like it holds secrets (its name)');
  });
});
