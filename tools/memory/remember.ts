import { z } from 'zod';
import { noteForgotten, redactValues, unforget, WITHHELD } from '../../cartridge/redact.js';
import { isSecretFact, SECRET_UNREAD, saysSecret } from '../../cartridge/secrets.js';
import { defineTool, type ToolContext } from '../define-tool.js';
import { memoryKey, memoryValue, text } from '../schemas.js';
import { endSentence } from '../sentence.js';
import { saysBirth } from './countdown.js';
import { respeltName } from './generic.js';
import {
  ageOutOfDateSaid,
  agesOutOfDate,
  anotherNameFor,
  askKey,
  factOpening,
  inSentence,
  MASK,
  memoryNewKeyCheck,
  memoryRememberBefore,
  memoryStatementCheck,
  memoryValueCheck,
  nameThenCode,
  ownName,
  splitFacts,
  typoQuestion,
  visibleBreaks,
} from './offline.js';
import { knownPeople, mayNameSomeone, personName, samePersonFact, whichPeople } from './people.js';
import { type MemoryEntry, memoryEntry } from './schemas.js';
import { selfSay, selfSentence } from './self.js';
import { createMemoryStore, factIdentity } from './store.js';
import { sureTypo, typoMatches } from './typos.js';

/** What a write did, on one line: a line break inside the value shows as ⏎, never as a forged line. */
function describeWrite({
  entry,
  previous,
  created,
}: {
  entry: { label: string; value: unknown };
  previous: unknown;
  created: boolean;
}): string {
  const value = visibleBreaks(String(entry.value));
  const own = selfSentence(entry.label, value);
  if (own) {
    // "Remembered: you live in Paris.", "Updated: you live in Lyon now (was Paris)."
    const said = `${own.charAt(0).toLowerCase()}${own.slice(1)}`;
    if (!created && String(previous) === String(entry.value))
      return endSentence(`Already remembered: ${said}`);
    return created || previous === undefined
      ? endSentence(`Remembered: ${said}`)
      : `Updated: ${said} now (was ${visibleBreaks(String(previous))}).`;
  }
  // Named as recall names it: "Remembered: your gate code is 21.", "Remembered: Tom's phone is 555."
  const opening = inSentence(factOpening(entry.label));
  if (!created && String(previous) === String(entry.value))
    return endSentence(`Already remembered: ${opening} ${value}`);
  return created || previous === undefined
    ? endSentence(`Remembered: ${opening} ${value}`)
    : `Updated: ${opening} now ${value} (${
        // A secret's old value is forgotten everywhere (`logWrite`), so it is not said either.
        isSecretFact(entry.label, entry.value, previous)
          ? 'the old one is forgotten'
          : `was ${visibleBreaks(String(previous))}`
      }).`;
}

/** A fact as the audit keeps it: a secret's value (`isSecretFact`: by its key or its value) as `WITHHELD`. */
export function withheldSecret(fact: Record<string, unknown>): Record<string, unknown> {
  return typeof fact.key === 'string' && 'value' in fact && isSecretFact(fact.key, fact.value)
    ? { ...fact, value: WITHHELD }
    : fact;
}

/**
 * The event of a write, and what a secret's write leaves out. A secret (`isSecretFact`: named
 * PIN, password, passcode, code, PUK, CVV, 🔑…, or a card number or IBAN by its value) never has its value in the event log: the event says
 * `WITHHELD` for its value and its previous value. When a secret's value is replaced, the old one
 * is forgotten as `memory_forget` forgets (`redactValues`: every copy in the event log, the audit,
 * stored conversations and the chat's search index), in this same transaction. A value stored
 * again is no longer kept out of later turns (`unforget`).
 */
function logWrite(
  result: { entry: MemoryEntry; previous: unknown; created: boolean },
  value: unknown,
  { cartridge, emit }: Pick<ToolContext, 'cartridge' | 'emit'>,
): void {
  const secret = isSecretFact(result.entry.label, value, result.previous);
  const previous = result.previous ?? null;
  // The same value stored again ("Already remembered") changed nothing: no event, so "what did I
  // change today?" never lists it as a change.
  if (!result.created && previous !== null && String(previous) === String(value)) return;
  emit('memory.remembered', {
    key: result.entry.key,
    label: result.entry.label,
    value: secret ? WITHHELD : value,
    previous: secret && previous !== null ? WITHHELD : previous,
  });
  unforget(cartridge.prepare, value);
  if (secret && previous !== null && String(previous) !== String(value)) {
    const old = { label: result.entry.label, key: result.entry.key, value: previous };
    redactValues(cartridge.db, [old]);
    noteForgotten(cartridge.prepare, [old]);
  }
}

/** What `memory_remember` returns. */
const rememberOutput = z.object({
  entry: memoryEntry,
  previous: z.unknown().describe('The value this replaced, if any.'),
  created: z.boolean(),
  kept: z
    .boolean()
    .optional()
    .describe(
      'True when nothing was written: `ifNew` was set and the fact was already stored with another value, or the key may be a typo of the stored names in `typos`.',
    ),
  typos: z
    .array(z.string())
    .optional()
    .describe(
      'Stored names the key was read as a typo of ("garage cdoe" → "garage code"). One, with `kept` unset: that fact was changed. With `kept`: nothing was written; ask which is meant.',
    ),
  sameAs: z
    .string()
    .optional()
    .describe(
      'With `kept`: the stored fact the key is a shorter name for ("dog\'s age" for "dog Bruno\'s age"); nothing was written; ask whether to change that fact.',
    ),
  outOfDate: z
    .array(z.object({ label: z.string(), value: z.string(), age: z.number() }))
    .optional()
    .describe(
      'Ages kept that the birthday just written makes out of date ("son Oluwaseun\'s age: 6" when the birthday makes him 7); say so and offer to update or forget them.',
    ),
  which: z
    .array(z.string())
    .optional()
    .describe(
      'With `kept`: the known people the key\'s name or relation fits ("brother Tom", "coworker Tom" for "Tom\'s birthday"); nothing was written and `entry` is the fact as it would have been kept; ask which person is meant.',
    ),
});

type RememberOutput = z.output<typeof rememberOutput>;

/** What a write said, before a resolved day's words are said back. */
function describeRemember(
  { entry, previous, created, kept, typos, sameAs, which }: RememberOutput,
  { key, value: asked }: { key: string; value: string },
): string {
  if (kept && which && which.length > 1) {
    // "Which Tom: your brother Tom or your coworker Tom?": each choice a request to say, so a
    // reply ("my brother", "the coworker") picks one (agent/offline/choices.ts).
    const said = personName(key);
    const rest = said?.rest ?? '';
    const whose = said?.name ?? said?.relation ?? key;
    const shown = isSecretFact(key, asked) ? MASK : visibleBreaks(asked);
    const people = which.map((person) => `your ${person}`);
    const says = which.map((person) => `"remember my ${person}'s ${rest} is ${shown}"`);
    return `Which ${whose}: ${people.slice(0, -1).join(', ')} or ${people.at(-1)}? Say ${says.slice(0, -1).join(', ')} or ${says.at(-1)}; nothing was remembered.`;
  }
  if (kept && sameAs) {
    const shown = isSecretFact(entry.label, entry.value) ? MASK : visibleBreaks(String(entry.value));
    return `${factOpening(entry.label)} ${shown}, and nothing is remembered as "${key}"; change it to ${visibleBreaks(asked)}? Say "update ${ownName(sameAs)} to ${visibleBreaks(asked)}". To keep "${key}" apart, give it a name of its own; nothing was changed.`;
  }
  if (kept && typos && typos.length > 1)
    return `No fact is called "${key}"; it looks like a typo of ${typos.map((label) => `"${label}"`).join(' and ')}. Which one should be ${visibleBreaks(asked)}? Say it with its full name; nothing was changed.`;
  if (kept && typos) return typoQuestion(key, entry, asked);
  const took = typos?.length === 1 ? `I took "${key}" to mean "${typos[0]}". ` : '';
  if (took) return `${took}${describeWrite({ entry, previous, created })}`;
  const own = selfSentence(entry.label, visibleBreaks(String(entry.value)));
  const again = selfSay(key, visibleBreaks(asked));
  if (kept && own && again)
    return `${endSentence(own)} Change it to ${visibleBreaks(asked)}? Say "remember ${again}".`;
  if (kept)
    return `${factOpening(entry.label)} ${visibleBreaks(String(entry.value))}; change it to ${visibleBreaks(asked)}? Say "remember my ${key} is ${visibleBreaks(asked)}".`;
  return describeWrite({ entry, previous, created });
}

export const memoryRemember = defineTool({
  name: 'memory_remember',
  title: 'Remember a fact',
  description:
    'Store a fact the person wants remembered, as a short key and its value (e.g. key "garage code", value "7781"). Replaces the value if the key exists.',
  risk: 'write',
  input: z.object({
    key: memoryKey,
    value: memoryValue,
    ifNew: z
      .boolean()
      .optional()
      .describe(
        'Only add a new fact: if one by that name is stored by then (another process wrote it meanwhile), nothing is written and the answer asks whether to change it.',
      ),
    said: text(200, 'said')
      .optional()
      .describe(
        'How the value\'s day was said when it was resolved to a date ("tomorrow" for "1 December"): said back in the confirmation, never stored.',
      ),
    asNew: z
      .boolean()
      .optional()
      .describe(
        'Store under exactly this name even when it looks like a stored name mistyped ("cat name" beside "car name").',
      ),
  }),
  output: rememberOutput,
  examples: [
    'remember that {key} is {value}',
    'remember {key} is {value}',
    'remember my {key} is {value}',
    'note that {key} is {value}',
    'save {key} as {value}',
    'store {key} as {value}',
    'set {key} to {value}',
    '{key} is {value}, remember it',
    'my {key} is {value}',
    'remember that my {key} are {value}',
    'my {key} are {value}',
    'change my {key} to {value}',
    'update {key} to {value}',
    'my {key} changed to {value}',
    'my {key} has changed to {value}',
    'I changed my {key} to {value}',
  ],
  // A secret's value is never in the audit (see `logWrite`).
  recorded: withheldSecret,
  run({ key, value, ifNew, asNew }, { cartridge, emit }) {
    const store = createMemoryStore(cartridge);
    // No fact has this name, but it is a stored name mistyped ("garage cdoe" for "garage code"):
    // that fact is changed, and the answer says what was read. A typo that may be another word
    // ("gim" for "gym") or fits two names is asked about; nothing is written.
    // A stored name that is this very name ("café code" for "cafè code") is no typo of it: the
    // store decides (and refuses two rows an older version kept under one name).
    const same = factIdentity(key);
    // The stored names a new name is checked against, read once for both checks below: names
    // only, as each scan of 10,000 facts runs inside this write transaction, holding its lock.
    const others = asNew || store.get(key) ? [] : store.labels({ limit: 10_000 });
    const typos = typoMatches(key, others)
      .filter(({ label }) => factIdentity(label) !== same)
      .flatMap(({ label }) => store.get(label) ?? []);
    const [typo] = typos;
    if (typo && (ifNew || typos.length > 1 || !sureTypo(key, typo.label)))
      return {
        entry: typo,
        previous: typo.value,
        created: false,
        kept: true,
        typos: typos.map(({ label }) => label),
      };
    if (typo) {
      const result = store.remember(typo.label, value);
      logWrite(result, value, { cartridge, emit });
      return { ...result, typos: [typo.label] };
    }
    // "my dog's age is 8" with "dog Bruno's age" kept, "my cvv is 456" with "card's CVV": another
    // name for the one fact kept is asked about, never kept as a second fact (S28).
    const longerName = anotherNameFor(key, others);
    const longer = longerName ? store.get(longerName.label) : undefined;
    if (longer && String(longer.value) !== String(value))
      return { entry: longer, previous: longer.value, created: false, kept: true, sameAs: longer.label };
    // "Tom's phone number is 555-7777" with "brother Tom's phone number" kept (and no other Tom):
    // the same person's fact under another of their names is asked about, never kept twice (m22).
    // Only the few name facts ("wife's name") are read beyond the names already read.
    const named = personName(key);
    const known =
      named?.rest && (named.relation || /^\p{Lu}/u.test(named.name ?? ''))
        ? others.map(({ label }) => (mayNameSomeone(label) ? (store.get(label) ?? { label }) : { label }))
        : undefined;
    // "Tom's birthday is 3 June" with brother Tom and coworker Tom: asked which, nothing kept (m23).
    const which = known ? whichPeople(key, knownPeople(known)) : [];
    if (which.length > 1) {
      const now = Date.now();
      return {
        entry: { key: same, label: key, value, createdAt: now, updatedAt: now },
        previous: undefined,
        created: false,
        kept: true,
        which,
      };
    }
    const person = known ? samePersonFact(key, known, (name) => store.get(name)) : undefined;
    if (person && String(person.value) === String(value))
      return { entry: person, previous: person.value, created: false };
    if (person)
      return { entry: person, previous: person.value, created: false, kept: true, sameAs: person.label };
    // Checked in this write transaction, so no other process can add the fact in between: a
    // statement checked as new ("my counter is 8") never silently replaces a fact stored since.
    // "my adress is …": a new fact is kept under the common word it misspells ("address"), so
    // "where do I live?" and "what is my address?" find it (m22); a name already kept stays.
    const name = store.get(key) ? key : respeltName(key);
    const stored = ifNew ? store.get(name) : undefined;
    if (stored && String(stored.value) !== String(value))
      return { entry: stored, previous: stored.value, created: false, kept: true };
    const result = store.remember(name, value);
    logWrite(result, value, { cartridge, emit });
    // "Oluwaseun's birthday is 3 October 2019" with "son Oluwaseun's age: 6" kept: the birthday
    // is kept (it is exact), and the age it makes out of date is said (S47). Ages only are read.
    const ages = saysBirth(name)
      ? agesOutOfDate(
          result.entry,
          store
            .labels({ limit: 10_000 })
            .filter(({ label }) => /\bage$/iu.test(label))
            .flatMap(({ label }) => store.get(label) ?? []),
        )
      : [];
    return ages.length > 0 ? { ...result, outOfDate: ages } : result;
  },
  describe: (output, input) => {
    const said = describeRemember(output, input);
    // "Remembered: Ana's birthday is 1 December (tomorrow).": the day as typed, once resolved.
    const written = input.said && !output.kept ? `${said.replace(/\.$/, '')} (${input.said}).` : said;
    // An age the birthday makes out of date is said after it (S47).
    return [written, ...(output.outOfDate ?? []).map(ageOutOfDateSaid)].join(' ');
  },
  offline: {
    slots: { key: memoryNewKeyCheck, value: memoryValueCheck },
    statement: memoryStatementCheck,
    before: memoryRememberBefore,
    templates: [
      { source: 'remember {key} {value}', check: nameThenCode, bonus: 0.5 },
      // "remember my grade was A-": a fact said in the past tense is still a fact to keep.
      ...[
        'remember that {key} was {value}',
        'remember {key} was {value}',
        'remember my {key} was {value}',
      ].map((source) => ({ source })),
      ...['remember that {key} were {value}', 'remember my {key} were {value}'].map((source) => ({ source })),
    ],
    questions: {
      key: askKey,
      value: ({ key }) =>
        key === undefined
          ? askKey()
          : // "mi contraseña del banco es Ñandú#77", "мой пароль это qwerty": a secret in a name is never said back (m17, S26 H5; S28 H3).
            saysSecret(key)
            ? SECRET_UNREAD
            : `What should I remember as your ${key}? Say it like "my ${key} is …".`,
    },
    split: splitFacts,
    samples: { key: 'my bike lock code', value: '4312' },
    everyday: true,
    // The fact appeared between the check and the write: nothing written, the answer asks.
    asksBack: (output) => output.kept === true,
  },
});
