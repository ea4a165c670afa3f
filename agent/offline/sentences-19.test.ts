import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { askedList } from './asklist.js';
import { reframe } from './framing.js';
import { trailingClause } from './tails.js';
import { targetList } from './targets.js';

const setup = seededWorld;

describe('a person pronoun and its verb typed in lower case after a value opens a clause of its own (S28 H4, m19)', () => {
  it.each([
    ['my cat is luna shes 3', 'my cat is luna', 'shes 3'],
    ['my sons name is luca hes 6', 'my sons name is luca', 'hes 6'],
    ['remember my cat is Luna she is 3', 'remember my cat is Luna', 'she is 3'],
    ['my dog is rex he’s 4', 'my dog is rex', 'he’s 4'],
    ['my kids are Tom and Ann they are 5', 'my kids are Tom and Ann', 'they are 5'],
    [
      'remember the car is in spot 12 it is the blue one',
      'remember the car is in spot 12',
      'it is the blue one',
    ],
  ])('%s → %s | %s', (text, head, tail) => {
    expect(trailingClause(text)).toMatchObject({ head, tail });
  });

  it.each([
    'my favourite song is when she is gone',
    'remember my motto is love people for who they are',
    'my motto is be kind because they are watching',
    'my motto is when it is done it is done',
    'remember my car is a Volvo. She is blue. Park on level 2.',
  ])('"%s" stays whole', (text) => {
    expect(trailingClause(text)).toBeUndefined();
  });

  it.each([
    ['my cat is luna shes 3', { cat: 'luna' }, "remember my cat's age is 3"],
    ['my dog is rex he is 4', { dog: 'rex' }, "remember my dog's age is 4"],
    ['my kids are Tom and Ann they are 5', { kids: 'Tom and Ann' }, "remember my kids' age is 5"],
  ])('"%s" keeps only the first fact and asks about the second', async (request, kept, example) => {
    const { ask, facts } = await setup();
    const { answer } = await ask(request);
    expect(facts()).toEqual(kept);
    expect(answer).toContain(example);
  });

  it('"my sons name is luca hes 6" keeps the name alone', async () => {
    const { ask, facts } = await setup();
    await ask('my sons name is luca hes 6');
    // m23: "sons name" is the son's name, as "son's name" is (a possessive typed without its apostrophe).
    expect(facts()).toEqual({ "son's name": 'luca' });
  });
});

describe('a forget or a recall of a comma list is one step per item (S28 M7, m19)', () => {
  it.each([
    ['my cat, car and wifes', ['my cat', 'my car', 'my wifes']],
    ['the gate, shed and garage', ['the gate', 'the shed', 'the garage']],
    ['my cat, car, and bike', ['my cat', 'my car', 'my bike']],
  ])('targetList("%s") → %j', (list, targets) => {
    expect(targetList(list, false)).toEqual(targets);
  });

  it.each(['my mac and cheese recipe', 'my cat and car'])('"%s" stays one name without a comma', (list) => {
    expect(targetList(list, false)).toBeUndefined();
  });

  it('askedList reads "what are my cat, car and wifi?" as three questions', () => {
    expect(askedList('what are my cat, car and wifi?')).toEqual([
      'what are my cat?',
      'what are my car?',
      'what are my wifi?',
    ]);
    expect(askedList("what's my salt and pepper grinder?")).toBeUndefined();
  });

  it('"forget my cat, car and wifes" forgets each it finds, with one consent', async () => {
    const { ask, facts } = await setup([
      ['cat', 'Luna'],
      ['car', 'a red Polo'],
      ['wifi', 'sunflower'],
    ]);
    const asked = await ask('forget my cat, car and wifi');
    expect(asked.status).toBe('needs_approval');
    expect(facts()).toEqual({ cat: 'Luna', car: 'a red Polo', wifi: 'sunflower' });
    const done = await ask('forget my cat, car and wifi', true);
    expect(done.status).toBe('done');
    expect(facts()).toEqual({});
  });

  it('"what are my cat, car and wifi?" answers each', async () => {
    const { ask } = await setup([
      ['cat', 'Luna'],
      ['car', 'a red Polo'],
      ['wifi', 'sunflower'],
    ]);
    const { answer, tools } = await ask('what are my cat, car and wifi?');
    expect(tools).toEqual(['memory_recall', 'memory_recall', 'memory_recall']);
    expect(answer).toContain('Luna');
    expect(answer).toContain('a red Polo');
    expect(answer).toContain('sunflower');
  });
});

describe('a measure verb and an amount is a fact, and asked after it a stored fact answers first (S28, m19)', () => {
  it.each([
    ['remember my bike costs 300 euros', "bike's price", '300 euros'],
    ['remember Luna weighs 5 kg', "Luna's weight", '5 kg'],
    ['remember my tank holds 40 litres', "tank's capacity", '40 litres'],
    ['remember that my sofa cost 1,200 dollars', "sofa's price", '1,200 dollars'],
  ])('"%s" keeps %s = %s', async (request, key, value) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual({ [key]: value });
  });

  it.each([
    ['what does luna weigh?', "what is luna's weight?"],
    ['how much does my bike cost?', "what is my bike's price?"],
    ['what does my tank hold?', "what is my tank's capacity?"],
  ])('reframe("%s") → %s', (question, asked) => {
    expect(reframe(question)).toBe(asked);
  });

  it.each(['what does a pizza cost?', 'how much does it cost?'])('"%s" is left as asked', (question) => {
    expect(reframe(question)).toBe(question);
  });

  it('"what does luna weigh?" is answered from the stored fact, not the documents', async () => {
    const { ask } = await setup([["Luna's weight", '5kg']]);
    const { answer, tools } = await ask('what does luna weigh?');
    expect(tools).toEqual(['memory_recall']);
    expect(answer).toContain('5kg');
  });
});

describe('a shopping list can be added to, and items removed with consent (S28 M5, LOW)', () => {
  async function shopping() {
    const world = await setup();
    await world.ask('add eggs to my shopping list');
    // One note holding two items, as typed (m22: "add eggs and milk to my shopping list" now keeps
    // one note per item, tested below).
    await world.ask('note shopping: eggs and milk');
    await world.ask('put cheese on the shopping list');
    return world;
  }

  it('"add eggs and milk to my shopping list" keeps one note per item, so each can go on its own (m22)', async () => {
    const world = await setup();
    await world.ask('add eggs and milk to my shopping list');
    expect(world.notes()).toEqual(['shopping: milk', 'shopping: eggs']);
    const done = await world.ask('remove milk from my shopping list', true);
    expect(done.status).toBe('done');
    expect(world.notes()).toEqual(['shopping: eggs']);
  });

  it('"remove cheese from my shopping list" deletes that note after consent, and only it', async () => {
    const world = await shopping();
    const asked = await world.ask('remove cheese from my shopping list');
    expect(asked.status).toBe('needs_approval');
    expect(world.notes()).toHaveLength(3);
    const done = await world.ask('cross cheese off my shopping list', true);
    expect(done.status).toBe('done');
    expect(world.notes()).toEqual(['shopping: eggs and milk', 'shopping: eggs']);
  });

  it('an item kept with others is not deleted for one of them, and the answer says how', async () => {
    const world = await shopping();
    const { answer } = await world.ask('remove milk from my shopping list', true);
    expect(world.notes()).toHaveLength(3);
    expect(answer).toContain('with other items');
  });

  it('an item not on the list is said, nothing deleted', async () => {
    const world = await shopping();
    const { answer, status } = await world.ask('remove ham from my shopping list', true);
    expect(status).toBe('error');
    expect(answer).toContain('"ham" is not on your shopping list');
    expect(world.notes()).toHaveLength(3);
  });

  it('"clear my shopping list" names the notes and the one request that deletes them', async () => {
    const world = await shopping();
    const { answer } = await world.ask('clear my shopping list', true);
    expect(answer).toContain('delete notes 1, 2 and 3');
    expect(world.notes()).toHaveLength(3);
  });

  it('"add bread to my list" is a list note; "add it to my list" keeps nothing', async () => {
    const world = await setup();
    await world.ask('add bread to my list');
    const { answer } = await world.ask('add it to my list');
    expect(world.notes()).toEqual(['list: bread']);
    expect(answer).toContain('does not say what to add');
  });
});

describe('comma clauses each with their own owner are separate facts; "her/his" is the last person named (S28 M9)', () => {
  it("keeps Maria's birthday, her cat and my gym locker code", async () => {
    const { ask, facts } = await setup();
    const { status } = await ask(
      "remember that my sister Maria's birthday is March 3rd, her cat is called Mochi and my gym locker code is 0042",
    );
    expect(status).toBe('done');
    expect(facts()).toEqual({
      "sister Maria's birthday": 'March 3rd',
      "sister Maria's cat name": 'Mochi',
      'gym locker code': '0042',
    });
  });

  it.each([
    ["remember that my brother Tom's phone is 555, his car is a Golf", "brother Tom's car", 'a Golf'],
    ["remember my sister Maria's birthday is March 3rd, her cat is Mochi", "sister Maria's cat", 'Mochi'],
    ["remember my wife's car is a Golf, her phone is 555", "wife's phone", '555'],
  ])('"%s" keeps %s = %s', async (request, key, value) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()[key]).toBe(value);
  });

  it('with full stops between the parts, "Her cat" is Maria\'s too', async () => {
    const { ask, facts } = await setup();
    await ask(
      "remember that my sister Maria's birthday is March 3rd. Her cat is called Mochi. My gym locker code is 0042.",
    );
    expect(facts()).toEqual({
      "sister Maria's birthday": 'March 3rd',
      "sister Maria's cat name": 'Mochi',
      'gym locker code': '0042',
    });
  });

  it('"Its colour is red." after "my car\'s plate" names no person: asked, not kept', async () => {
    const { ask, facts } = await setup();
    await ask("remember my car's plate is AB12. Its colour is red.");
    expect(facts()).toEqual({ "car's plate": 'AB12' });
  });

  it('"his" after a fact that names no person is still asked about', async () => {
    const { ask, facts } = await setup();
    const { status } = await ask('remember my car is a Golf, his phone is 555');
    expect(status).toBe('needs_input');
    expect(facts()).toEqual({});
  });
});

describe('"clear my shopping list" when the list was kept as a fact', () => {
  it('forgets the fact "shopping list" after consent', async () => {
    const world = await setup([['shopping list', 'eggs, milk']]);
    const asked = await world.ask('clear my shopping list');
    expect(asked.status).toBe('needs_approval');
    expect(world.facts()).toEqual({ 'shopping list': 'eggs, milk' });
    await world.ask('delete my shopping list', true);
    expect(world.facts()).toEqual({});
  });
});

it('"remove eggs from my shopping list" with the list kept as a fact says so and changes nothing', async () => {
  const world = await setup([['shopping list', 'eggs, milk']]);
  const { answer } = await world.ask('remove eggs from my shopping list', true);
  expect(answer).toContain('kept as one fact ("eggs, milk")');
  expect(world.facts()).toEqual({ 'shopping list': 'eggs, milk' });
});
