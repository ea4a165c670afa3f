import { describe, expect, it } from 'vitest';
import { containsQueryWords, queryStems, snippet } from './snippet.js';

describe('search snippets and "contains your words"', () => {
  const long = `${'Filler words about the garden and the river. '.repeat(8)}The Zéppelin hangar opens at dawn. ${'More filler after it. '.repeat(8)}`;

  it('shows the window around the first query word, not the start of the passage', () => {
    const shown = snippet(long, queryStems('zeppelin'));
    expect(shown.startsWith('…')).toBe(true);
    expect(shown).toContain('Zéppelin hangar opens at dawn');
    expect(shown.endsWith('…')).toBe(true);
    expect([...shown].length).toBeLessThanOrEqual(162);
  });

  it('matches case-, accent- and stem-insensitively, and only whole words', () => {
    expect(containsQueryWords('The ZEPPELINS landed.', queryStems('zéppelin'))).toBe(true);
    expect(containsQueryWords('Café au lait', queryStems('cafe'))).toBe(true);
    expect(containsQueryWords('A zeppelinhangar.', queryStems('zeppelin'))).toBe(false);
    expect(containsQueryWords('Nothing here.', queryStems('zeppelin'))).toBe(false);
    // Stop words alone are no evidence.
    expect(containsQueryWords('the and of', queryStems('the of'))).toBe(false);
  });

  it('keeps the start when the hit is near it, and never splits an emoji', () => {
    expect(snippet('Zeppelin first. Then more.', queryStems('zeppelin'))).toBe('Zeppelin first. Then more.');
    const emoji = `${'🎈'.repeat(200)} zeppelin`;
    const shown = snippet(emoji, queryStems('zeppelin'));
    expect(shown.isWellFormed()).toBe(true);
    expect(shown).toContain('zeppelin');
    expect(snippet('no hit here', queryStems('zeppelin'))).toBe('no hit here');
  });
});
