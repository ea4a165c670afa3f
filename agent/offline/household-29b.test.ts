import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * S44 H2: a real word of a question is never "corrected" into another real word the person's
 * facts use: "is flood covered?" with the blood group remembered asks the papers about flood,
 * and "is food covered?" is not read as "flood". A true slip is still read ("blod group").
 */
describe('spelling correction only of non-words', () => {
  const world = async () => {
    const { ask } = offlineWorld();
    const dir = testDir('fazt-household-29b-');
    cpSync(join(import.meta.dirname, '..', '..', 'tools', 'knowledge', 'testdata', 's44'), dir, {
      recursive: true,
    });
    await ask(`learn ${dir}`);
    await ask('my blood group is A+');
    return ask;
  };

  it('"is flood covered?" answers from the policy, not with the blood group', async () => {
    const ask = await world();
    const { answer } = await ask('is flood covered?');
    expect(answer).toContain('Flood damage if the property is left unoccupied');
    expect(answer).not.toContain('A+');
  });

  it('"is food covered?" is not read as "flood"', async () => {
    const ask = await world();
    const { answer } = await ask('is food covered?');
    expect(answer).not.toContain('I read');
    expect(answer).not.toContain('Flood damage');
    expect(answer).not.toContain('A+');
  });

  it('a true slip of the fact name is still read: "whats my blod group?"', async () => {
    const ask = await world();
    const { answer } = await ask('whats my blod group?');
    expect(answer).toContain('A+');
  });
});
