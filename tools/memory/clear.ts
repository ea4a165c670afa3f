import { z } from 'zod';
import { ConflictError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { everyItem, FINGERPRINT, itemsFingerprint } from '../fingerprint.js';
import type { BeforeCall, BeforeVerdict } from '../offline.js';
import type { MemoryEntry } from './schemas.js';
import { createMemoryStore, forgetEverywhere } from './store.js';

const facts = (count: number) => `${count} remembered fact${count === 1 ? '' : 's'}`;

/** Which facts these are, as `itemsFingerprint` gives it (keys and update times, never values). */
const factsFingerprint = (entries: readonly MemoryEntry[]) =>
  itemsFingerprint(
    entries.map((entry) => ({ id: entry.key, createdAt: entry.createdAt, updatedAt: entry.updatedAt })),
  );

/**
 * Before approval to forget every fact is asked: how many there are and which (said in the
 * approval, and kept in the call as a count and a fingerprint, so a fact added, forgotten or
 * changed in between is never deleted unseen); none is said as such.
 */
async function countFacts(input: { count?: number | undefined }, call: BeforeCall): Promise<BeforeVerdict> {
  if (input.count !== undefined) return { kind: 'go' };
  // "forget my fact": one fact, never all of them.
  if (call.said && !/\b(?:all|every|everything|memory|memories|facts)\b/i.test(call.said))
    return {
      kind: 'answer',
      text: 'Which fact should I forget? Say "forget my …" with its name; to forget every fact, say "forget everything".',
    };
  const all = await everyItem<MemoryEntry>(call, 'memory_list', 'entries');
  if (!all) return { kind: 'go' };
  const { items: entries, total } = all;
  if (total === 0)
    return {
      kind: 'answer',
      text: 'You have no remembered facts, so there is nothing to forget. Nothing was changed.',
      errorCode: 'not_found',
    };
  return { kind: 'go', input: { count: total, fingerprint: factsFingerprint(entries) } };
}

/** "forget everything", "clear my memory", "wipe your memory": every remembered fact, in one transaction. */
export const memoryClear = defineTool({
  name: 'memory_clear',
  title: 'Forget every fact',
  description:
    'Delete every remembered fact at once (notes and learned documents stay); every copy of their values fazt kept (event log, audit, stored conversations, chat search) is replaced by "[forgotten]". Destructive: needs the person\'s approval. With `count` (and `fingerprint`), nothing is deleted unless exactly the facts shown are stored.',
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
    fingerprint: z
      .string()
      .regex(FINGERPRINT, 'fingerprint must be the 16 hex characters the approval was asked with; ask again')
      .optional()
      .describe(
        'Which facts the person was shown (set when approval is asked); when any was added, forgotten or changed since, nothing is deleted.',
      ),
  }),
  output: z.object({ forgotten: z.number().int().describe('How many facts were deleted.') }),
  examples: ['forget everything', 'clear my memory', 'forget all my facts', 'wipe your memory'],
  run({ count, fingerprint }, { cartridge, emit }) {
    const memory = createMemoryStore(cartridge);
    const total = memory.count();
    if (count !== undefined && count !== total)
      throw new ConflictError(
        `${facts(total)} are stored now, not the ${count} you approved forgetting, so nothing was deleted. Ask again to see how many would go.`,
      );
    const stored = memory.list({ limit: Math.max(total, 1) });
    if (fingerprint !== undefined && fingerprint !== factsFingerprint(stored))
      throw new ConflictError(
        'Your remembered facts changed since you approved forgetting them (one was added, forgotten or changed), so nothing was deleted. Ask again to see what would go.',
      );
    for (const entry of stored) {
      memory.forget(entry.key);
      emit('memory.forgotten', { key: entry.key });
    }
    forgetEverywhere(cartridge, stored);
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
