import { describe, expect, it } from 'vitest';
import { safeForTerminal } from '../../shell/terminal-text.js';
import { offlineWorld, PERSON } from '../../test/helpers/offline.js';
import { LINE_BREAK_MARK, visibleBreaks } from '../sentence.js';

/** Any raw break, or the control picture of a CR, in what the person reads. */
const RAW_BREAK = /[\n\r\v\f\u0085\u2028\u2029␍␊]/;

describe('a stored line break shows as one mark, ⏎, in every answer; --json keeps it (m15, stranger)', () => {
  it('every kind of break in a one-line answer is " ⏎ "', () => {
    expect(LINE_BREAK_MARK).toBe('⏎');
    for (const value of ['12\n34', '12\r34', '12\r\n34', '12\u2028 34', '12\v34', '12 \f 34'])
      expect(visibleBreaks(value), JSON.stringify(value)).toBe('12 ⏎ 34');
  });

  it('in recall, list, update, forget and the questions back, never ␍ or a second line', async () => {
    const { ask, remember, executor } = offlineWorld();
    await remember([
      ['home city', 'Paris\rLyon'],
      ['work city', 'Rome\nMilan'],
      ['gate hint', 'left\r\nright'],
    ]);
    const said: string[] = [];
    for (const request of [
      "what's my home city?",
      'what is my work city',
      'what do you remember',
      'what do you know about my city',
      'my home city is Nice',
      'actually my city is Nice',
    ])
      said.push((await ask(request)).answer);
    said.push((await ask('remember my work city is Turin', true)).answer);
    said.push((await ask('forget my gate hint', true)).answer);
    for (const answer of said) {
      expect(answer).not.toMatch(RAW_BREAK);
      // The terminal shows it as it is: nothing left for it to turn into ␍.
      expect(safeForTerminal(answer)).toBe(answer);
    }
    const all = said.join('\n');
    expect(all).toContain('Your home city is Paris ⏎ Lyon.');
    expect(all).toContain('Your work city is Rome ⏎ Milan.');
    expect(all).toContain('Updated: your work city is now Turin (was Rome ⏎ Milan).');
    expect(all).toContain('Forgot your gate hint (it was left ⏎ right).');
    // The data (what --json prints) is the value exactly.
    const exact = await executor.execute('memory_recall', { key: 'home city' }, { caller: PERSON });
    expect(exact.ok && (exact.output as { match: { value: unknown } }).match.value).toBe('Paris\rLyon');
  });

  it('a lone CR in a note (said over several lines) shows as ⏎ too; a newline stays a line', async () => {
    const { ask, executor } = offlineWorld();
    await executor.execute('notes_add', { text: 'buy\rmilk\nand eggs' }, { caller: PERSON });
    const { answer } = await ask('show note 1');
    expect(safeForTerminal(answer)).toContain('buy⏎milk\nand eggs');
    expect(safeForTerminal(answer)).not.toContain('␍');
  });
});
