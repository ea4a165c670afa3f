import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { everyItem, FINGERPRINT, itemsFingerprint } from '../fingerprint.js';
import type { BeforeCall, BeforeVerdict, SlotCheck } from '../offline.js';
import { text } from '../schemas.js';
import { visibleName } from '../sentence.js';
import { factsAbout } from './about.js';
import { splitByOwner } from './generic.js';
import { aboutTopic, listedAbout } from './list.js';
import { notAFactStore } from './not-facts.js';
import { MY_SECRETS } from './offline.js';
import type { MemoryEntry } from './schemas.js';
import { createMemoryStore, forgetEverywhere, normaliseKey } from './store.js';

const facts = (count: number) => `${count} remembered fact${count === 1 ? '' : 's'}`;

/** Which facts these are, as `itemsFingerprint` gives it (keys and update times, never values). */
const factsFingerprint = (entries: readonly MemoryEntry[]) =>
  itemsFingerprint(
    entries.map((entry) => ({ id: entry.key, createdAt: entry.createdAt, updatedAt: entry.updatedAt })),
  );

/** A topic said back to the person: "my car" and "car" are "your car"; "Tom", "the boiler" stay. */
const yours = (topic: string) => {
  const said = topic.trim().replace(/^(?:my|mine)\b/i, 'your');
  return /^(?:your|our|the|his|her|their)\b|^\P{Ll}/u.test(said) ? said : `your ${said}`;
};

/** The facts' names as a list said to the person: "sister's name", "sister's phone" (never a value). */
const named = (labels: readonly string[]) => labels.map((label) => `"${visibleName(label)}"`).join(', ');

/**
 * "forget everything about my sister", "forget all my wifi passwords": the facts about a topic
 * (as `memory_list` with `about` picks them), their names said in the approval and kept in the
 * call (`keys`, with a count and a fingerprint), so exactly the facts shown go, in one step.
 */
async function factsAboutTopic(about: string, call: BeforeCall): Promise<BeforeVerdict> {
  const found = await call.look({ tool: 'memory_list', input: { about, limit: 1000 } });
  if (!found?.ok) return { kind: 'go' };
  const { entries, total } = found.output as { entries: MemoryEntry[]; total: number };
  if (total === 0)
    return {
      kind: 'answer',
      text: `You have no remembered facts about ${yours(about)}, so there is nothing to forget. Nothing was changed.`,
      errorCode: 'not_found',
    };
  if (entries.length < total) return { kind: 'go' };
  return {
    kind: 'go',
    input: {
      about,
      keys: entries.map((entry) => entry.label),
      count: total,
      fingerprint: factsFingerprint(entries),
    },
  };
}

/**
 * Before approval to forget every fact is asked: how many there are and which (said in the
 * approval, and kept in the call as a count and a fingerprint, so a fact added, forgotten or
 * changed in between is never deleted unseen); none is said as such.
 */
async function countFacts(
  input: { count?: number | undefined; about?: string | undefined },
  call: BeforeCall,
): Promise<BeforeVerdict> {
  if (input.count !== undefined) return { kind: 'go' };
  if (input.about !== undefined) return factsAboutTopic(input.about, call);
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

/** A topic for "forget everything about …": a topic of facts, not notes, documents, apps or everything. */
const topicSlot = (value: unknown): SlotCheck => {
  const topic = String(value).trim();
  // "delete all my photos": what that store's own answer says.
  const elsewhere = notAFactStore(topic.replace(/^(?:my|the|our)\s+/i, ''));
  if (elsewhere) return { problem: { ...elsewhere.problem, field: 'about' } };
  if (
    /^(?:(?:my|the|your)\s+)?(?:learned\s+)?(?:documents?|docs|files?|folders?|pdfs?|knowledge)$/i.test(topic)
  )
    return {
      problem: {
        field: 'about',
        message: `"${topic}" names learned documents, not remembered facts`,
        instead: 'knowledge_forget',
      },
    };
  // "forget all about my old address" is that one fact ("forget all about it"), read by memory_forget.
  return aboutTopic(topic) && !/^(?:all|every(?:thing)?|anything|about|data|fazt)\b/i.test(topic)
    ? { value: topic }
    : { problem: { field: 'about', message: `"${topic}" is not a topic of remembered facts` } };
};

/**
 * "forget everything about my sister", "delete all my facts about the car", "forget all my wifi
 * passwords", "erase every wifi password": group 1, 2 or 3 is the topic. "Forget all about my old
 * address" is not one: that is the one fact, as "forget my old address" says it.
 */
const ABOUT_TOPIC =
  /^(?:(?:please|pls|can\s+you|could\s+you|fazt)[\s,]+)*(?:forget|delete|remove|erase|wipe|clear)\s+(?:(?:everything|anything|all\s+(?:of\s+)?(?:(?:the|my|your)\s+)?(?:facts?|things|stuff|info(?:rmation)?|details|memories))(?:\s+(?:that\s+)?(?:you|u|i|we)(?:['’]ve|\s+have)?\s+(?:know|remember|have|stored|saved|kept|told\s+(?:you|u)))?\s+(?:about|on|regarding|concerning)\s+(\S.*?)|all\s+(?:of\s+)?(?:my|the|your)\s+(\S.*?)|every\s+(?!(?:fact|thing|one|note)s?\b)(\S.*?))[\s.!]*$/iu;

/**
 * "forget everything", "clear my memory", "wipe your memory": every remembered fact, in one
 * transaction; with `about`, every fact about a topic ("forget everything about my sister").
 */
export const memoryClear = defineTool({
  name: 'memory_clear',
  title: 'Forget every fact',
  description:
    'Delete every remembered fact at once, or with `about` every fact about one topic (notes and learned documents stay); every copy of their values fazt kept (event log, audit, stored conversations, chat search) is replaced by "[forgotten]". Destructive: needs the person\'s approval. With `count` (and `fingerprint`), nothing is deleted unless exactly the facts shown are stored.',
  risk: 'destructive',
  input: z.object({
    about: text(200, 'about')
      .optional()
      .describe(
        'Only the facts about this, as memory_list picks them with `about` ("sister", "wifi passwords", "car"); the others stay.',
      ),
    keys: z
      .array(text(200, 'key'))
      .min(1)
      .max(1000)
      .optional()
      .describe(
        'With `about`: the names of the facts the person was shown (set when approval is asked); when the facts about the topic are others now, nothing is deleted.',
      ),
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
  output: z.object({
    forgotten: z.number().int().describe('How many facts were deleted.'),
    names: z
      .array(z.string())
      .optional()
      .describe('With `about`: the names of the facts deleted (never their values).'),
  }),
  examples: ['forget everything', 'clear my memory', 'forget all my facts', 'wipe your memory'],
  run({ about, keys, count, fingerprint }, { cartridge, emit }) {
    const memory = createMemoryStore(cartridge);
    const every = memory.list({ limit: Math.max(memory.count(), 1) });
    // The same facts the approval listed (`memory_list` with `about`), so the counts agree (S45).
    const stored =
      about === undefined
        ? every
        : MY_SECRETS.test(about.trim())
          ? splitByOwner(factsAbout(about, every)).own
          : listedAbout(about, every);
    const total = stored.length;
    const these = about === undefined ? '' : ` about ${yours(about)}`;
    if (about !== undefined && total === 0)
      throw new NotFoundError(
        `You have no remembered facts${these}, so nothing was deleted. Say "what do you remember" to see them.`,
      );
    if (count !== undefined && count !== total)
      throw new ConflictError(
        `${facts(total)}${these} are stored now, not the ${count} you approved forgetting, so nothing was deleted. Ask again to see how many would go.`,
      );
    if (fingerprint !== undefined && fingerprint !== factsFingerprint(stored))
      throw new ConflictError(
        `Your remembered facts${these} changed since you approved forgetting them (one was added, forgotten or changed), so nothing was deleted. Ask again to see what would go.`,
      );
    const shown = new Set((keys ?? []).map(normaliseKey));
    if (
      keys !== undefined &&
      (shown.size !== total || stored.some((entry) => !shown.has(normaliseKey(entry.label))))
    )
      throw new ConflictError(
        `The facts${these} are not the ones you approved forgetting (${named(keys)}), so nothing was deleted. Ask again to see what would go.`,
      );
    for (const entry of stored) {
      memory.forget(entry.key);
      emit('memory.forgotten', { key: entry.key, label: entry.label });
    }
    forgetEverywhere(cartridge, stored);
    return about === undefined
      ? { forgotten: total }
      : { forgotten: total, names: stored.map((entry) => entry.label) };
  },
  describe: ({ forgotten, names }, { about }) =>
    about !== undefined && names
      ? `Forgot ${forgotten === 1 ? 'the only fact' : `all ${facts(forgotten)}`} about ${yours(about)}: ${named(names)}. Your other facts and notes stay.`
      : forgotten === 0
        ? 'There were no remembered facts to forget.'
        : `Forgot ${forgotten === 1 ? 'your only remembered fact' : `all ${facts(forgotten)}`}. Your notes stay.`,
  offline: {
    templates: [
      ...[
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
    ],
    // "forget everything about my sister", "forget all my wifi passwords": a regular phrase, so a
    // request that says no "all", "every" or "everything" is never read as many facts.
    phrases: [
      {
        pattern: ABOUT_TOPIC,
        input: (match) => {
          const topic = (match[1] ?? match[2] ?? match[3] ?? '').trim();
          const checked = topicSlot(topic);
          return 'value' in checked ? { about: String(checked.value) } : undefined;
        },
      },
    ],
    preview: ({ about, keys, count }) =>
      about !== undefined && keys
        ? `forget ${count === 1 ? 'the only remembered fact' : `these ${facts(keys.length)}`} about ${yours(about)}: ${named(keys)} (your other facts and notes stay)`
        : about !== undefined
          ? `forget every remembered fact about ${yours(about)}`
          : count === undefined
            ? 'forget every remembered fact'
            : `forget ${count === 1 ? 'your only remembered fact' : `all ${facts(count)}`} (your notes stay)`,
    before: { check: countFacts },
  },
});
