import { describe, expect, it } from 'vitest';
import { secretInText } from './secret-files.js';

/**
 * Round k31 (S45 MEDIUM): a wifi line that gives the network's name (a router's own SSID: its
 * maker's or provider's name and a short hexadecimal tag) is learned, never withheld as a
 * password; a wifi line that gives a password, or a key beside the name, is still withheld.
 */
describe('a wifi network name is no secret; its password still is', () => {
  it.each([
    'WiFi: Livebox-4A2C',
    'Wi-Fi: SFR_7B10',
    'wifi: BTHub6-8C2F',
    'WiFi: SKY1A2B3',
    'WiFi: TP-Link_5G_3F20',
    'WLAN: FRITZ!Box-7590',
    'wifi = Freebox-5G-9D41',
  ])('learns %j', (line) => {
    expect(secretInText(`Bins go out Monday night.\n${line}\nCall Amélie at noon.`)).toBeUndefined();
  });

  it.each([
    'WiFi: Pomme-Verte-2211',
    'WiFi: Livebox-4A2C, key Pomme-Verte-2211',
    'wifi password: Livebox-4A2C',
    'Livebox-4A2C wifi pass Tortue-Gedeon-1987!',
    'WiFi: Orange-Tortue-1987!',
  ])('withholds %j', (line) => {
    expect(secretInText(`Bins go out Monday night.\n${line}\nCall Amélie at noon.`)).toEqual({
      kind: 'passwords',
      line: 2,
    });
  });
});
