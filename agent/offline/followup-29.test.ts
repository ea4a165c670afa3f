import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/** Round k29: "how much did it cost?" after a question on the documents asks the cost of what was asked then. */
describe('a cost asked of "it" after a document answer', () => {
  const world = async () => {
    const chat = chatWorld();
    const dir = testDir('fazt-followup-29-');
    const testdata = join(import.meta.dirname, '..', '..', 'tools', 'knowledge', 'testdata', 'k29');
    for (const name of readdirSync(testdata)) copyFileSync(join(testdata, name), join(dir, name));
    await chat.say(`learn ${dir}`, { c: false });
    return chat;
  };

  it('"how much did it cost" after "when do I fly back" is the return flight\'s cost', async () => {
    const { say } = await world();
    const first = await say('when do I fly back', { c: false });
    console.log(first.answer);
    const { answer } = await say('how much did it cost');
    console.log(answer);
    expect(answer).toContain('£142');
  });
});
