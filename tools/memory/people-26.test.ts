import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { groupFacts, knownPeople, namePossessive, otherNames, samePersonFact } from './people.js';

/**
 * m26 (S40): a person asked for by name finds the fact kept under their relation, and the other
 * way round, in every form the planner stores ("daughter's age", "daughter Lena's age", "Lena's
 * age"; "omar's phone" for "husband's phone number"); "my family" and "my pets" are groups; a
 * question of where someone lives wants their address. Recall stays read-only.
 */
describe('people at recall, m26', () => {
  it('reads "called Peter" as the name Peter, and an accented name typed without its accent', () => {
    expect(knownPeople([{ label: 'dad', value: 'called Peter' }])).toEqual([
      { relation: 'father', name: 'Peter' },
    ]);
    const people = knownPeople([{ label: 'sister', value: 'Zoë' }]);
    expect(otherNames('zoe', people)).toContain('sister');
    expect(namePossessive('lenas birthday', [{ label: 'daughter', value: 'Lena' }])).toBe("lena's birthday");
    // A word that is no known name, or a relation, stays as said.
    expect(namePossessive('kids birthday', [{ label: 'daughter', value: 'Lena' }])).toBeUndefined();
    expect(namePossessive('parents address', [{ label: 'daughter', value: 'Lena' }])).toBeUndefined();
  });

  it('tries other words for a phone and "allergy" for "allergic to" only when recall asks (never remember)', () => {
    const facts = [
      { label: 'husband', value: 'Omar' },
      { label: "omar's phone", value: '07700 900123' },
    ];
    const get = (name: string) => {
      const fact = facts.find(({ label }) => label.toLowerCase() === name.toLowerCase());
      return fact && { key: fact.label, ...fact, createdAt: 0, updatedAt: 0 };
    };
    expect(samePersonFact("husband's phone number", facts, get)).toBeUndefined();
    expect(samePersonFact("husband's phone number", facts, get, true)?.value).toBe('07700 900123');
  });

  it('"my family" is everyone related, with their facts; "my pets" the pets', () => {
    const facts = [
      { label: 'husband', value: 'Omar' },
      { label: "omar's phone", value: '1' },
      { label: 'parents', value: 'Carol and Peter' },
      { label: 'dog', value: 'Biscuit' },
      { label: "friend dan's number", value: '2' },
      { label: "priya's phone", value: '3' },
      { label: 'gate code', value: '4' },
    ];
    expect(groupFacts('my family', facts)?.map(({ label }) => label)).toEqual([
      'husband',
      "omar's phone",
      'parents',
      'dog',
    ]);
    expect(groupFacts('pets', facts)?.map(({ label }) => label)).toEqual(['dog']);
    expect(groupFacts('my car', facts)).toBeUndefined();
  });

  it("answers S40's questions from the keys the planner stored, and writes nothing", async () => {
    const { ask, facts } = await seededWorld([
      ['husband', 'Omar'],
      ["omar's phone", '07700 900123'],
      ["omar's bday", 'march 3rd'],
      ['daughter', 'Lena'],
      ['son', 'Theo'],
      ["daughter's age", '8'],
      ["daughter's birthday", '9 sept'],
      ["lena's allergy", 'peanuts'],
      ["son's age", '5'],
      ['dad', 'called Peter'],
      ['sister', 'Zoë'],
      ["zoë's phone number", '07700 900456'],
      ["friend dan's number", '07700 111222'],
      ['friend', 'Dan'],
      ['coworker', 'Dan'],
      ["coworker dan's phone", '07700 333444'],
      ['dog name', 'Biscuit 🐶'],
      ['dog', 'Biscuit'],
      ["dog's age", '4'],
      ['brother', 'José'],
      ["brother José's birthday", '2 may'],
      ["josé's address", '5 calle mayor madrid'],
      ['cat name', 'Señor Whiskers'],
      ["priya's phone", '07700 555000'],
      ['parents', 'Carol and Peter'],
    ]);
    const before = facts();
    const answers: [string, string][] = [
      ['how old is lena', 'Lena (your daughter) is 8.'],
      ['how old is theo', 'Theo (your son) is 5.'],
      ['how old is biscuit', 'Biscuit (your dog) is 4.'],
      // m29: a kept allergy is said as the person said it ("Lena is allergic to peanuts.").
      ['what is my daughter allergic to', 'Lena is allergic to peanuts.'],
      ['whats my husbands phone number', "Omar's phone is 07700 900123."],
      // A known person's name typed in lower case is said as they are called (S40 LOW).
      ["whats omar's number", "Omar's phone is 07700 900123."],
      ["when's my husband's bday", "Omar's bday is march 3rd."],
      ['whats zoes number', "Zoë's phone number is 07700 900456."],
      // Somebody no fact says is a person is still nobody's "your" (m29: "your priya's" was wrong).
      ["what is priya's phone", "Priya's phone is 07700 555000."],
      ["whats my coworker's number", "Your coworker dan's phone is 07700 333444."],
      ['who is peter', 'Your dad is called Peter.'],
      ['when is lenas birthday', "Your daughter's birthday is 9 sept."],
      ['where does jose live', "José's address is 5 calle mayor madrid."],
      ['who is zoe', 'Zoë is your sister.'],
    ];
    for (const [question, answer] of answers) expect((await ask(question)).answer, question).toBe(answer);
    const family = (await ask('what do you know about my family')).answer;
    // Said person by person, each name once as the heading (m29).
    for (const fact of [
      'Omar — your husband: ',
      'phone 07700 900123',
      'Lena — your daughter: ',
      'allergy peanuts',
      'Theo — your son',
      'Peter — your father',
      'Zoë — your sister',
      'José — your brother',
      'Biscuit — your dog',
      'Señor Whiskers — your cat',
      'your parents: Carol and Peter',
    ])
      expect(family).toContain(fact);
    expect(family).not.toMatch(/friend dan|priya/);
    for (const question of ['do i have any pets', 'what pets do i have?']) {
      const pets = (await ask(question)).answer;
      expect(pets).toMatch(/^Your pets: /);
      expect(pets).toContain('Biscuit — your dog: age 4');
      expect(pets).toContain('Señor Whiskers');
      expect(pets).not.toContain('Omar');
    }
    expect(facts()).toEqual(before);
  });

  it('holds for the other ways a person\'s fact is kept ("daughter Lena\'s age", "Lena\'s age")', async () => {
    const kept = await seededWorld([
      ["daughter Lena's age", '8'],
      ["coworker Dan's number", '0777 2'],
    ]);
    expect((await kept.ask('how old is lena')).answer).toBe("Your daughter Lena's age is 8.");
    expect((await kept.ask('how old is my daughter')).answer).toBe("Your daughter Lena's age is 8.");
    expect((await kept.ask('whats my coworkers phone')).answer).toBe("Your coworker Dan's number is 0777 2.");
    const named = await seededWorld([
      ['daughter', 'Lena'],
      ["Lena's age", '8'],
      ["Lena's allergies", 'eggs'],
      ['husband', 'Omar'],
      ["husband's phone", '0777 3'],
    ]);
    expect((await named.ask('how old is my daughter')).answer).toBe("Lena's age is 8.");
    expect((await named.ask('what is my daughter allergic to?')).answer).toBe('Lena is allergic to eggs.');
    expect((await named.ask('whats omars phone number')).answer).toBe("Your husband's phone is 0777 3.");
    expect((await named.ask("whats omar's mobile")).answer).toBe("Your husband's phone is 0777 3.");
  });
});
