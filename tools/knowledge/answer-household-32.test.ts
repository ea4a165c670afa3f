import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round k32 (a stranger's household folder): a booking's airline, hotel price and check-out; a
 * bill's month; a policy's start; a wifi's name, never its password; each with "I don't know"
 * when the papers do not say.
 */
const BOOKING = `Porto trip

Airline: TAP Air Portugal
Flight: TP 4417, 21 December 2026
Cost: €412
Hotel: Casa dos Azulejos
Cost: €680
Check-in: 21 December 2026
Check-out: 26 December 2026
`;
const BERLIN = `Berlin trip - booking confirmation

Flight with Pegasus Airlines, PC 1171, Istanbul to Berlin, 12 June 2027
Price: €240

Hotel Adlon Kempinski, 3 nights
Price: €540
`;
const POLICY = `Home insurance - Aviva
Policy HX-22190
Premium €288 per year
Cover starts 15 January 2026 and ends 14 January 2027
`;
const WIFI = `Wifi network: Kestrel-Home-5G
Wifi password: tulip-garden-8812
Bins go out on Tuesday night
`;
const ROUTER = `Home wifi
SSID: Flat3-Net
Password: hunter-2-wall
`;

describe('a booking: which airline, what the hotel cost, when to check out', () => {
  it('names the airline line alone, however the flying is said', async () => {
    const { ask } = await learn({ 'trip.txt': BOOKING });
    for (const question of [
      'which airline do we fly with?',
      'what airline are we flying?',
      'which airline are we flying with?',
    ]) {
      const { quotes } = await ask(question);
      expect(quotes, question).toEqual(['Airline: TAP Air Portugal']);
    }
  });

  it("quotes the hotel's own cost, not the flight's, and the flight's for the flight", async () => {
    const { ask } = await learn({ 'trip.txt': BOOKING });
    for (const question of ['how much did we pay for the hotel?', 'how much was the hotel?']) {
      const { answer } = await ask(question);
      expect(answer, question).toContain('Cost: €680');
      expect(answer, question).not.toContain('€412');
    }
    const flight = await ask('how much was the flight?');
    expect(flight.answer).toContain('Cost: €412');
    expect(flight.answer).not.toContain('€680');
  });

  it('a price line under the line naming the hotel is the hotel price', async () => {
    const { ask } = await learn({ 'travel.txt': BERLIN });
    const hotel = await ask('how much did we pay for the hotel?');
    expect(hotel.quotes).toEqual(['Price: €540']);
    const flight = await ask('how much was the flight?');
    expect(flight.quotes).toEqual(['Price: €240']);
    expect((await ask('how much was the car hire?')).known).toBe(false);
  });

  it('check-out is never the check-in line, and the other way round', async () => {
    const { ask } = await learn({ 'trip.txt': BOOKING });
    const out = await ask('when do we check out?');
    expect(out.answer).toContain('Check-out: 26 December 2026');
    expect(out.answer).not.toContain('Check-in');
    const checkIn = await ask('when do we check in?');
    expect(checkIn.answer).toContain('Check-in: 21 December 2026');
    expect(checkIn.answer).not.toContain('Check-out');
  });
});

describe('a policy named by its first line, and its premium', () => {
  it('"home insurance" is the policy titled so; its premium says how much', async () => {
    const { ask } = await learn({ 'insurance.txt': POLICY });
    const start = await ask('when does the home insurance start?');
    expect(start.quotes).toEqual(['Cover starts 15 January 2026 and ends 14 January 2027']);
    for (const question of ['how much is the home insurance?', 'how much is the insurance?']) {
      expect((await ask(question)).quotes, question).toEqual(['Premium €288 per year']);
    }
    expect((await ask('when does the car insurance start?')).known).toBe(false);
  });
});

describe("the wifi's name, never its password line", () => {
  it('the network, the name or the SSID asked quotes no password', async () => {
    const { ask } = await learn({ 'notes.txt': WIFI, 'router.txt': ROUTER }, { includeSecrets: true });
    for (const question of [
      "what's the wifi network?",
      'what is the wifi name?',
      "what's the network called?",
    ]) {
      const { answer, known } = await ask(question);
      expect(known, question).toBe(true);
      expect(answer, question).not.toMatch(/tulip-garden|hunter-2-wall/u);
    }
    expect((await ask("what's the wifi network?")).quotes).toEqual(['Wifi network: Kestrel-Home-5G']);
    expect((await ask("what's the SSID?")).quotes).toEqual(['SSID: Flat3-Net']);
    // The password asked is still quoted, as learned with --include-secrets.
    expect((await ask("what's the wifi password?")).answer).toContain('tulip-garden-8812');
  });

  it('"wifi: Lighthouse_Guest" is the network', async () => {
    const { ask } = await learn({ 'notes.txt': 'wifi: Lighthouse_Guest\nthe boiler service is in April\n' });
    expect((await ask("what's the wifi network?")).quotes).toEqual(['wifi: Lighthouse_Guest']);
  });
});
