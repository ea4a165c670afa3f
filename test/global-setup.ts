import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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
    const folder = mkdtempSync(join('/dev/shm', 'fazt-tests-'));
    // As /tmp is: tests that run the CLI as another user (uid 65534, read-only-23) make their
    // folders in here, so that user must be able to reach them; sticky, so none removes another's.
    chmodSync(folder, 0o1777);
    return folder;
  } catch {
    return undefined;
  }
}

/**
 * End-to-end tests spawn the real CLI from dist/, so build it once before any test runs. Sets
 * TMPDIR for the test workers and everything they spawn (see `scratchFolder`); the folder is
 * removed after the run.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const scratch = scratchFolder();
  if (scratch) process.env.TMPDIR = scratch;
  return () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
}
