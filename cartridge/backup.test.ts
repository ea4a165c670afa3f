import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../test/helpers/runtime.js';
import { createMemoryStore } from '../tools/memory/store.js';
import { createNotesStore } from '../tools/notes/store.js';
import { backupCartridge } from './backup.js';
import { CartridgeError } from './errors.js';
import { SCHEMA_VERSION } from './migrations.js';
import { type Cartridge, openCartridge } from './open.js';
import { checkBackup, restoreCartridge } from './restore.js';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function fill(cartridge: Cartridge, label: string, count = 50) {
  cartridge.transaction(() => {
    for (let index = 0; index < count; index++)
      createMemoryStore(cartridge).remember(`${label} ${index}`, `${index}`);
    createNotesStore(cartridge).add(`a note about ${label}`);
  });
}

/** Reads a cartridge file without fazt: what is really in it. */
function peek(path: string) {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return {
      memory: (db.prepare('SELECT key FROM memory ORDER BY key').all() as { key: string }[]).map(
        (row) => row.key,
      ),
      integrity: db.pragma('integrity_check', { simple: true }),
      journal: db.pragma('journal_mode', { simple: true }),
    };
  } finally {
    db.close();
  }
}

async function refusal(promise: Promise<unknown>): Promise<CartridgeError> {
  try {
    await promise;
  } catch (error) {
    if (CartridgeError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Overwrites the start of the memory table's root page, as a failing disk might. */
function corrupt(path: string) {
  const db = new BetterSqlite3(path, { readonly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'memory'").get() as {
    rootpage: number;
  };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(400, 0x41), 0, 400, (rootpage - 1) * pageSize);
  closeSync(fd);
}

describe('backup', () => {
  it('writes one self-contained, private file with everything, and logs the backup', async () => {
    const cartridge = testCartridge();
    fill(cartridge, 'fact');
    const { sha256 } = await cartridge.blobs.importStream([randomBytes(300_000)]);
    const path = join(testDir(), 'backup.db');

    const result = await backupCartridge(cartridge, path);
    expect(result).toMatchObject({
      path,
      from: cartridge.path,
      schemaVersion: SCHEMA_VERSION,
      replaced: false,
    });
    expect(result.bytes).toBe(statSync(path).size);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const inside = peek(path);
    expect(inside).toMatchObject({ integrity: 'ok', journal: 'delete' });
    expect(inside.memory).toHaveLength(50);
    const copy = openCartridge(path);
    try {
      expect(copy.blobs.has(sha256)).toBe(true);
      expect(createNotesStore(copy).search('fact')).toHaveLength(1);
    } finally {
      copy.close();
    }
    expect(cartridge.events.query({ type: 'cartridge.backed_up' })[0]?.data).toEqual({
      path,
      bytes: result.bytes,
    });
    expect(readdirSync(testDir()).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('puts a dated file inside a folder', async () => {
    const cartridge = testCartridge();
    const dir = testDir();
    const result = await backupCartridge(cartridge, dir, {});
    expect(result.path).toMatch(new RegExp(`^${dir}/fazt-\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z\\.db$`));
    expect(peek(result.path).integrity).toBe('ok');
  });

  it('refuses the cartridge itself, a missing folder, and replacing anything but an earlier backup', async () => {
    const cartridge = testCartridge();
    const dir = testDir();
    await expect(backupCartridge(cartridge, cartridge.path)).rejects.toThrow(/is the cartridge itself/);
    await expect(backupCartridge(cartridge, join(dir, 'no/such/folder/b.db'))).rejects.toThrow(
      /folder .* does not exist/,
    );
    const earlier = join(dir, 'earlier.db');
    await backupCartridge(cartridge, earlier);
    await expect(backupCartridge(cartridge, earlier)).rejects.toThrow(/already exists/);
    fill(cartridge, 'later');
    expect((await backupCartridge(cartridge, earlier, { overwrite: true })).replaced).toBe(true);
    expect(peek(earlier).memory).toHaveLength(50);

    const precious = join(dir, 'thesis.docx');
    writeFileSync(precious, 'years of work');
    await expect(backupCartridge(cartridge, precious, { overwrite: true })).rejects.toThrow(/left alone/);
    expect(readFileSync(precious, 'utf8')).toBe('years of work');
  });

  it('waits for an in-process write transaction and copies only committed data', async () => {
    const cartridge = testCartridge();
    fill(cartridge, 'committed', 5);
    const writing = cartridge.exclusive(async () => {
      cartridge.db.prepare('BEGIN IMMEDIATE').run();
      createMemoryStore(cartridge).remember('never committed', 'x');
      await sleep(50);
      cartridge.db.prepare('ROLLBACK').run();
    });
    const path = join(testDir(), 'during.db');
    await Promise.all([writing, backupCartridge(cartridge, path)]);
    expect(peek(path).memory).not.toContain('never committed');
    expect(peek(path).memory).toHaveLength(5);
  });

  it('the partial copy is private (0600) from the start, while the backup waits for the lock', async () => {
    const cartridge = testCartridge();
    fill(cartridge, 'private', 5);
    const folder = testDir();
    const path = join(folder, 'waiting.db');
    let seen: number[] = [];
    const writing = cartridge.exclusive(async () => {
      // The backup has begun and waits for this lock: its partial copy is there already.
      await sleep(50);
      seen = readdirSync(folder)
        .filter((name) => name.startsWith('.waiting.db.partial-'))
        .map((name) => statSync(join(folder, name)).mode & 0o777);
    });
    await Promise.all([writing, backupCartridge(cartridge, path)]);
    expect(seen).toEqual([0o600]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("sweeps the partial copies of backups killed mid-way (dead pids), never a running one's", async () => {
    const cartridge = testCartridge();
    fill(cartridge, 'sweep', 5);
    const folder = testDir();
    // A process that has exited: its pid names a killed backup.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const live = process.ppid;
    const stale = [`.old.db.partial-${dead}`, `.old.db.partial-${dead}-journal`];
    const running = `.other.db.partial-${live}`;
    for (const name of [...stale, running, 'keep.partial-notes.txt']) writeFileSync(join(folder, name), 'x');
    await backupCartridge(cartridge, join(folder, 'new.db'));
    const left = readdirSync(folder).sort();
    for (const name of stale) expect(left).not.toContain(name);
    expect(left).toContain(running);
    expect(left).toContain('keep.partial-notes.txt');
    expect(left).toContain('new.db');
  });
});

describe('restore', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  async function backupOf(label: string): Promise<{ cartridge: Cartridge; backup: string }> {
    const cartridge = testCartridge();
    fill(cartridge, label);
    const backup = join(testDir(), `${label}.db`);
    await backupCartridge(cartridge, backup);
    return { cartridge, backup };
  }

  it('round-trips: the cartridge becomes the backup, the replaced one is kept, the backup is untouched', async () => {
    const { cartridge, backup } = await backupOf('old');
    fill(cartridge, 'new', 3);
    cartridge.close();
    const backupBytes = digest(backup);
    const now = new Date('2030-01-02T03:04:05.678Z');

    const result = await restoreCartridge(backup, cartridge.path, { now });
    const keptAs = `${cartridge.path}.replaced-2030-01-02T03-04-05-678Z`;
    expect(result).toMatchObject({
      from: backup,
      path: cartridge.path,
      keptAs,
      schemaVersion: SCHEMA_VERSION,
    });
    expect(digest(backup)).toBe(backupBytes);
    expect(peek(cartridge.path).memory).toHaveLength(50);
    expect(peek(keptAs)).toMatchObject({ integrity: 'ok' });
    expect(peek(keptAs).memory).toHaveLength(53);

    const restored = openCartridge(cartridge.path);
    try {
      expect(restored.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(restored.events.query({ type: 'cartridge.restored' })[0]?.data).toEqual({
        from: backup,
        keptAs,
      });
      createMemoryStore(restored).remember('after restore', 'works');
    } finally {
      restored.close();
    }
    expect(readdirSync(testDir()).filter((name) => name.includes('restoring'))).toEqual([]);
  });

  it('restores onto a fresh machine: no cartridge yet, folders created', async () => {
    const { backup } = await backupOf('moved');
    const target = join(testDir(), 'new/home/fazt.db');
    const result = await restoreCartridge(backup, target);
    expect(result.keptAs).toBeNull();
    expect(peek(target).memory).toHaveLength(50);
  });

  it('refuses a damaged backup, a newer schema, a foreign database and a non-database, changing nothing', async () => {
    const { cartridge, backup } = await backupOf('good');
    cartridge.close();
    const before = peek(cartridge.path);
    const dir = testDir();

    corrupt(backup);
    const damaged = await refusal(restoreCartridge(backup, cartridge.path));
    expect(['backup_corrupt', 'backup_unreadable']).toContain(damaged.code);
    expect(damaged.message).toMatch(/nothing was changed/);

    const newer = join(dir, 'newer.db');
    const db = new BetterSqlite3(newer);
    db.exec('CREATE TABLE memory (key TEXT)');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const tooNew = await refusal(restoreCartridge(newer, cartridge.path));
    expect(tooNew.code).toBe('backup_too_new');
    expect(tooNew.message).toMatch(/newer fazt.*nothing was changed/);

    const foreign = join(dir, 'foreign.db');
    const other = new BetterSqlite3(foreign);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    expect((await refusal(restoreCartridge(foreign, cartridge.path))).code).toBe('backup_not_cartridge');

    const text = join(dir, 'readme.txt');
    writeFileSync(text, 'hello\n'.repeat(1000));
    expect((await refusal(restoreCartridge(text, cartridge.path))).code).toBe('backup_unreadable');
    await expect(restoreCartridge(join(dir, 'missing.db'), cartridge.path)).rejects.toThrow(/no backup file/);
    await expect(restoreCartridge(cartridge.path, cartridge.path)).rejects.toThrow(/is the cartridge itself/);

    expect(peek(cartridge.path)).toEqual(before);
    expect(readdirSync(dir).some((name) => name.includes('replaced'))).toBe(false);
    expect(readdirSync(join(cartridge.path, '..')).filter((name) => /replaced|restoring/.test(name))).toEqual(
      [],
    );
    expect(() => checkBackup(text)).toThrow(CartridgeError);
  });

  it('refuses while another process has the cartridge open, and changes nothing', async () => {
    const { cartridge, backup } = await backupOf('busy');
    fill(cartridge, 'current', 2);
    cartridge.close();
    const require = createRequire(import.meta.url);
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
         const db = new D(${JSON.stringify(cartridge.path)});
         db.prepare('SELECT count(*) FROM memory').get();
         process.stdout.write('open\\n');
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(child);
    await new Promise((resolve) => child.stdout?.once('data', resolve));

    const error = await refusal(restoreCartridge(backup, cartridge.path));
    expect(error.code).toBe('cartridge_busy');
    expect(error.message).toMatch(/in use by another fazt process.*nothing was changed/);
    expect(peek(cartridge.path).memory).toHaveLength(52);
    const names = readdirSync(join(cartridge.path, '..'));
    expect(names.filter((name) => /replaced|restoring/.test(name))).toEqual([]);

    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect((await restoreCartridge(backup, cartridge.path)).keptAs).toMatch(/replaced/);
    expect(peek(cartridge.path).memory).toHaveLength(50);
  });

  it('replaces a cartridge too damaged to open, keeping the damaged file as it was', async () => {
    const { cartridge, backup } = await backupOf('rescue');
    cartridge.close();
    writeFileSync(cartridge.path, randomBytes(64 * 1024));
    const damagedBytes = digest(cartridge.path);
    const result = await restoreCartridge(backup, cartridge.path);
    expect(digest(result.keptAs!)).toBe(damagedBytes);
    expect(peek(cartridge.path).memory).toHaveLength(50);
  });
});
