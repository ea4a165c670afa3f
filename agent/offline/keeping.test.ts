import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';

const setup = seededWorld;

describe('how to keep a fact is no part of its key (issue 7, m11 item 8)', () => {
  it.each([
    ['pls keep my wifi pwd safe: qwerty!23', { 'wifi pwd': 'qwerty!23' }],
    ['store my door code somewhere safe: 0042', { 'door code': '0042' }],
    ['keep the alarm code handy - 9090', { 'alarm code': '9090' }],
    ['save my bike lock code safely: 3141', { 'bike lock code': '3141' }],
    ['keep my locker number in mind: 118', { 'locker number': '118' }],
    ['store my tax id for later: DE-0012', { 'tax id': 'DE-0012' }],
    ['keep my wallet pin secret: 7777', { 'wallet pin': '7777' }],
    ['remember my safe word: banana', { 'safe word': 'banana' }],
    ['remember my safe combination: 12-34-56', { 'safe combination': '12-34-56' }],
  ])('"%s"', async (request, expected) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual(expected);
  });
});
