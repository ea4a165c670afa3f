import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCartridge } from '../../cartridge/open.js';
import {
  type CliResult,
  collect,
  makeCartridge,
  runCliJson,
  spawnCli,
  useTempCartridge,
} from '../helpers/cli.js';

const GiB = 1024 * 1024 * 1024;
const MiB = 1024 * 1024;

/** 1 GiB of incompressible data, written fast: a 64 MiB random block repeated with a varying header. */
function makeGigabyteFile(path: string): void {
  const block = randomBytes(64 * MiB);
  const fd = openSync(path, 'w');
  try {
    for (let index = 0; index < GiB / block.length; index++) {
      block.writeUInt32LE(index, 0);
      writeSync(fd, block);
    }
  } finally {
    closeSync(fd);
  }
}

async function sha256Of(stream: AsyncIterable<unknown>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const count = (db: Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

/** Reads the cartridge without fazt (no sweep, no migration): what the crash really left. */
function inspect(path: string) {
  const db = new BetterSqlite3(path);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      blobs: count(db, 'SELECT count(*) AS n FROM blobs WHERE sha256 IS NOT NULL'),
      staging: count(db, 'SELECT count(*) AS n FROM blobs WHERE sha256 IS NULL'),
      chunks: count(db, 'SELECT count(*) AS n FROM blob_chunks'),
      memory: count(db, 'SELECT count(*) AS n FROM memory'),
      imported: count(db, "SELECT count(*) AS n FROM events WHERE type = 'memory.imported'"),
      audited: count(db, "SELECT count(*) AS n FROM audit WHERE tool = 'memory_import'"),
    };
  } finally {
    db.close();
  }
}

/**
 * Starts `fazt run …`, waits until `midway()` says the write is under way (polled every few
 * ms while the process lives), then kills it with SIGKILL. Returns the process result and how
 * long the write had run.
 */
async function killMidway(
  args: string[],
  cartridge: string,
  midway: () => boolean,
  input?: string,
): Promise<{ result: CliResult; killedAfterMs: number; sawMidway: boolean }> {
  const started = performance.now();
  const child = spawnCli(args, { cartridge });
  const done = collect(child, 300_000);
  child.stdin?.on('error', () => {});
  child.stdin?.end(input ?? '');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  let sawMidway = false;
  while (!exited) {
    if (midway()) {
      sawMidway = true;
      child.kill('SIGKILL');
      break;
    }
    await sleep(2);
  }
  const killedAfterMs = Math.round(performance.now() - started);
  return { result: await done, killedAfterMs, sawMidway };
}

describe('kill -9 in the middle of a large write', () => {
  const cart = useTempCartridge('fazt-crash-');

  it('a 1 GiB blob import leaves no visible blob and, after reopening, no staging rows; a rerun is whole', async () => {
    const { path, dir } = cart();
    expect((await makeCartridge(path)).code).toBe(0);
    const file = join(dir, 'big.bin');
    makeGigabyteFile(file);
    try {
      const expected = await sha256Of(createReadStream(file, { highWaterMark: 4 * MiB }));

      const watcher = new BetterSqlite3(path, { readonly: true });
      let chunks = 0;
      const run = await killMidway(['run', 'blobs_import', '--path', file, '--json'], path, () => {
        chunks = count(watcher, 'SELECT count(*) AS n FROM blob_chunks');
        return chunks >= 64;
      });
      watcher.close();
      console.info(`blob import killed after ${run.killedAfterMs} ms with ${chunks} MiB committed in steps`);
      expect(run.sawMidway).toBe(true);
      expect(run.result.signal).toBe('SIGKILL');

      const crashed = inspect(path);
      expect(crashed.integrity).toBe('ok');
      expect(crashed.blobs).toBe(0);
      expect(crashed.staging).toBe(1);
      expect(crashed.chunks).toBeGreaterThanOrEqual(64);
      expect(crashed.chunks).toBeLessThan(1024);

      // Any fazt process opening the cartridge sweeps what the dead import left.
      expect(
        (await runCliJson<{ counts: { blobs: number } }>(['status', '--json'], { cartridge: path })).counts
          .blobs,
      ).toBe(0);
      expect(inspect(path)).toMatchObject({ integrity: 'ok', blobs: 0, staging: 0, chunks: 0 });

      const started = performance.now();
      const stored = await runCliJson(['run', 'blobs_import', '--path', file, '--json'], {
        cartridge: path,
        timeoutMs: 300_000,
      });
      console.info(`full 1 GiB import through the CLI: ${Math.round(performance.now() - started)} ms`);
      expect(stored).toEqual({ sha256: expected, size: GiB, existed: false });
      expect(inspect(path)).toMatchObject({ integrity: 'ok', blobs: 1, staging: 0, chunks: 1024 });
      const cartridge = openCartridge(path);
      try {
        expect(await sha256Of(cartridge.blobs.openReadStream(expected))).toBe(expected);
      } finally {
        cartridge.close();
      }
    } finally {
      rmSync(file, { force: true });
    }
  }, 300_000);

  it('100,000 facts through memory_import are wholly absent after the kill, and whole after a rerun', async () => {
    const { path, dir } = cart();
    expect((await makeCartridge(path)).code).toBe(0);
    const entries = Array.from({ length: 100_000 }, (_, index) => ({
      key: `fact ${index}`,
      value: `value ${index}`,
    }));
    const file = join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify({ entries }));

    // Mid-transaction: the uncommitted pages have started to spill into the write-ahead log,
    // while a reader still sees none of the facts.
    const wal = `${path}-wal`;
    const watcher = new BetterSqlite3(path, { readonly: true });
    const run = await killMidway(['run', 'memory_import', `@${file}`, '--json'], path, () => {
      if (!existsSync(wal) || statSync(wal).size < 2 * MiB) return false;
      return count(watcher, 'SELECT count(*) AS n FROM memory') === 0;
    });
    watcher.close();
    console.info(`memory_import killed after ${run.killedAfterMs} ms, mid-transaction`);
    expect(run.sawMidway).toBe(true);
    expect(run.result.signal).toBe('SIGKILL');

    const crashed = inspect(path);
    expect(crashed.integrity).toBe('ok');
    expect(crashed).toMatchObject({ memory: 0, imported: 0, audited: 0 });

    const started = performance.now();
    const result = await runCliJson(['run', 'memory_import', `@${file}`, '--json'], { cartridge: path });
    console.info(`full 100,000-fact import through the CLI: ${Math.round(performance.now() - started)} ms`);
    expect(result).toEqual({ created: 100_000, updated: 0 });
    expect(inspect(path)).toMatchObject({ integrity: 'ok', memory: 100_000, imported: 1, audited: 1 });
    const db = new BetterSqlite3(path, { readonly: true });
    try {
      const matching = count(
        db,
        "SELECT count(*) AS n FROM memory WHERE value = json_quote('value ' || substr(key, 6))",
      );
      expect(matching).toBe(100_000);
    } finally {
      db.close();
    }
  }, 120_000);
});
