import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { beforeAnswer, factNamed } from './history.js';

/** m19 (S28 M8 and LOW): history names facts as the person wrote them, and old values can be asked for. */
describe('history names a fact by its label', () => {
  it('keeps the label in the events of a write and a forget, a secret value still withheld', async () => {
    const { ask, remember, cartridge } = offlineWorld();
    await remember([
      ["sister Maria's cat name", 'Mochi'],
      ["Anna's phone", '555 1234'],
      ["wife's PIN", '1357'],
    ]);
    await ask("forget Anna's phone", true);
    const events = cartridge.events.query({ type: 'memory.*' });
    const data = events.map((event) => event.data as Record<string, unknown>);
    expect(data).toContainEqual({ key: 'anna phone', label: "Anna's phone" });
    expect(data).toContainEqual({ key: 'wife pin', label: "wife's PIN", value: '[secret]', previous: null });
    expect(JSON.stringify(data)).not.toContain('1357');

    const { answer } = await ask('what changed today?');
    expect(answer).toContain("you forgot Anna's phone");
    expect(answer).toContain("you remembered Anna's phone");
    expect(answer).toContain("you remembered your sister Maria's cat name");
    expect(answer).toContain("you remembered your wife's PIN");
    expect(answer).not.toMatch(/anna phone|maria cat|wife pin/);
    expect((await ask('what did I forget today?')).answer).toContain("you forgot Anna's phone");
  });

  it('names a fact forgotten by "forget everything about" by its label', async () => {
    const { ask, remember } = offlineWorld();
    await remember([
      ["Tom's phone", '555 0101'],
      ["Tom's birthday", '3 May'],
    ]);
    await ask('forget everything about Tom', true);
    const { answer } = await ask('what did I forget today?');
    expect(answer).toContain("you forgot Tom's phone");
    expect(answer).toContain("you forgot Tom's birthday");
  });

  it('falls back to the key for an event written before labels were kept', async () => {
    expect(factNamed({ key: 'anna phone' })).toBe('your anna phone');
    expect(factNamed({ key: 'anna phone', label: "Anna's phone" })).toBe("Anna's phone");
    expect(factNamed({ key: 'guest wifi', label: 'the guest wifi' })).toBe('the guest wifi');
    expect(factNamed({})).toBe('a fact');
    const { ask, cartridge } = offlineWorld();
    cartridge.events.append({ type: 'memory.forgotten', source: 'test', data: { key: 'anna phone' } });
    expect((await ask('what did I forget today?')).answer).toContain('you forgot your anna phone');
  });
});

describe('what a fact was before (the event log keeps non-secret old values)', () => {
  it('says the value a change replaced, and older ones, with when; writes nothing', async () => {
    const { ask, remember, cartridge } = offlineWorld();
    await remember([['car', 'a green Fiat']]);
    await remember([['car', 'a red Polo']]);
    await remember([['car', 'a blue Golf']]);
    for (const question of [
      'what was my car before?',
      'what was my old car?',
      'what was my previous car',
      'what did my car use to be?',
      'What was my car before the blue Golf?',
      'what did I change my car from?',
    ]) {
      const { answer, calls } = await ask(question);
      expect(answer, question).toMatch(
        /^Before a blue Golf, your car was a red Polo \(changed on \d+ \w+ \d{4} at \d\d:\d\d\)\. Before that: a green Fiat\.$/,
      );
      expect(
        calls.map((call) => call.name),
        question,
      ).toEqual(['events_list']);
    }
    // The questions wrote nothing: the three writes are the only memory events.
    expect(cartridge.events.query({ type: 'memory.*', limit: 1000 })).toHaveLength(3);
  });

  it("never shows a secret's old value, and says it is not kept", async () => {
    const { ask, remember } = offlineWorld();
    await remember([['wifi password', 'abc123']]);
    await remember([['wifi password', 'def456']]);
    await remember([['locker code', '0042']]);
    await remember([['locker code', '0043']]);
    for (const question of ['what was my old wifi password?', 'what did my locker code use to be?']) {
      const { answer } = await ask(question);
      expect(answer, question).toMatch(/was last changed on .*Its old value is not kept/);
      expect(answer, question).not.toMatch(/abc123|def456|0042|0043/);
    }
  });

  it('says when nothing changed, when the fact was forgotten, and when there is no record', async () => {
    const { ask, remember } = offlineWorld();
    await remember([
      ['bike', 'a Brompton'],
      ['keys', 'in the drawer'],
      ["Anna's phone", '555 1234'],
    ]);
    await ask("forget Anna's phone", true);
    expect((await ask('what was my bike before?')).answer).toMatch(
      /^Your bike has not changed since you told me on .*: it is still a Brompton\.$/,
    );
    expect((await ask('what were my keys before?')).answer).toMatch(/^Your keys have not changed/);
    const forgotten = (await ask("what was Anna's phone before?")).answer;
    expect(forgotten).toMatch(/^You forgot Anna's phone on .*; its values were forgotten with it\.$/);
    expect(forgotten).not.toContain('555');
    expect((await ask('what was my boat before?')).answer).toMatch(
      /^I have no record of a change to your boat, so I have no old value for it\./,
    );
    expect((await ask('what was the guest wifi before?')).answer).toMatch(/change to the guest wifi/);
  });

  it('answers from events alone, newest first, matching the label or the key', () => {
    const events = [
      {
        type: 'memory.remembered',
        ts: 2,
        data: {
          key: 'sister maria cat name',
          label: "sister Maria's cat name",
          value: 'Luna',
          previous: 'Mochi',
        },
      },
      {
        type: 'memory.remembered',
        ts: 1,
        data: { key: 'sister maria cat name', value: 'Mochi', previous: null },
      },
    ];
    expect(beforeAnswer(events, "sister Maria's cat name")).toMatch(
      /^Before Luna, your sister Maria's cat name was Mochi \(changed on/,
    );
    expect(beforeAnswer(events, 'sister maria cat name')).toMatch(/was Mochi/);
    // An old value the log replaced as forgotten is not kept either.
    const redacted = [
      { type: 'memory.remembered', ts: 3, data: { key: 'car', value: 'x', previous: '[forgotten]' } },
    ];
    expect(beforeAnswer(redacted, 'car')).toMatch(/Its old value is not kept/);
  });
});
