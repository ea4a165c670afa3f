import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

interface AskJson {
  answer: string;
  toolCalls: Array<{ name: string; input: Record<string, unknown> }>;
  conversationId: string;
}

/**
 * Round k23 (S37) through the real CLI: after "what hotel am I staying at in Lisbon?", the
 * follow-ups `-c "and the confirmation number?"` and `-c "what time is check-in?"` ask of the
 * Lisbon hotel and quote its line only — not the Porto hotel's, not the Kyoto one's. After a hotel
 * the documents do not have, the follow-up does not know.
 */
describe('document follow-ups carry the thing asked of (k23, real CLI)', () => {
  let cart: TempCartridge;
  let dir: string;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-k23-');
    dir = join(cart.dir, 'papers');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'itinerary.txt'),
      [
        'TRIP ITINERARY — LISBON & PORTO, March 2027',
        '',
        'HOTELS',
        '------',
        '1) Hotel Alfama Patio, Rua das Escolas Gerais 48, Lisbon',
        '   Check-in 13 March from 15:00; check-out 17 March by 11:00',
        '   Confirmation no. HAP-558213, 4 nights, EUR 612.00 total, breakfast incl.',
        '2) Casa do Ribeira, Praça da Ribeira 7, Porto',
        '   Check-in Wed 17 Mar; check-out Sun 21 Mar (late checkout 14:00 agreed)',
        '   Confirmation number: 3318907 (Booking.com), EUR 488.40, pay at property',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'japan.txt'),
      [
        'JAPAN TRIP, April 2027',
        '',
        'HOTELS',
        '1) Kyoto Tower Hotel, Kyoto',
        '   Check-in 6 April from 15:00; check-out 9 April by 10:00',
        '   Confirmation number: KTH-44018, JPY 51,300 total',
        '',
      ].join('\n'),
    );
  }, 60_000);
  afterAll(async () => {
    await cart.cleanup();
  });
  const run = (...args: string[]) => runCli(args, { cartridge: cart.path });
  const ask = async (...args: string[]) =>
    JSON.parse((await run('ask', '--json', ...args)).stdout) as AskJson;
  const knowledgeInput = (reply: AskJson) =>
    reply.toolCalls.find((call) => call.name === 'knowledge_ask')?.input;

  it('quotes the Lisbon hotel only, over a chain of follow-ups', { timeout: 180_000 }, async () => {
    expect((await run('learn', dir, '--yes')).code).toBe(0);
    const hotel = await ask('what hotel am I staying at in Lisbon?');
    expect(hotel.answer).toContain('Hotel Alfama Patio');
    const number = await ask('-c', hotel.conversationId, 'and the confirmation number?');
    expect(knowledgeInput(number)).toEqual({
      question: 'what is the confirmation number of the hotel in Lisbon?',
    });
    expect(number.answer).toContain('HAP-558213');
    expect(number.answer).not.toMatch(/3318907|KTH-44018/);
    const checkIn = await ask('-c', number.conversationId, 'and what time is check-in?');
    expect(checkIn.answer).toContain('from 15:00');
    expect(checkIn.answer).not.toMatch(/Porto|Kyoto/);
  });

  it('does not know the detail of a hotel the documents do not have', { timeout: 180_000 }, async () => {
    const madrid = await ask('what hotel am I staying at in Madrid?');
    expect(madrid.answer).toMatch(/^I don't know/);
    const number = await ask('-c', madrid.conversationId, 'and the confirmation number?');
    expect(number.answer).toMatch(/^I don't know/);
    expect(number.answer).not.toMatch(/HAP-558213|3318907|KTH-44018/);
  });
});
