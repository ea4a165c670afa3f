import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { countdownQuestion } from './countdown-line.js';

/**
 * S45 (documents): "how many days until the lease ends?" said "I don't know" and "how long until
 * we fly to Porto?" only the date. A countdown to a day the documents state is the quoted line
 * and that day counted from today.
 */
const PAPERS = {
  'lease.md': '# Tenancy\n\n## Term\nThe tenancy starts on 1 March 2025 and ends on 28 February 2027.\n',
  'car_mot.txt':
    'Vehicle: Škoda Octavia\nContrôle technique (MOT) passed: 18 March 2025\nNext contrôle technique due: 18 March 2027\n',
  'trip_itinerary.md':
    '# Trip to Porto\n\n- Depart: 21 December 2026, flight TP 4417 from Lyon at 09:40, arrives Porto 10:55\n- Return: 27 December 2026, flight TP 4418 departs Porto 18:20\n',
  'medical_note.txt': 'Patient: Léonie Oliveira\nMild asthma.\nNext review: 15 January 2027.\n',
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 2, 12));
});
afterEach(() => vi.useRealTimers());

describe('a countdown to a day in the documents counts it from today', () => {
  it.each([
    ['how many days until the lease ends?', '28 February 2027 is 88 days', 'ends on 28 February 2027'],
    ['how long until we fly to Porto?', '21 December 2026 is 19 days', 'Depart: 21 December 2026'],
    [
      'how many days until the contrôle technique is due',
      '18 March 2027 is 106 days',
      'Next contrôle technique due',
    ],
    ["how many days until Léonie's next review?", '15 January 2027 is 44 days', 'Next review'],
    ['how many weeks until the MOT is due?', '18 March 2027 is 106 days (about 15 weeks)', 'due'],
  ])('%s', async (question, count, line) => {
    const { ask } = await learn(PAPERS);
    const { answer } = await ask(question);
    expect(answer).toContain(count);
    expect(answer).toContain(line);
    expect(answer).not.toMatch(/still ahead/);
  });

  it('a lease that started counts to its end, not its start', async () => {
    const { ask } = await learn(PAPERS);
    const { answer } = await ask('how long until the tenancy ends?');
    expect(answer).not.toContain('1 March 2025 is');
    expect(answer).toContain('28 February 2027 is 88 days');
  });

  it('a countdown the documents cannot date is still "I don\'t know"', async () => {
    const { ask } = await learn(PAPERS);
    const { known } = await ask('how many days until the boiler service?');
    expect(known).toBe(false);
  });
});

describe('countdownQuestion', () => {
  it('asks the documents when, and leaves "then" and Christmas to others', () => {
    expect(countdownQuestion('how many days until the lease ends?')?.asked).toBe('when is the lease ends?');
    expect(countdownQuestion('how long until we fly to Porto?')?.asked).toBe('when is we fly to Porto?');
    expect(countdownQuestion('how long until then?')).toBeUndefined();
    expect(countdownQuestion('how many days until Christmas?')).toBeUndefined();
    expect(countdownQuestion('how long is the lease?')).toBeUndefined();
  });
});

describe('"is A before B?" compares the two days the documents state', () => {
  const withPolicy = {
    ...PAPERS,
    'insurance_policy.txt':
      'MAIF Home Contents Insurance\nPolicyholder: M\nPeriod: 1 January 2026 to 31 December 2026\n',
  };
  it('the insurance end against the Porto trip', async () => {
    const { ask } = await learn(withPolicy);
    const { answer } = await ask('is the home insurance end before our Porto trip?');
    expect(answer).toMatch(/^No — 31 December 2026 is after 21 December 2026\./);
    expect(answer).toContain('Period: 1 January 2026 to 31 December 2026');
    expect(answer).not.toContain('Casa');
  });

  it('the MOT due day against the lease end, and a day everyone knows', async () => {
    const { ask } = await learn(PAPERS);
    expect((await ask('is the MOT due before the lease ends?')).answer).toMatch(
      /^No — 18 March 2027 is after 28 February 2027\./,
    );
    expect((await ask("is Léonie's next review after Christmas?")).answer).toMatch(
      /^Yes — 15 January 2027 is after 25 December 2026\./,
    );
  });

  it('a side the documents do not date is no comparison', async () => {
    const { ask } = await learn(PAPERS);
    const { answer } = await ask('is the lease end before the boiler service?');
    expect(answer).not.toMatch(/^(?:Yes|No) —/);
  });
});
