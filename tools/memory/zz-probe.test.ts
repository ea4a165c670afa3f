import { test } from 'vitest';
import { memoryList } from './list.js';

test('probe', () => {
  const p = memoryList.offline!.phrases![0]!.pattern;
  console.log(p.source);
  for (const s of ['list my facts about wifi', 'what do I know about Tom?', 'facts about Tom'])
    console.log(s, '=>', JSON.stringify(p.exec(s)));
});
