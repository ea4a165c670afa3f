import { describe, expect, it } from 'vitest';
import { secretInText, secretLinesInText } from './secret-files.js';

describe('secret lines: other wordings, languages, sentences and login pairs (S45)', () => {
  it.each([
    'Wi-Fi network: OliveiraBox, key Pomme-Verte-2211',
    'WiFi: Pomme-Verte-2211',
    'wifi pass Pomme-Verte-2211',
    'router pw: larch42-Sunflower!',
    'The code for the front door is 4729B, then push hard.',
    'the code to the garage is 5521',
    'gate 1357 for the car park',
    'Alarm: 8812# to disarm',
    'Door: 4729B',
    'Netflix login mateus@example.fr / Cinéma!2024',
    'Disney+: mateus@example.fr | Plage2025',
    'username mateus / Soleil-77',
    'Mot de passe wifi : Pomme-Verte-2211',
    'mdp wifi : Pomme-Verte-2211',
    'Digicode : 4729B',
    'Code PIN carte bleue : 6604',
    'Code de la porte : 4729B',
    'Türcode: 4729',
    'PIN-Code: 6604',
    'Contraseña del wifi: Manzana-44',
    'Código de la puerta: 4729',
    'Codice del cancello: 1357',
    'Password del wifi: Mela-Verde-12',
    'Safe combination 12-34-56',
    'pw: Cinema2024',
    'Code secret : 6604',
    'Code alarme 8812',
    'Le code du portail est 1357',
  ])('flags %j', (line) => {
    expect(secretInText(`Bins go out Monday night.\n${line}\nCall Amélie at noon.`)).toEqual({
      kind: 'passwords',
      line: 2,
    });
  });

  it.each([
    'password policy: 12 characters',
    'Password policy: strict',
    'the alarm clock is set for 7',
    'Alarm: 07:00 on weekdays',
    'code of conduct',
    'The code of conduct is on page 4.',
    'gate 3 at the airport',
    'Boarding at gate B22',
    'front door painted blue',
    'Door: painted blue in 2019',
    'Garage: 2019',
    'The garage 2019 renovation cost a lot',
    'combination boiler serviced',
    'Wi-Fi network: OliveiraBox',
    'WiFi: OliveiraBox',
    'Wi-Fi: ask the host',
    'PIN: see the card',
    'wifi password: see the router',
    'login page / settings',
    'Email mateus@example.fr / phone 06 12 34 56 78',
    'The code for the front door changes every month.',
    'Mot de passe : voir la box',
    'Bins go out Monday night.',
    'PW: see above',
    'Account: 12345678 / 20-00-00',
    'Passcode expires: 01.02.26',
    'Le code secret est sur la lettre',
  ])('does not flag %j', (line) => {
    expect(secretInText(line)).toBeUndefined();
  });

  it("withholds every secret line of S45's household note and keeps the rest", () => {
    const text = [
      'Things to remember for the babysitter',
      'Wi-Fi network: OliveiraBox, key Pomme-Verte-2211',
      'The code for the front door is 4729B, then push hard.',
      'Alarm: 8812# to disarm',
      'Bins go out Monday night.',
      'Netflix login mateus@example.fr / Cinéma!2024',
      'Gédéon sleeps in his box after 19:00.',
      'Mot de passe wifi : Pomme-Verte-2211',
    ].join('\n');
    expect(secretLinesInText(text).map((sign) => sign.line)).toEqual([2, 3, 4, 6, 8]);
  });
});
