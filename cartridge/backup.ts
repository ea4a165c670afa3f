import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { BEST_EFFORT_WAIT_MS, isBusy, withBusyTimeout } from './busy.js';
import { CartridgeError, errorMessage, UsageError } from './errors.js';
import { schemaVersion } from './migrations.js';
import type { Cartridge } from './open.js';
import { pathError, prepareFileForWriting, resolveUserPath } from './paths.js';

export interface BackupResult {
  /** The cartridge that was copied. */
  from: string;
  /** Where the backup was written (absolute). */
  path: string;
  bytes: number;
  schemaVersion: number;
  /** An earlier file at `path` was replaced. */
  replaced: boolean;
  durationMs: number;
}

export interface BackupOptions {
  /**
   * Replace an SQLite file at the destination (the person asked for it: `fazt backup FILE
   * --replace`); without it any existing file is a clash. Other files are never replaced.
   */
  overwrite?: boolean;
  /** Who asked, for the event's source (default "system"). */
  source?: string;
}

/**
 * Copies `source` into the file `destination` with SQLite's online backup API, all pages in one
 * step: one read transaction, so the copy is a consistent snapshot even while other processes
 * write (WAL readers never block writers, and a single step cannot be restarted by their commits).
 */
export async function copyDatabase(source: Database, destination: string): Promise<void> {
  await source.backup(destination, { progress: () => 0x7fffffff });
  const copy = new BetterSqlite3(destination, { fileMustExist: true });
  try {
    // A backup is one self-contained file: no -wal beside it that a copy could leave behind.
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Whether the file starts with SQLite's header, as every backup does. */
function isSqliteFile(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === 'SQLite format 3\u0000';
}

/** A path as a shell argument: quoted when it holds anything but plain path characters. */
function quoteArgument(path: string): string {
  return /^[\w./~+-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/** Removes a database file and the journal files SQLite may have left beside it. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** The partial copy a backup to `path` writes first, named by this process (see `backupCartridge`). */
const PARTIAL = /^\..+\.partial-(\d+)(?:-journal|-wal|-shm)?$/u;

/** Whether a process with this id is running (EPERM: running, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the partial copies (and their journals) that backups killed mid-way left in `folder`:
 * files `.NAME.partial-PID[-journal|-wal|-shm]` whose process is gone. Those of running backups
 * stay. Returns the names removed; a file that cannot be removed is left (the backup goes on).
 */
export function sweepStalePartials(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(PARTIAL.exec(name)?.[1]);
    if (!pid || pid === process.pid || running(pid)) continue;
    try {
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Not ours to fix here: the new backup is written anyway.
    }
  }
  return removed;
}

/** `/backups` (a directory) → `/backups/fazt-2025-01-31T12-00-00-000Z.db`; a file path as given. */
export function backupTarget(destination: string, now = new Date()): string {
  const target = resolveUserPath(destination);
  if (existsSync(target) && statSync(target).isDirectory()) {
    return join(target, `fazt-${now.toISOString().replace(/[:.]/g, '-')}.db`);
  }
  return target;
}

/**
 * Writes a consistent backup of the open cartridge to `destination` (a file, or a directory to
 * put a dated file in). The copy is made beside the destination and renamed into place, so a
 * crash never leaves a half-written backup under the real name. Appends `cartridge.backed_up`.
 */
export async function backupCartridge(
  cartridge: Cartridge,
  destination: string,
  { overwrite = false, source = 'system' }: BackupOptions = {},
): Promise<BackupResult> {
  const started = performance.now();
  const path = backupTarget(destination);
  const from = resolve(cartridge.path);
  if (path === from) {
    throw new UsageError(`${path} is the cartridge itself. Choose another file for the backup.`, {
      code: 'backup_is_cartridge',
    });
  }
  if (!existsSync(dirname(path))) {
    throw new UsageError(`The folder ${dirname(path)} does not exist. Create it, or choose another place.`, {
      code: 'backup_folder_missing',
    });
  }
  const replaced = existsSync(path);
  if (replaced && !isSqliteFile(path)) {
    throw new UsageError(
      `${path} already exists and is not an SQLite database (not an earlier backup), so it is left alone; nothing was written. Choose a new file name.`,
      { code: 'backup_exists' },
    );
  }
  if (replaced && !overwrite) {
    throw new UsageError(
      `${path} already exists (an SQLite database: an earlier backup, another cartridge or someone else's file); nothing was written. Choose a new file name, or replace it on purpose: \`fazt backup ${quoteArgument(path)} --replace\`.`,
      { code: 'backup_exists' },
    );
  }

  prepareFileForWriting(path, {
    verb: 'write the backup',
    advice: 'Choose another place; nothing was written.',
  });
  const partial = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  // Backups killed mid-way (kill -9, power loss) left their partial copies here: gone now.
  sweepStalePartials(dirname(path));
  try {
    removeDatabaseFiles(partial);
    // Private from its first byte: a backup holds everything the cartridge does, secrets
    // included, and a killed backup leaves this file behind. SQLite gives its journal the same
    // mode as the database file.
    closeSync(openSync(partial, 'wx', 0o600));
    chmodSync(partial, 0o600);
  } catch (error) {
    // The folder exists (checked above), yet no file can be made in it (/proc, a pseudo file
    // system): the place failed, not the request — as when SQLite itself cannot open the copy.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new CartridgeError(
        `The backup to ${path} failed: no file can be created in ${dirname(path)}. Nothing was written there.`,
        { code: 'backup_failed', cause: error },
      );
    throw pathError(
      'write the backup',
      path,
      error,
      'Choose a shorter name or another place; nothing was written.',
    );
  }
  try {
    // Under the write lock: an in-process tool holding a write transaction open would make the
    // backup step fail with SQLITE_LOCKED.
    await cartridge.exclusive(() => copyDatabase(cartridge.db, partial));
    chmodSync(partial, 0o600); // a backup holds everything the cartridge does, secrets included
    renameSync(partial, path);
  } catch (error) {
    removeDatabaseFiles(partial);
    if (error instanceof UsageError) throw error;
    if (/^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code))) {
      throw pathError('write the backup', path, error, 'Choose another place; nothing was written.');
    }
    throw new CartridgeError(
      `The backup to ${path} failed: ${errorMessage(error)}. Nothing was written there.`,
      {
        code: 'backup_failed',
        cause: error,
      },
    );
  }

  const bytes = statSync(path).size;
  // The event is a note about the backup, which is made: it is skipped on a cartridge fazt can
  // only read, and when another process keeps the write lock longer than a best-effort wait.
  if (!cartridge.readOnly) {
    try {
      await cartridge.exclusive(() =>
        withBusyTimeout(cartridge.db, BEST_EFFORT_WAIT_MS, cartridge.busyTimeoutMs, () =>
          cartridge.transaction(() =>
            cartridge.events.append({ type: 'cartridge.backed_up', source, data: { path, bytes } }),
          ),
        ),
      );
    } catch (error) {
      if (!isBusy(error)) throw error;
    }
  }
  return {
    from,
    path,
    bytes,
    schemaVersion: schemaVersion(cartridge.db),
    replaced,
    durationMs: Math.round(performance.now() - started),
  };
}
