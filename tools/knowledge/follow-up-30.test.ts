import { describe, expect, it } from 'vitest';
import { followUpQuestion, subjectOf } from './follow-up.js';

/** Round c30 (S44 10): a document follow-up keeps its subject, and the attribute asked of it. */
describe('a follow-up asks whether the due day asked before is past', () => {
  it.each([
    ['when is the MOT due?', 'is that in the past?', 'is the MOT overdue?'],
    ['when is the MOT due?', 'has it passed?', 'is the MOT overdue?'],
    ['when is my car tax due?', 'have I missed it?', 'is the car tax overdue?'],
    ['when is the boiler service due?', 'is it still ahead?', 'is the boiler service overdue?'],
    ['when is the rent due?', 'so is that late?', 'is the rent overdue?'],
  ])('%s, then %s: %s', (earlier, question, asked) => {
    expect(followUpQuestion(question, earlier)).toBe(asked);
  });

  it('a question before that asked no due day is not made one', () => {
    expect(followUpQuestion('is that in the past?', 'when is the flight?')).not.toContain('overdue');
  });
});

describe('a word saying when is no part of the subject', () => {
  it.each([
    ['when was the boiler last serviced?', 'boiler'],
    ['when is the car next due for a service?', 'car'],
    ['when was the chimney first swept?', 'chimney'],
  ])('%s: %s', (question, subject) => {
    expect(subjectOf(question)).toBe(subject);
  });

  it('"is it due again?" after the boiler\'s last service asks of the boiler', () => {
    expect(followUpQuestion('is it due again?', 'when was the boiler last serviced?')).toBe(
      'is the boiler due again?',
    );
  });
});

describe('a follow-up naming another thing after a preposition carries the attribute asked', () => {
  it.each([
    [
      "what's the excess on the house insurance?",
      'and for a burst pipe?',
      'what is the excess for a burst pipe?',
    ],
    [
      'what is the excess on the car insurance?',
      'what about for a windscreen?',
      'what is the excess for a windscreen?',
    ],
    [
      'how much is the premium on the contents policy?',
      'and on the buildings policy?',
      'what is the premium on the buildings policy?',
    ],
    ["what's the limit for jewellery?", 'and for bicycles?', 'what is the limit for bicycles?'],
  ])('%s, then %s: %s', (earlier, question, asked) => {
    expect(followUpQuestion(question, earlier)).toBe(asked);
  });
});
