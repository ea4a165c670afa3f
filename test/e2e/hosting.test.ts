import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, runCli, runCliJson, spawnCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { rawRequest, setCookies } from '../helpers/http-raw.js';
import { type ServeProcess, startServe } from './mcp-helpers.js';

describe('hosting from the command line', () => {
  let temp: TempCartridge;
  let serve: ServeProcess | undefined;
  const fazt = (args: string[], input?: string, env?: NodeJS.ProcessEnv) =>
    runCli(args, { cartridge: temp.path, input, env });

  beforeEach(async () => {
    temp = await tempCartridge('fazt-hosting-e2e-');
    await mkdir(join(temp.dir, 'blog'));
    await writeFile(join(temp.dir, 'blog', 'index.html'), '<h1>My blog</h1>');
  });
  afterEach(async () => {
    await serve?.stop();
    serve = undefined;
    await temp.cleanup();
  });

  it('deploys, lists as [{name, path, access, version, url}], shares, lists and revokes links', async () => {
    const deployed = await fazt(['run', 'apps_deploy', '--folder', join(temp.dir, 'blog'), '--name', 'blog']);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stdout).toContain('Deployed blog version 1');
    const apps = await runCliJson<unknown[]>(['apps', '--json'], { cartridge: temp.path });
    expect(apps).toEqual([
      { name: 'blog', path: '/a/blog/', access: 'private', version: 1, url: 'http://127.0.0.1:7777/a/blog/' },
      // The photo gallery is built in (no deployed version) and private until the owner says otherwise.
      {
        name: 'photos',
        path: '/a/photos/',
        access: 'private',
        version: null,
        url: 'http://127.0.0.1:7777/a/photos/',
      },
    ]);

    const shared = await fazt(['share', 'blog', '--label', 'for grandma']);
    expect(shared.code, shared.stderr).toBe(0);
    const lines = shared.stdout.trim().split('\n');
    const link = lines.at(-1)!;
    expect(link).toMatch(
      /^http:\/\/127\.0\.0\.1:7777\/a\/blog\/\?share=[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{43}$/,
    );
    expect(shared.stdout).toMatch(/expiring \d{4}-\d{2}-\d{2}/);

    const never = await fazt(['share', 'blog', '--label', 'me', '--expires', 'never']);
    expect(never.stdout).toContain('never expiring');
    const bad = await fazt(['share', 'blog', '--expires', 'soonish']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Cannot read the expiry "soonish"');
    const unknown = await fazt(['share', 'nothing']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no app named "nothing"');

    const list = await fazt(['share', '--list']);
    expect(list.stdout).toMatch(/blog {2}"for grandma" {2}active {2}expires \d{4}/);
    expect(list.stdout).not.toContain(link.split('share=')[1]);
    const id = /share=([A-Za-z0-9_-]{12})\./.exec(link)![1]!;
    const revoked = await fazt(['share', '--revoke', id]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain('Revoked 1 share link');
    const after = await runCliJson<{ shares: { id: string; status: string }[] }>(
      ['share', '--list', '--json'],
      {
        cartridge: temp.path,
      },
    );
    expect(after.shares.find((share) => share.id === id)?.status).toBe('revoked');
  });

  it('"publish" of another folder named like a hosted app asks first, naming both folders (S20 MEDIUM 5)', async () => {
    const other = join(temp.dir, 'other', 'blog');
    await mkdir(other, { recursive: true });
    await writeFile(join(other, 'index.html'), '<h1>Not mine</h1>');
    expect((await fazt(['ask', '-q', `host the folder ${join(temp.dir, 'blog')} as my blog`])).code).toBe(0);
    const asked = await fazt(['ask', '-q', `publish ${other}`]);
    expect(asked.code).toBe(3);
    expect(asked.stdout).toContain(`"blog" is already hosted from ${join(temp.dir, 'blog')} (version 1)`);
    expect(asked.stdout).toContain('To go ahead, run the request again with --yes.');
    const replaced = await fazt(['ask', '-q', '--yes', `publish ${other}`]);
    expect(replaced.code, replaced.stdout).toBe(0);
    expect(replaced.stdout).toContain('Deployed blog version 2');
  });

  it('a link revoked by another process stops working on the running server at the next request', async () => {
    await fazt(['run', 'apps_deploy', '--folder', join(temp.dir, 'blog'), '--name', 'blog']);
    const empty = await fazt(['share', 'blog', '--expires', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(
      /^fazt: --expires was given an empty value\. Say when the link stops working: --expires 7d/,
    );
    expect(empty.stderr).not.toMatch(/apps_share/);
    const link = new URL(
      (await fazt(['share', 'blog', '--label', 'grandma'])).stdout.trim().split('\n').at(-1)!,
    );
    serve = await startServe(temp.path);
    const opened = await rawRequest(serve.url, `${link.pathname}${link.search}`);
    expect(opened.status).toBe(303);
    const cookie = `fazt_share_blog=${setCookies(opened).fazt_share_blog!.value}`;
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookies(opened).fazt_share_blog!.attributes)?.[1]);
    // The link's 7 days plus one grace day in which a late visit is told the link expired.
    expect(maxAge).toBeGreaterThan(8 * 86_400 - 120);
    expect(maxAge).toBeLessThanOrEqual(8 * 86_400);
    const page = await rawRequest(serve.url, '/a/blog/', { headers: { cookie } });
    expect(page.text).toBe('<h1>My blog</h1>');
    await fazt(['run', 'apps_unshare', '--app', 'blog']);
    const refused = await rawRequest(serve.url, '/a/blog/', { headers: { cookie } });
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain('My blog');
  });

  it('kill -9 in the middle of a deploy leaves the previous version live and the next deploy works', async () => {
    await fazt(['run', 'apps_deploy', '--folder', join(temp.dir, 'blog'), '--name', 'blog']);
    for (let index = 0; index < 6; index++) {
      await writeFile(
        join(temp.dir, 'blog', `data-${index}.txt`),
        randomBytes(512 * 1024).toString('base64'),
      );
    }
    await writeFile(join(temp.dir, 'blog', 'index.html'), '<h1>My blog, version 2</h1>');
    const child = spawnCli(['run', 'apps_deploy', '--folder', join(temp.dir, 'blog'), '--name', 'blog'], {
      cartridge: temp.path,
    });
    const done = collect(child);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const apps = await runCliJson<{ version: number }[]>(['apps', '--json'], { cartridge: temp.path });
    expect(apps[0]?.version).toBe(1);
    serve = await startServe(temp.path);
    await fazt(['run', 'apps_set_access', '--name', 'blog', '--access', 'public', '--yes']);
    expect((await rawRequest(serve.url, '/a/blog/')).text).toBe('<h1>My blog</h1>');
    const again = await fazt(['run', 'apps_deploy', '--folder', join(temp.dir, 'blog'), '--name', 'blog']);
    expect(again.code, again.stderr).toBe(0);
    expect((await rawRequest(serve.url, '/a/blog/')).text).toBe('<h1>My blog, version 2</h1>');
  }, 120_000);

  it('sets the owner password from stdin only when asked, refusing weak ones, stored as scrypt', async () => {
    const noTty = await fazt(['passwd']);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain('fazt passwd --stdin');
    const weak = await fazt(['passwd', '--stdin'], 'short\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('at least 8 characters');
    const set = await fazt(['passwd', '--stdin'], 'a long enough passphrase 🙂\n');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('Set the owner password');
    const again = await fazt(['passwd', '--stdin'], 'another long passphrase\n');
    expect(again.stdout).toContain('Changed the owner password');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(temp.path, { readonly: true });
    const row = db.prepare("SELECT value FROM apps_settings WHERE key = 'owner_password'").get() as {
      value: string;
    };
    db.close();
    expect(row.value).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.value).not.toContain('passphrase');
  });

  it('writes a systemd user unit that runs fazt serve and restarts on failure', async () => {
    const config = join(temp.dir, 'config');
    const installed = await fazt(['service', 'install', '--no-start'], undefined, {
      XDG_CONFIG_HOME: config,
    });
    expect(installed.code, installed.stderr).toBe(0);
    const file = join(config, 'systemd', 'user', 'fazt.service');
    const unit = await readFile(file, 'utf8');
    expect(unit).toMatch(/^ExecStart=\/\S+\/node \/\S+\/dist\/fazt\.js --cartridge \S+fazt\.db serve$/m);
    expect(unit).toContain(`--cartridge ${temp.path} serve`);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^WantedBy=default\.target$/m);
    if (existsSync('/usr/bin/systemd-analyze') || existsSync('/bin/systemd-analyze')) {
      const output = execFileSync('systemd-analyze', ['verify', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(output.trim()).toBe('');
    } else {
      console.warn(
        'systemd-analyze is not installed: skipped only `systemd-analyze verify`; the unit content was checked.',
      );
    }
    const status = await runCliJson<{ installed: boolean; running: boolean }>(
      ['service', 'status', '--json'],
      {
        cartridge: temp.path,
        env: { XDG_CONFIG_HOME: config },
      },
    );
    expect(status.installed).toBe(true);
    const removed = await fazt(['service', 'uninstall'], undefined, { XDG_CONFIG_HOME: config });
    expect(removed.stdout).toContain('Removed');
    expect(existsSync(file)).toBe(false);
  });
});
