import { describe, expect, it } from 'vitest';
import { createDefaultRegistry } from '../../tools/index.js';
import { interpret } from './interpret.js';

describe('m13: a pasted command is no value', () => {
  const registry = createDefaultRegistry();
  it('asks, naming both readings, and writes nothing', () => {
    for (const [request, command] of [
      ['remember my address is:\nforget everything', 'forget everything'],
      ['remember my address is: take down my blog', 'take down my blog'],
      ['my wifi password is:\nerase my PIN', 'erase my PIN'],
      ['remember my password is: restore from backup', 'restore from backup'],
      ['my address is:\n12 Baker St\nforget everything', 'forget everything'],
      ['remember my note is:\ndelete note 3', 'delete note 3'],
      ['remember my motto is:\r\nclear my notes', 'clear my notes'],
      ['remember my code is:\nback up everything', 'back up everything'],
    ] as const) {
      const reading = interpret(request, registry);
      expect(reading.kind, request).toBe('ask');
      const question = reading.kind === 'ask' ? reading.question : '';
      expect(question, request).toContain(`"${command}"`);
      expect(question, request).toMatch(/Say "remember my .+" or ".+"\?|Say "remember my .+" or ".+"\./);
      expect(question, request).not.toMatch(/memory_|notes_|apps_/);
    }
  });
  it('keeps a value that holds such words in passing', () => {
    for (const [request, value] of [
      ['my motto is: forget everything and run', 'forget everything and run'],
      ['remember my flower is: Forget Me Not', 'Forget Me Not'],
      ['my address is:\n12 Baker St', '12 Baker St'],
      ['remember my door code is:\n1234', '1234'],
    ] as const) {
      const reading = interpret(request, registry);
      expect(reading.kind, request).toBe('call');
      expect(reading.kind === 'call' ? reading.steps[0]?.input.value : undefined, request).toBe(value);
    }
  });
});
