import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/** Round c30 (S44 11): a question of what is allowed is a rule, never a stored fact about the thing. */
const world = async () => {
  const chat = chatWorld();
  const dir = testDir('fazt-list-30-');
  writeFileSync(
    join(dir, 'lease.md'),
    [
      '# Lease',
      '',
      '## Pets',
      'One cat is permitted with written consent. Dogs are not permitted.',
      '',
      '## Smoking',
      'Smoking is not allowed anywhere in the flat.',
    ].join('\n'),
  );
  await chat.say(`learn ${dir}`, { c: false });
  await chat.say('remember my cat name is Mochi', { c: false });
  await chat.say("remember my cat's age is 7", { c: false });
  await chat.say("remember my dog's name is Rex", { c: false });
  return chat;
};

describe('a permission question is answered from the documents, not a fact about the pet', () => {
  it.each([
    ['are cats allowed?', 'One cat is permitted'],
    ['is a cat allowed?', 'One cat is permitted'],
    ['are dogs permitted?', 'Dogs are not permitted'],
  ])('%s', async (question, line) => {
    const { say } = await world();
    const { answer } = await say(question, { c: false });
    expect(answer).toContain(line);
    expect(answer).not.toMatch(/Mochi|Rex|remembered facts fit/);
  });

  it('a question about the pet itself is still the stored fact', async () => {
    const { say } = await world();
    expect((await say('how old is my cat?', { c: false })).answer).toContain('7');
  });

  it('a fact that itself says a rule still answers', async () => {
    const { say } = await world();
    await say('remember pets allowed in the office: no', { c: false });
    expect((await say('are pets allowed in the office?', { c: false })).answer).toMatch(/\bno\b/i);
  });
});
