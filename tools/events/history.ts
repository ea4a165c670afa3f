/**
 * Questions about what happened to facts and notes, answered from the event log (issue 7, m11):
 * "when did I forget my seat?", "what did I change today?", "what did I remember yesterday?",
 * "what did I forget this week?", "what have I deleted?". "What did I change …" is every change:
 * facts remembered, changed and forgotten, notes added and deleted. Times are the machine's local zone; a
 * day is bounded on both ends; values are never said (a forgotten secret stays forgotten, and a
 * changed one is not repeated), only the facts' names and note numbers.
 */

import { wordTable } from '../../cartridge/lexicon.js';
import { FORGOTTEN, WITHHELD } from '../../cartridge/redact.js';
import { isSecretFact } from '../../cartridge/secrets.js';
import { factSubject, inSentence, pluralName } from '../memory/offline.js';
import { normaliseKey } from '../memory/store.js';
import { whenSaid } from '../moment.js';
import type { OfflinePhrase } from '../offline.js';
import { endSentence, visibleBreaks, visibleName } from '../sentence.js';

/**
 * What a question asks about: which changes count. 'deployed' is apps put online ("what did I
 * deploy this week?"); 'all' is every change of any kind ("what changed today?", "what happened
 * today?"): facts, notes, apps and learned documents.
 */
type Kind = 'forgot' | 'deleted' | 'changed' | 'remembered' | 'added' | 'deployed' | 'all';

interface Asked {
  kind: Kind;
  /** The fact asked about ("when did I forget my seat"), normalised; undefined for "what …". */
  fact?: string;
  /** How the span is said ("today", "this week"), or '' for all time. */
  span: string;
}

/** The phrase's input objects and what they were asked for (the reply gets the same object). */
const asked = new WeakMap<object, Asked>();

const VERBS: readonly [RegExp, Kind][] = [
  [/^(?:forget|forgot|forgotten)$/i, 'forgot'],
  [/^(?:delete|deleted|remove|removed|erase|erased|wipe|wiped|clear|cleared|lose|lost)$/i, 'deleted'],
  [/^(?:change|changed|update|updated|edit|edited|modify|modified|correct|corrected)$/i, 'changed'],
  [/^(?:remember|remembered|save|saved|store|stored|keep|kept|tell\s+you|told\s+you)$/i, 'remembered'],
  [/^(?:add|added)$/i, 'added'],
  [
    /^(?:deploy|deployed|host|hosted|publish|published|ship|shipped|launch|launched|put\s+(?:up|online))$/i,
    'deployed',
  ],
];
const VERB = String.raw`(deploy|deployed|host|hosted|publish|published|ship|shipped|launch|launched|put\s+(?:up|online)|forget|forgot|forgotten|delete|deleted|remove|removed|erase|erased|wipe|wiped|clear|cleared|lose|lost|change|changed|update|updated|edit|edited|modify|modified|correct|corrected|remember|remembered|save|saved|store|stored|keep|kept|tell\s+you|told\s+you|add|added)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SPAN = String.raw`((?:since\s+(?:yesterday|this\s+morning|last\s+(?:week|month)|(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)|today|yesterday|recently|lately|so\s+far|this\s+(?:morning|week|month)|last\s+(?:week|month)|in\s+the\s+(?:last|past)\s+(?:(?:\d+|an?|one|two|three|seven)\s+)?(?:days?|hours?|weeks?)|(?:the\s+)?(?:last|past)\s+(?:\d+|an?|one|two|three|seven)\s+(?:days?|hours?|weeks?)|(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day))`;

/** "what did I forget this week?", "what have I deleted?", "which facts did I change today?" */
const WHAT = new RegExp(
  String.raw`^(?:so\s+|and\s+|ok\s+)?(?:what|which(?:\s+(?:facts?|notes?|things?|apps?|sites?|websites?))?|what\s+(?:facts?|notes?|things?|apps?|sites?|websites?))\s+(?:did|have|had)\s+(?:i|we)\s+(?:just\s+|already\s+|ever\s+)?${VERB}(?:\s+(?:from\s+(?:you|memory|my\s+notes))|\s+(?:you\s+)?about)?(?:\s+${SPAN})?(?:\s+so\s+far)?\s*[?.!]*$`,
  'i',
);
/**
 * "what changed today?", "what has happened this week?", "what went on yesterday?", "what changed?"
 * (S24: all time): every change.
 */
const ANY = new RegExp(
  String.raw`^(?:so\s+|and\s+|ok\s+)?what(?:['’]s|\s+has|\s+have)?\s+(?:changed|happened|went\s+on|been\s+going\s+on)(?:\s+${SPAN})?\s*[?.!]*$`,
  'i',
);
/**
 * "show me my changes", "list my recent changes", "my history", "show the change history this
 * week" (S24: read as the settings): every change, in plain sentences.
 */
const CHANGES = new RegExp(
  String.raw`^(?:so\s+|and\s+|ok\s+)?(?:(?:show|list|give|tell|display)(?:\s+(?:me|us))?\s+)?(?:(?:all\s+)?(?:my|the|our)\s+|all\s+)?(?:recent\s+|latest\s+|last\s+)?(?:changes|edits|updates|(?:change\s+|edit\s+)?history)(?:\s+(?:i(?:['’]ve|\s+have)\s+made|so\s+far))?(?:\s+${SPAN})?\s*[?.!]*$`,
  'i',
);
/** "when did I forget my seat?", "when did I delete the gym code?" */
const WHEN = new RegExp(
  String.raw`^when\s+(?:did|have|had)\s+(?:i|we)\s+(?:last\s+)?${VERB}\s+(?:about\s+)?(?:my|our|the)\s+(.+?)(?:\s+${SPAN})?\s*[?.!]*$`,
  'i',
);

const kindOf = (verb: string): Kind | undefined =>
  VERBS.find(([pattern]) => pattern.test(verb.replace(/\s+/g, ' ')))?.[1];

const startOfDay = (at: Date) => new Date(at.getFullYear(), at.getMonth(), at.getDate());
const NUMBERS: Readonly<Record<string, number>> = wordTable({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  seven: 7,
});

/**
 * A span said in words → `{since, until}` in Unix ms, local time; a day from its midnight to the
 * next (23 or 25 hours on DST days), a week from Monday. Undefined bounds are open.
 */
export function spanOf(said: string, now = Date.now()): { since?: number; until?: number } {
  const text = said.toLowerCase().replace(/\s+/g, ' ').trim();
  const today = startOfDay(new Date(now));
  const day = (offset: number) =>
    new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset).getTime();
  if (!text || text === 'recently' || text === 'lately' || text === 'so far') return {};
  // "since Monday", "since yesterday": from the start of that span until now.
  if (text.startsWith('since ')) {
    const from = spanOf(text.slice('since '.length), now).since;
    return from === undefined ? {} : { since: from };
  }
  if (text === 'today') return { since: day(0), until: day(1) - 1 };
  if (text === 'this morning') return { since: day(0), until: day(0) + 12 * 3_600_000 - 1 };
  if (text === 'yesterday') return { since: day(-1), until: day(0) - 1 };
  const monday = (today.getDay() + 6) % 7; // days since Monday
  if (text === 'this week') return { since: day(-monday) };
  if (text === 'last week') return { since: day(-monday - 7), until: day(-monday) - 1 };
  if (text === 'this month') return { since: new Date(today.getFullYear(), today.getMonth(), 1).getTime() };
  if (text === 'last month')
    return {
      since: new Date(today.getFullYear(), today.getMonth() - 1, 1).getTime(),
      until: new Date(today.getFullYear(), today.getMonth(), 1).getTime() - 1,
    };
  const last = /(?:(\d+|an?|one|two|three|seven)\s+|(?:last|past)\s+)(day|hour|week)s?$/.exec(text);
  if (last) {
    const count = Number(last[1]) || NUMBERS[last[1] ?? 'a'] || 1;
    const unit = last[2] === 'hour' ? 3_600_000 : last[2] === 'week' ? 7 * 86_400_000 : 86_400_000;
    return { since: now - count * unit };
  }
  const weekday = /(?:(on|last)\s+)?(\w+day)$/.exec(text);
  const index = weekday ? WEEKDAYS.indexOf(weekday[2]!) : -1;
  if (index >= 0) {
    // "on Monday" on a Monday is today; "last Monday" on a Monday is a week ago.
    let back = (today.getDay() - index + 7) % 7;
    if (back === 0 && weekday?.[1] === 'last') back = 7;
    return { since: day(-back), until: day(-back + 1) - 1 };
  }
  return {};
}

/** A fact's name as events keep it, for comparing: lower case, one space, no "my". */
const plain = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:my|our|the)\s+/, '')
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

/**
 * A fact named in a sentence as its event keeps it: by its label as the person wrote it ("Maria's
 * cat name", "your wife's PIN"), or for an event written before labels were kept, by its
 * normalised key ("your anna phone").
 */
export function factNamed(data: { key?: unknown; label?: unknown }): string {
  // A name an older fazt stored with a line break is said on one line (S30).
  if (typeof data.label === 'string' && data.label.trim())
    return inSentence(factSubject(visibleName(data.label)));
  return typeof data.key === 'string' ? `your ${visibleName(data.key)}` : 'a fact';
}

interface LoggedEvent {
  type: string;
  data: unknown;
  ts: number;
}

/** One change said plainly; `names` are the fact's key and label as its event keeps them. */
type Said = { what: string; names?: string[] };

/** One change said plainly, or undefined when it is not of the kind asked. */
function said(event: LoggedEvent, asked: Kind): Said | undefined {
  const data = (event.data ?? {}) as {
    key?: unknown;
    label?: unknown;
    previous?: unknown;
    id?: unknown;
    count?: unknown;
    name?: unknown;
    app?: unknown;
    version?: unknown;
    to?: unknown;
    access?: unknown;
    files?: unknown;
    collection?: unknown;
    new?: unknown;
    changed?: unknown;
  };
  // Every change: a fact or note as "what did I change" says it, and apps and documents too.
  const kind = asked === 'all' ? 'changed' : asked;
  const app = `"${String(data.name ?? data.app)}"`;
  if (event.type.startsWith('apps.') || event.type.startsWith('knowledge.')) {
    if (asked !== 'all' && !(asked === 'deployed' && event.type === 'apps.deployed')) return undefined;
    switch (event.type) {
      case 'apps.deployed':
        return { what: `deployed the app ${app} (version ${String(data.version)})` };
      case 'apps.rolled_back':
        return { what: `rolled the app ${app} back to version ${String(data.to)}` };
      case 'apps.deleted':
        return { what: `deleted the app ${app}` };
      case 'apps.access_changed':
        return { what: `made the app ${app} ${String(data.access)}` };
      case 'apps.shared':
        return { what: `shared the app ${app} by a link` };
      case 'apps.unshared':
        return { what: `stopped a share link of the app ${app}` };
      case 'apps.password_set':
        return { what: 'set the password for your apps' };
      case 'knowledge.learned':
        return { what: `learned documents (${String(data.new)} new, ${String(data.changed)} changed)` };
      case 'knowledge.forgotten':
        return {
          what: `forgot ${String(data.files)} learned file${data.files === 1 ? '' : 's'}`,
        };
      default:
        return undefined;
    }
  }
  const key = typeof data.key === 'string' ? data.key : undefined;
  const label = typeof data.label === 'string' ? data.label : undefined;
  const fact = factNamed(data);
  const names = [key, label].filter((name): name is string => name !== undefined);
  switch (event.type) {
    case 'memory.forgotten':
      return kind === 'forgot' || kind === 'deleted' || kind === 'changed'
        ? { what: `forgot ${fact}`, names }
        : undefined;
    case 'note.deleted':
      return kind === 'deleted' || kind === 'changed'
        ? { what: `deleted note #${String(data.id)}` }
        : undefined;
    case 'memory.remembered': {
      const changed = data.previous !== null && data.previous !== undefined;
      if (kind === 'added' && changed) return undefined;
      if (kind !== 'changed' && kind !== 'remembered' && kind !== 'added') return undefined;
      return { what: `${changed ? 'changed' : 'remembered'} ${fact}`, names };
    }
    case 'memory.imported':
      return kind === 'remembered' || kind === 'added' || kind === 'changed'
        ? { what: `imported ${String(data.count)} fact${data.count === 1 ? '' : 's'}` }
        : undefined;
    case 'note.added':
      return kind === 'added' || kind === 'changed' ? { what: `added note #${String(data.id)}` } : undefined;
    default:
      return undefined;
  }
}

const NOUNS: Readonly<Record<Kind, string>> = {
  forgot: 'forgotten',
  deleted: 'deleted',
  changed: 'changed',
  remembered: 'remembered',
  added: 'added',
  deployed: 'deployed',
  all: 'changed',
};

/** "today at 09:05" for a span of one day, else the full date and time. */
function at(ts: number, oneDay: boolean): string {
  const full = whenSaid(ts);
  return oneDay ? `at ${full.slice(full.lastIndexOf(' ') + 1)}` : `on ${full}`;
}

/** The answer from the events found (newest first), as asked. */
function answer(events: readonly LoggedEvent[], question: Asked): string {
  const span = question.span.replace(
    /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/g,
    (day) => `${day.charAt(0).toUpperCase()}${day.slice(1)}`,
  );
  const oneDay = /^(?:today|yesterday|this morning|(?:on\s+|last\s+)?\w+day)$/i.test(span);
  const found = events
    .map((event) => ({ event, said: said(event, question.kind) }))
    .filter((each): each is { event: LoggedEvent; said: Said } => !!each.said)
    .filter(
      ({ said: item }) => !question.fact || !!item.names?.some((name) => plain(name) === question.fact),
    );
  const when = span ? ` ${span}` : '';
  if (question.fact) {
    const verb = question.kind === 'forgot' || question.kind === 'deleted' ? 'forgetting' : 'remembering';
    if (found.length === 0)
      return `I have no record of ${verb} your ${question.fact}${when}. The log keeps every change made through fazt.`;
    const times = found.map(({ event }) => at(event.ts, oneDay));
    const first = found[0]!.said.what;
    return `You ${first} ${times[0]}${times.length > 1 ? ` (and before that ${times.slice(1).join(', ')})` : ''}.`;
  }
  if (found.length === 0) return `Nothing was ${NOUNS[question.kind]}${when || ' yet'}.`;
  const lines = found
    .slice(0, 50)
    .map(({ event, said: item }) => `- ${at(event.ts, oneDay)}: you ${item.what}`);
  const more = found.length > 50 ? `\n…and ${found.length - 50} more.` : '';
  const lead = span ? `${span.charAt(0).toUpperCase()}${span.slice(1)}` : 'So far';
  const noun = question.kind === 'deployed' ? 'deployment' : 'change';
  return `${lead}, ${found.length} ${noun}${found.length === 1 ? '' : 's'} (newest first):\n${lines.join('\n')}${more}`;
}

/**
 * "what was my car before?", "what was my old wifi password?", "what did my locker code use to
 * be?", "what did I change my car from?" (S28 M8): group 1 is the fact's name as said.
 */
const BEFORE = new RegExp(
  [
    String.raw`^(?:so\s+|and\s+|ok\s+)?what\s+(?:was|were|(?:has|have)\s+been)\s+(?:(?:my|our|the)\s+)?(?:(?:old|previous|former|earlier|original|last)\s+)(.+?)(?:\s+before\b.*)?\s*[?.!]*$`,
    String.raw`^(?:so\s+|and\s+|ok\s+)?what\s+(?:was|were)\s+(?:(?:my|our|the)\s+)?(.+?)\s+(?:before(?:\s+.*)?|previously|earlier|originally|at\s+first|in\s+the\s+past|first)\s*[?.!]*$`,
    String.raw`^(?:so\s+|and\s+|ok\s+)?what\s+(?:did|does|do)\s+(?:(?:my|our|the)\s+)?(.+?)\s+use(?:d)?\s+to\s+be\s*[?.!]*$`,
    String.raw`^(?:so\s+|and\s+|ok\s+)?what\s+used\s+to\s+be\s+(?:my|our|the)\s+(.+?)\s*[?.!]*$`,
    String.raw`^(?:so\s+|and\s+|ok\s+)?what\s+did\s+(?:i|we)\s+(?:change|update)\s+(?:my|our|the)\s+(.+?)\s+from\s*[?.!]*$`,
  ].join('|'),
  'i',
);

/** A value the log does not keep: a secret's ("[secret]") or a forgotten one ("[forgotten]"). */
const notKept = (value: unknown) => value === WITHHELD || value === FORGOTTEN;

/**
 * What a fact was before its last change, from the log's `memory.*` events (newest first): the
 * value it replaced, and older ones, with when. A secret's old value is never kept (`logWrite`
 * writes "[secret]"), so it is said to be gone, never shown; a forgotten fact's values went with it.
 */
export function beforeAnswer(events: readonly LoggedEvent[], asked: string): string {
  const wanted = normaliseKey(asked);
  const mine = events.filter((event) => {
    if (event.type !== 'memory.remembered' && event.type !== 'memory.forgotten') return false;
    const data = (event.data ?? {}) as { key?: unknown; label?: unknown };
    return [data.key, data.label].some(
      (name) =>
        typeof name === 'string' &&
        (name === wanted || normaliseKey(name) === wanted || plain(name) === plain(asked)),
    );
  });
  const labelled = mine.find((event) => typeof (event.data as { label?: unknown }).label === 'string');
  const fact = inSentence(factSubject(labelled ? String((labelled.data as { label: string }).label) : asked));
  const Fact = `${fact.charAt(0).toUpperCase()}${fact.slice(1)}`;
  if (mine.length === 0)
    return `I have no record of a change to ${fact}, so I have no old value for it. The log keeps every change made through fazt.`;
  if (mine[0]!.type === 'memory.forgotten')
    return `You forgot ${fact} on ${whenSaid(mine[0]!.ts)}; its values were forgotten with it.`;
  type Remembered = { label?: unknown; key?: unknown; value?: unknown; previous?: unknown };
  const changes = mine.filter(({ data }) => {
    const { previous, value } = (data ?? {}) as Remembered;
    // A write of the same value leaves no event (`logWrite`), so a previous value is a change;
    // a secret's old and new values are both "[secret]".
    return (
      previous !== null && previous !== undefined && (notKept(previous) || String(previous) !== String(value))
    );
  });
  const label =
    typeof (labelled?.data as Remembered | undefined)?.label === 'string'
      ? String((labelled!.data as Remembered).label)
      : asked;
  const secret = (data: Remembered) =>
    notKept(data.value) || notKept(data.previous) || isSecretFact(label, data.value, data.previous);
  const latest = (mine[0]!.data ?? {}) as Remembered;
  if (changes.length === 0) {
    const told = mine.at(-1)!;
    return secret(latest)
      ? `${Fact} ${pluralName(label) ? 'have' : 'has'} not changed since you told me on ${whenSaid(told.ts)}.`
      : endSentence(
          `${Fact} ${pluralName(label) ? 'have' : 'has'} not changed since you told me on ${whenSaid(told.ts)}: it is still ${visibleBreaks(String(latest.value))}`,
        );
  }
  const [last, ...older] = changes as [LoggedEvent, ...LoggedEvent[]];
  const data = (last.data ?? {}) as Remembered;
  if (secret(data))
    return `${Fact} was last changed on ${whenSaid(last.ts)}. Its old value is not kept: a secret's old value is forgotten when it is replaced.`;
  const earlier = older
    .slice(0, 4)
    .map((event) => (event.data ?? {}) as Remembered)
    .filter((each) => !secret(each))
    .map((each) => visibleBreaks(String(each.previous)));
  return `Before ${visibleBreaks(String(data.value))}, ${fact} was ${visibleBreaks(String(data.previous))} (changed on ${whenSaid(last.ts)}).${
    earlier.length ? ` Before that: ${earlier.join(', then ')}.` : ''
  }`;
}

type ListInput = { type?: string; since?: number; until?: number; reads?: boolean; limit: number };

/** The input of a question about a fact's old value, and the name asked (its reply gets the same object). */
const askedBefore = new WeakMap<object, string>();

/** The phrases of the event log's tool: what happened to facts and notes, and when. */
export function historyPhrases<Out extends { events: LoggedEvent[] }>(): OfflinePhrase<ListInput, Out>[] {
  const input = (question: Asked): ListInput => {
    const bounds = spanOf(question.span);
    const made: ListInput = { ...bounds, reads: false, limit: 1000 };
    asked.set(made, question);
    return made;
  };
  const reply = (output: Out, made: ListInput) => {
    const question = asked.get(made);
    return { answer: question ? answer(output.events, question) : '', status: 'done' as const };
  };
  return [
    {
      pattern: BEFORE,
      question: true,
      input: (match) => {
        const fact =
          match
            .slice(1)
            .find((group) => group !== undefined)
            ?.trim() ?? '';
        // "what was my car before?", "what was Anna's phone before?"; not "what was it before?".
        const owned = /\b(?:my|our|the)\s/i.test(match[0].slice(0, match[0].lastIndexOf(fact)));
        if (!fact || !(owned || /^\p{Lu}[\p{L}.-]*['’]s?\s/u.test(fact))) return undefined;
        // "what was the last work done on the boiler?", "the last repair on the car": the latest of a
        // log's rows (knowledge), not a fact's old value (S38).
        if (
          /\blast\s+$/i.test(match[0].slice(0, match[0].lastIndexOf(fact))) &&
          /\s(?:done|made|carried|on|to|at|in|for|by|from)\s/i.test(` ${fact} `)
        )
          return undefined;
        const made: ListInput = { type: 'memory.*', limit: 1000 };
        // "the guest wifi" and "our alarm code" keep their owner word; "my" is the default.
        const owner = /\b(our|the)\s+$/i.exec(match[0].slice(0, match[0].lastIndexOf(fact)))?.[1];
        askedBefore.set(made, owner ? `${owner.toLowerCase()} ${fact}` : fact);
        return made;
      },
      reply: (output: Out, made: ListInput) => ({
        answer: beforeAnswer(output.events, askedBefore.get(made) ?? ''),
        status: 'done' as const,
      }),
    },
    {
      pattern: WHAT,
      question: true,
      input: (match) => {
        const kind = kindOf(match[1] ?? '');
        const span = (match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
        // "what have I told you?", "what did I save?" with no time: what is kept answers that.
        if (!kind || ((kind === 'remembered' || kind === 'added') && !span)) return undefined;
        return input({ kind, span });
      },
      reply,
    },
    {
      pattern: ANY,
      question: true,
      input: (match) => input({ kind: 'all', span: (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ') }),
      reply,
    },
    {
      pattern: CHANGES,
      question: true,
      input: (match) => input({ kind: 'all', span: (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ') }),
      reply,
    },
    {
      pattern: WHEN,
      question: true,
      input: (match) => {
        const kind = kindOf(match[1] ?? '');
        const fact = plain(match[2] ?? '');
        // "when did I change my locker": the fact's own stored times answer that (recall).
        if (!kind || !fact || kind === 'changed' || kind === 'added') return undefined;
        return input({ kind, fact, span: (match[3] ?? '').toLowerCase().replace(/\s+/g, ' ') });
      },
      reply,
    },
  ];
}
