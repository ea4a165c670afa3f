import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdtempSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { type AuditStore, type Caller, createAuditStore } from './audit.js';
import { type BlobStore, createBlobStore } from './blobs.js';
import { BEST_EFFORT_WAIT_MS, beginImmediate, withBusyTimeout } from './busy.js';
import { type ConfigStore, createConfigStore } from './config.js';
import { createDocumentStore, type DocumentStore } from './documents.js';
import { CartridgeError, errorMessage } from './errors.js';
import { createEventStore, type EventStore } from './events.js';
import { checkCartridgeFile, migrate, SCHEMA_VERSION, schemaVersion } from './migrations.js';
import { checkExistingFile, notAFile, prepareFileForWriting } from './paths.js';
import { createPendingWrites, type PendingWrites } from './pending-writes.js';
import { type Prepare, statementCache } from './statements.js';
import { createWriteLock, type WriteLock } from './write-lock.js';

// better-sqlite3 lets SQLite read `file:` URIs (for `immutable=1`, see openImmutable) only when
// SQLITE_USE_URI is 1 as its addon loads, on the first database this process opens. Every path
// fazt opens is absolute (resolveUserPath), so none is taken for a URI by mistake.
process.env.SQLITE_USE_URI ??= '1';

/** An audit row and its `tool.called` event, as written later when the lock is taken (see PendingWrites). */
export interface AuditRecord {
  caller: Caller;
  tool: string;
  input: unknown;
  outcome: 'ok' | 'error' | 'denied' | 'needs_approval' | 'invalid_input';
  error: string | null;
  durationMs: number;
  ts: number;
}

/**
 * One open cartridge: the SQLite connection, transactions, and the stores several domains share.
 * A domain's own store (memory, notes, …) lives next to its tools and is made from this.
 */
export interface Cartridge {
  readonly path: string;
  readonly db: Database;
  readonly prepare: Prepare;
  readonly config: ConfigStore;
  readonly documents: DocumentStore;
  readonly events: EventStore;
  readonly audit: AuditStore;
  readonly blobs: BlobStore;
  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE), or joins the one already open. */
  transaction<T>(fn: () => T): T;
  /**
   * Runs async `fn` in one write transaction held open across its awaits, under `exclusive` so
   * no other write in this process slips into it: commits when `fn` resolves, rolls back
   * everything when it throws (and rethrows). Must not be called from inside `exclusive` or
   * another transaction (the lock is not re-entrant).
   */
  asyncTransaction<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Runs `fn` while no other write in this process can interleave with it. Async work that
   * holds a transaction open across an `await` must run inside this.
   */
  exclusive: WriteLock;
  /**
   * Audit rows (with their `tool.called` events) that must not make a read wait for another
   * process's write lock: written at once when the lock is free, else later, never lost.
   */
  audits: PendingWrites<AuditRecord>;
  /** Milliseconds a write waits for another process's lock. */
  readonly busyTimeoutMs: number;
  /**
   * Set when fazt can read the cartridge but not write it: why (the file, or its folder where
   * SQLite makes the -wal and -shm files, is not writable). Reads and backups work; a write is
   * refused with this reason (`readOnlyError`).
   */
  readonly readOnly?: string;
  /**
   * Set on a scratch cartridge that answers reads for a cartridge not made yet: that one's path.
   * What is said about "the cartridge" (status) is said about it, never about the scratch file.
   */
  readonly standsFor?: string;
  close(): void;
}

export interface OpenOptions {
  /** Refuse (code `cartridge_missing`) instead of creating a cartridge, or any folder, when the file is missing. */
  mustExist?: boolean;
  /** Milliseconds a writer waits for another process's lock before giving up (default 15 s). */
  busyTimeoutMs?: number;
  /** The path of the missing cartridge this one stands in for (see `Cartridge.standsFor`). */
  standsFor?: string;
  /**
   * A throwaway cartridge, deleted after use (an eval case's): writes are not synced to disk
   * (`synchronous = OFF`), so commits and the checkpoint at close wait on no fsync (~12 ms a
   * close on an ext4 disk). A crash may lose its last writes, which nobody keeps anyway.
   */
  scratch?: boolean;
}

/**
 * Opens (creating on first use) the cartridge at `path`: WAL, foreign keys, a busy timeout so
 * several fazt processes can write at once, sqlite-vec loaded, migrations applied. A cartridge
 * from a newer fazt, and a database that is not a cartridge, are refused before anything in them changes.
 */
export function openCartridge(path: string, options: OpenOptions = {}): Cartridge {
  const advice = 'Point --cartridge (or FAZT_CARTRIDGE) at a file fazt can create or write.';
  if (options.mustExist && checkExistingFile(path, { verb: 'open the cartridge', advice }) === 'missing') {
    // Nothing is created: not the file, not a folder on the way to it.
    throw new CartridgeError(
      `No cartridge at ${path} yet: nothing has been stored there. It is made by the first command that stores something, e.g. \`fazt ask "remember that …"\`. If you expected one, check --cartridge and FAZT_CARTRIDGE.`,
      { code: 'cartridge_missing' },
    );
  }
  const isNew = !existsSync(path);
  // A cartridge fazt may read but not write is opened read-only (see Cartridge.readOnly).
  const readOnly = isNew ? undefined : whyNotWritable(path);
  // A folder, a file where a folder should be, no permission, a name too long: said plainly,
  // naming the path, before SQLite can only say "unable to open database file".
  if (!readOnly)
    prepareFileForWriting(path, {
      verb: 'open the cartridge',
      createParents: true,
      advice,
    });

  const busyTimeoutMs = options.busyTimeoutMs ?? 15_000;
  let db: Database | undefined;
  // Opened read-only in place, SQLite makes the -wal and -shm files it reads through but cannot
  // remove them; left behind, read-only and perhaps another user's, they would stop the owner's
  // next write. Those this open made are removed on close while the log in them is empty.
  const inReadOnlyFolder = readOnly !== undefined && !writable(dirname(path));
  const made =
    readOnly && !inReadOnlyFolder ? [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file)) : [];
  let copy: string | undefined;
  try {
    // In a folder fazt cannot write, SQLite cannot make the -shm file it reads a WAL cartridge
    // through. With no write-ahead log beside it (or an empty one) everything committed is in the
    // file itself, read in place as immutable (without locks: a write by its owner during this
    // command could be read half-made, as a copy taken during one could be). A log with its -shm
    // beside it is read in place through them, as SQLite reads a -shm it cannot write. Only a log
    // holding commits without its -shm is read from a copy of both, made in a folder of its own.
    if (inReadOnlyFolder)
      db = walEmpty(path)
        ? openImmutable(path)
        : existsSync(`${path}-shm`)
          ? openReadOnly(path, busyTimeoutMs)
          : undefined;
    if (!db && inReadOnlyFolder) {
      copy = mkdtempSync(join(tmpdir(), 'fazt-read-'));
      copyFileSync(path, join(copy, 'cartridge.db'));
      if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, join(copy, 'cartridge.db-wal'));
    }
    db ??= new BetterSqlite3(copy ? join(copy, 'cartridge.db') : path, {
      timeout: busyTimeoutMs,
      readonly: readOnly !== undefined,
    });
  } catch (error) {
    if (copy) rmSync(copy, { recursive: true, force: true });
    throw new CartridgeError(`Cannot open the cartridge at ${path}: ${errorMessage(error)}.`, {
      cause: error,
    });
  }
  const removeReadFiles = () => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    if (made.length && walEmpty(path)) for (const file of made) rmSync(file, { force: true });
  };
  try {
    if (isNew) chmodSync(path, 0o600);
    // Before any pragma below writes to the file (WAL mode changes its header).
    checkCartridgeFile(db, path);
    if (readOnly && schemaVersion(db) < SCHEMA_VERSION) {
      throw new CartridgeError(
        `The cartridge ${path} was made by an older fazt and must be updated before it can be read, which is a write, but ${readOnly}. ${readOnlyAdvice(path)}`,
        { code: 'cartridge_read_only' },
      );
    }
    if (!readOnly) db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.scratch ? 'OFF' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    // Deleted and overwritten content is zeroed on its page, so a forgotten value does not stay
    // in free space of the file (bench/secure-delete.bench.ts measures the cost).
    db.pragma('secure_delete = ON');
    sqliteVec.load(db);
    migrate(db, path);
  } catch (error) {
    db.close();
    removeReadFiles();
    if (CartridgeError.isInstance(error)) throw error;
    throw new CartridgeError(
      `The file at ${path} is not a usable fazt cartridge: ${errorMessage(error)}. ` +
        'If it is a backup, check it with `fazt restore`; otherwise point --cartridge elsewhere.',
      { code: 'cartridge_unusable', cause: error },
    );
  }

  const prepare = statementCache(db);
  const transaction: Cartridge['transaction'] = (fn) => {
    if (db.inTransaction) return fn();
    beginImmediate(db, prepare);
    try {
      const result = fn();
      prepare('COMMIT').run();
      return result;
    } catch (error) {
      if (db.inTransaction) prepare('ROLLBACK').run();
      throw error;
    }
  };
  const exclusive = createWriteLock();
  const asyncTransaction: Cartridge['asyncTransaction'] = (fn) =>
    exclusive(async () => {
      beginImmediate(db, prepare);
      try {
        const result = await fn();
        prepare('COMMIT').run();
        return result;
      } catch (error) {
        if (db.inTransaction) prepare('ROLLBACK').run();
        throw error;
      }
    });
  const blobs = createBlobStore({ db, prepare, exclusive, transaction, path });
  if (!readOnly)
    try {
      // Only writes when an import was cut short; never makes the command wait for another process.
      withBusyTimeout(db, BEST_EFFORT_WAIT_MS, busyTimeoutMs, () => blobs.sweepStaging());
    } catch {
      // Another process holds the write lock; the next open sweeps instead.
    }
  const audit = createAuditStore(prepare);
  const events = createEventStore(prepare);
  // Nothing can be written to a read-only cartridge, not even later: its reads go unaudited.
  const audits: PendingWrites<AuditRecord> = readOnly
    ? { write: () => undefined, size: 0, close: () => undefined }
    : createPendingWrites<AuditRecord>({
        db,
        path,
        busyTimeoutMs,
        apply: ({ caller, tool, input, outcome, error, durationMs, ts }) => {
          const auditId = audit.record({ caller, tool, input, outcome, error, durationMs, ts });
          events.append({
            type: 'tool.called',
            source: caller.id ? `${caller.kind}:${caller.id}` : caller.kind,
            data: { tool, caller, outcome, auditId, durationMs },
            ts,
          });
          return auditId;
        },
      });
  return {
    path,
    db,
    prepare,
    busyTimeoutMs,
    ...(readOnly === undefined ? {} : { readOnly }),
    ...(options.standsFor === undefined ? {} : { standsFor: options.standsFor }),
    audits,
    config: createConfigStore(prepare),
    documents: createDocumentStore(prepare),
    events,
    audit,
    blobs,
    transaction,
    asyncTransaction,
    exclusive,
    close: () => {
      audits.close();
      db.close();
      removeReadFiles();
    },
  };
}

/**
 * The cartridge at `path` opened read-only with SQLite's `immutable=1`: no -wal, no -shm, no locks,
 * so nothing is made beside it. Undefined when SQLite was not asked to read `file:` URIs before
 * this process's first database opened (better-sqlite3 reads SQLITE_USE_URI then, once): the
 * caller reads a copy instead.
 */
function openImmutable(path: string): Database | undefined {
  try {
    return new BetterSqlite3(`${pathToFileURL(path).href}?immutable=1`, {
      readonly: true,
      fileMustExist: true,
    });
  } catch {
    return undefined;
  }
}

/**
 * The cartridge at `path` opened read-only in place and read once, or undefined when SQLite cannot
 * read it there (the caller reads a copy instead).
 */
function openReadOnly(path: string, busyTimeoutMs: number): Database | undefined {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    db.pragma('schema_version');
    return db;
  } catch {
    db?.close();
    return undefined;
  }
}

/** Whether this process may write `path` (a file or a folder). */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why fazt can read the existing cartridge at `path` but not write it, or undefined when it can
 * write it (or cannot even read it: then opening it for writing says what is wrong).
 */
function whyNotWritable(path: string): string | undefined {
  try {
    // Not a file (a device, /proc, …): opening it for writing says so.
    if (notAFile(path, statSync(path))) return undefined;
    accessSync(path, constants.R_OK);
  } catch {
    return undefined;
  }
  if (!writable(path)) {
    const { mode, uid } = statSync(path);
    const owner = uid === process.getuid?.() ? 'you' : `user id ${uid}`;
    return `the file is not writable for fazt (mode ${(mode & 0o777).toString(8)}, owned by ${owner})`;
  }
  const folder = dirname(path);
  const journal = [`${path}-wal`, `${path}-shm`];
  if (!writable(folder) && !journal.every((file) => existsSync(file) && writable(file)))
    return `its folder ${folder} is not writable for fazt, and SQLite must make the cartridge's -wal and -shm files there to write`;
  return undefined;
}

/** What to do about a read-only cartridge. */
export function readOnlyAdvice(path: string): string {
  return `Make it writable (e.g. \`chmod u+w ${path}\`, and the same for its folder), or point --cartridge (or FAZT_CARTRIDGE) at a file fazt can write.`;
}

/** The error for a write to a read-only cartridge (code `cartridge_read_only`). */
export function readOnlyError(
  cartridge: Pick<Cartridge, 'path' | 'readOnly'>,
  cause?: unknown,
): CartridgeError {
  return new CartridgeError(
    `fazt can only read the cartridge ${cartridge.path}: ${cartridge.readOnly ?? 'it is read-only'}; nothing was changed. ${readOnlyAdvice(cartridge.path)}`,
    { code: 'cartridge_read_only', cause },
  );
}

/** Whether the cartridge's write-ahead log is missing or holds nothing. */
function walEmpty(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size === 0;
  } catch {
    return true;
  }
}
