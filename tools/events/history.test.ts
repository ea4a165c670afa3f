import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld, PERSON } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';
import { spanOf } from './history.js';

describe('spans said in words (local time)', () => {
  // Monday 30 Nov 2026, 15:00 local.
  const now = new Date(2026, 10, 30, 15, 0).getTime();
  const at = (day: number, hour = 0, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

  it('a day is bounded on both ends', () => {
    expect(spanOf('today', now)).toEqual({ since: at(30), until: at(31) - 1 });
    expect(spanOf('yesterday', now)).toEqual({ since: at(29), until: at(30) - 1 });
    expect(spanOf('on Monday', now)).toEqual({ since: at(30), until: at(31) - 1 });
    expect(spanOf('last monday', now)).toEqual({ since: at(23), until: at(24) - 1 });
    expect(spanOf('friday', now)).toEqual({ since: at(27), until: at(28) - 1 });
  });

  it('a week starts on Monday; a number of days counts back from now; nothing said is all time', () => {
    expect(spanOf('this week', now)).toEqual({ since: at(30) });
    expect(spanOf('last week', now)).toEqual({ since: at(23), until: at(30) - 1 });
    expect(spanOf('in the last 3 days', now)).toEqual({ since: now - 3 * 86_400_000 });
    expect(spanOf('the past two hours', now)).toEqual({ since: now - 2 * 3_600_000 });
    expect(spanOf('this month', now)).toEqual({ since: at(1) });
    expect(spanOf('', now)).toEqual({});
    expect(spanOf('recently', now)).toEqual({});
    // m15 (stranger): "in the last hour" is one hour back, as "in the last 1 hour" is.
    expect(spanOf('in the last hour', now)).toEqual({ since: now - 3_600_000 });
    expect(spanOf('the past day', now)).toEqual({ since: now - 86_400_000 });
    expect(spanOf('since yesterday', now)).toEqual({ since: at(29) });
    expect(spanOf('since last friday', now)).toEqual({ since: at(27) });
  });
});

describe('what happened to facts and notes, from the event log', () => {
  it('answers when a fact was forgotten, never with its value, and writes nothing', async () => {
    const { ask, remember } = offlineWorld();
    await remember([
      ['seat', '4A'],
      ['bank password', 'hunter2'],
    ]);
    await ask('forget my seat', true);
    await ask('forget my bank password', true);
    for (const [question, said] of [
      ['when did I forget my seat?', 'forgot your seat'],
      ['When did I delete my seat', 'forgot your seat'],
      ['when did I remove the bank password?', 'forgot your bank password'],
      ['what did I forget today?', 'forgot your bank password'],
      ['what have I deleted?', 'forgot your seat'],
      ['what have I forgotten', 'forgot your seat'],
      ['what did I forget this week?', 'forgot your seat'],
      ['which facts did I forget today?', 'forgot your seat'],
    ] as const) {
      const { answer, calls } = await ask(question);
      expect(answer, question).toContain(said);
      expect(answer, question).not.toMatch(/4A|hunter2/);
      expect(
        calls.every((call) => call.name === 'events_list'),
        question,
      ).toBe(true);
    }
    expect((await ask('when did I forget my locker?')).answer).toMatch(/no record/);
    expect((await ask('what did I forget yesterday?')).answer).toBe('Nothing was forgotten yesterday.');
  });

  it('tells changes from first remembering, and notes from facts', async () => {
    const { ask, remember } = offlineWorld();
    await remember([
      ['locker', '12'],
      ['bike', '3'],
    ]);
    await remember([['locker', '21']]);
    await ask('note buy milk');
    // m13 (stranger): "what did I change" is every change of the day — facts remembered for the
    // first time, changed and forgotten, notes added — newest first; never a value.
    const changed = await ask('what did I change today?');
    expect(changed.answer).toMatch(/^Today, 4 changes \(newest first\)/);
    const lines = changed.answer.split('\n').slice(1);
    expect(lines.map((line) => line.replace(/^- at \d\d:\d\d: you /, ''))).toEqual([
      'added note #1',
      'changed your locker',
      'remembered your bike',
      'remembered your locker',
    ]);
    // Values are never said; the clock's "at 20:12" is not a value, so it is left out of the check.
    expect(changed.answer.replace(/\bat \d\d:\d\d\b/g, 'at')).not.toMatch(
      /is 21|is 12|was 12|\b(?:3|12|21)\b/,
    );
    const remembered = await ask('what did I remember today');
    expect(remembered.answer).toContain('remembered your bike');
    expect(remembered.answer).toContain('changed your locker');
    expect((await ask('what did I add today?')).answer).toContain('added note #1');
    expect((await ask('what have I deleted?')).answer).toBe('Nothing was deleted yet.');
  });
});

describe('apps and every change, from the event log, in plain sentences (m15, stranger)', () => {
  const world = async () => {
    const made = offlineWorld();
    const site = join(testDir(), 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<h1>hi</h1>');
    const deployed = await made.executor.execute(
      'apps_deploy',
      { folder: site, name: 'blog' },
      { caller: PERSON, approved: true },
    );
    expect(deployed.ok).toBe(true);
    await made.remember([['locker', '12']]);
    return made;
  };

  it('"what did I deploy this week?" names the apps deployed, bounded by the days asked', async () => {
    const { ask } = await world();
    for (const question of [
      'what did I deploy this week?',
      'what apps did I host today?',
      'which apps did I deploy today',
      'what did I publish today?',
    ]) {
      const { answer, names } = await ask(question);
      expect(names, question).toEqual(['events_list']);
      expect(answer, question).toMatch(/^(?:This week|Today), 1 deployment \(newest first\):\n- /);
      expect(answer, question).toContain('you deployed the app "blog" (version 1)');
      // Only deployments: the fact remembered since is not one.
      expect(answer, question).not.toContain('locker');
    }
    expect((await ask('what did I deploy yesterday?')).answer).toBe('Nothing was deployed yesterday.');
  });

  it('"what changed today?" and "what happened today?" say every change plainly, never an event name', async () => {
    const { ask } = await world();
    for (const question of [
      'what changed today?',
      'what happened today?',
      "what's happened this week",
      'what happened in the last hour?',
      'what changed since yesterday?',
    ]) {
      const { answer, names } = await ask(question);
      expect(names, question).toEqual(['events_list']);
      expect(answer, question).toMatch(/, 2 changes \(newest first\):\n/);
      const lines = answer.split('\n').slice(1);
      expect(lines.map((line) => line.replace(/^- (?:at|on) .*?: you /, ''))).toEqual([
        'remembered your locker',
        'deployed the app "blog" (version 1)',
      ]);
      expect(answer, question).not.toMatch(/tool\.called|apps\.deployed|memory\.|[{}]|\b12\b/);
    }
    expect((await ask('what happened yesterday?')).answer).toBe('Nothing was changed yesterday.');
  });
});
