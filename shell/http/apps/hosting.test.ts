import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../../cartridge/capability-schema.js';
import { type Cartridge, openCartridge } from '../../../cartridge/open.js';
import { galleryCapability, PIXEL_PNG } from '../../../test/fakes/gallery-capability.js';
import { type TempCartridge, tempCartridge } from '../../../test/helpers/cli.js';
import { type RawHttpResponse, rawRequest, setCookies } from '../../../test/helpers/http-raw.js';
import { appsCapability } from '../../../tools/apps/index.js';
import { hashPassword } from '../../../tools/apps/password.js';
import { createAppsStore } from '../../../tools/apps/store.js';
import { createDefaultRegistry, createExecutor } from '../../../tools/index.js';
import type { Registry } from '../../../tools/registry.js';
import { createMcpHttpEndpoint, type McpHttpEndpoint } from '../../mcp/http-sessions.js';
import { createHttpApp } from '../app.js';
import { ownAuthorities } from '../host-guard.js';
import { type ListeningServer, listen } from '../server.js';

const PASSWORD = 'correct horse battery';
const BIG = Buffer.alloc(300_000, 'abcdefghij');

describe('app hosting', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  let registry: Registry;
  let server: ListeningServer;
  let endpoint: McpHttpEndpoint;
  let site: string;

  const run = async (tool: string, input: unknown, approved = false) => {
    const result = await createExecutor({ cartridge, registry }).execute(tool, input, {
      caller: { kind: 'person', id: 'test' },
      approved,
    });
    if (!result.ok) throw new Error(`${tool}: ${result.error.message}`);
    return result.output as Record<string, unknown> & { url: string };
  };
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    rawRequest(server.url, path, { method, headers });

  async function login(password = PASSWORD): Promise<{ response: RawHttpResponse; cookie: string }> {
    const form = await get('/_fazt/login?next=%2Fa%2Fsite%2F');
    const csrfCookie = setCookies(form).fazt_csrf!.value;
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const response = await rawRequest(server.url, '/_fazt/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `fazt_csrf=${csrfCookie}` },
      body: new URLSearchParams({ csrf, next: '/a/site/', password }).toString(),
    });
    const session = setCookies(response).fazt_session?.value;
    return { response, cookie: `fazt_session=${session}; fazt_csrf=${csrfCookie}` };
  }

  beforeEach(async () => {
    temp = await tempCartridge('fazt-hosting-');
    cartridge = openCartridge(temp.path);
    registry = createDefaultRegistry();
    registry.addCapability(galleryCapability);
    site = join(temp.dir, 'site');
    await mkdir(join(site, 'assets'), { recursive: true });
    await mkdir(join(site, 'docs'), { recursive: true });
    await writeFile(
      join(site, 'index.html'),
      `<!doctype html><title>Site</title><h1>Hello ${'word '.repeat(200)}</h1>`,
    );
    await writeFile(
      join(site, 'assets', 'app.3f9a1c2e.js'),
      `console.log(${JSON.stringify('x'.repeat(2000))});`,
    );
    await writeFile(join(site, 'big.bin'), BIG);
    await writeFile(join(site, 'docs', 'index.html'), '<h1>Docs</h1>');
    await writeFile(join(site, '404.html'), '<h1>Custom missing page</h1>');
    await writeFile(join(site, '.env'), 'SECRET=1');
    endpoint = createMcpHttpEndpoint({ cartridge, registry });
    let authorities: ReadonlySet<string> = new Set();
    const app = createHttpApp({
      cartridge,
      mcp: endpoint,
      rateLimit: 1000,
      authorities: () => authorities,
      baseUrl: () => server.url,
      registry,
    });
    server = await listen(app, { host: '127.0.0.1', port: 0 });
    authorities = ownAuthorities('127.0.0.1', server.port);
    await run('apps_deploy', { folder: site, name: 'site' });
    applyCapabilityMigrations(cartridge, appsCapability);
    const hash = await hashPassword(PASSWORD);
    cartridge.transaction(() => createAppsStore(cartridge).setOwnerPasswordHash(hash));
  });
  afterEach(async () => {
    await endpoint.close();
    await server.close();
    cartridge.close();
    await temp.cleanup();
  });

  it('keeps a private app behind the login: browsers go to the login page, others get 401', async () => {
    const page = await get('/a/site/', { accept: 'text/html' });
    expect(page.status).toBe(302);
    expect(page.headers.location).toBe('/_fazt/login?next=%2Fa%2Fsite%2F');
    const api = await get('/a/site/big.bin');
    expect(api.status).toBe(401);
    expect(api.text).not.toContain('abcdefghij');
    for (const response of [page, api]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });

  it('logs the owner in with the right password only, with a safe cookie, CSRF and logout', async () => {
    const wrong = await login('not the password');
    expect(wrong.response.status).toBe(401);
    expect(wrong.response.text).toContain('Wrong password');
    const noCsrf = await rawRequest(server.url, '/_fazt/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(noCsrf.status).toBe(403);
    expect(setCookies(noCsrf).fazt_session).toBeUndefined();

    const { response, cookie } = await login();
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/a/site/');
    const attributes = setCookies(response).fazt_session!.attributes;
    expect(attributes).toMatch(/HttpOnly/);
    expect(attributes).toMatch(/SameSite=Lax/);
    expect(attributes).not.toMatch(/Secure/);
    const page = await get('/a/site/', { cookie, accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Hello');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['cache-control']).toBe('private, no-cache');
    const stored = cartridge.prepare('SELECT hash FROM apps_sessions').all() as { hash: string }[];
    expect(stored).toHaveLength(1);
    expect(cookie).not.toContain(stored[0]!.hash);

    const owner = await get('/', { cookie, accept: 'text/html' });
    expect(owner.text).toContain('href="/a/site/"');
    expect(owner.text).toContain('href="/a/gallery/"');
    const csrf = /name="csrf" value="([^"]+)"/.exec(owner.text)![1]!;
    const forged = await rawRequest(server.url, '/_fazt/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'csrf=forged',
    });
    expect(forged.status).toBe(403);
    expect((await get('/a/site/', { cookie })).status).toBe(200);
    const out = await rawRequest(server.url, '/_fazt/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: `csrf=${encodeURIComponent(csrf)}`,
    });
    expect(out.status).toBe(303);
    expect((await get('/a/site/', { cookie })).status).toBe(401);
  });

  it('marks cookies Secure over TLS, and shows no app names to a visitor who is not signed in', async () => {
    const form = await get('/_fazt/login', { 'x-forwarded-proto': 'https' });
    expect(setCookies(form).fazt_csrf!.attributes).toMatch(/Secure/);
    const csrfCookie = setCookies(form).fazt_csrf!.value;
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const response = await rawRequest(server.url, '/_fazt/login', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `fazt_csrf=${csrfCookie}`,
        'x-forwarded-proto': 'https',
      },
      body: new URLSearchParams({ csrf, next: '//evil.example/', password: PASSWORD }).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(setCookies(response).fazt_session!.attributes).toMatch(/Secure/);
    const visitor = await get('/', { accept: 'text/html' });
    expect(visitor.text).toContain('Sign in');
    expect(visitor.text).not.toContain('/a/site/');
    expect(visitor.text).not.toContain('gallery');
  });

  it('backs off after repeated wrong passwords with 429 and Retry-After, before checking the password', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++)
      statuses.push((await login('wrong password!')).response.status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[4]).toBe(429);
    const locked = await login();
    expect(locked.response.status).toBe(429);
    expect(Number(locked.response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('serves a public app: content types, ETag 304, ranges, precompressed copies, cache policy, 404s, SPA', async () => {
    await run('apps_set_access', { name: 'site', access: 'public' }, true);
    const page = await get('/a/site/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('public, no-cache');
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const etag = page.headers.etag as string;
    expect((await get('/a/site/', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/a/site/', { 'if-none-match': '"other"' })).status).toBe(200);

    const br = await get('/a/site/index.html', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(page.text);
    const gz = await get('/a/site/index.html', { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page.text);
    expect(gz.headers.etag).not.toBe(br.headers.etag);

    const asset = await get('/a/site/assets/app.3f9a1c2e.js');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const range = await get('/a/site/big.bin', { range: 'bytes=100-199' });
    expect(range.status).toBe(206);
    expect(range.headers['content-range']).toBe(`bytes 100-199/${BIG.length}`);
    expect(range.body.equals(BIG.subarray(100, 200))).toBe(true);
    const tail = await get('/a/site/big.bin', { range: 'bytes=-10' });
    expect(tail.body.equals(BIG.subarray(BIG.length - 10))).toBe(true);
    expect((await get('/a/site/big.bin', { range: `bytes=${BIG.length}-` })).status).toBe(416);
    const whole = await get('/a/site/big.bin');
    expect(whole.body.equals(BIG)).toBe(true);
    expect(whole.headers['content-type']).toBe('application/octet-stream');
    const head = await get('/a/site/big.bin', {}, 'HEAD');
    expect(head.headers['content-length']).toBe(String(BIG.length));
    expect(head.body.length).toBe(0);

    expect((await get('/a/site')).headers.location).toBe('/a/site/');
    expect((await get('/a/site/docs')).headers.location).toBe('/a/site/docs/');
    expect((await get('/a/site/docs/')).text).toBe('<h1>Docs</h1>');
    const missing = await get('/a/site/nope');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Custom missing page');
    expect((await get('/a/site/.env')).status).toBe(404);
    expect((await get('/a/site/index.html', {}, 'POST')).status).toBe(405);

    await writeFile(join(site, '404.html'), '');
    const spaFolder = join(temp.dir, 'spa');
    await mkdir(spaFolder);
    await writeFile(join(spaFolder, 'index.html'), '<h1>SPA</h1>');
    await run('apps_deploy', { folder: spaFolder, name: 'spa', spa: true });
    await run('apps_set_access', { name: 'spa', access: 'public' }, true);
    expect((await get('/a/spa/some/route')).text).toBe('<h1>SPA</h1>');
    const plain404 = await get('/a/spa/missing.png');
    expect(plain404.status).toBe(404);
    expect(plain404.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain404.text).toContain('Not found');
  });

  it('never serves anything outside the app for traversal attempts (encoded, double-encoded, backslash, NUL)', async () => {
    await run('apps_set_access', { name: 'site', access: 'public' }, true);
    const secret = join(temp.dir, 'other');
    await mkdir(secret);
    await writeFile(join(secret, 'secret.txt'), 'TOP-SECRET-CONTENT');
    // Approved: a file named secret.txt is one a deploy asks about first (it looks secret).
    await run('apps_deploy', { folder: secret, name: 'other' }, true);
    const attempts = [
      '/a/site/../other/secret.txt',
      '/a/site/%2e%2e/other/secret.txt',
      '/a/site/%2E%2E/%2E%2E/etc/passwd',
      '/a/site/%252e%252e/other/secret.txt',
      '/a/site/%252e%252e%252fother%252fsecret.txt',
      '/a/site/..%2fother%2fsecret.txt',
      '/a/site/..%2Fother%2Fsecret.txt',
      '/a/site/..%5cother%5csecret.txt',
      '/a/site/..\\other\\secret.txt',
      '/a/site/%5c..%5c..%5cetc%5cpasswd',
      '/a/site/index.html%00.txt',
      '/a/site/%00',
      '/a/site/%2500',
      '/a/site/%c0%ae%c0%ae/other/secret.txt',
      '/a/site/..%c0%afother%c0%afsecret.txt',
      '/a/site/....//other/secret.txt',
      '/a/site//etc/passwd',
      '/a/site/%2f%2fetc%2fpasswd',
      '/a/site/docs/%2e%2e%2f%2e%2e%2fother/secret.txt',
      '/a/site/../../../../etc/passwd',
      '/a/site/%u002e%u002e/other/secret.txt',
    ];
    for (const path of attempts) {
      const response = await get(path);
      expect(response.text, path).not.toContain('TOP-SECRET-CONTENT');
      expect(response.text, path).not.toMatch(/root:.*:0:0:/);
      expect([301, 302, 400, 401, 404], `${path} → ${response.status}`).toContain(response.status);
    }
    // A NUL or control byte sent raw in the request line is refused by the HTTP parser itself.
  });

  it('opens a private app through its share link only, and stops at once when revoked or expired', async () => {
    const shared = await run('apps_share', { app: 'site', label: 'grandma' });
    const link = new URL(shared.url);
    expect(link.pathname).toBe('/a/site/');
    const first = await get(`${link.pathname}${link.search}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/a/site/');
    const held = setCookies(first)[`fazt_share_site`]!;
    expect(held.attributes).toMatch(/Path=\/a\/site\//);
    expect(held.attributes).toMatch(/HttpOnly/);
    const cookie = `fazt_share_site=${held.value}`;
    const page = await get('/a/site/', { cookie });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect((await get('/a/site/big.bin', { cookie })).status).toBe(200);

    // The token opens only its own app, even when presented to another.
    const stolen = await get(`/a/gallery/?share=${link.searchParams.get('share')}`);
    expect(stolen.status).toBe(403);
    expect((await get('/a/gallery/', { cookie: `fazt_share_gallery=${held.value}` })).status).toBe(403);

    await run('apps_unshare', { id: (shared.share as { id: string }).id });
    const revoked = await get('/a/site/big.bin', { cookie });
    expect(revoked.status).toBe(403);
    expect(revoked.text).toContain('revoked');
    expect(revoked.text).not.toContain('abcdefghij');

    const store = createAppsStore(cartridge);
    const old = cartridge.transaction(() =>
      store.createShare({
        app: 'site',
        label: 'old',
        expiresAt: Date.now() - 1000,
        now: Date.now() - 10_000,
      }),
    );
    const expired = await get(`/a/site/?share=${old.token}`);
    expect(expired.status).toBe(403);
    expect(expired.text).toContain('expired');
    expect((await get('/a/site/', { cookie: `fazt_share_site=${old.token}` })).status).toBe(403);
    const forged = `${old.token.slice(0, 13)}${'A'.repeat(43)}`;
    expect((await get(`/a/site/?share=${forged}`)).status).toBe(403);

    const listed = await run('apps_shares', {});
    const grandma = (listed.shares as { label: string; lastUsedAt: number | null; status: string }[]).find(
      (share) => share.label === 'grandma',
    )!;
    expect(grandma.status).toBe('revoked');
    expect(grandma.lastUsedAt).not.toBeNull();
    const rows = cartridge.prepare('SELECT token_hash FROM apps_shares').all() as { token_hash: string }[];
    expect(rows.some((row) => shared.url.includes(row.token_hash))).toBe(false);
  });

  it('mounts a built-in app behind the same check for every route (page, JSON, images, POST)', async () => {
    for (const path of ['/a/gallery/', '/a/gallery/api/items', '/a/gallery/media/1', '/a/gallery/app.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(401);
    }
    expect((await rawRequest(server.url, '/a/gallery/api/echo', { method: 'POST', body: 'hi' })).status).toBe(
      401,
    );
    const shared = await run('apps_share', { app: 'gallery', label: 'friend', expires: 'a week' });
    const link = new URL(shared.url);
    const cookieValue = setCookies(await get(`${link.pathname}${link.search}`)).fazt_share_gallery!.value;
    const cookie = `fazt_share_gallery=${cookieValue}`;
    const items = await get('/a/gallery/api/items', { cookie });
    expect(JSON.parse(items.text)).toEqual([
      { id: 1, title: 'first' },
      { id: 2, title: 'second' },
    ]);
    const image = await get('/a/gallery/media/1', { cookie });
    expect(image.body.equals(PIXEL_PNG)).toBe(true);
    expect(image.headers['cache-control']).toBe('private, no-store');
    expect(image.headers['content-security-policy']).toContain("default-src 'self'");
    const guest = await get('/a/gallery/api/viewer', { cookie: `${cookie}; x=1`, 'x-fazt-viewer': 'owner' });
    expect(JSON.parse(guest.text)).toEqual({ viewer: 'guest' });
    const echo = await rawRequest(server.url, '/a/gallery/api/echo', {
      method: 'POST',
      body: 'hi',
      headers: { cookie },
    });
    expect(JSON.parse(echo.text)).toEqual({ got: 'hi' });
    // The site's share cookie does not open the gallery.
    const siteShare = await run('apps_share', { app: 'site' });
    const siteLink = new URL(siteShare.url);
    const siteCookie = setCookies(await get(`${siteLink.pathname}${siteLink.search}`)).fazt_share_site!.value;
    expect((await get('/a/gallery/media/1', { cookie: `fazt_share_site=${siteCookie}` })).status).toBe(401);
    await run('apps_unshare', { app: 'gallery' });
    expect((await get('/a/gallery/media/1', { cookie })).status).toBe(403);

    const { cookie: owner } = await login();
    expect((await get('/a/gallery/media/1', { cookie: owner })).status).toBe(200);
    expect(JSON.parse((await get('/a/gallery/api/viewer', { cookie: owner })).text)).toEqual({
      viewer: 'owner',
    });
    await run('apps_set_access', { name: 'gallery', access: 'public' }, true);
    const open = await get('/a/gallery/media/1');
    expect(open.status).toBe(200);
    expect(open.headers['cache-control']).toBe('public, max-age=31536000');
  });

  it('serves <app>.localhost by Host header, and refuses foreign hosts', async () => {
    await run('apps_set_access', { name: 'site', access: 'public' }, true);
    const sub = await get('/docs/', { host: `site.localhost:${server.port}` });
    expect(sub.status).toBe(200);
    expect(sub.text).toBe('<h1>Docs</h1>');
    expect((await get('/', { host: `gallery.localhost:${server.port}` })).status).toBe(401);
    expect((await get('/', { host: `site.evil.example:${server.port}` })).status).toBe(403);
    expect((await get('/', { host: `site.localhost:1` })).status).toBe(403);
    const unknown = await get('/', { host: `nothing.localhost:${server.port}`, accept: 'text/html' });
    expect(unknown.status).toBe(302);
  });

  it('keeps the previous version live when a deploy fails, and rolls back', async () => {
    await run('apps_set_access', { name: 'site', access: 'public' }, true);
    await writeFile(join(site, 'index.html'), '<h1>Version 2</h1>');
    const second = await run('apps_deploy', { folder: site, name: 'site' });
    expect(second.version).toBe(2);
    expect((await get('/a/site/')).text).toBe('<h1>Version 2</h1>');
    await writeFile(join(site, 'index.html'), '<h1>Version 3</h1>');
    // Text files big enough that compressing them takes a while: the deploy is cancelled mid-way.
    for (let index = 0; index < 2; index++) {
      await writeFile(join(site, `data-${index}.txt`), randomBytes(512 * 1024).toString('base64'));
    }
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const executor = createExecutor({ cartridge, registry });
    const failed = await executor.execute(
      'apps_deploy',
      { folder: site, name: 'site' },
      { caller: { kind: 'person' }, signal: controller.signal },
    );
    expect(failed.ok).toBe(false);
    expect((await get('/a/site/')).text).toBe('<h1>Version 2</h1>');
    expect(
      createAppsStore(cartridge)
        .versions('site')
        .map((row) => row.version),
    ).toEqual([1, 2]);
    await run('apps_rollback', { name: 'site' });
    expect((await get('/a/site/')).text).toContain('<h1>Hello');
  });
});
