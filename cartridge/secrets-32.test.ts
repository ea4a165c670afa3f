import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../test/helpers/offline.js';
import { noteHoldsSecret } from '../tools/notes/secret.js';
import { saysSecret, saysWhereKept } from './secrets.js';

/**
 * Where a secret is kept is no secret, in every language the secret detector reads (round 32: the
 * notes' own check moved into `saysSecret`, so facts, notes and "remember …" all agree).
 */
describe('a sentence saying where a secret is kept', () => {
  const where = [
    'bank PIN is on the fridge',
    'the router password is written on the box',
    'mi PIN del banco está en la nevera',
    "mon code d'alarme est sous le paillasson",
    'le mot de passe est écrit dans le carnet',
    'mein PIN ist im Kühlschrank',
    'das Passwort liegt unter der Tastatur',
    'il codice della cassaforte è sotto il tappeto',
    'a senha do wifi fica na gaveta',
    'de pincode ligt onder de mat',
  ];
  for (const text of where)
    it(`"${text}" holds no secret`, () => {
      expect(saysWhereKept(text)).toBe(true);
      expect(saysSecret(text)).toBe(false);
      expect(noteHoldsSecret(text)).toBe(false);
    });

  const secrets = [
    'mi contraseña del banco es Ñandú#77',
    'mon mot de passe est soleil',
    'мой пароль от почты это qwerty',
    'the door code is in 4729',
    'mein PIN ist 4711',
    'wifi password: on fire 99',
  ];
  for (const text of secrets)
    it(`"${text}" still holds one`, () => {
      expect(saysSecret(text)).toBe(true);
    });
});

describe('"remember …" where a secret is kept, in other languages', () => {
  for (const text of [
    'mi PIN del banco está en la nevera',
    'mein PIN ist im Kühlschrank',
    'de pincode ligt onder de mat',
  ])
    it(`"remember ${text}" is kept, not refused as a secret`, async () => {
      const { ask } = offlineWorld();
      const { answer } = await ask(`remember ${text}`);
      expect(answer).not.toMatch(/looks like a secret/);
      expect(answer).toMatch(/^(?:Remembered|Noted|I kept it as a note)/);
    });
  it('a secret said in a sentence is still kept nowhere and not echoed', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('remember mi contraseña del banco es Ñandú#77');
    expect(answer).toMatch(/kept nothing/);
    expect(answer).not.toContain('Ñandú#77');
    expect(facts()).toEqual([]);
  });
});
