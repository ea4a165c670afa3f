import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';
import { startWriter } from './writer-process.js';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** What a cartridge file holds of the writer's work, read without fazt. */
function contents(path: string) {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  try {
    const keys = (
      db.prepare("SELECT key FROM memory WHERE key LIKE 'busy fact %'").all() as { key: string }[]
    )
      .map(({ key }) => Number(key.split(' ').at(-1)))
      .sort((a, b) => a - b);
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      keys,
      notes: count("SELECT count(*) AS n FROM notes WHERE text LIKE 'busy note %'"),
      remembered: count(
        "SELECT count(*) AS n FROM events WHERE type = 'memory.remembered' AND data ->> '$.key' LIKE 'busy fact %'",
      ),
      audited: count("SELECT count(*) AS n FROM audit WHERE tool = 'memory_remember' AND caller_id = 'busy'"),
      blobs: count('SELECT count(*) AS n FROM blobs WHERE sha256 IS NOT NULL'),
      restoredEvents: count("SELECT count(*) AS n FROM events WHERE type = 'cartridge.restored'"),
    };
  } finally {
    db.close();
  }
}

describe('backup while another process writes, and restore', () => {
  const cart = useTempCartridge('fazt-backup-');

  it('backs up a consistent snapshot mid-stream, refuses to restore under a live writer, then round-trips', async () => {
    const { path, dir } = cart();
    const photo = await cart().writeFile('photo.jpg', randomBytes(3 * 1024 * 1024 + 7));
    expect((await runCli(['run', 'blobs_import', '--path', photo], { cartridge: path })).code).toBe(0);

    const writer = await startWriter(path, 'busy', 0);
    await writer.ready;
    writer.go();
    await writer.reached(100);
    const before = writer.done();

    const backup = join(dir, 'snapshot.db');
    const printed = await runCli(['backup', backup], { cartridge: path });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(
      new RegExp(`^Backed up ${path} to ${backup} \\(.+ MiB, schema v\\d+, .+ s\\)\\.`),
    );
    await writer.reached(before + 100);

    // The backup opens, is whole, and is one consistent moment: every fact that made it in is
    // there with its event and its audit row, numbered without gaps.
    const snapshot = contents(backup);
    expect(snapshot.integrity).toBe('ok');
    const taken = snapshot.keys.length;
    expect(taken).toBeGreaterThanOrEqual(before);
    expect(snapshot.keys).toEqual(Array.from({ length: taken }, (_, index) => index));
    expect(snapshot.remembered).toBe(taken);
    expect(snapshot.audited).toBe(taken);
    expect([taken - 1, taken]).toContain(snapshot.notes);
    expect(snapshot.blobs).toBe(1);
    const backupBytes = digest(backup);

    // Restoring under a running writer is refused, and nothing moves.
    const refused = await runCli(['restore', backup, '--json'], { cartridge: path });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/in use by another fazt process.*nothing was changed/);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'cartridge_busy' } });
    expect(readdirSync(dir).filter((name) => /replaced|restoring/.test(name))).toEqual([]);

    writer.stop();
    const { finished, failures } = await writer.finished;
    expect(failures).toEqual([]);
    expect(finished).toBeGreaterThan(taken);

    const restored = await runCliJson<{ path: string; from: string; keptAs: string }>(
      ['restore', backup, '--json'],
      { cartridge: path },
    );
    expect(restored).toMatchObject({ path, from: backup });
    expect(restored.keptAs).toMatch(new RegExp(`^${path}\\.replaced-`));
    expect(digest(backup)).toBe(backupBytes);

    const now = contents(path);
    expect(now).toMatchObject({ integrity: 'ok', notes: snapshot.notes, blobs: 1, restoredEvents: 1 });
    expect(now.keys).toEqual(snapshot.keys);
    const kept = contents(restored.keptAs);
    expect(kept.integrity).toBe('ok');
    expect(kept.keys).toHaveLength(finished);

    const recall = await runCliJson<{ found: boolean; match: { value: string } }>(
      ['run', 'memory_recall', '--key', 'busy fact 0', '--json'],
      { cartridge: path },
    );
    expect(recall).toMatchObject({ found: true, match: { value: 'busy value 0' } });
  }, 120_000);

  it('never replaces an existing file unless asked to: another cartridge and a plain SQLite file stay untouched', async () => {
    const { path, dir } = cart();
    await runCli(['run', 'memory_remember', '--key', 'door code', '--value', '1234'], { cartridge: path });
    const victim = join(dir, 'victim.db');
    const entries = Array.from({ length: 18 }, (_, index) => ({
      key: `victim fact ${index}`,
      value: `${index}`,
    }));
    expect(
      (await runCli(['run', 'memory_import', JSON.stringify({ entries })], { cartridge: victim })).code,
    ).toBe(0);
    const plain = join(dir, 'plain.db');
    const db = new BetterSqlite3(plain);
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('mine')");
    db.close();
    const text = await cart().writeFile('notes.txt', 'keep me\n');
    const before = { victim: digest(victim), plain: digest(plain), text: digest(text) };

    for (const target of [victim, plain, text]) {
      const refused = await runCli(['backup', target], { cartridge: path });
      expect(refused.code, target).toBe(2);
      expect(refused.stderr, target).toMatch(/already exists.*nothing was written/);
      expect(refused.stderr, target).toContain(target);
    }
    const json = await runCli(['backup', victim, '--json'], { cartridge: path });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'invalid_input' } });
    expect(JSON.parse(json.stdout).error.message).toContain(`fazt backup ${victim} --replace`);
    // The tool says the same, and `replace` without consent is held for approval (exit 3, as every
    // call that needs consent: issue 7, S7), nothing written.
    const run = await runCli(['run', 'cartridge_backup', '--path', plain], { cartridge: path });
    expect(run.code).toBe(2);
    const unapproved = await runCli(['run', 'cartridge_backup', '--path', plain, '--replace'], {
      cartridge: path,
    });
    expect(unapproved.code).toBe(3);
    expect(unapproved.stderr).toMatch(/needs, for what this call would do, your explicit approval/);
    expect({ victim: digest(victim), plain: digest(plain), text: digest(text) }).toEqual(before);

    // Asked for on purpose: an SQLite file is replaced, a file of another kind never.
    expect((await runCli(['backup', text, '--replace'], { cartridge: path })).code).toBe(2);
    expect(digest(text)).toBe(before.text);
    const replaced = await runCli(['backup', plain, '--replace'], { cartridge: path });
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/replacing the file that was there/);
    const copy = new BetterSqlite3(plain, { readonly: true });
    expect(copy.prepare("SELECT value FROM memory WHERE key = 'door code'").get()).toEqual({
      value: '"1234"',
    });
    copy.close();
  }, 120_000);

  it('says in plain words what it did and what it refused', async () => {
    const { path, dir } = cart();
    await runCli(['run', 'memory_remember', '--key', 'door code', '--value', '1234'], { cartridge: path });
    const backup = join(dir, 'b.db');
    expect((await runCli(['backup', backup], { cartridge: path })).code).toBe(0);

    const restored = await runCli(['restore', backup], { cartridge: path });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      new RegExp(
        `^Restored ${path} from ${backup} \\(schema v\\d+\\)\\. The cartridge it replaced is kept at ${path}\\.replaced-\\S+; delete it once you no longer need it\\.\\n$`,
      ),
    );

    const text = await cart().writeFile('notes.txt', 'not a cartridge\n'.repeat(500));
    const refused = await runCli(['restore', text], { cartridge: path });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^fazt: .*notes\.txt cannot be read as a fazt cartridge.*nothing was changed\.\n$/,
    );

    const missing = await runCli(['backup', join(dir, 'b.db')], { cartridge: join(dir, 'nowhere.db') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No cartridge at .*nowhere\.db/);
  });
});
