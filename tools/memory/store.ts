import type { Database } from 'better-sqlite3';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { UsageError } from '../../cartridge/errors.js';
import { shortFormsInFull, wordTable } from '../../cartridge/lexicon.js';
import type { Cartridge } from '../../cartridge/open.js';
import { FORGOTTEN_COLUMNS, FORGOTTEN_TABLE, noteForgotten, redactValues } from '../../cartridge/redact.js';
import { isSecretFact } from '../../cartridge/secrets.js';
import {
  askedBeyond,
  foldWidth,
  namedOwner,
  numbersFit,
  SAME_OWNER,
  SHORT_FORM,
  sameSubject,
  similarity,
  singularOwner,
  subjectWithoutMarks,
  WIDTH_FORMS,
} from '../../cartridge/text-similarity.js';
import type { CapabilityMigration } from '../capability.js';
import { visibleBreaks } from '../sentence.js';
import type { MemoryEntry } from './schemas.js';

export interface MemoryMatch {
  entry: MemoryEntry;
  /** 1 for an exact (normalised) key, lower for fuzzy matches. */
  score: number;
  /**
   * The fact is about what was asked: every word asked for is in its name (typos allowed), and
   * it names no other owner ("brother's …" does not answer "my …"). False: only a near fact.
   */
  sameSubject: boolean;
  /**
   * The fact's name fits the name asked: the same fact name, every word asked for in it, or its
   * name without marks ("📱 PIN" for "PIN"). Two or more that fit, and none is the exact name asked:
   * which one is meant is asked, never guessed ("room key" with "room 10 key" and "room 101 key").
   */
  fits: boolean;
}

export interface MemoryStore {
  /**
   * Stores `value` under `key`. An existing fact is replaced only when its name differs from `key`
   * in case, spacing or punctuation alone ("My Bike-Lock Code" and "bike lock code"); "C++ version"
   * and "C# version", "🔑" and "🏠" are different facts.
   */
  remember(key: string, value: unknown): { entry: MemoryEntry; previous: unknown; created: boolean };
  get(key: string): MemoryEntry | undefined;
  /**
   * The exact key if there is one, else facts whose names are close (score ≥ `minScore`): those
   * about the same subject first, then near facts (`sameSubject: false`), best first within each.
   */
  recall(query: string, options?: { limit?: number; minScore?: number }): MemoryMatch[];
  list(options?: { limit?: number; offset?: number }): MemoryEntry[];
  /** Stored names only, newest first, as `list` orders them: a cheap scan for name checks. */
  labels(options?: { limit?: number }): { label: string }[];
  forget(key: string): MemoryEntry | undefined;
  count(): number;
}

/**
 * Words dropped from the front of a key: "my wifi password" is "wifi password". Not "a"/"an": a
 * leading "A" is as often a grade, a blood group or a letter ("A team", "A- grade") as an article.
 */
const LEADING_FILLER = new Set(['my', 'the', 'our', 'your']);

/**
 * A minus or hyphen that is a sign, not a separator: at the start of a word ("-5", "temp -18")
 * or at its end ("O-", "A- grade"). One between two word characters ("bike-lock") or standing
 * alone ("wifi - guest") still separates words.
 */
const SIGN = /(?<=^|\s)[-\u2212](?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])[-\u2212](?=\s|$)/gu;

/** Stands for a sign while the key is split at separators (a minus sign is a symbol, not a dash). */
const SIGN_MARK = '\u2212';

/**
 * A "." that opens a word and is part of its name: ".env", ".NET", ".bashrc" (never "...").
 * Kept while the key is split at separators, as DOT_MARK.
 */
const LEADING_DOT = /(?<=^|\s)\.(?=[\p{L}\p{N}])/gu;
const DOT_MARK = '\u2024';

/**
 * Characters that only separate words in a name: spaces, dashes, brackets, quotes, underscores
 * and sentence punctuation. Everything else (letters of any script with their accents, digits,
 * symbols such as `+ # & @ / %`, emoji) is part of the name.
 */
const SEPARATOR = /[\s\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Pc}"'`.,;:!?¡¿…·、。，；：！？]+/u;

/**
 * The stored form of a key: NFC, lowercase, emoji variation selectors dropped, split at separator
 * characters, a leading "my"/"the"/"our"/"your" dropped. Possessive "'s" joins its owner
 * ("Leo's shoe size" is "leo shoe size"), other apostrophes join ("don't" → "dont"). A minus or
 * hyphen at the edge of a word is a sign and stays ("O-", "temp -5", "A- grade").
 * A "." opening a word stays (".env", ".NET"), and an owner is said one way ("mum's birthday" and
 * "mom's birthday" are one key, see `ownerWord`).
 * "My Bike-Lock Code!" and "bike lock code" are the same key; "C++ version" and "C# version",
 * "café" and "cafe", "🔑" and "🏠", "O-" and "O", "A team" and "team", ".env secret" and
 * "env secret" are not. A key of separators alone ("???") is kept as typed.
 */
export function normaliseKey(key: string): string {
  return splitKey(key, LEADING_FILLER, CURRENT);
}

/**
 * The one notion of "the same fact name", used by remember (update or create), recall, forget and
 * the planner's replace guard: `normaliseKey`, then Latin accents folded ("café" is "cafe", "año"
 * is "ano"), "ß" said "ss", an owner said in the plural before its noun made singular ("sisters
 * name" and "sisters' name" are "sister's name"; "kids", "parents" stay), and the spaces between
 * words dropped, so a hyphen or a space inside a word does not matter ("e-mail" is "email",
 * "bike-lock" is "bikelock"). Two digits keep their space ("room 1 12" is not "room 11 2").
 * A word spelled the American or the British way is one word ("favorite color" is "favourite
 * colour", `ONE_SPELLING`), a short form is its word ("wifi pw" is "wifi password", `SHORT_FORM`),
 * and a leading update word is no part of the name ("new phone number" is "phone number",
 * `updateWord`).
 * Signs, symbols and emoji stay as in `normaliseKey`: "C#" ≠ "C", ".env" ≠ "env", "O-" ≠ "O",
 * "temp -5" ≠ "temp 5", "🔑" ≠ "🏠". Rows keep `normaliseKey` as their key and this identity of
 * their label in the indexed `identity` column (`memoryMigrations`); a row is the fact asked for
 * when its identity is the one asked for.
 */
export function factIdentity(key: string): string {
  // "date of birth", "birth date" and "DOB" are the birthday (cartridge/lexicon.ts).
  const parts = shortFormsInFull(normaliseKey(key))
    .normalize('NFD')
    .replace(/(?<=\p{Script=Latin})\p{Mn}+/gu, '')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .split(' ');
  if (parts.length > 1 && updateWord(parts[0]!, parts[1]!)) parts.shift();
  let joined = '';
  for (const [at, typed] of parts.entries()) {
    // "phone no" is the phone number; "no" opening a name stays a word ("no fly list").
    const full = ONE_SPELLING[typed] ?? SHORT_FORM[typed] ?? (typed === 'no' && at > 0 ? 'number' : typed);
    // "DOB" is "date of birth": the words of a short form join as the name's words do.
    const part = full.replaceAll(' ', '');
    const next = parts[at + 1];
    const word =
      next === undefined
        ? part
        : (singularOwner(part) ??
          (at === 0 ? namedOwner(part, SHORT_FORM[next] ?? next) : undefined) ??
          part);
    joined += at > 0 && /\d$/u.test(joined) && /^\d/u.test(word) ? ` ${word}` : word;
  }
  return joined;
}

/**
 * Words that say a value replaces the one before, not which fact it is: "my new phone number",
 * "my current address", "my updated email" are the phone number, the address, the email.
 * Names where the word is part of the name stay whole ("New York office", "new year resolution",
 * "current account"). See `factIdentity`.
 */
const UPDATE_WORDS = new Set(['new', 'current', 'updated', 'latest']);
const NAMED_WITH: Readonly<Record<string, ReadonlySet<string>>> = wordTable({
  new: new Set(
    'york zealand jersey mexico delhi orleans hampshire england south brunswick year years testament age moon balance look wave world deal'.split(
      ' ',
    ),
  ),
  current: new Set(['account', 'accounts', 'affairs', 'events']),
});

/** A name as said without its leading update word: "my new wifi password" → "my wifi password". */
export function withoutUpdateWord(name: string): string {
  const [first, next] = normaliseKey(name).split(' ');
  if (first === undefined || next === undefined || !updateWord(first, next)) return name;
  return name.replace(new RegExp(`(^|\\s)${first}\\s+`, 'iu'), '$1');
}

/** Whether `word`, said before `next` at the start of a fact name, is an update word (`UPDATE_WORDS`). */
export function updateWord(word: string, next: string): boolean {
  return UPDATE_WORDS.has(word) && !NAMED_WITH[word]?.has(next);
}

/**
 * Words of fact names spelled one way in American and another in British English, said the
 * British way in an identity (memory migration 2 recomputed stored identities when it was added).
 * Only whole words that are the same word: "tire" (also a verb), "program" (a computer's) and
 * "meter" (a gas meter is not a metre) are not here.
 */
const ONE_SPELLING: Readonly<Record<string, string>> = wordTable(
  Object.fromEntries(
    [
      'color colour',
      'colors colours',
      'favorite favourite',
      'favorites favourites',
      'flavor flavour',
      'flavors flavours',
      'center centre',
      'theater theatre',
      'neighbor neighbour',
      'neighbors neighbours',
      'neighborhood neighbourhood',
      'gray grey',
      'jewelry jewellery',
      'catalog catalogue',
      'organization organisation',
      'honor honour',
      'humor humour',
      'labor labour',
      'harbor harbour',
      'odor odour',
      'rumor rumour',
      'savior saviour',
      'vapor vapour',
      'liter litre',
      'fiber fibre',
      'pajamas pyjamas',
      'aluminum aluminium',
      'mold mould',
      'plow plough',
      'cozy cosy',
      'defense defence',
      'offense offence',
      'license licence',
      'traveler traveller',
      'counselor counsellor',
    ].map((pair) => pair.split(' ') as [string, string]),
  ),
);

/** Whether two fact names are the same fact (`factIdentity`). */
export function sameFactName(one: string, other: string): boolean {
  return factIdentity(one) === factIdentity(other);
}

/** What a key form keeps: signs ("O-"), a word's leading "." (".env"), owners said one way. */
interface KeyForm {
  signs: boolean;
  dots: boolean;
  owners: boolean;
}
const CURRENT: KeyForm = { signs: true, dots: true, owners: true };

/**
 * One owner said one way: "mum", "mom", "mam", "mother" (and "mums pin") are the same person in a
 * key, so are "dad"/"father", "nana"/"grandma" (`SAME_OWNER`); a step-mum stays "step mother".
 */
function ownerWord(part: string, last: boolean): string {
  return (
    SAME_OWNER[part] ?? (!last && part.endsWith('s') ? SAME_OWNER[part.slice(0, -1)] : undefined) ?? part
  );
}

/**
 * Invisible characters (variation selectors, zero-width space, soft hyphen, direction marks and
 * controls, BOM) are not part of a name; zero-width (non-)joiners are, since scripts and emoji use them.
 */
const INVISIBLE_IN_NAME =
  /[\ufe0e\ufe0f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * A fact's name as it is kept and shown: without the invisible characters a key was typed or
 * pasted with, so "wifi\u200bpassword" is labelled "wifipassword", the same fact as "wifi password"
 * and never shown with a hidden character in it (S36). Labels stored before are shown the same way.
 */
export function visibleLabel(label: string): string {
  return label.replace(INVISIBLE_IN_NAME, '').trim();
}

/** A key split at separators and joined with single spaces, `filler` words dropped from the front. */
function splitKey(key: string, filler: ReadonlySet<string>, form: KeyForm): string {
  // "Ｃ＃" typed with a CJK input method is "C#", "ﬁle" is "file" (`foldWidth`, S30).
  let text = foldWidth(key)
    .normalize('NFC')
    .replace(INVISIBLE_IN_NAME, '')
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase()
    .replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, '$1')
    .replace(/(\p{L})['’](?=\p{L})/gu, '$1');
  if (form.signs) text = text.replace(SIGN, SIGN_MARK);
  if (form.dots) text = text.replace(LEADING_DOT, DOT_MARK);
  const parts = text.split(new RegExp(SEPARATOR.source, 'gu')).filter(Boolean);
  if (parts.length === 0) return text.trim().replace(/\s+/g, ' ');
  while (parts.length > 1 && filler.has(parts[0]!)) parts.shift();
  const named = form.owners ? parts.map((part, at) => ownerWord(part, at === parts.length - 1)) : parts;
  return named.join(' ').replaceAll(SIGN_MARK, '-').replaceAll(DOT_MARK, '.');
}

interface MemoryRow {
  key: string;
  label: string;
  value: string;
  created_at: number;
  updated_at: number;
  /** `factIdentity(label)`, written with the row (memory migration 1); null only on a row written past the store. */
  identity: string | null;
}

const toEntry = (row: MemoryRow): MemoryEntry => ({
  key: row.key,
  label: visibleLabel(row.label),
  value: JSON.parse(row.value) as unknown,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Sets `identity` (`factIdentity(label)`) on every row that has none. Rows are read first and
 * written after (better-sqlite3 cannot write while a statement iterates). Idempotent.
 */
function fillIdentities(db: Database): number {
  const rows = db.prepare('SELECT key, label FROM memory WHERE identity IS NULL').all() as Pick<
    MemoryRow,
    'key' | 'label'
  >[];
  const set = db.prepare('UPDATE memory SET identity = ? WHERE key = ?');
  for (const { key, label } of rows) set.run(factIdentity(label), key);
  return rows.length;
}

/**
 * A name as typed, for telling apart facts that share a name: `normaliseKey` with apostrophes
 * kept as letters ("kids' school", "kid's school" and "kids school" differ; "CAFÉ code" is "café
 * code", "Cafe-Code" is "cafe code").
 */
function asTyped(name: string): string {
  return normaliseKey(name.replace(/['’]/g, '\u02bc'));
}

/**
 * The memory capability's schema steps on top of the core `memory` table (cartridge migration 1).
 * Step 1 keeps each fact's identity in an indexed column, so finding "the same fact" is one index
 * lookup instead of `factIdentity` over every row (it was rebuilt over all rows whenever another
 * process had written: 20,000 facts made each such write cost ~60 ms). Each step runs in one
 * write transaction (`applyCapabilityMigrations`): killed mid-way, nothing of it stays; run again,
 * it only does what is missing. A change to `factIdentity` needs a new step that recomputes the
 * column (`UPDATE memory SET identity = NULL`, then `fillIdentities`).
 */
export const memoryMigrations: readonly CapabilityMigration[] = [
  {
    version: 1,
    description: 'each fact keeps its identity (factIdentity of its label) in an indexed column',
    up(db) {
      const columns = db.prepare('PRAGMA table_info(memory)').all() as { name: string }[];
      if (!columns.some(({ name }) => name === 'identity'))
        db.exec('ALTER TABLE memory ADD COLUMN identity TEXT');
      db.exec('CREATE INDEX IF NOT EXISTS memory_identity ON memory (identity)');
      fillIdentities(db);
    },
  },
  {
    version: 2,
    description:
      'identities recomputed: an American and a British spelling of a word are one fact name ("favorite color" is "favourite colour")',
    up(db) {
      // Every row, whatever identity an older factIdentity gave it; run again, the same values.
      db.prepare('UPDATE memory SET identity = NULL').run();
      fillIdentities(db);
    },
  },
  {
    version: 3,
    description:
      'identities recomputed: a short form is its word ("wifi pw" is "wifi password") and an update word is no part of a name ("new phone number" is "phone number")',
    up(db) {
      db.prepare('UPDATE memory SET identity = NULL').run();
      fillIdentities(db);
    },
  },
  {
    version: 4,
    description:
      'identities recomputed: more short forms are their words ("bday" and "DOB" are "birthday", "date of birth" is "birthday", "2nd" "second", "mob" "mobile", "reg" "registration", "appt" "appointment", "phone no" "phone number")',
    up(db) {
      db.prepare('UPDATE memory SET identity = NULL').run();
      fillIdentities(db);
    },
  },
  {
    version: 5,
    description:
      'memory_forgotten: fingerprints (salted hashes, never the values) of values just forgotten, so a turn another process stores later is scrubbed too',
    up(db) {
      db.exec(`CREATE TABLE IF NOT EXISTS ${FORGOTTEN_TABLE} (${FORGOTTEN_COLUMNS}) STRICT`);
    },
  },
  {
    version: 6,
    description:
      'full-width and ligature keys folded ("Ｃ＃ version" is "C# version", "ﬁle size" "file size"), unless that would make two stored facts one',
    up(db) {
      const rows = db.prepare('SELECT key, label, identity FROM memory').all() as Pick<
        MemoryRow,
        'key' | 'label' | 'identity'
      >[];
      const keys = new Set(rows.map((row) => row.key));
      const identities = new Set(rows.map((row) => row.identity));
      const move = db.prepare('UPDATE memory SET key = ?, identity = ? WHERE key = ?');
      for (const row of rows) {
        if (!new RegExp(WIDTH_FORMS.source).test(row.label)) continue;
        const key = normaliseKey(row.label);
        const identity = factIdentity(row.label);
        // Another stored fact already has the folded name: both stay as they are, never merged.
        if ((key !== row.key && keys.has(key)) || (identity !== row.identity && identities.has(identity)))
          continue;
        move.run(key, identity, row.key);
        keys.delete(row.key);
        keys.add(key);
        identities.add(identity);
      }
    },
  },
  {
    version: 7,
    description:
      'identities recomputed: an owner said without its apostrophe is the owner ("bosses wifi password" is the boss\'s, "johns email" is John\'s)',
    up(db) {
      db.prepare('UPDATE memory SET identity = NULL').run();
      fillIdentities(db);
    },
  },
  {
    version: 8,
    description:
      'facts indexed most recent first (updated_at DESC, key): remembering a new fact reads the recent names for typos without sorting every fact (20,000 facts: the names read in 6 ms, not 22 ms; npm run bench memory-identity)',
    up(db) {
      db.exec('CREATE INDEX IF NOT EXISTS memory_recent ON memory (updated_at DESC, key)');
    },
  },
];

/**
 * Facts the person asked fazt to remember, looked up by (fuzzy) key, in the `memory` table
 * (created by the cartridge's core migration v1, before capabilities had their own; the memory
 * capability's own steps are `memoryMigrations`, applied here first). Statements come from the
 * cartridge's cache, so making a store per call is cheap.
 */
export function createMemoryStore(cartridge: Cartridge): MemoryStore {
  applyCapabilityMigrations(cartridge, { id: 'memory', migrations: memoryMigrations });
  const { prepare } = cartridge;
  const rowAt = (key: string) =>
    prepare('SELECT * FROM memory WHERE key = ?').get(key) as MemoryRow | undefined;
  const identityOf = (row: MemoryRow) => row.identity ?? factIdentity(row.label);

  /**
   * Every row whose name has identity `id`: one index lookup, plus any row written past the store
   * without an identity (a test's raw INSERT; none in normal use), whose identity is computed here.
   */
  const withIdentity = (id: string): MemoryRow[] => [
    ...(prepare('SELECT * FROM memory WHERE identity = ? ORDER BY rowid').all(id) as MemoryRow[]),
    ...(prepare('SELECT * FROM memory WHERE identity IS NULL ORDER BY rowid').all() as MemoryRow[]).filter(
      (row) => factIdentity(row.label) === id,
    ),
  ];
  /**
   * Rows that also fit an apostrophe-less name as a possessive: "kids school" may be "kid's
   * school" as well as "kids' school" (a plural owner such as "kids" keeps its "s" in
   * `factIdentity`). Only rows whose label has an apostrophe count ("new site" never fits
   * "news site").
   */
  const possessiveReadings = (rawKey: string, id: string): MemoryRow[] => {
    if (/['’]/.test(rawKey)) return [];
    const words = normaliseKey(rawKey).split(' ');
    const ids = new Set<string>();
    for (const [at, word] of words.entries()) {
      if (at === words.length - 1 || word.length < 3 || !word.endsWith('s') || word.endsWith('ss')) continue;
      const reading = factIdentity(
        words.map((each, i) => (i === at ? `${word.slice(0, -1)}'s` : each)).join(' '),
      );
      if (reading !== id) ids.add(reading);
    }
    return [...ids].flatMap((each) => withIdentity(each).filter((row) => /['’]/.test(row.label)));
  };
  /**
   * The rows holding the fact named `rawKey`: every row whose name is the same fact
   * (`factIdentity`), whatever key form an older version stored it under ("c version" for "C#
   * version", "mum birthday"). When more than one fits (old rows "café code" and "cafe code"; an
   * apostrophe-less "kids school" beside "kids' school" and "kid's school"), the one whose label
   * is the name as typed (case and separators aside, apostrophes and accents kept) is meant; with
   * none such, all are returned and the caller asks which.
   */
  const findAll = (rawKey: string): MemoryRow[] => {
    const id = factIdentity(rawKey);
    const exact = withIdentity(id);
    const seen = new Set(exact.map((row) => row.key));
    const all = [...exact, ...possessiveReadings(rawKey, id).filter((row) => !seen.has(row.key))];
    // A possessive reading alone is not the fact asked for ("kids school" is a new fact beside
    // "kid's school"); it only makes an exact name ambiguous.
    if (all.length <= 1) return exact;
    const typed = asTyped(rawKey);
    const literal = all.filter((row) => asTyped(row.label) === typed);
    return literal.length === 1 ? literal : all;
  };
  const find = (rawKey: string): MemoryRow | undefined => {
    const rows = findAll(rawKey);
    return rows.length === 1 ? rows[0] : undefined;
  };
  /** Two or more stored facts fit one name: which one is never guessed. */
  const ambiguous = (rawKey: string, rows: readonly MemoryRow[]) =>
    new UsageError(
      `Two remembered facts have the name "${rawKey.trim()}": ${rows
        .map((row) =>
          // A secret's value is never said beside another fact's name (it is asked for by name).
          isSecretFact(row.label, JSON.parse(row.value))
            ? `"${row.label}"`
            : `"${row.label}" (${visibleBreaks(String(JSON.parse(row.value)))})`,
        )
        .join(
          ' and ',
        )}. Say which one with its exact name, or forget the one you no longer need ("forget …" with its exact name), then try again.`,
    );

  return {
    get(key) {
      const row = find(key);
      return row && toEntry(row);
    },

    remember(rawKey, value) {
      const key = normaliseKey(rawKey);
      const now = Date.now();
      const found = findAll(rawKey);
      if (found.length > 1) throw ambiguous(rawKey, found);
      const before = found[0];
      if (before) {
        // Same fact: the value changes, and an older row moves to the key its own name has now
        // (unless another fact sits there).
        const own = normaliseKey(before.label);
        const target = own === before.key || !rowAt(own) ? own : before.key;
        prepare('UPDATE memory SET key = ?, value = ?, updated_at = ?, identity = ? WHERE key = ?').run(
          target,
          JSON.stringify(value),
          now,
          identityOf(before),
          before.key,
        );
        return {
          entry: toEntry(rowAt(target)!),
          previous: JSON.parse(before.value) as unknown,
          created: false,
        };
      }
      const squatter = rowAt(key);
      if (squatter) {
        // An older row of a different fact sits on this key ("c version" once held "C# version"):
        // it moves to its own key, so neither fact replaces the other.
        prepare('UPDATE memory SET key = ?, identity = ? WHERE key = ?').run(
          normaliseKey(squatter.label),
          identityOf(squatter),
          key,
        );
      }
      const label = visibleLabel(rawKey);
      prepare(
        'INSERT INTO memory (key, label, value, created_at, updated_at, identity) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(key, label, JSON.stringify(value), now, now, factIdentity(label));
      return { entry: toEntry(rowAt(key)!), previous: undefined, created: true };
    },

    recall(said, { limit = 5, minScore = 0.5 } = {}) {
      const exact = findAll(said);
      // "new wifi password" is looked up as "wifi password" (see `updateWord`).
      const query = withoutUpdateWord(said);
      // One fact by that name answers; two (stored by older versions) are both said, as equals.
      if (exact.length > 0)
        return exact.map((row) => ({ entry: toEntry(row), score: 1, sameSubject: true, fits: true }));
      const wanted = normaliseKey(query);
      if (!wanted.trim()) return [];
      // Newest first, and of two written in the same millisecond the later one first, so "the
      // second" after a which-question always names the same fact (the sort below is stable).
      const rows = prepare('SELECT * FROM memory ORDER BY updated_at DESC, rowid DESC').all() as MemoryRow[];
      const ranked = rows
        .map((row) => {
          // "PIN" for "bank PIN", "phone" for "work phone": a name that is only part of what was
          // asked is a near fact, never the answer.
          // "room 100 key" is never "room 101 key": numbers in a name are never fuzzy.
          const same =
            numbersFit(query, row.label) && sameSubject(query, row.label) && !askedBeyond(query, row.label);
          const score = Math.max(similarity(wanted, row.key), similarity(wanted, row.label));
          // "work wifi password" for "wifi password": another one of it, which may still be meant.
          const place =
            !same &&
            numbersFit(query, row.label) &&
            sameSubject(query, row.label, { places: false }) &&
            !askedBeyond(query, row.label);
          return { row, same, place, score: same || place ? Math.max(score, minScore) : score, fits: same };
        })
        .filter(({ score }) => score >= minScore)
        .sort(
          (a, b) =>
            Number(b.same) - Number(a.same) || b.score - a.score || b.row.updated_at - a.row.updated_at,
        );
      // "wifi password" answered by a shorthand ("home wifi password") while "work wifi password"
      // is stored too: the work one fits as well, so which one is asked, never guessed. With no
      // shorthand answering, the work one stays a near fact ("phone" is never the "work phone").
      if (ranked[0]?.same && ranked[0].score < 1) for (const each of ranked) if (each.place) each.fits = true;
      // Facts whose name, without its marks ("#tag", "@handle", "📱 PIN" read as "phone PIN" when
      // "phone" was asked) or the relation before a named owner ("sister Ann's phone" for "Ann's
      // phone"), is about what was asked. An emoji is a qualifier word like "bank": "📱 PIN" fits
      // "PIN" as much as "bank PIN" does.
      // In the order they were written (`rows` is newest first), as they have always been said.
      const loose = [...rows].reverse().filter((row) => {
        const bare = subjectWithoutMarks(row.label, query);
        return (
          bare !== row.label &&
          numbersFit(query, bare) &&
          sameSubject(query, bare) &&
          !askedBeyond(query, bare)
        );
      });
      if (ranked[0]?.same && loose.length > 0) {
        // "PIN" with "bank PIN", "📱 PIN" and "💻 PIN": all fit, none is named; the caller asks.
        for (const row of loose) {
          const score = Math.max(minScore, similarity(wanted, subjectWithoutMarks(row.label, query)));
          const at = ranked.findIndex((other) => other.row.key === row.key);
          if (at >= 0) ranked.splice(at, 1);
          ranked.push({ row, same: false, place: false, score: Math.min(score, 0.9), fits: true });
        }
        ranked.sort((a, b) => Number(b.fits) - Number(a.fits) || b.score - a.score);
      } else if (!ranked[0]?.same) {
        // Nothing about the same subject as named: the one fact about it without its marks
        // answers. Only when exactly one fits.
        if (loose.length === 1) {
          const [row] = loose as [MemoryRow];
          const score = Math.max(minScore, similarity(wanted, subjectWithoutMarks(row.label, query)));
          ranked.unshift({ row, same: true, place: false, score: Math.min(score, 0.9), fits: true });
        } else {
          // Several ("📱 PIN" and "💳 PIN" for "PIN"): none is about it alone, all fit; said first.
          for (const row of loose.reverse()) {
            const score = Math.max(minScore, similarity(wanted, subjectWithoutMarks(row.label, query)));
            ranked.unshift({ row, same: false, place: false, score: Math.min(score, 0.9), fits: true });
          }
        }
      }
      const seen = new Set<string>();
      return ranked
        .filter(({ row }) => !seen.has(row.key) && Boolean(seen.add(row.key)))
        .slice(0, limit)
        .map(({ row, score, same, fits }) => ({
          entry: toEntry(row),
          score: Math.round(Math.min(score, 0.999) * 1000) / 1000,
          sameSubject: same,
          fits,
        }));
    },

    list({ limit = 100, offset = 0 } = {}) {
      const rows = prepare('SELECT * FROM memory ORDER BY updated_at DESC, key LIMIT ? OFFSET ?').all(
        limit,
        offset,
      ) as MemoryRow[];
      return rows.map(toEntry);
    },

    labels({ limit = 100 } = {}) {
      return (
        prepare('SELECT label FROM memory ORDER BY updated_at DESC, key LIMIT ?').all(limit) as {
          label: string;
        }[]
      ).map(({ label }) => ({ label: visibleLabel(label) }));
    },

    forget(key) {
      const found = findAll(key);
      if (found.length > 1) throw ambiguous(key, found);
      const row = found[0];
      if (row) {
        prepare('DELETE FROM memory WHERE key = ?').run(row.key);
      }
      return row && toEntry(row);
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM memory').get() as { n: number }).n;
    },
  };
}

/**
 * Forget means forget: the values of facts just deleted are replaced by "[forgotten]" in every
 * copy fazt keeps of them (`redactValues`: event log, audit, stored conversations and their
 * titles, the chat's input history and search index), inside the caller's transaction, and kept
 * out of turns this process stores afterwards (`noteForgotten`, in memory only).
 */
export function forgetEverywhere(cartridge: Cartridge, facts: readonly MemoryEntry[]): number {
  const gone = facts.flatMap(({ label, key, value }) => [
    { label, key, value },
    // A secret's value typed but never kept (a "change it?" declined or still asked): it goes
    // too, from the stored turns and titles that hold it (S28 M1).
    ...(isSecretFact(label, value) ? proposedValues(cartridge.db, label, key) : [])
      .filter((proposed) => proposed !== String(value))
      .map((proposed) => ({ label, key, value: proposed })),
  ]);
  noteForgotten(cartridge.prepare, gone);
  return redactValues(cartridge.db, gone);
}

const escapedPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The values stored turns offered or tried for a fact without keeping them: the offers fazt made
 * ('change it to 0009? Say "remember my PIN is 0009"', 'Say "actually my PIN is 0009"') and the
 * writes of it that were held for approval and never run (their input). Read from the messages
 * that name the fact; each value once, in the order found.
 */
export function proposedValues(db: Database, label: string, key: string): string[] {
  const hasMessages =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'messages'").get() !== undefined;
  if (!hasMessages) return [];
  const names = [...new Set([label, key].map((name) => name.trim()).filter(Boolean))];
  const named = (name: string) =>
    `(?:remember|actually)\\s+(?:that\\s+)?(?:my\\s+|our\\s+)?${escapedPattern(name).replace(/\s+/g, '\\s+')}\\s+(?:is|are|=)\\s+([^"”\\n]+?)\\s*["”]`;
  const offer = new RegExp(names.map(named).join('|'), 'giu');
  const sameKey = new Set(names.map(normaliseKey));
  const found = new Set<string>();
  const like = names.map(() => "content LIKE ? ESCAPE '\\'").join(' OR ');
  const rows = db
    .prepare(`SELECT content FROM messages WHERE ${like}`)
    .all(...names.map((name) => `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)) as { content: string }[];
  for (const { content } of rows) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      continue;
    }
    const parts = Array.isArray(parsed) ? parsed : [parsed];
    for (const part of parts as unknown[]) {
      const text =
        typeof part === 'string'
          ? part
          : typeof (part as { text?: unknown })?.text === 'string'
            ? (part as { text: string }).text
            : undefined;
      if (text)
        for (const match of text.matchAll(offer)) {
          const value = match
            .slice(1)
            .find((said) => said !== undefined)
            ?.trim();
          if (value) found.add(value);
        }
      const call = part as { type?: unknown; input?: { key?: unknown; value?: unknown } };
      if (
        call?.type === 'tool-call' &&
        typeof call.input?.key === 'string' &&
        sameKey.has(normaliseKey(call.input.key)) &&
        (typeof call.input.value === 'string' || typeof call.input.value === 'number')
      )
        found.add(String(call.input.value));
    }
  }
  return [...found];
}
