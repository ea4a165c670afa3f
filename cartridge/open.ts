import { chmodSync, existsSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { type AuditStore, type Caller, createAuditStore } from './audit.js';
import { type BlobStore, createBlobStore } from './blobs.js';
import { BEST_EFFORT_WAIT_MS, withBusyTimeout } from './busy.js';
import { type ConfigStore, createConfigStore } from './config.js';
import { createDocumentStore, type DocumentStore } from './documents.js';
import { CartridgeError, errorMessage } from './errors.js';
import { createEventStore, type EventStore } from './events.js';
import { checkCartridgeFile, migrate } from './migrations.js';
import { checkExistingFile, prepareFileForWriting } from './paths.js';
import { createPendingWrites, type PendingWrites } from './pending-writes.js';
import { type Prepare, statementCache } from './statements.js';
import { createWriteLock, type WriteLock } from './write-lock.js';

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
  // A folder, a file where a folder should be, no permission, a name too long: said plainly,
  // naming the path, before SQLite can only say "unable to open database file".
  prepareFileForWriting(path, {
    verb: 'open the cartridge',
    createParents: true,
    advice,
  });

  const busyTimeoutMs = options.busyTimeoutMs ?? 15_000;
  let db: Database;
  try {
    db = new BetterSqlite3(path, { timeout: busyTimeoutMs });
  } catch (error) {
    throw new CartridgeError(`Cannot open the cartridge at ${path}: ${errorMessage(error)}.`, {
      cause: error,
    });
  }
  try {
    if (isNew) chmodSync(path, 0o600);
    // Before any pragma below writes to the file (WAL mode changes its header).
    checkCartridgeFile(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Deleted and overwritten content is zeroed on its page, so a forgotten value does not stay
    // in free space of the file (bench/secure-delete.bench.ts measures the cost).
    db.pragma('secure_delete = ON');
    sqliteVec.load(db);
    migrate(db, path);
  } catch (error) {
    db.close();
    if (CartridgeError.isInstance(error)) throw error;
    throw new CartridgeError(
      `The file at ${path} is not a usable fazt cartridge: ${errorMessage(error)}. ` +
        'If it is a backup, check it with `fazt restore`; otherwise point --cartridge elsewhere.',
      { code: 'cartridge_unusable', cause: error },
    );
  }

  const prepare = statementCache(db);
  const transaction: Cartridge['transaction'] = (fn) =>
    db.inTransaction ? fn() : db.transaction(fn).immediate();
  const exclusive = createWriteLock();
  const asyncTransaction: Cartridge['asyncTransaction'] = (fn) =>
    exclusive(async () => {
      prepare('BEGIN IMMEDIATE').run();
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
  try {
    // Only writes when an import was cut short; never makes the command wait for another process.
    withBusyTimeout(db, BEST_EFFORT_WAIT_MS, busyTimeoutMs, () => blobs.sweepStaging());
  } catch {
    // Another process holds the write lock; the next open sweeps instead.
  }
  const audit = createAuditStore(prepare);
  const events = createEventStore(prepare);
  const audits = createPendingWrites<AuditRecord>({
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
    },
  };
}
