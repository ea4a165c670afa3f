import { describe, expect, it } from 'vitest';
import { followUpQuestion } from './follow-up.js';

/**
 * Round k25 (S38 MEDIUM): a follow-up to a yes/no verdict asks the same yes/no of the thing it
 * names, so it gets its own verdict and deciding line, not the bare lines about it.
 */
describe('a follow-up to a verdict asks the same yes/no of another thing', () => {
  it('puts the new thing in the earlier question', () => {
    const cases: [string, string, string][] = [
      ['what about accidental damage?', 'is theft covered?', 'is accidental damage covered?'],
      ['and bicycles?', 'is theft covered?', 'are bicycles covered?'],
      ['and flood?', 'is theft covered by my policy?', 'is flood covered by my policy?'],
      ['how about my laptop?', 'is my phone insured?', 'is my laptop insured?'],
      ['and subsidence?', 'does the policy cover flood?', 'does the policy cover subsidence?'],
      ['and a cat?', 'can I keep a dog?', 'can I keep a cat?'],
      ['what about smoking?', 'are pets allowed?', 'is smoking allowed?'],
      ['what about my phone?', 'am I covered if I drop my laptop?', 'am I covered if I drop my phone?'],
      ['and the tablet?', 'what if I spill water on the laptop?', 'what if I spill water on the tablet?'],
      ['and my phone?', 'is my laptop covered if I drop it?', 'is my phone covered if I drop it?'],
    ];
    for (const [question, earlier, meant] of cases)
      expect(followUpQuestion(question, earlier), question).toBe(meant);
  });

  it('leaves other follow-ups as they were', () => {
    // Not a verdict before, or a follow-up that asks a question of its own.
    expect(followUpQuestion('and when is it returned?', 'how much is the deposit?')).toBe(
      'and when is the deposit returned?',
    );
    expect(followUpQuestion('what is the excess?', 'is theft covered?')).toBe('what is the excess?');
    expect(followUpQuestion('and what about it?', 'is theft covered?')).not.toContain('is it covered');
    expect(followUpQuestion('is flood covered?', 'is theft covered?')).toBe('is flood covered?');
  });
});
