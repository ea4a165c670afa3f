import { describe, expect, it } from 'vitest';
import { createOfflinePlanner } from '../agent/offline/index.js';
import { testRuntime } from '../test/helpers/runtime.js';
import { endSentence } from './sentence.js';

describe('a sentence that ends in what the person typed ends once', () => {
  it('adds "." only when the text has no terminal punctuation of its own', () => {
    expect(endSentence('Your colour is blue!')).toBe('Your colour is blue!');
    expect(endSentence('Your mood is why?')).toBe('Your mood is why?');
    expect(endSentence('Your status is wait...')).toBe('Your status is wait...');
    expect(endSentence('Your status is wait…')).toBe('Your status is wait…');
    expect(endSentence('Your greeting is “hi!”')).toBe('Your greeting is “hi!”');
    expect(endSentence('Your note is (sic.)')).toBe('Your note is (sic.)');
    expect(endSentence('Your word is 好。')).toBe('Your word is 好。');
    expect(endSentence('Your PIN is 4312')).toBe('Your PIN is 4312.');
    expect(endSentence('Your language is C#')).toBe('Your language is C#.');
    expect(endSentence('Your mood is 🙂')).toBe('Your mood is 🙂.');
    expect(endSentence('Your greeting is "hi"')).toBe('Your greeting is "hi".');
  });

  it('in every sentence the memory and note tools say about a stored value, through the executor and the planner', async () => {
    const { executor, caller, run } = testRuntime();
    const values = ['blue!', 'why?', 'wait...', 'soon…', '“hi!”', 'really?!', 'grandma!'];
    const said: string[] = [];
    const call = async (name: string, input: Record<string, unknown>, approved = false) => {
      const result = await executor.execute(name, input, { caller, approved });
      expect(result.ok, `${name} ${JSON.stringify(input)}`).toBe(true);
      if (result.ok) said.push(result.text);
      return result;
    };
    for (const [index, value] of values.slice(0, 6).entries()) {
      await call('memory_remember', { key: `thing ${index}`, value });
      await call('memory_remember', { key: `thing ${index}`, value });
      await call('memory_recall', { key: `thing ${index}` });
    }
    await call('memory_list', {});
    await call('memory_remember', { key: 'last thing!', value: 'x' });
    await call('memory_forget', { key: 'last thing!' }, true);
    await call('memory_recall', { key: 'nothing at all?' });
    await call('notes_search', { query: 'what?' });
    // A share label said back: "for grandma!" ends there, replaced or not.
    await call('apps_share', { app: 'photos', label: 'grandma!' }, true);
    await call('apps_share', { app: 'photos', label: 'grandma!' }, true);
    expect(said.at(-1)).toContain('it replaces the earlier link for grandma! It opens only photos');
    const planner = createOfflinePlanner(executor.registry);
    for (const request of ['what is my thing 0?', 'what is thing 2', 'list my facts', 'my thing 1 is why?']) {
      const events = await run(planner, request);
      const finish = events.at(-1);
      if (finish?.type === 'finish') said.push(finish.answer);
    }
    const all = said.join('\n');
    for (const value of values) {
      expect(all).toContain(value);
      // "blue!." "why?." "wait...." "soon…." "“hi!”." "really?!.": never a second end.
      expect(all).not.toContain(`${value}.`);
    }
    expect(all).toContain('Forgot your last thing!');
    expect(all).not.toContain('last thing!.');
    expect(all).toMatch(/^I remember 6 things: .*thing 0: blue!$/m);
    expect(all).toMatch(/^Your thing 0 is blue!$/m);
  });
});
