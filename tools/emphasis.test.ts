import { describe, expect, it } from 'vitest';
import { withoutEmphasis } from './emphasis.js';

describe('emphasis after a number or code is not the value (issue 7, m11 item 7)', () => {
  it.each([
    ['0000!!!', '0000'],
    ['1234?!', '1234'],
    ['42...', '42'],
    ['42…', '42'],
    ['0000!!1', '0000'],
    ['1234!', '1234'],
    ['+44 20 7946 0000!!', '+44 20 7946 0000'],
    ['4.12!!!', '4.12'],
    ['١٢٣٤!!!', '١٢٣٤'],
  ])('%s → %s', (typed, kept) => expect(withoutEmphasis(typed)).toBe(kept));

  it.each(['Yahoo!', '!!!', 'hunter2!!', 'qwerty!23', 'Wow!!!', '12 Oak St!', 'C02XK0ABJGH5?!', '?!'])(
    '%s stays as typed',
    (typed) => expect(withoutEmphasis(typed)).toBe(typed),
  );
});
