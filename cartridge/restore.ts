import { chmodSync, existsSync, linkSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { copyDatabase, removeDatabaseFiles } from './backup.js';
import { CartridgeError, errorMessage, UsageError } from './errors.js';
import { SCHEMA_VERSION, schemaVersion } from './migrations.js';
import { openCartridge } from './open.js';
import { checkFileForReading, prepareFileForWriting, resolveUserPath } from './paths.js';

export interface BackupCheck {
  path: string;
  bytes: number;
  schemaVersion: number;
}

export interface RestoreResult {
  /** The backup that was restored (absolute). */
  from: string;
  /** The cartridge it now is. */
  path: string;
  /** Where the replaced cartridge was kept, or null if there was none. */
  keptAs: string | null;
  schemaVersion: number;
  bytes: number;
  durationMs: number;
}

/** Tables every fazt cartridge has; a database without them is some other program's file. */
const FAZT_TABLES = ['config', 'memory', 'events', 'audit', 'blobs'];

const sqliteCode = (error: unknown) => (error as { code?: unknown }).code;
const isBusy = (error: unknown) => {
  const code = sqliteCode(error);
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
};

/**
 * Checks that `file` is a whole, readable fazt cartridge this fazt can open: SQLite's
 * `integrity_check` passes and its schema is not newer than ours. Reads only; throws a
 * CartridgeError saying what is wrong otherwise.
 */
export function checkBackup(file: string): BackupCheck {
  const path = resolveUserPath(file);
  const plainlyMissing =
    !existsSync(path) &&
    Buffer.byteLength(basename(path)) <= 255 &&
    existsSync(dirname(path)) &&
    statSync(dirname(path)).isDirectory();
  if (plainlyMissing) {
    throw new UsageError(`There is no backup file at ${path}. Check the path; nothing was changed.`, {
      code: 'backup_missing',
    });
  }
  checkFileForReading(path, {
    verb: 'restore from it',
    advice: 'Give the path of a backup file; nothing was changed.',
  });
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const version = schemaVersion(db);
    if (version > SCHEMA_VERSION) {
      throw new CartridgeError(
        `${path} has schema version ${version}, but this fazt only knows up to ${SCHEMA_VERSION}: it was written by a newer fazt. Upgrade fazt to restore it; nothing was changed.`,
        { code: 'backup_too_new' },
      );
    }
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
      .flatMap((row) => row.integrity_check.split('\n'))
      .filter((line) => line && !line.startsWith('***'));
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new CartridgeError(
        `${path} is damaged (integrity check: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}). Restore an older backup; nothing was changed.`,
        { code: 'backup_corrupt' },
      );
    }
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
        (row) => row.name,
      ),
    );
    const missing = FAZT_TABLES.filter((table) => !tables.has(table));
    if (version === 0 || missing.length > 0) {
      throw new CartridgeError(
        `${path} is an SQLite database but not a fazt cartridge (it has no ${missing.join(', ') || 'schema version'}). Nothing was changed.`,
        { code: 'backup_not_cartridge' },
      );
    }
    return { path, bytes: statSync(path).size, schemaVersion: version };
  } catch (error) {
    if (CartridgeError.isInstance(error)) throw error;
    throw new CartridgeError(
      `${path} cannot be read as a fazt cartridge: ${errorMessage(error)}. It may be damaged or not a backup at all; nothing was changed.`,
      { code: 'backup_unreadable', cause: error },
    );
  } finally {
    db?.close();
  }
}

/**
 * Takes the only connection to the current cartridge and an exclusive lock on it, so nothing can
 * write it while it is swapped out. Refuses when another process has it open. Returns undefined
 * when the file cannot be opened as a database at all (it is then moved aside as it is).
 */
function lockCurrent(path: string): Database | undefined {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { fileMustExist: true, timeout: 3000 });
    // Leaving WAL mode needs every other connection closed, and folds the log into the file, so
    // the kept copy is one self-contained file.
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    return db;
  } catch (error) {
    db?.close();
    if (isBusy(error)) {
      throw new CartridgeError(
        `The cartridge ${path} is in use by another fazt process (a chat, a server, a running command). Stop it and run restore again; nothing was changed.`,
        { code: 'cartridge_busy', cause: error },
      );
    }
    return undefined;
  }
}

/** Puts `staged` at `target`, keeping what was there as `keptAs` (hard link, then atomic rename). */
function swapIn(staged: string, target: string, keptAs: string): string | null {
  if (!existsSync(target)) {
    renameSync(staged, target);
    return null;
  }
  const current = lockCurrent(target);
  try {
    for (const suffix of ['-wal', '-shm', '-journal']) {
      if (existsSync(`${target}${suffix}`)) renameSync(`${target}${suffix}`, `${keptAs}${suffix}`);
    }
    try {
      linkSync(target, keptAs);
      renameSync(staged, target);
    } catch {
      // No hard links on this file system: two renames, with a short moment without a cartridge.
      if (!existsSync(keptAs)) renameSync(target, keptAs);
      renameSync(staged, target);
    }
    return keptAs;
  } finally {
    if (current) {
      try {
        current.exec('ROLLBACK');
      } finally {
        current.close();
      }
    }
  }
}

/**
 * Replaces the cartridge at `cartridgePath` with the backup `file`, after `checkBackup` passes.
 * The backup is copied beside the cartridge first (the backup file itself is never changed),
 * then swapped in; the replaced cartridge is kept as `<path>.replaced-<time>`. Appends
 * `cartridge.restored` to the restored cartridge.
 */
export async function restoreCartridge(
  file: string,
  cartridgePath: string,
  { now = new Date(), source = 'system' }: { now?: Date; source?: string } = {},
): Promise<RestoreResult> {
  const started = performance.now();
  const from = resolveUserPath(file);
  const target = resolveUserPath(cartridgePath);
  if (from === target) {
    throw new UsageError(`${from} is the cartridge itself; give the path of a backup to restore.`, {
      code: 'restore_is_cartridge',
    });
  }
  const check = checkBackup(from);
  prepareFileForWriting(target, {
    verb: 'restore the cartridge',
    createParents: true,
    advice: 'Point --cartridge at a file fazt can write; nothing was changed.',
  });
  const staged = join(dirname(target), `.${basename(target)}.restoring-${process.pid}`);
  const keptAs = `${target}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`;
  if (existsSync(keptAs)) {
    throw new UsageError(`${keptAs} already exists. Wait a moment and run restore again.`, {
      code: 'restore_kept_exists',
    });
  }

  removeDatabaseFiles(staged);
  let kept: string | null;
  try {
    const backup = new BetterSqlite3(from, { readonly: true, fileMustExist: true });
    try {
      await copyDatabase(backup, staged);
    } finally {
      backup.close();
    }
    chmodSync(staged, 0o600);
    kept = swapIn(staged, target, keptAs);
  } catch (error) {
    removeDatabaseFiles(staged);
    if (CartridgeError.isInstance(error)) throw error;
    throw new CartridgeError(
      `Restoring ${from} failed: ${errorMessage(error)}. The cartridge was not changed.`,
      {
        code: 'restore_failed',
        cause: error,
      },
    );
  }

  const cartridge = openCartridge(target, { mustExist: true });
  try {
    cartridge.transaction(() =>
      cartridge.events.append({ type: 'cartridge.restored', source, data: { from, keptAs: kept } }),
    );
    return {
      from,
      path: target,
      keptAs: kept,
      schemaVersion: schemaVersion(cartridge.db),
      bytes: check.bytes,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    cartridge.close();
  }
}
