import { z } from 'zod';
import { ConflictError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import type { BeforeCall, BeforeVerdict } from '../offline.js';
import { createMemoryStore } from './store.js';

const facts = (count: number) => `${count} remembered fact${count === 1 ? '' : 's'}`;

/**
 * Before approval to forget every fact is asked: how many there are (said in the approval, and
 * kept in the call, so a fact added in between is never deleted unseen); none is said as such.
 */
async function countFacts(input: { count?: number | undefined }, call: BeforeCall): Promise<BeforeVerdict> {
  if (input.count !== undefined) return { kind: 'go' };
  // "forget my fact": one fact, never all of them.
  if (call.said && !/\b(?:all|every|everything|memory|memories|facts)\b/i.test(call.said))
    return {
      kind: 'answer',
      text: 'Which fact should I forget? Say "forget my …" with its name; to forget every fact, say "forget everything".',
    };
  const found = await call.look({ tool: 'memory_list', input: { limit: 1 } });
  const total = found?.ok ? (found.output as { total?: unknown }).total : undefined;
  if (typeof total !== 'number') return { kind: 'go' };
  if (total === 0)
    return {
      kind: 'answer',
      text: 'You have no remembered facts, so there is nothing to forget. Nothing was changed.',
      errorCode: 'not_found',
    };
  return { kind: 'go', input: { count: total } };
}

/** "forget everything", "clear my memory", "wipe your memory": every remembered fact, in one transaction. */
export const memoryClear = defineTool({
  name: 'memory_clear',
  title: 'Forget every fact',
  description:
    "Delete every remembered fact at once (notes and learned documents stay). Destructive: needs the person's approval. With `count`, nothing is deleted unless exactly that many facts are stored.",
  risk: 'destructive',
  input: z.object({
    count: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'How many facts the person was told would go; when another number is stored now, nothing is deleted.',
      ),
  }),
  output: z.object({ forgotten: z.number().int().describe('How many facts were deleted.') }),
  examples: ['forget everything', 'clear my memory', 'forget all my facts', 'wipe your memory'],
  run({ count }, { cartridge, emit }) {
    const memory = createMemoryStore(cartridge);
    const total = memory.count();
    if (count !== undefined && count !== total)
      throw new ConflictError(
        `${facts(total)} are stored now, not the ${count} you approved forgetting, so nothing was deleted. Ask again to see how many would go.`,
      );
    for (const entry of memory.list({ limit: Math.max(total, 1) })) {
      memory.forget(entry.key);
      emit('memory.forgotten', { key: entry.key });
    }
    return { forgotten: total };
  },
  describe: ({ forgotten }) =>
    forgotten === 0
      ? 'There were no remembered facts to forget.'
      : `Forgot ${forgotten === 1 ? 'your only remembered fact' : `all ${facts(forgotten)}`}. Your notes stay.`,
  offline: {
    templates: [
      'forget everything',
      'forget everything you remember',
      'forget everything you know',
      'forget all my facts',
      'forget all facts',
      'forget every fact',
      'delete all my facts',
      'delete all facts',
      'delete every fact',
      'remove all my facts',
      'erase all my facts',
      'clear my memory',
      'clear your memory',
      'clear the memory',
      'clear all memory',
      'clear memory',
      'clear all my facts',
      'clear my facts',
      'wipe my memory',
      'wipe your memory',
      'wipe the memory',
      'wipe all my facts',
      'wipe my facts',
      'erase my memory',
      'erase your memory',
      'delete my memory',
      'delete your memory',
      'reset my memory',
      'reset your memory',
      'forget everything i told you',
      "forget everything i've told you",
      'delete everything i told you',
      'delete everything you remember',
    ].map((source) => ({ source, bonus: 2 })),
    preview: ({ count }) =>
      count === undefined
        ? 'forget every remembered fact'
        : `forget ${count === 1 ? 'your only remembered fact' : `all ${facts(count)}`} (your notes stay)`,
    before: { check: countFacts },
  },
});
