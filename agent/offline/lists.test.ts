import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { listOf, multiLineValue } from './lists.js';

describe('listOf: a pasted list, one fact a line (issue 7, m11 4)', () => {
  it('reads each line as its own request after a lead-in', () => {
    expect(
      listOf(
        'remember the following:\n- garage code: 7781\n- locker 12\n* wifi password is abc\n1. bike lock 4312\n',
      )?.lines,
    ).toEqual([
      { line: 2, said: 'garage code: 7781', request: 'remember my garage code is 7781' },
      { line: 3, said: 'locker 12', request: 'remember my locker is 12' },
      { line: 4, said: 'wifi password is abc', request: 'remember wifi password is abc' },
      { line: 5, said: 'bike lock 4312', request: 'remember my bike lock is 4312' },
    ]);
  });

  it.each([
    [
      'remember these:\r\n\r\n1) gym = 0042\r\n2) bike - 4312\r\n',
      ['remember my gym is 0042', 'remember my bike is 4312'],
    ],
    ['• locker 12\n• gym 44', ['my locker is 12', 'my gym is 44']],
    [
      "remember this:\n- Anna's phone: +44 7700 900123\n- 车库密码: 7781",
      ["remember Anna's phone is +44 7700 900123", 'remember my 车库密码 is 7781'],
    ],
    ['remember the following:\n- PIN maybe 1234', ['remember my PIN is maybe 1234']],
    [
      'please save these:\n(1) rent = £1,250/month\n(2) alarm: 07:30',
      ['remember my rent is £1,250/month', 'remember my alarm is 07:30'],
    ],
  ])('%j', (text, requests) => {
    expect(listOf(text)?.lines.map(({ request }) => request)).toEqual(requests);
  });

  it.each([
    'remember that X is 1\nremember that Y is 2',
    'note: shopping\nmilk\neggs',
    'shopping\n- milk\n- eggs',
    '- just one line',
    'remember the following: my boot size is 9',
  ])('%j is no list of facts', (text) => {
    expect(listOf(text)).toBeUndefined();
  });
});

describe('a pasted list writes one fact a line, naming what it cannot read (issue 7, m11 4)', () => {
  it('keeps every line of the list from the report', async () => {
    const { ask, facts } = offlineWorld();
    const { finish } = await ask(
      'remember the following:\n- garage code: 7781\n- locker 12\n* wifi password is abc\n1. bike lock 4312\n',
    );
    expect(finish.status).toBe('done');
    expect(Object.fromEntries(facts())).toEqual({
      'garage code': '7781',
      locker: '12',
      'wifi password': 'abc',
      'bike lock': '4312',
    });
  });

  it('a doubted line is asked about and an unreadable one named; the others are kept', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('remember the following:\n- PIN maybe 1234\n- bike: 4312\n- hmm\n');
    expect(Object.fromEntries(facts())).toEqual({ bike: '4312' });
    expect(answer).toContain('line 2 ("PIN maybe 1234"): Is your PIN 1234?');
    expect(answer).toContain('line 4 ("hmm")');
  });

  it('commands in a list are never guessed into facts', async () => {
    const { ask, facts, notes } = offlineWorld();
    const { finish, answer } = await ask('- what is my PIN?\n- delete note 3\n');
    expect(finish.status).toBe('needs_input');
    expect(answer).toContain('line 1 ("what is my PIN?"), line 2 ("delete note 3")');
    expect(facts()).toEqual([]);
    expect(notes()).toEqual([]);
  });

  it("a line with no words, or a note's text, is named; a control character is never said back", async () => {
    const { ask, facts, notes } = offlineWorld();
    const { answer } = await ask('remember the following:\n- 🙂\n- \x07bell: 12\n- buy milk\n- gym: 44\n');
    expect(Object.fromEntries(facts())).toEqual({ bell: '12', gym: '44' });
    expect(notes()).toEqual([]);
    expect(answer).toContain('line 2 ("🙂")');
    expect(answer).toContain('line 4 ("buy milk")');
    expect(answer).not.toContain('\x07');
  });
});

describe('a value pasted on the lines after "my X is:" (issue 7, m12 HIGH 3)', () => {
  it('is one fact, its lines kept with their breaks; no line is made a fact of its own', async () => {
    for (const [text, key] of [
      ['remember my address is:\n1 Main St\nLondon SW1\n', 'address'],
      ['my address is:\r\n1 Main St\r\n\r\nLondon SW1', 'address'],
      ['Remember my home address:\n1 Main St\nLondon SW1', 'home address'],
      ["save Anna's address is:\n1 Main St\nLondon SW1", "Anna's address"],
    ] as const) {
      const { ask, facts } = offlineWorld();
      const { finish, names } = await ask(text);
      expect(finish.status, text).toBe('done');
      expect(
        names.filter((name) => name === 'memory_remember'),
        text,
      ).toHaveLength(1);
      // Its lines as typed (a Windows paste may keep its CRLF), none dropped, none a fact of its own.
      expect(
        facts().map(([label]) => label),
        text,
      ).toEqual([key]);
      const value = String(facts()[0]?.[1]);
      expect(value.split(/\r?\n/).filter(Boolean), text).toEqual(['1 Main St', 'London SW1']);
    }
  });

  it('a list of named facts after "my X:" stays a list; a lead naming no one fact is no value', () => {
    expect(multiLineValue('my passwords:\n- wifi: abc\n- bank = 1234')).toBeUndefined();
    expect(multiLineValue('remember the following:\n1 Main St\nLondon SW1')).toBeUndefined();
    expect(multiLineValue('remember my address is:')).toBeUndefined();
    expect(multiLineValue('note down my shopping list:\nmilk\neggs')).toBeUndefined();
    expect(multiLineValue('remember my address is:\n🙂')).toBeUndefined();
    expect(multiLineValue('my address is:\n1 Main St\nLondon SW1')).toEqual({
      request: 'remember my address is 1 Main St',
      value: '1 Main St\nLondon SW1',
    });
  });
});
