import { describe, expect, it } from 'vitest';
import { withoutAddition } from './additions.js';

describe('m13: "too", "as well", "also" are no part of a value', () => {
  it('are taken off the request, wherever they stand', () => {
    expect(withoutAddition("I'm allergic to cats too")).toBe("I'm allergic to cats");
    expect(withoutAddition("I'm allergic to cats, too.")).toBe("I'm allergic to cats");
    expect(withoutAddition('I also work at Beta')).toBe('I work at Beta');
    expect(withoutAddition("I'm also allergic to dust")).toBe("I'm allergic to dust");
    expect(withoutAddition('my brother is a nurse too')).toBe('my brother is a nurse');
    expect(withoutAddition("my sister's birthday is 3 May too")).toBe("my sister's birthday is 3 May");
    expect(withoutAddition("Tom's number is 555 0101 as well")).toBe("Tom's number is 555 0101");
    expect(withoutAddition('also, my bike is a Trek')).toBe('my bike is a Trek');
    expect(withoutAddition('my 🐱 is called Mochi too')).toBe('my 🐱 is called Mochi');
  });
  it('leave requests without them alone', () => {
    for (const said of ['my locker is 21', 'my band is Tootoo', 'my motto is carpe diem', 'my city is Also'])
      expect(withoutAddition(said), said).toBeUndefined();
  });
});
