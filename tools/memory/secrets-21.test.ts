import { describe, expect, it } from 'vitest';
import { isSecretFact } from '../../cartridge/secrets.js';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * S33 H2 (defence in depth): a value that names a secret with its value in it ("… and her
 * password is Tulip77", "barclays, pin 7788") is a secret whatever the fact is called: masked in
 * lists and `[secret]` in the event log, even when a sentence was not split into its facts.
 */
describe('a value that names a secret with its value is a secret', () => {
  it.each([
    ['moms email', 'mom@x.com and her password is Tulip77'],
    ['dads bank', 'barclays, pin 7788'],
    ['jakes locker', '12 and his locker code is 0451'],
    ['router', 'netgear, admin password: x9!k'],
    ['bank', 'hsbc, pin is 4321.'],
  ])('%s = %s', (name, value) => {
    expect(isSecretFact(name, value)).toBe(true);
  });

  it.each([
    ['address', '1 main st, zip code 90210'],
    ['office', 'room 1234'],
    ['motto', 'the password is love'],
    ['dentist', 'dr shah, 0207 111 2222'],
    ['favourite film', 'The Da Vinci Code 2006'],
    ['dress code', 'black tie 2024'],
  ])('%s = %s stays plain', (name, value) => {
    expect(isSecretFact(name, value)).toBe(false);
  });

  it('is masked in the list and withheld from the event log (a real cartridge)', async () => {
    const world = offlineWorld();
    await world.remember([['moms email', 'mom@x.com and her password is Tulip77']]);
    const answer = (await world.ask('what do you remember')).answer;
    expect(answer).toContain('moms email: ••••');
    expect(answer).not.toContain('Tulip77');
    const events = world.cartridge.events.query({ type: 'memory.remembered' });
    expect(JSON.stringify(events.map((event) => event.data))).not.toContain('Tulip77');
  });
});
