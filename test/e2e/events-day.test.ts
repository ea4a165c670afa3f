import { describe, expect, it } from 'vitest';
import { openCartridge } from '../../cartridge/open.js';
import { createDefaultRegistry } from '../../tools/index.js';
import { runCliJson, useTempCartridge } from '../helpers/cli.js';

interface Ask {
  toolCalls: Array<{
    name: string;
    input: Record<string, unknown>;
    output: { events: Array<{ data: { id: number } }> };
  }>;
}

describe('"what happened yesterday?" is bounded on both ends', () => {
  const cart = useTempCartridge('fazt-day-');

  it('lists yesterday’s events and none of today’s or the day before’s', async () => {
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    const yesterday = new Date(midnight);
    yesterday.setDate(yesterday.getDate() - 1);
    createDefaultRegistry(); // registers the built-in event types this test appends directly
    const cartridge = openCartridge(cart().path);
    try {
      const add = (id: number, ts: number) =>
        cartridge.transaction(() =>
          cartridge.events.append({ type: 'note.added', source: 'test', data: { id }, ts }),
        );
      add(1, yesterday.getTime() - 1); // the evening before yesterday
      add(2, yesterday.getTime()); // yesterday 00:00
      add(3, midnight.getTime() - 1); // yesterday 23:59:59.999
      add(4, midnight.getTime()); // today 00:00
      add(5, Date.now());
    } finally {
      cartridge.close();
    }
    const ids = async (request: string) => {
      const answer = await runCliJson<Ask>(['ask', '--json', request], { cartridge: cart().path });
      const call = answer.toolCalls.find((entry) => entry.name === 'events_list');
      return call?.output.events
        .filter((event) => event.data && 'id' in event.data)
        .map((event) => event.data.id);
    };
    expect(await ids('what happened yesterday?')).toEqual([3, 2]);
    expect(await ids('what changed yesterday')).toEqual([3, 2]);
    expect(await ids('what happened since yesterday')).toEqual([5, 4, 3, 2]);
    expect(await ids('show note.added events')).toEqual([5, 4, 3, 2, 1]);
  });
});
