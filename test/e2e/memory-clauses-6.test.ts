import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useMemoryCli } from '../helpers/cli.js';

/**
 * Issue 7, round 6 (S5 HIGH 1-3 and the note that swallowed a sentence), through the real, built
 * CLI: every clause of a request is done, asked about or said back; no clause is joined into
 * another's value; the stored facts show it.
 */
describe('several requests in one `fazt ask` (CLI)', () => {
  const { cart, ask, facts: listed } = useMemoryCli();
  const facts = async () => Object.fromEntries((await listed()).map((fact) => [fact.label, fact.value]));
  const notes = async () => {
    const { notes } = await runCliJson<{ notes: { text: string }[] }>(['run', 'notes_list', '--json'], {
      cartridge: cart().path,
    });
    return notes.map((note) => note.text).sort();
  };

  it('facts joined by ";", ", my", " and Name\'s", " and that" and an emoji are stored apart, values whole', async () => {
    for (const request of [
      'remember my car is a Honda; my bike is a Trek',
      "remember that John's phone is 111 and Mary's phone is 222",
      'remember my favourite bands are Simon and Garfunkel and my favourite color is blue',
      'remember my parents are Tom & Mary, my sister is Sue',
      'remember that my wifi is FOO and that my router pin is 99',
      'remember my meeting room is B2 🙂 my desk is 14',
    ]) {
      const { code } = await ask(request);
      expect(code, request).toBe(0);
    }
    expect(await facts()).toEqual({
      car: 'a Honda',
      bike: 'a Trek',
      "John's phone": '111',
      "Mary's phone": '222',
      'favourite bands': 'Simon and Garfunkel',
      'favourite color': 'blue',
      parents: 'Tom & Mary',
      sister: 'Sue',
      wifi: 'FOO',
      'router pin': '99',
      'meeting room': 'B2',
      desk: '14',
    });
    expect((await ask('what is my favourite color')).stdout).toBe('Your favourite color is blue.\n');
  }, 90_000);

  it('a command inside a value runs on its own, with consent; the value stays clean', async () => {
    await ask('remember my gym locker is 118');
    const held = await ask('remember my shoe size is 44 and forget my gym locker');
    expect(held.code).toBe(3);
    expect(held.stdout).toContain('Remembered: your shoe size is 44.');
    expect(held.stdout).toContain('--yes');
    expect((await facts())['gym locker']).toBe('118');
    await ask('store that my shoe size is 45; delete my gym locker', '--yes');
    const after = await facts();
    expect(after['shoe size']).toBe('45');
    expect(after['gym locker']).toBeUndefined();
  }, 90_000);

  it('a question before a write, and two questions, are all answered', async () => {
    await ask('remember my car is a Honda; my desk is 14 and my wifi is FOO');
    const both = await ask('What is my car? Remember my zip is 99999.');
    expect(both.stdout).toContain('Your car is a Honda.');
    expect((await facts()).zip).toBe('99999');
    const two = await ask('what is my desk? what is my wifi?');
    expect(two.stdout).toContain('14');
    expect(two.stdout).toContain('FOO');
  }, 90_000);

  it('an explicit note takes only its own sentence; two piped lines are two requests', async () => {
    await ask('remember my desk is 14');
    const noted = await ask('note buy milk. what is my desk?');
    expect(noted.stdout).toContain('14');
    const piped = await runCli(['ask', '-'], {
      cartridge: cart().path,
      input: 'remember my hat size is 7\r\nnote call mom\r\n',
    });
    expect(piped.code).toBe(0);
    expect(await notes()).toEqual(['buy milk', 'call mom']);
    expect((await facts())['hat size']).toBe('7');
  }, 90_000);
});
