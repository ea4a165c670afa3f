import { describe, expect, it } from 'vitest';
import { answeredBefore, followUpQuestion, subjectOf } from './follow-up.js';

describe('a follow-up to a document answer keeps its subject (S25 HIGH 1)', () => {
  it('reads the subject after the determiner, up to a function word or a participle', () => {
    expect(subjectOf('how much is the deposit?')).toBe('deposit');
    expect(subjectOf('and when is the deposit returned?')).toBe('deposit');
    expect(subjectOf('what is my car insurance excess?')).toBe('car insurance excess');
    expect(subjectOf("what is the landlord's phone number?")).toBe('landlord');
    expect(subjectOf('how much did I spend?')).toBeUndefined();
  });

  it('names "it", "its", "they" and "them" as the earlier subject; other questions stay as said', () => {
    const earlier = 'how much is the deposit?';
    expect(followUpQuestion('and when is it returned?', earlier)).toBe('and when is the deposit returned?');
    expect(followUpQuestion('who holds it?', earlier)).toBe('who holds the deposit?');
    expect(followUpQuestion('what is its reference?', earlier)).toBe("what is the deposit's reference?");
    // A third question keeps the subject of the second, itself resolved.
    expect(followUpQuestion('who holds it?', 'and when is the deposit returned?')).toBe(
      'who holds the deposit?',
    );
    expect(followUpQuestion('when is the rent due?', earlier)).toBe('when is the rent due?');
    // "they" names a plural subject only: after the deposit, it is someone else.
    expect(followUpQuestion('when do they need PE kit?', earlier)).toBe('when do they need PE kit?');
    expect(followUpQuestion('when are they collected?', 'which day are the bins?')).toBe(
      'when are the bins collected?',
    );
    expect(followUpQuestion("what's item 4?", earlier)).toBe("what's item 4?");
    // After a "who" question, "their" is the one asked of (k16).
    expect(followUpQuestion("what's their email address?", 'who sent the email about the boiler?')).toBe(
      "what's the email address of the email about the boiler?",
    );
    expect(followUpQuestion('and who holds them?', 'who sent the email about the boiler?')).toBe(
      'and who holds the email?',
    );
    expect(followUpQuestion('and when is it returned?', undefined)).toBe('and when is it returned?');
  });

  it('follows only a turn the documents answered', () => {
    const asked = (output: unknown) => [
      { name: 'memory_recall', input: { key: 'deposit' } },
      { name: 'knowledge_ask', input: { question: 'how much is the deposit?' }, output },
    ];
    expect(answeredBefore(asked({ known: true, answer: 'A deposit of £1,326' }))).toBe(
      'how much is the deposit?',
    );
    // A long output is stored cut, as the start of its JSON.
    expect(answeredBefore(asked('{"known":true,"answer":"A deposit… (cut: 9000 characters'))).toBe(
      'how much is the deposit?',
    );
    expect(answeredBefore(asked({ known: false, answer: "I don't know" }))).toBeUndefined();
    expect(answeredBefore([{ name: 'memory_recall', input: { key: 'deposit' } }])).toBeUndefined();
    expect(answeredBefore(undefined)).toBeUndefined();
  });
});

describe('"that" and "this" name the earlier subject when the question names none (S29 M6)', () => {
  it('reads a demonstrative standing for a thing, never one before a noun or a clause', () => {
    const earlier = 'and the hygienist?';
    expect(followUpQuestion('how much does that cost?', earlier)).toBe('how much does the hygienist cost?');
    expect(followUpQuestion('what is that?', earlier)).toBe('what is the hygienist?');
    expect(followUpQuestion('is this covered?', earlier)).toBe('is the hygienist covered?');
    expect(followUpQuestion('and who is that with?', earlier)).toBe('and who is the hygienist with?');
    expect(followUpQuestion('who holds that?', 'how much is the deposit?')).toBe('who holds the deposit?');
    // Its own subject, a determiner, a clause, or no question: as said.
    expect(followUpQuestion('how much does that crown cost?', earlier)).toBe(
      'how much does that crown cost?',
    );
    expect(followUpQuestion('how much does the crown cost?', earlier)).toBe('how much does the crown cost?');
    expect(followUpQuestion('remember that my locker is 21', earlier)).toBe('remember that my locker is 21');
    expect(followUpQuestion('note that', earlier)).toBe('note that');
    expect(followUpQuestion('how much does that cost?', undefined)).toBe('how much does that cost?');
    // An earlier question that only names the thing names it too.
    expect(followUpQuestion('how much does that cost?', 'and hygienist?')).toBe(
      'how much does the hygienist cost?',
    );
    expect(followUpQuestion('when is it?', 'crown preparation?')).toBe('when is the crown preparation?');
    expect(followUpQuestion('how much does that cost?', 'how much did I spend?')).toBe(
      'how much does that cost?',
    );
    expect(followUpQuestion('when is it?', 'dentist said what')).toBe('when is it?');
  });
});
