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

const ORDER = `<!DOCTYPE html>
<html><head><title>Your order confirmation - HomeNest</title></head>
<body>
<h1>Thanks for your order, Priya!</h1>
<p>Order number: <strong>HN-2026-558310</strong><br>
Order date: 27 November 2026</p>
<table>
<tr><th>Item</th><th>Qty</th><th>Price</th></tr>
<tr><td>Dyson V12 Detect Slim cordless vacuum</td><td>1</td><td>£449.99</td></tr>
<tr><td>Egyptian cotton duvet set, king</td><td>2</td><td>£79.00</td></tr>
</table>
<p>Estimated delivery: between 1 December and 3 December 2026.</p>
<p>You can return unused items within 28 days of delivery.</p>
</body></html>
`;

describe('a permission asked of an item the answering line does not name (S34)', () => {
  it('answers from the document that lists the item, and never for an item no document names', async () => {
    const { ask } = await learn({
      'order_confirmation.html': ORDER,
      'residents_minutes.md': MINUTES,
    });
    for (const question of [
      'can I return the duvet?',
      'can I return the vacuum',
      'may we return the duvet set?',
    ]) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual(['You can return unused items within 28 days of delivery.']);
      expect(answer.citations[0]?.path, question).toMatch(/order_confirmation\.html$/);
    }
    expect((await ask('can I return the kettle?')).known).toBe(false);
    // Named by another document only (the minutes): the order's line is not about it.
    expect((await ask('can I return the village hall?')).known).toBe(false);
  });
});

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
