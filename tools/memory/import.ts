import { z } from 'zod';
import { type ForgottenFact, noteForgotten, redactValues } from '../../cartridge/redact.js';
import { isSecretFact } from '../../cartridge/secrets.js';
import { defineTool } from '../define-tool.js';
import { memoryKey, memoryValue } from '../schemas.js';
import { withheldSecret } from './remember.js';
import { createMemoryStore, factIdentity } from './store.js';

/** How many groups of one batch's same-named entries the answer spells out. */
const SHOWN_GROUPS = 3;
/** How many keys of one such group it spells out. */
const SHOWN_KEYS = 4;

export const memoryImport = defineTool({
  name: 'memory_import',
  title: 'Remember many facts',
  description:
    'Store many facts in one step (up to 200,000). All are saved together or, if anything is wrong, none are. Entries of one batch that name the same fact ("a1" and "A1!") are one fact: the last one is kept, and `repeated` says which.',
  risk: 'write',
  input: z.object({
    entries: z
      .array(z.object({ key: memoryKey, value: memoryValue }))
      .min(1)
      .max(200_000)
      .describe('The facts to remember.'),
  }),
  output: z.object({
    created: z.number().int().describe('Facts that were not remembered before.'),
    updated: z.number().int().describe('Facts remembered before whose value was replaced.'),
    repeated: z
      .array(z.array(z.string()))
      .optional()
      .describe(
        'Only when entries of this batch named the same fact: each group as its keys in order; only the last of each was kept.',
      ),
  }),
  examples: [],
  // A secret's value is never in the audit.
  recorded: (input) =>
    Array.isArray(input.entries)
      ? {
          ...input,
          entries: input.entries.map((entry: unknown) =>
            entry && typeof entry === 'object' ? withheldSecret(entry as Record<string, unknown>) : entry,
          ),
        }
      : input,
  run({ entries }, { cartridge, emit, signal }) {
    const memory = createMemoryStore(cartridge);
    // One fact per name (`factIdentity`, the store's own notion of "the same fact"): the last entry
    // naming it wins, so a batch never updates a fact it created itself.
    const ids = entries.map(({ key }) => factIdentity(key));
    const last = new Map<string, number>();
    const named = new Map<string, string[]>();
    for (const [index, { key }] of entries.entries()) {
      const id = ids[index]!;
      last.set(id, index);
      const keys = named.get(id);
      if (keys) keys.push(key);
      else named.set(id, [key]);
    }
    let created = 0;
    let updated = 0;
    const replaced: ForgottenFact[] = [];
    for (const [index, { key, value }] of entries.entries()) {
      if (index % 1000 === 0) signal.throwIfAborted();
      if (last.get(ids[index]!) !== index) continue;
      const result = memory.remember(key, value);
      if (result.created) created++;
      else updated++;
      const previous = result.previous ?? null;
      // A secret's replaced value is forgotten, as one remembered alone is (remember.ts).
      if (
        previous !== null &&
        String(previous) !== String(value) &&
        isSecretFact(result.entry.label, value, previous)
      )
        replaced.push({ label: result.entry.label, key: result.entry.key, value: previous });
    }
    if (replaced.length > 0) {
      redactValues(cartridge.db, replaced);
      noteForgotten(cartridge.prepare, replaced);
    }
    emit('memory.imported', { count: created + updated });
    const repeated = [...named.values()].filter((keys) => keys.length > 1);
    return { created, updated, ...(repeated.length > 0 ? { repeated } : {}) };
  },
  describe: ({ created, updated, repeated }) => {
    const said = `Remembered ${created} new fact(s) and updated ${updated}.`;
    if (!repeated?.length) return said;
    const entries = repeated.reduce((sum, keys) => sum + keys.length, 0);
    const shown = repeated
      .slice(0, SHOWN_GROUPS)
      .map(
        (keys) =>
          `${keys
            .slice(0, SHOWN_KEYS)
            .map((key) => `"${key}"`)
            .join(', ')}${keys.length > SHOWN_KEYS ? ` and ${keys.length - SHOWN_KEYS} more` : ''}`,
      )
      .join('; ');
    const more =
      repeated.length > SHOWN_GROUPS ? `; and ${repeated.length - SHOWN_GROUPS} more group(s)` : '';
    return `${said} ${entries} entries named ${repeated.length === 1 ? 'the same fact' : `${repeated.length} facts more than once`} (${shown}${more}); kept the last of each.`;
  },
});
