import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { reminderReply } from './reminders.js';

describe('reminders, alarms and timers: fazt has none, said plainly, nothing kept (m15, stranger)', () => {
  it.each([
    ['Remind me on Thursday.', undefined],
    ['remind me to call mum at 5', 'note call mum at 5'],
    ['remind me tomorrow to pay rent', 'note pay rent tomorrow'],
    ['Remind me at 5pm to call mom', 'note call mom at 5pm'],
    ['please remind me in 10 minutes to check the oven', 'note check the oven in 10 minutes'],
    ['remind me in 5 minutes', undefined],
    ['can you remind me next week to renew my passport', 'note renew my passport next week'],
    ['set a reminder for 9am', undefined],
    ['set an alarm for 7', undefined],
    ['wake me up at 7', undefined],
  ])(
    '"%s" says fazt cannot remind, writes nothing, and suggests a note when there is a thing to do',
    async (request, note) => {
      const { ask, facts, notes } = offlineWorld();
      const { answer, calls, finish } = await ask(request);
      expect(answer).toMatch(/^I can't set reminders, alarms or timers: .* Nothing was saved\./);
      if (note) expect(answer).toContain(`To keep it as a note, say "${note}".`);
      else expect(answer).not.toContain('note');
      expect(calls).toEqual([]);
      expect(finish.status).toBe('not_understood');
      expect(facts()).toEqual([]);
      expect(notes()).toEqual([]);
    },
  );

  it.each([
    'remind me to buy batteries',
    'remind me to call the plumber',
    'remind me what my bank PIN is',
    'remind me of my dentist',
    'Remind me, when is our wedding anniversary?',
    'remind me about the lease',
    'add a reminder: buy milk',
  ])('"%s" is not an alarm: a note or a question, read as before', (request) => {
    expect(reminderReply(request)).toBeUndefined();
  });

  it('a reminder with no time is still kept as a note', async () => {
    const { ask, notes } = offlineWorld();
    expect((await ask('remind me to buy batteries')).names).toEqual(['notes_add']);
    expect(notes()).toEqual(['buy batteries']);
  });
});
