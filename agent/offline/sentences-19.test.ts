import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { trailingClause } from './tails.js';

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
    expect(facts()).toEqual({ 'sons name': 'luca' });
  });
});
