import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { type ServeProcess, startServe } from './mcp-helpers.js';

/**
 * Share links and app URLs name the address `fazt serve` really answers on (a server started on
 * port 0 picks a free one), not the configured server.port; with no server running they say the
 * link works once `fazt serve` runs and show the address it will have.
 */
describe('links name the running server', () => {
  let temp: TempCartridge;
  const serves: ServeProcess[] = [];
  const share = (label: string) =>
    runCliJson<{ url: string; serving: boolean }>(
      ['run', 'apps_share', '--app', 'photos', '--label', label, '--json'],
      {
        cartridge: temp.path,
      },
    );

  beforeEach(async () => {
    temp = await tempCartridge('fazt-live-server-');
  });
  afterEach(async () => {
    for (const serve of serves.splice(0)) await serve.stop();
    await temp.cleanup();
  });

  it('uses the live port while fazt serve runs, and the configured one with a note when it does not', async () => {
    const before = await runCli(['run', 'apps_share', '--app', 'photos', '--label', 'grandma'], {
      cartridge: temp.path,
    });
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toContain('the link works once `fazt serve` runs');
    expect(before.stdout).toMatch(/^http:\/\/127\.0\.0\.1:7777\/a\/photos\/\?share=\S+$/m);

    const serve = await startServe(temp.path);
    serves.push(serve);
    expect(serve.port).not.toBe(7777);
    const during = await runCli(['run', 'apps_share', '--app', 'photos', '--label', 'grandpa'], {
      cartridge: temp.path,
    });
    expect(during.code, during.stderr).toBe(0);
    expect(during.stdout).not.toContain('works once');
    const link = /^(http:\S+)$/m.exec(during.stdout)?.[1];
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${serve.port}/a/photos/\\?share=`));
    // The printed link really opens the gallery on that server.
    const opened = await fetch(link!, { redirect: 'manual' });
    expect(opened.status).toBeLessThan(400);
    expect((await share('aunt')).serving).toBe(true);
    const apps = await runCliJson<{ name: string; url: string }[]>(['apps', '--json'], {
      cartridge: temp.path,
    });
    expect(apps.find((app) => app.name === 'photos')?.url).toBe(`http://127.0.0.1:${serve.port}/a/photos/`);

    // A clean stop forgets the address.
    await serves.pop()!.stop();
    const after = await share('uncle');
    expect(after.serving).toBe(false);
    expect(after.url).toMatch(/^http:\/\/127\.0\.0\.1:7777\//);
  });

  it('two servers at once: links name the newest; when it stops, the one still running', async () => {
    const first = await startServe(temp.path);
    serves.push(first);
    const second = await startServe(temp.path);
    serves.push(second);
    expect((await share('a')).url).toContain(`:${second.port}/`);
    await serves.pop()!.stop();
    const left = await share('b');
    expect(left).toMatchObject({ serving: true });
    expect(left.url).toContain(`:${first.port}/`);
  });

  it('a server killed with SIGKILL leaves a row that is not trusted', async () => {
    const serve = await startServe(temp.path);
    serve.child.kill('SIGKILL');
    await serve.stop();
    const after = await share('after-kill');
    expect(after.serving).toBe(false);
    expect(after.url).not.toContain(`:${serve.port}/`);
    expect(after.url).toMatch(/:7777\//);
    // The next server clears the dead row and records itself.
    const next = await startServe(temp.path);
    serves.push(next);
    expect((await share('next')).url).toContain(`:${next.port}/`);
  });
});
