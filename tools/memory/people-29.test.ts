import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';
import { factsByPerson, isJobValue, jobFact, nameLinked } from './people.js';

/**
 * m29 (stranger): questions about the person's family are answered from what is remembered
 * (documents only when memory has nothing), a name is linked to its relation ("Priya (your wife)
 * is a nurse.", "Anya is your sister."), a name is never "your X", "my family" is said person by
 * person, and a relation nothing is kept for is never answered with somebody else's fact.
 */

/** A fresh cartridge with the stranger's facts said through the planner, and two learned documents. */
async function family() {
  const world = offlineWorld();
  const dir = testDir('fazt-people-29-');
  writeFileSync(
    join(dir, 'garden.md'),
    '# Garden notes\n\nThe tomatoes do well in the south bed. Water them every morning in July.\nThe gardener works as a landscaper and does the hedges twice a year.\n',
  );
  writeFileSync(
    join(dir, 'work.md'),
    '# Work handbook\n\nEmployees do their timesheets every Friday. The manager does the rota.\nBirthdays are celebrated with cake in the kitchen.\n',
  );
  await world.ask(`learn ${dir}`, true);
  for (const fact of [
    "my wife's name is Priya",
    'remember my wife is a nurse',
    "my wife's birthday is 3 May",
    "my son's name is Tomás",
    'my son is 8',
    "my sister's name is Anya",
    'remember my sister works as an accountant',
    "remember sam's birthday is 4 june",
    "remember élodie's birthday is 9 march",
    'remember my favourite football player is Messi',
    "remember my brother's favourite football player is Kane",
  ])
    await world.ask(fact, true);
  return world;
}

describe('family questions answered from memory, m29', () => {
  it('"what does X do" asks memory first, by relation or by name, and links the name', async () => {
    const { ask, facts } = await family();
    const before = facts();
    const answers: [string, string][] = [
      ['what does Priya do', 'Priya (your wife) is a nurse.'],
      ['what does priya do for a living?', 'Priya (your wife) is a nurse.'],
      ['what does my wife do', 'Your wife is a nurse.'],
      ["what's my wife's job", 'Your wife is a nurse.'],
      ['what does my sister do for work', 'Your sister works as an accountant.'],
      ['what job does my sister have?', 'Your sister works as an accountant.'],
      ['What does Anya do?', 'Anya (your sister) works as an accountant.'],
      ['how old is Tomás', 'Tomás (your son) is 8.'],
      ['how old is tomas?', 'Tomás (your son) is 8.'],
      ['who is Anya', 'Anya is your sister.'],
      ['who is Priya', 'Priya is your wife.'],
      ['who is priya?', 'Priya is your wife.'],
    ];
    for (const [question, answer] of answers) {
      const run = await ask(question);
      expect(run.answer, question).toBe(answer);
      expect(run.names, question).not.toContain('knowledge_ask');
    }
    expect(facts()).toEqual(before);
  });

  it('asks the documents only when memory has nothing about that person', async () => {
    const { ask } = await family();
    const sam = await ask('what does sam do for work');
    expect(sam.names[0]).toBe('memory_recall');
    expect(sam.names).toContain('knowledge_ask');
    expect(sam.answer).not.toContain('tomatoes');
    // Nobody kept: "the manager" is the documents' to answer, as before.
    const manager = await ask('what does the manager do');
    expect(manager.names).toEqual(['knowledge_ask']);
    expect(manager.answer).toContain('The manager does the rota.');
  });

  it('a name is never "your X", and a possessive without its apostrophe still finds it', async () => {
    const { ask } = await family();
    for (const question of ['sams birthday', 'when is sams birthday', "when is sam's birthday?"])
      expect((await ask(question)).answer, question).toBe("Sam's birthday is 4 june.");
    expect((await ask("when is élodie's birthday")).answer).toBe("Élodie's birthday is 9 march.");
    expect((await ask("remember élodie's phone is 0612 345", true)).answer).toBe(
      "Remembered: Élodie's phone is 0612 345.",
    );
  });

  it('"tell me about my family" / "who is in my family" are said person by person', async () => {
    const { ask, facts } = await family();
    const before = facts();
    for (const question of ['tell me about my family', 'who is in my family', "who's in my family?"]) {
      const { answer, names } = await ask(question);
      expect(names, question).toEqual(['memory_list']);
      expect(answer, question).toMatch(/^Your family: /);
      expect(answer, question).toContain('Priya — your wife: a nurse, birthday 3 May');
      expect(answer, question).toContain('Tomás — your son: age 8');
      expect(answer, question).toContain('Anya — your sister: works as an accountant');
      expect(answer, question).toContain('your brother: favourite football player Kane');
      // The name facts are the headings, never listed again; nothing of the person's own.
      expect(answer, question).not.toMatch(/name: Priya|Messi/);
    }
    expect(facts()).toEqual(before);
  });

  it('a relation memory has nothing for is said so, never answered with another person’s fact', async () => {
    const { ask } = await family();
    const { answer } = await ask("what is my sister's favourite football player");
    expect(answer).toMatch(/^I don't have anything remembered about sister's favourite football player\./);
    expect(answer).toContain('Near facts, about something else');
    expect(answer).not.toMatch(/^(?:Your|Messi|Kane)/);
  });

  it('"how old is my son" when the son was kept in lower case ("my son leo is 8")', async () => {
    const { ask } = offlineWorld();
    await ask('remember my son leo is 8', true);
    for (const question of ['how old is my son', 'how old is my son?'])
      expect((await ask(question)).answer, question).toMatch(/\b8\b/);
  });
});

describe('people helpers, m29', () => {
  const get = (facts: { label: string; value: string }[]) => (name: string) => {
    const fact = facts.find(({ label }) => label.toLowerCase() === name.toLowerCase());
    return fact && { key: fact.label, ...fact, createdAt: 0, updatedAt: 0 };
  };

  it('finds a job kept under the relation, "works", or "job", and never a workplace or another person', () => {
    const facts = [
      { label: "wife's name", value: 'Priya' },
      { label: 'wife', value: 'a nurse' },
      { label: 'sister works', value: 'an accountant' },
      { label: 'brother works', value: 'at Acme' },
      { label: "dad's job", value: 'plumber' },
    ];
    expect(jobFact("Priya's job", facts, get(facts))?.value).toBe('a nurse');
    expect(jobFact("wife's occupation", facts, get(facts))?.value).toBe('a nurse');
    expect(jobFact("sister's job", facts, get(facts))?.value).toBe('an accountant');
    expect(jobFact("dad's work", facts, get(facts))?.value).toBe('plumber');
    expect(jobFact("brother's job", facts, get(facts))).toBeUndefined();
    expect(jobFact("son's job", facts, get(facts))).toBeUndefined();
    expect(jobFact("wife's birthday", facts, get(facts))).toBeUndefined();
    expect(isJobValue('a vegetarian')).toBe(false);
    expect(isJobValue('a school nurse')).toBe(true);
  });

  it('links a name to its relation only where the sentence opens with the relation', () => {
    const wife = { relation: 'wife', name: 'priya' };
    expect(nameLinked('Your wife is a nurse.', wife)).toBe('Priya (your wife) is a nurse.');
    expect(nameLinked("Your wife's age is 40.", wife)).toBe('Priya (your wife) is 40.');
    expect(nameLinked("Your wife's phone is 1.", wife)).toBe("Your wife's phone is 1.");
    expect(nameLinked('Your son is 8.', wife)).toBe('Your son is 8.');
  });

  it('groups facts by person, the name fact as the heading, closest first', () => {
    const facts = [
      { label: "brother's phone", value: '2' },
      { label: "wife's birthday", value: '3 May' },
      { label: "wife's name", value: 'Priya' },
      { label: 'wife', value: 'a nurse' },
    ];
    expect(factsByPerson(facts, (fact) => fact.value)).toEqual([
      { who: 'Priya — your wife', facts: ['a nurse', 'birthday 3 May'] },
      { who: 'your brother', facts: ['phone 2'] },
    ]);
  });
});
