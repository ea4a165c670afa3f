import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CLI, NODE, runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

interface Listed {
  name: string;
}

/** A folder holding `files` (path → text) under `dir`. */
function folder(dir: string, name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('hosting a folder, as a person says it', () => {
  const cart = useTempCartridge('fazt-hosting-');

  it('reads words after the path as options, and a path with real spaces as typed', async () => {
    const { path, dir } = cart();
    const site = folder(dir, 'site2', { 'index.html': '<h1>hi</h1>' });
    const spaced = folder(dir, 'my site', { 'index.html': '<h1>spaced</h1>' });
    const ask = (request: string, ...more: string[]) =>
      runCli(['ask', request, ...more], { cartridge: path });

    // "as photos": a built-in app's name, said by the tool, not a folder called "site2 as photos".
    const builtin = await ask(`host ${site} as photos`, '--yes');
    expect(builtin.code).toBe(2);
    expect(builtin.stdout).toMatch(/"photos" is a built-in app/);
    expect(builtin.stdout + builtin.stderr).not.toMatch(/ENOENT|site2 as photos/);

    // "publicly": two steps, said; nothing is hosted.
    const publicly = await ask(`host ${site} publicly as pub`, '--yes');
    expect(publicly.stdout).toMatch(/An app starts private.*make pub public.*Nothing was changed/);
    expect(publicly.stdout + publicly.stderr).not.toMatch(/ENOENT/);

    expect((await ask(`host ${site} privately as priv`, '--yes')).code).toBe(0);
    expect((await ask(`host ${spaced} as spc`, '--yes')).code).toBe(0);
    const apps = await runCliJson<Listed[]>(['apps', '--json'], { cartridge: path });
    expect(apps.map((app) => app.name).sort()).toEqual(['photos', 'priv', 'spc']);
  }, 120_000);

  it('refuses system folders, and secret-looking files without consent', async () => {
    const { path, dir } = cart();
    const run = (...args: string[]) => runCli(['run', 'apps_deploy', ...args], { cartridge: path });

    const etc = await runCli(['ask', 'host /etc as etc2', '--yes'], { cartridge: path });
    expect(etc.code).toBe(2);
    expect(etc.stdout).toMatch(/\/etc is a system folder.*Nothing was deployed/);
    const home = await runCli(['run', 'apps_deploy', '--folder', '~', '--name', 'home', '--yes'], {
      cartridge: path,
      env: { HOME: dir },
    });
    expect(home.code).toBe(2);
    expect(home.stderr).toMatch(/your home folder/);

    const keys = folder(dir, 'keys', {
      'index.html': '<p>keys</p>',
      id_rsa: 'PRIVATE',
      'conf/server.pem': 'KEY',
      'chromium.d/apikeys': 'K',
      shadow: 'root:x',
      '.env': 'SECRET=1',
    });
    const refused = await run('--folder', keys, '--name', 'keys');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /holds 4 files that look secret \(chromium\.d\/apikeys, conf\/server\.pem, id_rsa, shadow\).*Nothing was deployed/,
    );
    expect(
      (await runCliJson<Listed[]>(['apps', '--json'], { cartridge: path })).map((app) => app.name),
    ).toEqual(['photos']);
    // On purpose: deployed, hidden files still left out.
    const deployed = await runCliJson<{ files: number; skipped: { path: string }[] }>(
      ['run', 'apps_deploy', '--folder', keys, '--name', 'keys', '--yes', '--json'],
      { cartridge: path },
    );
    expect(deployed.files).toBe(5);
    expect(deployed.skipped.map((skip) => skip.path)).toEqual(['.env']);
  }, 120_000);

  it('what a deploy killed with -9 left behind is freed by the next deploy once older than the grace', async () => {
    const { path, dir } = cart();
    expect(
      (await runCli(['run', 'memory_remember', '--key', 'door', '--value', '1'], { cartridge: path })).code,
    ).toBe(0);
    const files: Record<string, string> = { 'index.html': '<p>big</p>' };
    for (let index = 0; index < 300; index += 1)
      files[`f${index}.txt`] = randomBytes(30_000).toString('base64');
    const big = folder(dir, 'big', files);
    const small = folder(dir, 'small', { 'index.html': '<p>small</p>' });
    const blobs = () => {
      const db = new BetterSqlite3(path, { readonly: true });
      try {
        return db.prepare('SELECT count(*) AS n FROM blobs WHERE sha256 IS NOT NULL').get() as { n: number };
      } finally {
        db.close();
      }
    };

    const child = spawn(
      NODE,
      [CLI, '--cartridge', path, 'run', 'apps_deploy', '--folder', big, '--name', 'big'],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise((done) => child.once('exit', done));
    while (blobs().n < 10) await sleep(20);
    child.kill('SIGKILL');
    await exited;
    const left = blobs().n;
    expect(left).toBeGreaterThanOrEqual(10);
    expect(
      (await runCliJson<{ name: string }[]>(['apps', '--json'], { cartridge: path })).map((app) => app.name),
    ).toEqual(['photos']);

    // Younger than the grace: a deploy in another process may still name them, so they stay.
    expect(
      (await runCli(['run', 'apps_deploy', '--folder', small, '--name', 'small'], { cartridge: path })).code,
    ).toBe(0);
    expect(blobs().n).toBe(left + 1);
    // Older than the grace: the next deploy frees them, and the cartridge is whole.
    const db = new BetterSqlite3(path);
    db.prepare('UPDATE blobs SET created_at = created_at - ?').run(11 * 60 * 1000);
    db.close();
    expect(
      (await runCli(['run', 'apps_deploy', '--folder', small, '--name', 'small'], { cartridge: path })).code,
    ).toBe(0);
    expect(blobs().n).toBe(1);
    const check = new BetterSqlite3(path, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  }, 120_000);
});
