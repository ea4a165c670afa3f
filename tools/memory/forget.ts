import { z } from 'zod';
import { NotFoundError } from '../../cartridge/errors.js';
import { namesSecret } from '../../cartridge/text-similarity.js';
import { defineTool } from '../define-tool.js';
import { memoryKey } from '../schemas.js';
import { endSentence, visibleName } from '../sentence.js';
import { notAFactStore } from './not-facts.js';
import {
  bulkForgetCheck,
  factSubject,
  inSentence,
  memoryForgetBefore,
  memoryKeyCheck,
  sameWordsAnyOrder,
  visibleBreaks,
} from './offline.js';
import { memoryEntry } from './schemas.js';
import { createMemoryStore, forgetEverywhere, normaliseKey } from './store.js';

/**
 * Which fact went, so it can be told apart from its namesakes: its name, and for a plain fact the
 * value it had ("Forgot your locker (it was 12)."); a secret's value is never said, not even now.
 */
export function forgotSaid(fact: { label: string; value: unknown }): string {
  const subject = inSentence(factSubject(fact.label));
  return namesSecret(fact.label)
    ? endSentence(`Forgot ${subject}`)
    : `Forgot ${subject} (it was ${visibleBreaks(String(fact.value))}).`;
}

export const memoryForget = defineTool({
  name: 'memory_forget',
  title: 'Forget a fact',
  description:
    'Delete a remembered fact by its exact key. Destructive: needs the person\'s approval. Never matches fuzzily; an unknown key is an error that lists close keys. Forget means forget: every copy of the value fazt kept (event log, audit, stored conversations, chat search) is replaced by "[forgotten]" in the same step.',
  risk: 'destructive',
  input: z.object({ key: memoryKey }),
  output: z.object({
    forgotten: memoryEntry
      .nullable()
      .describe('The fact deleted; null when several fit and none was deleted.'),
    fits: z
      .array(z.object({ key: z.string(), label: z.string() }))
      .optional()
      .describe(
        'Set when no fact has the name asked and several fit it ("room key": "room 10 key", "room 101 key"): nothing was deleted; ask which one, by its exact name.',
      ),
  }),
  examples: [
    'forget {key}',
    'forget my {key}',
    'forget the {key}',
    'delete the memory {key}',
    'remove {key} from memory',
    'delete my {key}',
    'erase my {key}',
  ],
  run({ key }, { cartridge, emit }) {
    const memory = createMemoryStore(cartridge);
    // "router password" for "password for the router": the same words in another order name the
    // one fact stored (S28), as a recall reads them.
    const reordered = memory.get(key)
      ? []
      : memory.recall(key, { minScore: 0.4 }).filter(({ entry }) => sameWordsAnyOrder(entry.label, key));
    const forgotten = memory.forget(reordered.length === 1 ? reordered[0]!.entry.label : key);
    if (!forgotten) {
      const matches = memory.recall(key, { minScore: 0.4 });
      // Several facts fit and none has the name: which one is asked, even when approved
      // (approval is for deleting a fact, never for picking one).
      const fitting = matches.filter(({ fits, score }) => fits && score < 1);
      if (fitting.length > 1)
        return {
          forgotten: null,
          fits: fitting.map(({ entry }) => ({ key: entry.key, label: entry.label })),
        };
      // A stored name said inside the one asked ("bank PIN, room 10 key and …") is the closest.
      const asked = ` ${normaliseKey(key)} `;
      const inside = memory
        .list({ limit: 10_000 })
        .filter(
          (entry) =>
            asked.includes(` ${normaliseKey(entry.label)} `) && normaliseKey(entry.label) !== asked.trim(),
        );
      const close = [
        ...new Map(
          [...inside, ...matches.map(({ entry }) => entry)].map((entry) => [entry.key, entry]),
        ).values(),
      ]
        .slice(0, 5)
        .map((entry) => `"${visibleName(entry.label)}"`);
      throw new NotFoundError(
        `Nothing is remembered under "${key}".${close.length ? ` ${endSentence(`Close keys: ${close.join(', ')}`)}` : ''}`,
      );
    }
    emit('memory.forgotten', { key: forgotten.key, label: forgotten.label });
    forgetEverywhere(cartridge, [forgotten]);
    return { forgotten };
  },
  describe: ({ forgotten, fits }, { key }) =>
    forgotten
      ? forgotSaid(forgotten)
      : `${fits?.length === 2 ? 'Two' : (fits?.length ?? 0)} remembered facts fit "${key}": ${(fits ?? [])
          .map(({ label }) => `"${label}"`)
          .join(
            ', ',
          )}. Which one should I forget? Say "forget my …" with its exact name; nothing was deleted.`,
  offline: {
    slots: {
      key: (value: unknown) => {
        const text = String(value);
        // "forget my documents", "forget ~/Documents/lease.pdf": learned documents, never a fact
        // that happens to share the word (a destructive call never acts on a guessed target).
        if (
          /^(?:all\s+)?(?:(?:my|the|your)\s+)?(?:learned\s+)?(?:documents?|docs|files?|folders?|pdfs?|knowledge)$/i.test(
            text.trim(),
          ) ||
          /^(?:~|\.{0,2})\/|\.(?:md|markdown|txt|pdf|html?)$/i.test(text.trim()) ||
          // "the lease document", "my car manual": named as a document, so a document.
          /\s(?:documents?|docs?|files?|folders?|pdfs?|manuals?|handbooks?)$/i.test(text.trim())
        ) {
          return {
            problem: {
              field: 'key',
              message: `"${text}" names learned documents, not a remembered fact`,
              instead: 'knowledge_forget',
            },
          };
        }
        // "my netflix password from ur memory", "the wifi password you saved": where it is kept
        // is not part of its name.
        const name = text
          // "what you know about my passport number": the fact is the passport number.
          .replace(
            /^(?:what|everything|anything|all|the\s+stuff|the\s+things?|stuff|things)\s+(?:(?:i|we)(?:['’]ve|\s+have)?\s+(?:told|gave|said\s+to)\s+(?:you|u)|(?:you|u)(?:['’]ve|\s+have)?\s+(?:know|remember|have|got|saved|stored))\s+(?:about|regarding|on|of|for)\s+(?=\S)/i,
            '',
          )
          .replace(
            /\s+(?:from|in|out\s+of|off)\s+(?:(?:your|ur|the|my)\s+)?(?:memory|memories|brain|head|records?|database|list)$/i,
            '',
          )
          .replace(
            /\s+(?:that\s+|which\s+)?(?:you|u)(?:['’]ve|\s+have)?\s+(?:saved|stored|have|know|remember(?:ed)?|kept|got|noted)(?:\s+(?:for|about)\s+me)?$/i,
            '',
          )
          // "delete the parking spot fact", "forget my gym code entry": the last word names the
          // store, not the fact ("note" is the notes' own word, read by the notes tools).
          .replace(/(\S)\s+(?:fact|entry|info|information|details?|record|memory|thing)$/i, '$1')
          .trim();
        return notAFactStore(name) ?? bulkForgetCheck(name) ?? memoryKeyCheck(name || text);
      },
    },
    // Approval is never asked for a fact not stored; "delete my blog" may be the app blog.
    before: memoryForgetBefore,
    questions: { key: () => 'Which fact should I forget? Name it, for example "forget my bike lock code".' },
    preview: ({ key }) => `forget your ${key}`,
    // Several facts fit and none was deleted: the answer asks which.
    asksBack: (output) => output.forgotten === null,
    samples: { key: 'my bike lock code' },
  },
});
