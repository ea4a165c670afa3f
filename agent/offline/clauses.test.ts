import { describe, expect, it } from 'vitest';
import {
  clauseCandidates,
  isAside,
  sentences,
  spillsOver,
  withdrawsWrite,
  withoutTrailingAside,
} from './clauses.js';

describe('clauses', () => {
  it('cuts sentences at . ? ! but not after Dr. or inside an address', () => {
    expect(sentences('My dentist is Dr. Nguyen. Could you keep that?')).toEqual([
      'My dentist is Dr. Nguyen.',
      'Could you keep that?',
    ]);
    expect(sentences('nas ip is 192.168.1.41')).toEqual(['nas ip is 192.168.1.41']);
  });

  it('marks standing where a name is ("my !!!") end no sentence (S30)', () => {
    expect(sentences('remember my !!! is loud')).toEqual(['remember my !!! is loud']);
    expect(sentences('what is the ?? code')).toEqual(['what is the ?? code']);
    expect(sentences('my pin is 1234! thanks')).toEqual(['my pin is 1234!', 'thanks']);
  });

  it('never cuts inside a quoted passage, and a quoted value never spills', () => {
    expect(sentences('remember my motto is "Stop. Think. Act." thanks')).toEqual([
      'remember my motto is "Stop. Think. Act." thanks',
    ]);
    expect(sentences("remember my motto is 'Less is more. Always.' ok")).toHaveLength(1);
    expect(sentences('my motto is Stop. Think. Act.')).toEqual(['my motto is Stop.', 'Think.', 'Act.']);
    expect(spillsOver('Stop. Think. Act.', 'remember my motto is "Stop. Think. Act."')).toBe(false);
    expect(spillsOver('Stop. Think. Act.', 'remember my motto is Stop. Think. Act.')).toBe(true);
  });

  it('drops a trailing aside but never a noun phrase that would change the fact', () => {
    expect(withoutTrailingAside('remove the wifi password, i do not need it more')).toBe(
      'remove the wifi password',
    );
    expect(withoutTrailingAside('forget the wifi password, the guest one')).toBeUndefined();
    expect(isAside("we've disbanded I'm afraid")).toBe(true);
    expect(isAside('the guest one')).toBe(false);
  });

  it('offers each sentence (without a closing . or !) and each trimmed clause as a candidate', () => {
    expect(clauseCandidates('Remind me, when is it? I get muddled.')).toEqual([
      'Remind me, when is it?',
      'I get muddled',
    ]);
    expect(clauseCandidates('show my notes')).toEqual([]);
  });

  it('sees a value that runs into another sentence or an aside', () => {
    expect(spillsOver('telephone number for my pharmacy, dear? I need to ring them')).toBe(true);
    expect(spillsOver('wifi password, i do not need it more')).toBe(true);
    expect(spillsOver('Dr. Helen Okafor')).toBe(false);
  });

  it('notices a write taken back', () => {
    expect(withdrawsWrite("my pin is 1234. actually don't save that")).toBe(true);
    expect(withdrawsWrite("my pin is 1234, don't let me forget")).toBe(false);
  });
});
