import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * x29: a stranger's "hello" on a fresh cartridge was read as an empty request ("You didn't ask
 * anything. I can, for example: …"), as a lookup ("What should I look up?") or as a question
 * nobody answers ("I don't know … I can: …"). A greeting gets a greeting back and what fazt does,
 * in plain words; a greeting before a real request is cut so the request runs.
 */
describe('greetings and small talk (x29)', () => {
  const GREETINGS = [
    'hello',
    'hi!',
    'good morning',
    'hey there',
    'how are you',
    'good evening fazt',
    'hey fazt, how are you doing today?',
    "how's it going?",
    'hiya 👋',
    'Good afternoon!',
    'morning!',
    'hello again',
    "what's up fazt",
  ];

  it('says hello back and what fazt does in plain words, calling and keeping nothing', async () => {
    const { ask, facts, notes } = offlineWorld();
    for (const text of GREETINGS) {
      const run = await ask(text);
      expect(run.finish.status, text).toBe('done');
      expect(run.names, text).toEqual([]);
      expect(run.answer, text).toMatch(/^(?:Hello|Good (?:morning|afternoon|evening))!/);
      expect(run.answer, text).toContain('I remember facts you tell me');
      // No tool list: no "Remember a fact:" titles, no "I can:", no "I didn't understand".
      expect(run.answer, text).not.toMatch(/I can[:,]|didn't understand|I don't know|Remember a fact:|_/);
    }
    // Thanks stays thanks.
    expect((await ask('thanks!')).answer).toBe("You're welcome. I kept nothing new.");
    expect(facts()).toEqual([]);
    expect(notes()).toEqual([]);
  });

  it('answers the time of day it was greeted with, and "how are you" as asked', async () => {
    const { ask } = offlineWorld();
    expect((await ask('good evening fazt')).answer).toMatch(/^Good evening!/);
    expect((await ask('how are you')).answer).toMatch(/^Hello! I'm fine, thanks/);
    expect((await ask('hello')).answer).not.toContain("I'm fine");
  });

  it('a greeting with a mark before a request is cut and the request runs; without a mark it is kept', async () => {
    const { ask, facts, notes } = offlineWorld();
    expect((await ask('good morning, remember my locker is 42')).answer).toBe(
      'Remembered: your locker is 42.',
    );
    expect((await ask('Good evening! my gym code is 7781')).names).toContain('memory_remember');
    expect((await ask('hey there, note buy milk')).names).toEqual(['notes_add']);
    const recall = await ask('morning! what is my locker?');
    expect(recall.answer).toContain('42');
    expect(facts().sort()).toEqual([
      ['gym code', '7781'],
      ['locker', '42'],
    ]);
    expect(notes()).toEqual(['buy milk']);
    // Without a mark the greeting word is part of what is said ("morning routine is 6am").
    await ask('remember morning routine is 6am');
    await ask('remember my evening class is on tuesday');
    expect(facts().sort()).toEqual([
      ['evening class', 'on tuesday'],
      ['gym code', '7781'],
      ['locker', '42'],
      ['morning routine', '6am'],
    ]);
  });
});
