import { describe, expect, it } from 'vitest';
import { chatWorld } from '../../test/helpers/offline.js';

/**
 * D32 2: after a person's birthday is said or asked of, "she" and "her" are that person in the
 * questions about it ("how old will she be on her birthday?", "when was her last birthday?").
 */
describe('she and her after a birthday said or asked of', () => {
  it('follows the person through several questions', async () => {
    const { say } = chatWorld();
    await say('Elif was born on 23 July 2020', { c: false });
    expect((await say('how old will she be on her birthday?')).answer).toMatch(/^Elif turns \d+ on 23 July/);
    expect((await say('when was her last birthday?')).answer).toMatch(
      /the last was 23 July .*Elif turned \d+\./,
    );
    expect((await say('how many days until her birthday?')).answer).toMatch(
      /^Elif's birthday is 23 July 2020: the next is/,
    );
    expect((await say('how old is she?')).answer).toMatch(/^Elif is \d+ — born 23 July 2020/);
  });

  it('after "how old is Théo?" with a French month kept', async () => {
    const { say } = chatWorld();
    await say('Théo was born 3 mars 2017', { c: false });
    expect((await say('how old is Théo?', { c: false })).answer).toMatch(/^Théo is \d+ — born 3 March 2017/);
    expect((await say('how old will he be on his birthday?')).answer).toMatch(/^Théo turns \d+ on 3 March/);
  });

  it('two people said in one sentence are neither', async () => {
    const { say, facts } = chatWorld();
    await say('remember my wife is Priya and my brother is Tom', { c: false });
    const { answer } = await say('how old will she be on her birthday?');
    expect(answer).not.toMatch(/turns/);
    expect(Object.keys(facts()).some((key) => /birthday/.test(key))).toBe(false);
  });
});
