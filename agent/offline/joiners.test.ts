import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { asPairs, keyValueList } from './joiners.js';

const setup = seededWorld;

describe('joining words open a second request (issue 7, m11 items 1-4)', () => {
  it.each([
    [
      'remember my badge id is 55-AB then my desk number is 4.12',
      { 'badge id': '55-AB', 'desk number': '4.12' },
    ],
    ['remember my locker is 8 & my cubby is 9', { locker: '8', cubby: '9' }],
    ['remember my locker is 8&my cubby is 9', { locker: '8', cubby: '9' }],
    ['remember my pin is 0042 and then my alarm code is 9', { pin: '0042', 'alarm code': '9' }],
    ['remember my price is $5 + my tip is 10%', { price: '$5', tip: '10%' }],
    ['remember my nickname is 🐱 then my city is 東京', { nickname: '🐱', city: '東京' }],
    [
      'remember my site is https://a.example/x?y=1 plus my email is ann@example.com',
      { site: 'https://a.example/x?y=1', email: 'ann@example.com' },
    ],
    ['remember my balance is -€40 & my limit is £1,000', { balance: '-€40', limit: '£1,000' }],
    [
      'remember my laptop serial is C02XK0ABJGH5 also remember my monitor serial is 3CM1234567',
      { 'laptop serial': 'C02XK0ABJGH5', 'monitor serial': '3CM1234567' },
    ],
    ['remember my pin is 0042 and remember my alarm code is 9', { pin: '0042', 'alarm code': '9' }],
    ['remember my car is a Honda; remember my bike is a Trek', { car: 'a Honda', bike: 'a Trek' }],
    ['save my bus is 73 and also save my tram is 6', { bus: '73', tram: '6' }],
  ])('"%s"', async (request, expected) => {
    const { ask, facts } = await setup();
    const { finish } = await ask(request);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual(expected);
  });

  it.each([
    ['remember my favourite band is Tom & Jerry', { 'favourite band': 'Tom & Jerry' }],
    ['remember my motto is rock & roll', { motto: 'rock & roll' }],
    ['remember my song is Now and Then', { song: 'Now and Then' }],
    ['remember my formula is E = mc2', { formula: 'E = mc2' }],
    ['remember my shop is Marks & Spencer', { shop: 'Marks & Spencer' }],
    ['remember my route is left then straight on', { route: 'left then straight on' }],
    ['remember my phone is +44 20 7946 0000', { phone: '+44 20 7946 0000' }],
  ])('"%s" keeps the value\'s own joining word', async (request, expected) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual(expected);
  });
});

describe('"key = value" lists are one fact each (m11 item 3)', () => {
  it.each([
    [
      'store these: vpn server = vpn.example.net, vpn port = 1194, vpn protocol = udp',
      { 'vpn server': 'vpn.example.net', 'vpn port': '1194', 'vpn protocol': 'udp' },
    ],
    ['remember: car = Golf, colour = silver', { car: 'Golf', colour: 'silver' }],
    ['remember: car: Golf, colour: silver', { car: 'Golf', colour: 'silver' }],
    ['remember: car - Golf; colour - silver', { car: 'Golf', colour: 'silver' }],
    ['remember: car=Golf; colour=silver', { car: 'Golf', colour: 'silver' }],
    [
      'remember: home address = 12 Oak St, London, car = Golf',
      { 'home address': '12 Oak St, London', car: 'Golf' },
    ],
    [
      'save these - email: ann@example.com; site: https://example.com/a?b=c',
      { email: 'ann@example.com', site: 'https://example.com/a?b=c' },
    ],
    ['please store the following: zip = 01234, code = 0007', { zip: '01234', code: '0007' }],
  ])('"%s"', async (request, expected) => {
    const { ask, facts } = await setup();
    const { finish } = await ask(request);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual(expected);
  });

  it('reads no list where there is one item or no request', () => {
    expect(keyValueList('remember: car = Golf')).toBeUndefined();
    expect(keyValueList('car = Golf, colour = silver')).toBeUndefined();
    expect(keyValueList('remember my formula is E = mc2, x = 1')).toBeUndefined();
  });
});

describe('"<key> as <value>" facts joined by &/and/, (m11 item 4)', () => {
  it.each([
    [
      'save my github user as octo-cat & my gitlab user as gl_cat',
      { 'github user': 'octo-cat', 'gitlab user': 'gl_cat' },
    ],
    [
      'save my github user as octo-cat and my gitlab user as gl_cat',
      { 'github user': 'octo-cat', 'gitlab user': 'gl_cat' },
    ],
    [
      'save my home ip as 10.0.0.2, my work ip as 10.1.0.2 and my vpn ip as 10.8.0.1',
      { 'home ip': '10.0.0.2', 'work ip': '10.1.0.2', 'vpn ip': '10.8.0.1' },
    ],
  ])('"%s"', async (request, expected) => {
    const { ask, facts } = await setup();
    const { finish } = await ask(request);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual(expected);
  });

  it('leaves a single "as" fact and a value owning "&" alone', () => {
    expect(asPairs('save my github user as octo-cat')).toBeUndefined();
    expect(asPairs('save my band as Tom & Jerry')).toBeUndefined();
  });
});
