import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, cliArgs, collect, NODE, ROOT, runCli } from '../helpers/cli.js';

// A cartridge fazt may read but not write: the file is not writable, or its folder is not (so
// SQLite cannot make the -wal and -shm files). Reads and backups work; writes are refused naming
// the real reason. Permissions do not stop root, so as root the CLI runs as user `nobody`.
const asRoot = process.getuid?.() === 0;
const SETPRIV = '/usr/bin/setpriv';

/** The CLI as a user whom file modes bind: this one, or (as root) uid 65534 through setpriv. */
function runAsUser(
  args: string[],
  cartridge: string,
  home: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  if (asRoot && !existsSync(SETPRIV)) {
    throw new Error(
      `These tests run as root, where file modes do not apply, and need ${SETPRIV} (util-linux) to run fazt as another user. Install util-linux or run the tests as a user other than root.`,
    );
  }
  const argv = cliArgs(args, { cartridge });
  const [command, ...rest] = asRoot
    ? [SETPRIV, '--reuid=65534', '--regid=65534', '--clear-groups', NODE, ...argv]
    : [NODE, ...argv];
  const child = spawn(command!, rest, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: home, NO_COLOR: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin?.end();
  return collect(child, 60_000);
}

describe('a cartridge fazt can read but not write', () => {
  let dir = '';
  let folder = '';
  let path = '';
  let home = '';
  let backups = '';
  beforeEach(async () => {
    dir = join(tmpdir(), `fazt-read-only-${process.pid}-${Date.now()}`);
    folder = join(dir, 'cartridge');
    home = join(dir, 'home');
    backups = join(dir, 'backups');
    for (const made of [dir, folder, home, backups]) {
      mkdirSync(made, { recursive: true });
      chmodSync(made, 0o777);
    }
    path = join(folder, 'fazt.db');
    for (const request of ['remember that my locker is 12', 'note buy ferns']) {
      const made = await runCli(['ask', request], { cartridge: path, env: { HOME: home } });
      expect(made.code, made.stderr).toBe(0);
    }
  });
  afterEach(() => {
    chmodSync(folder, 0o777);
    rmSync(dir, { recursive: true, force: true });
  });

  const checkReadsAndRefusals = async (reason: RegExp) => {
    const list = await runAsUser(['run', 'memory_list'], path, home);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('locker: 12');

    const status = await runAsUser(['status'], path, home);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/memory\s+1/);

    const asked = await runAsUser(['ask', 'what is my locker?'], path, home);
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.stdout).toContain('Your locker is 12');
    expect(asked.stderr).toMatch(
      /This turn could not be saved in the conversation: fazt can only read the cartridge/,
    );

    const backup = await runAsUser(['backup', join(backups, 'copy.db')], path, home);
    expect(backup.code, backup.stderr).toBe(0);
    const copy = new Database(join(backups, 'copy.db'), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM memory').get()).toEqual({ n: 1 });
    copy.close();

    for (const args of [
      ['run', 'notes_add', '--text', 'hello'],
      ['run', 'memory_remember', '--key', 'shed', '--value', 'green'],
    ]) {
      const write = await runAsUser(args, path, home);
      expect(write.code, write.stdout).toBe(1);
      expect(write.stderr).toMatch(/fazt can only read the cartridge .*nothing was changed/);
      expect(write.stderr).toMatch(reason);
      expect(write.stderr).not.toMatch(/readonly database|not a usable fazt cartridge|permission denied/);
    }
    // Nothing was left beside the cartridge by the reads.
    expect(readdirSync(folder)).toEqual(['fazt.db']);
  };

  it('a file not writable (mode 444) in a writable folder', async () => {
    chmodSync(path, 0o444);
    await checkReadsAndRefusals(/the file is not writable for fazt \(mode 444/);
  });

  it('a writable file in a folder fazt cannot write (no -wal or -shm can be made)', async () => {
    chmodSync(path, 0o666);
    chmodSync(folder, 0o555);
    await checkReadsAndRefusals(
      /its folder .* is not writable for fazt, and SQLite must make the cartridge's -wal and -shm files there/,
    );
  });

  it('reads a cartridge in a folder fazt cannot write in place, copying nothing to the temp folder', async () => {
    chmodSync(path, 0o644);
    chmodSync(folder, 0o555);
    // A temp folder no copy can be made in: the read must not need one.
    const noTemp = join(dir, 'no-temp');
    mkdirSync(noTemp);
    chmodSync(noTemp, 0o555);
    const list = await runAsUser(['run', 'memory_list'], path, home, { TMPDIR: noTemp });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('locker: 12');
    expect(readdirSync(folder)).toEqual(['fazt.db']);
    // With `file:` URIs turned off for SQLite, the cartridge is still read, from a copy.
    const copied = await runAsUser(['run', 'memory_list'], path, home, { SQLITE_USE_URI: '0' });
    expect(copied.code, copied.stderr).toBe(0);
    expect(copied.stdout).toContain('locker: 12');
    expect(readdirSync(folder)).toEqual(['fazt.db']);
  });

  it('reads what a write-ahead log beside the cartridge holds, in a folder fazt cannot write', async () => {
    // A reader holding its snapshot keeps the next write's pages in the -wal (no checkpoint can
    // move them into the file). The cartridge copied elsewhere with that log and its -shm is one
    // its owner has open; with the log alone, what a crash leaves. Either way some committed data
    // is only in the -wal.
    const reader = new Database(path, { readonly: true });
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM memory').get();
    const wrote = await runCli(['ask', 'remember that my shed is green'], {
      cartridge: path,
      env: { HOME: home },
    });
    expect(wrote.code, wrote.stderr).toBe(0);
    const places = {
      'in-use': ['fazt.db', 'fazt.db-shm', 'fazt.db-wal'],
      crashed: ['fazt.db', 'fazt.db-wal'],
    };
    for (const [place, names] of Object.entries(places)) {
      mkdirSync(join(dir, place));
      for (const name of names) copyFileSync(join(folder, name), join(dir, place, name));
    }
    reader.close();
    const fileAlone = join(dir, 'file-alone.db');
    copyFileSync(join(dir, 'crashed', 'fazt.db'), fileAlone);
    const alone = new Database(fileAlone, { readonly: true });
    expect(alone.prepare('SELECT count(*) AS n FROM memory').get()).toEqual({ n: 1 });
    alone.close();

    // With the -shm there, the cartridge is read in place: no temp folder is needed.
    const noTemp = join(dir, 'no-temp');
    mkdirSync(noTemp);
    chmodSync(noTemp, 0o555);
    for (const [place, names] of Object.entries(places)) {
      const at = join(dir, place);
      for (const name of names) chmodSync(join(at, name), 0o644);
      chmodSync(at, 0o555);
      try {
        const env = place === 'in-use' ? { TMPDIR: noTemp } : {};
        const list = await runAsUser(['run', 'memory_list'], join(at, 'fazt.db'), home, env);
        expect(list.code, `${place}: ${list.stderr}`).toBe(0);
        expect(list.stdout, place).toContain('locker: 12');
        expect(list.stdout, place).toContain('shed: green');
        expect(readdirSync(at), place).toEqual(names);
      } finally {
        chmodSync(at, 0o777);
      }
    }
  });
});
