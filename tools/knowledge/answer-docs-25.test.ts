import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { askedKind } from './asked-kind.js';

const MINUTES = `# Larch Close Residents' Association — Minutes

**Date:** Thursday 8 October 2026, 7.30pm, Village Hall
**Present:** 14 households. Chair: Helen Marsh. Secretary: Daniel Okafor.

## 1. Service charge
The annual service charge for 2027 will rise from £180 to £215 per
household, payable by 31 January 2027. The increase was approved by 11
votes to 3.
`;

// Counted nouns are compared as stems ("votes" → "vot", "trees" → "tre").
describe('the thing counted ends at any preposition after it (S34)', () => {
  it.each([
    ['how many votes against the service charge?', 'vot'],
    ['how many votes for the service charge?', 'vot'],
    ['how many days before the deadline must I give notice?', 'day'],
    ['how many people over 65 live here?', 'people'],
    ['how many trees along the fence?', 'tre'],
  ])('%s counts %s', (question, counted) => {
    expect(askedKind(question)).toMatchObject({ kind: 'count', counted });
  });

  it('answers how many votes against with the line that counts them', async () => {
    const { ask } = await learn({ 'residents_minutes.md': MINUTES });
    for (const question of [
      'how many votes against the service charge?',
      'how many votes were against the service charge?',
    ]) {
      expect((await ask(question)).quotes, question).toEqual(['The increase was approved by 11 votes to 3.']);
    }
  });
});
