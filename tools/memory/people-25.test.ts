import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { testRuntime } from '../../test/helpers/runtime.js';
import { groupNamed, knownPeople, peopleNamed, personName } from './people.js';
import { createMemoryStore } from './store.js';

/**
 * m25 (S38, S39): a relation kept with a name as its value ("wife: Priya", as "my wife is Priya"
 * is kept) says who that relation is, both ways, when facts are looked up; a first name two
 * people share is asked about; "my kids" are the son and the daughter.
 */
describe('people at recall, m25', () => {
  it('reads a relation kept with a name as its value, and a full name, as one person', () => {
    expect(
      knownPeople([
        { label: 'wife', value: 'Priya' },
        { label: 'coworker', value: 'Sam Patel' },
        { label: 'boss', value: 'strict and fair' },
        { label: 'dad', value: 'Peter' },
      ]),
    ).toEqual([
      { relation: 'wife', name: 'Priya' },
      { relation: 'coworker', name: 'Sam Patel' },
      { relation: 'father', name: 'Peter' },
    ]);
    // Without its value (as memory_remember reads names) a relation fact names nobody.
    expect(knownPeople([{ label: 'wife' }])).toEqual([]);
    expect(personName("Sam Patel's number")).toEqual({ name: 'Sam Patel', rest: 'number', owner: true });
    expect(personName('Sam Patel')).toEqual({ name: 'Sam Patel', rest: '', owner: false });
    expect(personName("coworker Tom Reed's phone")).toEqual({
      relation: 'coworker',
      name: 'Tom Reed',
      rest: 'phone',
      owner: true,
    });
    // A capitalised word inside a name is no surname ("Tom Birthday party" is Tom's).
    expect(personName('Tom Birthday party')?.name).toBe('Tom');
    // "brother: Sam Smith" beside "brother Sam's phone": one brother.
    expect(
      knownPeople([
        { label: 'brother', value: 'Sam Smith' },
        { label: "brother Sam's phone", value: '1' },
      ]),
    ).toEqual([{ relation: 'brother', name: 'Sam Smith' }]);
  });

  it('finds the people a shared first name fits, with what is kept about each', () => {
    const facts = [
      { label: 'brother', value: 'Sam' },
      { label: "brother's number", value: '0777 222' },
      { label: 'coworker', value: 'Sam Patel' },
      { label: "coworker's number", value: '0777 333' },
    ];
    const get = (name: string) => {
      const fact = facts.find(({ label }) => label === name);
      return fact && { key: fact.label, ...fact, createdAt: 0, updatedAt: 0 };
    };
    const said = peopleNamed("Sam's number", facts, get);
    expect(said?.people).toEqual(['brother Sam', 'coworker Sam Patel']);
    expect(said?.facts.map(({ value }) => value)).toEqual(['0777 222', '0777 333']);
    expect(peopleNamed('Sam', facts, get)?.facts.map(({ label }) => label)).toEqual(['brother', 'coworker']);
    // A full name is one person; a relation said with the name too.
    expect(peopleNamed("Sam Patel's number", facts, get)).toBeUndefined();
    expect(peopleNamed("brother Sam's number", facts, get)).toBeUndefined();
  });

  it.each([
    ['kids', ['son Leo', 'daughter Mia']],
    ['my children', ['son Leo', 'daughter Mia']],
    ["kids' names", ['son Leo', 'daughter Mia']],
    ["children's names", ['son Leo', 'daughter Mia']],
    ['parents', ['father Peter']],
  ])('"%s" names the group\'s people', (key, people) => {
    const facts = [
      { label: 'son', value: 'Leo' },
      { label: "daughter's name", value: 'Mia' },
      { label: 'dad', value: 'Peter' },
      { label: 'wife', value: 'Priya' },
    ];
    expect(groupNamed(key, facts)?.map(({ relation, name }) => `${relation} ${name}`)).toEqual(people);
  });

  it('"kids" with no child known is no group', () => {
    expect(groupNamed('kids', [{ label: 'wife', value: 'Priya' }])).toBeUndefined();
    expect(groupNamed('kids school', [{ label: 'son', value: 'Leo' }])).toBeUndefined();
  });

  it('"my wife is Priya": her facts are the wife\'s, both ways', async () => {
    const { ask } = await seededWorld([
      ['wife', 'Priya'],
      ["Priya's birthday", '3 June'],
      ["wife's phone", '0712 345 678'],
      ['dad', 'Peter'],
      ["dad's phone", '0799 111 222'],
    ]);
    expect((await ask("when is my wife's birthday?")).answer).toBe("Priya's birthday is 3 June.");
    expect((await ask("what is Priya's phone?")).answer).toBe("Your wife's phone is 0712 345 678.");
    expect((await ask("what's Peter's phone?")).answer).toBe("Your dad's phone is 0799 111 222.");
    expect((await ask('who is Priya?')).answer).toBe('Priya is your wife.');
    const about = (await ask('what do you know about Priya?')).answer;
    for (const fact of ["wife's phone: 0712 345 678", "Priya's birthday: 3 June", 'wife: Priya'])
      expect(about).toContain(fact);
    // "about me": the wife and Priya are one person, counted once.
    const me = (await ask('what do you know about me?')).answer;
    expect(me).toContain('wife Priya (2)');
    expect(me).not.toMatch(/\bPriya \(1\)|wife \(1\)/);
  });

  it('two Sams: asked which, naming both; a full name answers', async () => {
    const { ask } = await seededWorld([
      ['brother', 'Sam'],
      ["brother's number", '0777 222'],
      ['coworker', 'Sam Patel'],
      ["coworker's number", '0777 333'],
    ]);
    const number = await ask("what's Sam's number?");
    expect(number.status).toBe('needs_input');
    expect(number.answer).toContain('Two people are called Sam:');
    for (const part of ['your brother Sam', 'your coworker Sam Patel', '0777 222', '0777 333'])
      expect(number.answer).toContain(part);
    expect(number.answer).not.toContain("don't have");
    const who = await ask('who is Sam?');
    expect(who.status).toBe('needs_input');
    expect(who.answer).toMatch(/^Two people are called Sam: your (?:brother Sam|coworker Sam Patel) and/);
    expect((await ask("what is Sam Patel's number?")).answer).toBe("Your coworker's number is 0777 333.");
    expect((await ask('who is Sam Patel?')).answer).toBe('Sam Patel is your coworker.');
    expect((await ask("what is my brother's number?")).answer).toBe("Your brother's number is 0777 222.");
    // Asked in lower case, checked against a guess, or when it changed: which Sam is asked the same way.
    for (const question of [
      "what's sam's number?",
      "is Sam's number 0777 222?",
      "when did I change Sam's number?",
    ]) {
      const which = await ask(question);
      expect(which.status).toBe('needs_input');
      expect(which.answer).toMatch(/^Two people are called Sam: /);
      expect(which.answer).not.toMatch(/^(?:Yes|No)\b/);
    }
  });

  it('two Toms said with their relations: which Tom is asked, what is kept about each said', async () => {
    const { ask } = await seededWorld([
      ['best friend', 'Tom Baker'],
      ["coworker Tom Reed's phone", '555 0404'],
    ]);
    const phone = await ask("what's Tom's phone?");
    expect(phone.status).toBe('needs_input');
    expect(phone.answer).toContain('your coworker Tom Reed');
    expect(phone.answer).toContain('your best friend Tom Baker');
    expect(phone.answer).toContain('555 0404');
    expect((await ask('who is Tom Baker?')).answer).toBe('Tom Baker is your best friend.');
    expect((await ask('what do you know about me?')).answer).toContain('Tom Reed (1)');
  });

  it('"my sister" (Ana) never lists coworker Ana Smith\'s facts', async () => {
    const { ask } = await seededWorld([
      ['sister', 'Ana'],
      ["sister's home", 'Porto'],
      ["coworker Ana Smith's phone", '555 0303'],
    ]);
    const sister = (await ask('what do you know about my sister?')).answer;
    expect(sister).toContain("sister's home: Porto");
    expect(sister).not.toContain('Ana Smith');
    expect((await ask("what is Ana Smith's phone?")).answer).toBe(
      "Your coworker Ana Smith's phone is 555 0303.",
    );
    const ana = await ask("what is Ana's phone?");
    expect(ana.status).toBe('needs_input');
    expect(ana.answer).toContain('your sister Ana');
  });

  it('"who are my kids?" names the son and the daughter', async () => {
    const { ask } = await seededWorld([
      ['son', 'Leo'],
      ['daughter', 'Mia'],
      ['wife', 'Priya'],
    ]);
    for (const question of ['who are my kids?', 'who are my children?', "what are my kids' names?"]) {
      const answer = (await ask(question)).answer;
      expect(answer).toMatch(/^Your (?:kids|children): /);
      expect(answer).toContain('Leo (your son)');
      expect(answer).toContain('Mia (your daughter)');
      expect(answer).not.toContain('Priya');
    }
  });

  it('"what are the kids allergic to?" says each child\'s fact, however it was kept', async () => {
    const { ask } = await seededWorld([
      ['son', 'Leo'],
      ['daughter', 'Mia'],
      ["Leo's allergy", 'penicillin'],
      ["daughter's allergy", 'peanuts'],
      ["wife's allergy", 'cats'],
    ]);
    for (const question of ['what are the kids allergic to?', "what are my kids' allergies?"]) {
      const answer = (await ask(question)).answer;
      expect(answer).toMatch(/^For your kids: /);
      expect(answer).toContain("Leo's allergy: penicillin");
      expect(answer).toContain("daughter's allergy: peanuts");
      expect(answer).not.toContain('cats');
    }
  });

  it("a mistyped relation finds the relation's fact and keeps nothing new", async () => {
    const { ask, facts } = await seededWorld([
      ['brother', 'Sam'],
      ["brother's phone", '0777 222'],
    ]);
    expect((await ask("what's my brothr's phone?")).answer).toContain('0777 222');
    expect((await ask('who is my brothr?')).answer).toContain('Sam');
    // Facts are listed newest first; two kept in one millisecond tie, so the set is compared.
    expect(Object.keys(facts()).sort()).toEqual(['brother', "brother's phone"]);
  });

  it('"partner" is not "wife": the wife is said as a near fact, never as the partner', async () => {
    const { ask } = await seededWorld([
      ['wife', 'Priya'],
      ["wife's phone", '0712 345 678'],
    ]);
    const who = (await ask('who is my partner?')).answer;
    expect(who).toMatch(
      /^I don't have anything remembered about partner\. Near facts, about something else: wife: Priya\./,
    );
    const phone = (await ask("what's my partner's phone?")).answer;
    expect(phone).toContain("Near facts, about something else: wife's phone: 0712 345 678");
  });

  it('recall reads; the lookups of people write nothing', async () => {
    const runtime = testRuntime();
    const call = (tool: string, input: Record<string, unknown>) =>
      runtime.executor.execute(tool, input, { caller: runtime.caller, approved: true });
    await call('memory_remember', { key: 'brother', value: 'Sam' });
    await call('memory_remember', { key: 'coworker', value: 'Sam Patel' });
    const before = createMemoryStore(runtime.cartridge).list({ limit: 100 });
    const result = await call('memory_recall', { key: "Sam's number" });
    // Named newest first; two kept in one millisecond tie, so both are asked for in any order.
    expect([...((result.ok && (result.output as { people?: string[] }).people) || [])].sort()).toEqual([
      'brother Sam',
      'coworker Sam Patel',
    ]);
    expect(createMemoryStore(runtime.cartridge).list({ limit: 100 })).toEqual(before);
  });
});
