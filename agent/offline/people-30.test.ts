import { describe, expect, it } from 'vitest';
import { acknowledgement } from './acks.js';
import { segments } from './joints.js';
import { askedEmojiDropped, keptAgeCorrected, restatedTurned, worksTurned } from './statements.js';

/** Round 30 (S44): how statements and questions about people are said again before they are read. */
describe('statements about people said again, round 30', () => {
  it('"<someone> works at X (as a Y)" is their workplace (and job)', () => {
    expect(worksTurned('my wife works at Lincs Pharmacy in Ashby')).toBe(
      "my wife's workplace is Lincs Pharmacy in Ashby",
    );
    expect(worksTurned('remember our son works for the council')).toBe(
      "remember our son's workplace is the council",
    );
    expect(worksTurned('Orla works at Tesco as a manager')).toBe(
      "Orla's workplace is Tesco, Orla's job is manager",
    );
    expect(worksTurned('I work at Fenland Water as an engineer')).toBe(
      'my workplace is Fenland Water, my job is engineer',
    );
  });

  it('leaves what is no workplace, and whose is unclear, as typed', () => {
    for (const said of [
      'my wife works from home',
      'my husband works nights',
      'my son works at weekends',
      'I work at Acme',
      'my sister works as an accountant',
      'the printer works at last',
      'He works at Tesco',
      'my code works at the gym door',
    ])
      expect(worksTurned(said), said).toBe(said);
  });

  it('a statement said again after "no wait" is read alone', () => {
    expect(
      restatedTurned(
        'remember my work is at Brackenridge Lettings?? no wait, I work at Fenland Water as an engineer',
      ),
    ).toBe('remember I work at Fenland Water as an engineer');
    expect(restatedTurned('my car is a Ford. sorry I meant my car is a Skoda')).toBe('my car is a Skoda');
    // A correction of the value alone is the correction reader's ("12, no wait, 21").
    for (const said of [
      'my gate code is 12, no wait, 21',
      'my pin is 1234 no wait my pin is 4321',
      'sorry, I meant my locker is 41',
      'oops, no wait, my locker is 41',
    ])
      expect(restatedTurned(said), said).toBe(said);
  });

  it('"no, Bartek is 6" with Bartek kept is his age corrected', () => {
    expect(keptAgeCorrected('no, Bartek is 6', ['Bartek'])).toBe("actually Bartek's age is 6");
    expect(keptAgeCorrected('wait, Bartek is 6', ['Bartek'])).toBe("actually Bartek's age is 6");
    expect(keptAgeCorrected('no, Gate is 6', ['Bartek'])).toBe('no, Gate is 6');
  });
});

describe('questions and chatter, round 30', () => {
  it('an emoji after a question goes; an emoji asked about, or in a statement, stays', () => {
    expect(askedEmojiDropped('when is my daughters bday 🎂')).toBe('when is my daughters bday');
    expect(askedEmojiDropped("when is Orla's birthday? 🎉")).toBe("when is Orla's birthday?");
    for (const said of ['what is my 🍕', 'my cat is called Mochi 😺', 'remember my fav emoji is 🎂'])
      expect(askedEmojiDropped(said), said).toBe(said);
  });

  it('a complaint is answered and keeps nothing; a fact with such a word is no complaint', () => {
    for (const said of ["you're useless", 'you are so stupid', 'ur an idiot', 'you suck', 'this is useless!'])
      expect(acknowledgement(said), said).toMatch(/^Sorry that was no help; I kept nothing\./);
    for (const said of ['my wifi is useless', 'you are great', 'my boss is an idiot'])
      expect(acknowledgement(said), said).toBeUndefined();
  });

  it('"… and who looks after him?" is a question of its own', () => {
    expect(
      segments("what's the name of our rabbit and who looks after him when we're away?")?.map(
        ({ text }) => text,
      ),
    ).toEqual(["what's the name of our rabbit", "who looks after him when we're away?"]);
    expect(segments('what is my pin and who feeds the cat?')?.map(({ text }) => text)).toEqual([
      'what is my pin',
      'who feeds the cat?',
    ]);
  });
});
