import { execFileSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../cartridge/blob-staging.js';

/**
 * Where the suite's temporary files go: a fresh folder on the RAM-backed tmpfs at /dev/shm when
 * the machine has one, else the usual temp folder. Every test makes cartridges (real SQLite files
 * either way) and spawns CLIs that make more; on this project's CI disk (ext4 mounted with
 * `discard`) a cartridge's close — a WAL checkpoint with fsync — took ~12 ms and removing its
 * folder ~6 ms, against ~0.3 ms and ~0.2 ms on tmpfs (medians of 30 in one process, measured
 * 2 Dec 2026 when the suite's time had doubled on unchanged code).
 */
function scratchFolder(): string | undefined {
  try {
    accessSync('/dev/shm', constants.W_OK);
    sweepLeftBehind('/dev/shm');
    const folder = mkdtempSync(join('/dev/shm', PREFIX));
    writeFileSync(join(folder, OWNER), String(process.pid));
    // As /tmp is: tests that run the CLI as another user (uid 65534, read-only-23) make their
    // folders in here, so that user must be able to reach them; sticky, so none removes another's.
    chmodSync(folder, 0o1777);
    return folder;
  } catch {
    return undefined;
  }
}

const PREFIX = 'fazt-tests-';
/** The file in a scratch folder naming the pid of the test run that made it. */
const OWNER = '.owner-pid';
/** How old a scratch folder without an owner file must be before it is taken for left behind. */
const UNOWNED_AGE_MS = 24 * 60 * 60_000;

/**
 * Removes the scratch folders of runs that were killed before their teardown (they would hold
 * RAM until a reboot): those whose owner pid is gone, and those with no owner file a day old.
 * A folder of a run still going (another checkout's tests at the same time) is left alone.
 */
function sweepLeftBehind(parent: string): void {
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(PREFIX)) continue;
    const folder = join(parent, name);
    try {
      let gone: boolean;
      try {
        gone = !processAlive(Number(readFileSync(join(folder, OWNER), 'utf8')));
      } catch {
        gone = Date.now() - statSync(folder).mtimeMs > UNOWNED_AGE_MS;
      }
      if (gone) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Another user's folder, or removed meanwhile: not ours to sweep.
    }
  }
}

/**
 * End-to-end tests spawn the real CLI from dist/, so build it once before any test runs. Sets
 * TMPDIR for the test workers and everything they spawn (see `scratchFolder`); the folder is
 * removed after the run, or by the next run's setup when this one was killed.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const scratch = scratchFolder();
  if (scratch) process.env.TMPDIR = scratch;
  return () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
}
