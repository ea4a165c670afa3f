import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Prepare } from './statements.js';

/** What a forgotten value is replaced by, wherever fazt kept a copy of it. */
export const FORGOTTEN = '[forgotten]';

/** What the event log and the audit keep in place of a secret value (never the value itself). */
export const WITHHELD = '[secret]';

/** One fact whose value must go: its name (as said and as stored) and its value. */
export interface ForgottenFact {
  label: string;
  key: string;
  value: unknown;
}

/**
 * Values shorter than this (in code points) are too common to replace in every text ("5", "no",
 * "A-", "?"): they are replaced only in a text that also names their fact (its label or key).
 * Two symbols or emoji without a letter or digit ("🦄🦄") are not common: replaced everywhere.
 */
const SHORT = 3;

/** The texts a value is said as: a string as is, a number or boolean as printed, an object's strings. */
function spokenForms(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return [String(value)];
  if (Array.isArray(value)) return value.flatMap(spokenForms);
  if (typeof value === 'object') return Object.values(value).flatMap(spokenForms);
  return [];
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Needle {
  /** The value as said. */
  form: string;
  /** The value as a whole token: not part of a longer word or number ("4821" is not in "148210"). */
  pattern: RegExp;
  /** Short values are replaced only where their fact is named. */
  short: boolean;
  /** Lower-case names of the fact (label and key). */
  names: string[];
  /** LIKE pattern that finds candidate rows (ASCII case-insensitive, `\` escapes). */
  like: string;
  /** The same, for the value as JSON escapes it (quotes, backslashes, control characters). */
  likeJson: string;
}

const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function needlesOf(facts: readonly ForgottenFact[]): Needle[] {
  const needles: Needle[] = [];
  for (const fact of facts) {
    const names = [fact.label, fact.key].map((name) => name.toLowerCase()).filter((name) => name.trim());
    for (const form of new Set(spokenForms(fact.value))) {
      needles.push({
        form,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escaped(form)}(?![\\p{L}\\p{N}\\p{M}])`, 'giu'),
        short: [...form].length < SHORT && ([...form].length === 1 || /[\p{L}\p{N}]/u.test(form)),
        names,
        like: likeOf(form),
        likeJson: likeOf(JSON.stringify(form).slice(1, -1)),
      });
    }
  }
  return needles;
}

/** Needles by the first word of their value (lower case); those with no word in `wordless`. */
interface WordIndex {
  byWord: Map<string, Needle[]>;
  wordless: Needle[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function wordIndex(needles: readonly Needle[]): WordIndex {
  const byWord = new Map<string, Needle[]>();
  const wordless: Needle[] = [];
  for (const needle of needles) {
    const first = needle.form.toLowerCase().match(WORD)?.[0];
    if (!first) wordless.push(needle);
    else byWord.set(first, [...(byWord.get(first) ?? []), needle]);
  }
  return { byWord, wordless };
}

/** The needles that may occur in `text`: those whose first word it holds, and the wordless ones. */
function candidatesIn(text: string, { byWord, wordless }: WordIndex): Needle[] {
  const found = new Set<Needle>(wordless);
  for (const word of text.toLowerCase().match(WORD) ?? [])
    for (const needle of byWord.get(word) ?? []) found.add(needle);
  return [...found];
}

/** `text` with every needle that applies to it replaced by `marker`. */
function redactText(text: string, needles: readonly Needle[], marker: string, context: string): string {
  const lower = context.toLowerCase();
  let out = text;
  for (const needle of needles) {
    if (needle.short && !needle.names.some((name) => lower.includes(name))) continue;
    needle.pattern.lastIndex = 0;
    out = out.replace(needle.pattern, marker);
  }
  return out;
}

/** Every string inside a JSON value redacted (keys stay: they are names, not values). */
function redactJsonValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactJsonValue(item, redact));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactJsonValue(item, redact)]),
    );
  return value;
}

/** A JSON text redacted string by string; text that is not JSON (a clipped audit input) as text. */
function redactJson(text: string, needles: readonly Needle[], marker: string): string {
  try {
    const parsed = JSON.parse(text) as unknown;
    const out = JSON.stringify(redactJsonValue(parsed, (each) => redactText(each, needles, marker, text)));
    return out === JSON.stringify(parsed) ? text : out;
  } catch {
    return redactText(text, needles, marker, text);
  }
}

/** Where fazt keeps copies of what was said and done: table, key column, column, JSON or not. */
const PLACES: readonly { table: string; id: string; column: string; json: boolean }[] = [
  { table: 'events', id: 'id', column: 'data', json: true },
  { table: 'audit', id: 'id', column: 'input', json: true },
  { table: 'audit', id: 'id', column: 'error', json: false },
  { table: 'messages', id: 'id', column: 'content', json: true },
  { table: 'conversations', id: 'id', column: 'title', json: false },
  { table: 'chat_input_history', id: 'id', column: 'text', json: false },
  // FTS5 with its own content (chat_message_search_content); updated through the table itself.
  { table: 'chat_message_search', id: 'rowid', column: 'text', json: false },
];

/** Contentful FTS5 tables among `PLACES`: merged after a change so no old segment keeps a term. */
const FTS = new Set(['chat_message_search']);

/** Up to this many values, candidate rows are found by `LIKE` terms OR-ed in one query. */
const BATCH = 40;

/**
 * Replaces every copy fazt keeps of the facts' values by `marker` (default `FORGOTTEN`): in the
 * event log (`events.data`), the audit (`audit.input`, `audit.error`), stored conversations
 * (`messages.content`, `conversations.title`), the chat's input history and its FTS5 search
 * index (`chat_message_search` and its shadow content, merged afterwards with `optimize` so no
 * old index segment still holds the value as a term). Rows stay; only the value in them goes.
 * A value is replaced as a whole token, case-insensitively ("4821" never inside "148210"); one of
 * fewer than 3 characters only in a text that also names its fact. Notes, learned documents
 * and other facts are the person's own texts and are not touched.
 *
 * Runs inside the caller's transaction (a tool's), so the fact and every copy go together.
 * Up to 40 values, candidate rows are found with `LIKE` (ASCII case-insensitive) in one scan of
 * each table, then checked exactly; more (forget everything), each table is read once and each
 * row checked against the values whose first word it holds. Returns how many rows changed.
 */
export function redactValues(
  db: Database,
  facts: readonly ForgottenFact[],
  marker: string = FORGOTTEN,
): number {
  const needles = needlesOf(facts);
  if (needles.length === 0) return 0;
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      ({ name }) => name,
    ),
  );
  let changed = 0;
  const merge = new Set<string>();
  // Many values at once (forget everything): one pass over each table, each row checked only
  // against the values whose first word it holds (`candidatesIn`), instead of a scan per 40.
  const index = needles.length > BATCH ? wordIndex(needles) : undefined;
  for (const place of PLACES) {
    if (!tables.has(place.table)) continue;
    const update = db.prepare(`UPDATE ${place.table} SET ${place.column} = ? WHERE ${place.id} = ?`);
    const redactRows = (rows: { id: number | string; text: string | null }[], batch?: readonly Needle[]) => {
      for (const { id, text } of rows) {
        if (typeof text !== 'string') continue;
        const some = batch ?? candidatesIn(text, index!);
        if (some.length === 0) continue;
        const out = place.json ? redactJson(text, some, marker) : redactText(text, some, marker, text);
        if (out === text) continue;
        update.run(out, id);
        changed++;
        if (FTS.has(place.table)) merge.add(place.table);
      }
    };
    if (index) {
      redactRows(
        db
          .prepare(
            `SELECT ${place.id} AS id, ${place.column} AS text FROM ${place.table} WHERE ${place.column} IS NOT NULL`,
          )
          .all() as { id: number | string; text: string | null }[],
      );
      continue;
    }
    const terms = needles.flatMap((needle) => [needle.like, needle.likeJson]);
    const where = terms.map(() => `${place.column} LIKE ? ESCAPE '\\'`).join(' OR ');
    redactRows(
      db
        .prepare(`SELECT ${place.id} AS id, ${place.column} AS text FROM ${place.table} WHERE ${where}`)
        .all(...terms) as { id: number | string; text: string | null }[],
      needles,
    );
  }
  for (const table of merge) db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
  return changed;
}

/**
 * Values forgotten by this process, kept in memory only (never written anywhere), per cartridge
 * connection (its `prepare`): a turn stored after the forget that forgot them (the forget's own
 * tool result, an answer repeating them) is redacted before it is written
 * (`redactForgotten`). A value remembered again leaves the list (`unforget`).
 */
const forgottenHere = new WeakMap<Prepare, ForgottenFact[]>();

/**
 * Values forgotten by any process, as fingerprints only (m17, S26 H4): another process may store a
 * turn that says a value after this one forgot it ("remember my vault pin is 200001" while another
 * replaced it), so the fingerprints stay in the cartridge for `FINGERPRINT_DAYS` and a turn is
 * checked against them inside the transaction that stores it (`redactForgotten`). A fingerprint is
 * a salted SHA-256 of the value in lower case with its length; the value itself is never kept.
 * The table is the memory capability's (`memoryMigrations`); a cartridge without it keeps none.
 * Values shorter than 3 characters are not kept (they are scrubbed only where their fact is named).
 */
export const FORGOTTEN_TABLE = 'memory_forgotten';
export const FORGOTTEN_COLUMNS =
  'fingerprint TEXT PRIMARY KEY, length INTEGER NOT NULL, forgotten_at INTEGER NOT NULL';
/** How long a forgotten value's fingerprint is kept: turns in flight then are long stored. */
const FINGERPRINT_DAYS = 1;
/** The salt's row: a fingerprint no value has (`length` 0). */
const SALT_LENGTH = 0;

const hasTable = (prepare: Prepare) =>
  prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(FORGOTTEN_TABLE) !== undefined;

/** This cartridge's salt for fingerprints, made on first use. */
function saltOf(prepare: Prepare): string {
  const row = prepare(`SELECT fingerprint FROM ${FORGOTTEN_TABLE} WHERE length = ?`).get(SALT_LENGTH) as
    | { fingerprint: string }
    | undefined;
  if (row) return row.fingerprint;
  const salt = randomBytes(16).toString('base64url');
  prepare(`INSERT INTO ${FORGOTTEN_TABLE} (fingerprint, length, forgotten_at) VALUES (?, ?, ?)`).run(
    salt,
    SALT_LENGTH,
    Date.now(),
  );
  return salt;
}

const fingerprint = (salt: string, form: string) =>
  createHash('sha256').update(salt).update('\0').update(form.toLowerCase()).digest('base64url');

/** The forms of `facts` worth a fingerprint: those of 3 characters or more. */
const printable = (facts: readonly ForgottenFact[]) =>
  [...new Set(facts.flatMap((fact) => spokenForms(fact.value)))].filter((form) => [...form].length >= SHORT);

/** Notes facts just forgotten on this connection (see `forgottenHere`), and their fingerprints. */
export function noteForgotten(prepare: Prepare, facts: readonly ForgottenFact[]): void {
  const list = forgottenHere.get(prepare) ?? [];
  list.push(...facts);
  forgottenHere.set(prepare, list);
  if (!hasTable(prepare)) return;
  const salt = saltOf(prepare);
  const now = Date.now();
  prepare(`DELETE FROM ${FORGOTTEN_TABLE} WHERE length > 0 AND forgotten_at < ?`).run(
    now - FINGERPRINT_DAYS * 86_400_000,
  );
  const insert = prepare(
    `INSERT OR REPLACE INTO ${FORGOTTEN_TABLE} (fingerprint, length, forgotten_at) VALUES (?, ?, ?)`,
  );
  for (const form of printable(facts)) insert.run(fingerprint(salt, form), form.length, now);
}

/** A value stored again is no longer forgotten: later turns may say it. */
export function unforget(prepare: Prepare, value: unknown): void {
  const forms = new Set(spokenForms(value).map((form) => form.toLowerCase()));
  const list = forgottenHere.get(prepare);
  if (list)
    forgottenHere.set(
      prepare,
      list.filter((fact) => !spokenForms(fact.value).some((form) => forms.has(form.toLowerCase()))),
    );
  if (!hasTable(prepare) || !prepare(`SELECT 1 FROM ${FORGOTTEN_TABLE} WHERE length > 0 LIMIT 1`).get())
    return;
  const salt = saltOf(prepare);
  const remove = prepare(`DELETE FROM ${FORGOTTEN_TABLE} WHERE fingerprint = ? AND length > 0`);
  for (const form of forms) remove.run(fingerprint(salt, form));
}

const WORDISH = /[\p{L}\p{N}\p{M}]/u;

/** `text` with every run whose fingerprint is among `prints` (by length) replaced by `FORGOTTEN`. */
function redactPrinted(text: string, salt: string, prints: ReadonlyMap<number, ReadonlySet<string>>): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    let taken = 0;
    if (!/\s/u.test(text[at]!) && (at === 0 || !WORDISH.test(text[at - 1]!)))
      for (const [length, set] of prints) {
        const end = at + length;
        if (end > text.length || (end < text.length && WORDISH.test(text[end]!))) continue;
        if (set.has(fingerprint(salt, text.slice(at, end)))) {
          taken = Math.max(taken, length);
        }
      }
    if (taken > 0) {
      out += FORGOTTEN;
      at += taken;
    } else {
      out += text[at];
      at++;
    }
  }
  return out;
}

/** The fingerprints kept (`noteForgotten`), by length, with the salt; undefined when none. */
function printsOf(prepare: Prepare): { salt: string; prints: Map<number, Set<string>> } | undefined {
  if (!hasTable(prepare)) return undefined;
  const rows = prepare(`SELECT fingerprint, length FROM ${FORGOTTEN_TABLE} WHERE length > 0`).all() as {
    fingerprint: string;
    length: number;
  }[];
  if (rows.length === 0) return undefined;
  const prints = new Map<number, Set<string>>();
  for (const { fingerprint: print, length } of rows)
    prints.set(length, (prints.get(length) ?? new Set()).add(print));
  return { salt: saltOf(prepare), prints };
}

/**
 * A JSON text to be stored on this connection, with values it forgot redacted, and values any
 * process forgot (their fingerprints). Call it inside the transaction that stores the text, so no
 * forget can come between the check and the write.
 */
export function redactForgotten(prepare: Prepare, json: string): string {
  const list = forgottenHere.get(prepare);
  let out = list?.length ? redactJson(json, needlesOf(list), FORGOTTEN) : json;
  const printed = printsOf(prepare);
  if (!printed) return out;
  try {
    const parsed = JSON.parse(out) as unknown;
    const redacted = JSON.stringify(
      redactJsonValue(parsed, (text) => redactPrinted(text, printed.salt, printed.prints)),
    );
    if (redacted !== JSON.stringify(parsed)) out = redacted;
  } catch {
    out = redactPrinted(out, printed.salt, printed.prints);
  }
  return out;
}
