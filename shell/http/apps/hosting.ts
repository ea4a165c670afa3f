import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { applyCapabilityMigrations } from '../../../cartridge/capability-schema.js';
import type { Cartridge } from '../../../cartridge/open.js';
import { appsCapability } from '../../../tools/apps/index.js';
import {
  APP_NAME,
  type AppAccess,
  type AppFile,
  type AppsStore,
  createAppsStore,
} from '../../../tools/apps/store.js';
import type { Capability } from '../../../tools/capability.js';
import type { Registry } from '../../../tools/registry.js';
import { type BlobReader, createBlobReader } from './blob-cache.js';
import { cookie, overTls, readCookie } from './cookies.js';
import type { OwnerAuth } from './owner-auth.js';
import { notFoundPage, PAGE_CSP, refusedPage } from './pages.js';
import { filePathOf } from './request-path.js';

/** How long a share cookie outlives its link, so a late visit is told the link expired (1 day). */
export const SHARE_COOKIE_GRACE_SECONDS = 86_400;

/** The CSP of a private app: its own origin only, no plugins, no framing, no foreign forms. */
export const PRIVATE_APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
export const PUBLIC_APP_CSP = "frame-ancestors 'none'";

/** A file name carrying a content hash (`app.3f9a1c2e.js`, `chunk-5KQ2ZL7D.js`): cached for a year. */
const HASHED_NAME = /[.-]([0-9a-f]{8,}|[0-9A-Za-z]{8})\.[a-z0-9]+$/;

/** Minutes between two `last used` writes for one share link. */
const TOUCH_EVERY_MS = 60_000;

type Access = 'owner' | 'share' | 'public';

/** Responses that already carry every security header (the global middleware skips them). */
export const hardened = new WeakSet<Response>();

export interface HostedApp {
  name: string;
  kind: 'deployed' | 'builtin';
  access: AppAccess;
  version: number | null;
  spa: boolean;
  createdAt: number;
}

export interface Hosting {
  /** Answers a request for `app`; `inner` is the raw (still encoded) path inside it, "" for the app root. */
  handle(c: Context, app: string, inner: string, base: string): Promise<Response>;
  /** Every app there is (stored and built-in), for the owner page. */
  apps(): HostedApp[];
  store(): AppsStore;
}

/**
 * Serves apps: deployed ones from cartridge blobs, built-in ones (a capability's `apps`) by their
 * own routes. Every request, whatever it asks for, first passes one access check: the owner's
 * session, a share link valid now for this very app, or the app being public.
 */
export function createHosting({
  cartridge,
  registry,
  auth,
  now = Date.now,
}: {
  cartridge: Cartridge;
  registry?: Registry;
  auth: OwnerAuth;
  now?: () => number;
}): Hosting {
  let migrated = false;
  const store = () => {
    if (!migrated) {
      applyCapabilityMigrations(cartridge, appsCapability);
      migrated = true;
    }
    return createAppsStore(cartridge);
  };
  let cachedStore: AppsStore | undefined;
  const apps = () => {
    cachedStore ??= store();
    return cachedStore;
  };
  const blobs: BlobReader = createBlobReader(cartridge);
  const touched = new Map<string, number>();

  // A deployed version never changes, so its file rows are cached by app, creation time (a
  // deleted and re-deployed app is a new key) and version; misses are cached too. The app row
  // itself (access, live version) is read on every request.
  const files = new Map<string, AppFile | null>();
  const fileOf = (app: HostedApp, path: string): AppFile | undefined => {
    const key = `${app.name}\n${app.createdAt}\n${app.version}\n${path}`;
    let file = files.get(key);
    if (file === undefined) {
      file = apps().file(app.name, app.version!, path) ?? null;
      if (files.size >= 20_000) files.clear();
      files.set(key, file);
    }
    return file ?? undefined;
  };

  let builtins: Map<string, { hono: Hono; capability: Capability; ready: boolean }> | undefined;
  registry?.onChange(() => {
    builtins = undefined;
  });
  const builtinApps = () => {
    if (!builtins) {
      builtins = new Map();
      for (const capability of registry?.capabilities() ?? []) {
        for (const app of capability.apps ?? []) {
          if (builtins.has(app.name) || !APP_NAME.test(app.name)) continue;
          const hono = new Hono();
          // Who is asking, for the app's routes: `c.get('viewer')` is 'owner' for the owner's
          // session, else 'guest' (a share link or public access). Set from the server's own
          // check (passed in env), never from anything the client sends.
          // biome-ignore lint/suspicious/noExplicitAny: the app's context variables are its own.
          hono.use('*', async (c: any, next) => {
            c.set(
              'viewer',
              (c.env as { faztViewer?: string } | undefined)?.faztViewer === 'owner' ? 'owner' : 'guest',
            );
            await next();
          });
          app.mount(hono, { cartridge });
          builtins.set(app.name, { hono, capability, ready: false });
        }
      }
    }
    return builtins;
  };

  const lookup = (name: string): HostedApp | undefined => {
    const stored = apps().get(name);
    if (stored) {
      if (stored.kind === 'builtin' && !builtinApps().has(name)) return undefined;
      return stored;
    }
    if (builtinApps().has(name)) {
      return { name, kind: 'builtin', access: 'private', version: null, spa: false, createdAt: 0 };
    }
    return undefined;
  };

  const touch = (id: string) => {
    const time = now();
    if ((touched.get(id) ?? 0) + TOUCH_EVERY_MS > time) return;
    touched.set(id, time);
    cartridge
      .exclusive(() => cartridge.transaction(() => apps().touchShare(id, time)))
      .catch(() => touched.delete(id));
  };

  const handle: Hosting['handle'] = async (c, name, inner, base) => {
    const request = c.req.raw;
    const url = new URL(request.url);
    const app = APP_NAME.test(name) ? lookup(name) : undefined;
    const owner = auth.isOwner(request);
    const shareCookie = `fazt_share_${name}`;
    const cookiePath = base === '' ? '/' : `${base}/`;
    const secure = overTls(request);

    const denied = () => {
      const navigation =
        request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
      if (navigation) {
        return new Response(null, {
          status: 302,
          headers: {
            location: `/_fazt/login?next=${encodeURIComponent(url.pathname + url.search)}`,
            'cache-control': 'no-store',
          },
        });
      }
      return plain(401, 'Sign in as the owner, or open a share link for this app.');
    };
    const refused = (reason: 'revoked' | 'expired' | 'unknown') => {
      const headers = new Headers({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': PAGE_CSP,
      });
      headers.append('set-cookie', cookie(shareCookie, '', { path: cookiePath, maxAge: 0, secure }));
      return new Response(refusedPage(reason), { status: 403, headers });
    };

    // A presented link: checked, kept in a cookie for this app only, and taken out of the URL.
    const presented = url.searchParams.get('share');
    if (presented !== null) {
      if (!app) return refused('unknown');
      const check = apps().verifyShare(presented, app.name, now());
      if (!check.ok)
        return refused(check.reason === 'expired' || check.reason === 'revoked' ? check.reason : 'unknown');
      touch(check.share.id);
      url.searchParams.delete('share');
      const headers = new Headers({
        location: `${url.pathname}${url.search}`,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
      // The cookie ends one day after the link (a link that never expires: 400 days, the most
      // browsers keep a cookie, RFC 6265bis §5.5): within that day a late visit is told the link
      // expired instead of meeting a sign-in page it cannot use; after it the cookie is gone. The
      // server checks the expiry on every request, so the grace day grants nothing.
      const maxAge =
        check.share.expiresAt === null
          ? 400 * 86_400
          : (check.share.expiresAt - now()) / 1000 + SHARE_COOKIE_GRACE_SECONDS;
      headers.append('set-cookie', cookie(shareCookie, presented, { path: cookiePath, maxAge, secure }));
      return new Response(null, { status: 303, headers });
    }

    if (!app) return owner ? notFound(c, url.pathname) : denied();
    let access: Access;
    if (owner) access = 'owner';
    else if (app.access === 'public') access = 'public';
    else {
      const held = readCookie(request.headers.get('cookie') ?? undefined, shareCookie);
      if (held === undefined) return denied();
      const check = apps().verifyShare(held, app.name, now());
      if (!check.ok)
        return refused(check.reason === 'expired' || check.reason === 'revoked' ? check.reason : 'unknown');
      touch(check.share.id);
      access = 'share';
    }

    if (inner === '') {
      return new Response(null, {
        status: 301,
        headers: { location: `${base}/${url.search}`, 'cache-control': 'no-store' },
      });
    }
    const response =
      app.kind === 'builtin'
        ? await dispatchBuiltin(c, app.name, inner, access)
        : await serveStatic(c, app, inner, base, access);
    return finish(response, app, access);
  };

  const dispatchBuiltin = async (
    c: Context,
    name: string,
    inner: string,
    access: Access,
  ): Promise<Response> => {
    const entry = builtinApps().get(name);
    if (!entry) return notFound(c, c.req.path);
    if (!entry.ready) {
      if (entry.capability.migrations?.length) applyCapabilityMigrations(cartridge, entry.capability);
      entry.ready = true;
    }
    const request = c.req.raw;
    const url = new URL(request.url);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const forwarded = new Request(new URL(`${inner}${url.search}`, url.origin), {
      method: request.method,
      headers: request.headers,
      body: hasBody ? request.body : undefined,
      signal: request.signal,
      duplex: hasBody ? 'half' : undefined,
    });
    const env = {
      ...(c.env as Record<string, unknown> | undefined),
      faztViewer: access === 'owner' ? 'owner' : 'guest',
    };
    const answered = await entry.hono.fetch(forwarded, env);
    return new Response(answered.body, answered);
  };

  const serveStatic = async (
    c: Context,
    app: HostedApp,
    inner: string,
    base: string,
    access: Access,
  ): Promise<Response> => {
    const request = c.req.raw;
    const method = request.method;
    if (method !== 'GET' && method !== 'HEAD') {
      return plain(405, `${method} is not allowed here: apps serve files (GET and HEAD).`, {
        allow: 'GET, HEAD',
      });
    }
    const path = filePathOf(inner);
    if (path === undefined) return plain(400, 'This path is not allowed: it names no file inside the app.');
    const version = app.version!;
    const store = apps();
    const wanted = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    let file = fileOf(app, wanted);
    if (!file && !path.endsWith('/') && path !== '' && store.hasFolder(app.name, version, `${path}/`)) {
      const url = new URL(request.url);
      const last = inner.slice(inner.lastIndexOf('/') + 1);
      return new Response(null, {
        status: 301,
        headers: {
          location: `${base}${inner.slice(0, inner.length - last.length)}${last}/${url.search}`,
          'cache-control': 'no-store',
        },
      });
    }
    let status = 200;
    if (!file && app.spa && !/\.[A-Za-z0-9]{1,8}$/.test(path))
      file = store.file(app.name, version, 'index.html');
    if (!file) {
      file = store.file(app.name, version, '404.html');
      if (!file) return notFound(c, new URL(request.url).pathname);
      status = 404;
    }
    return sendFile(request, app, file, status, access);
  };

  /**
   * A file as the response, headers as a plain record (the Node adapter writes those straight
   * out without building a Headers object), with every security header already set.
   */
  const sendFile = (
    request: Request,
    app: HostedApp,
    file: AppFile,
    status: number,
    access: Access,
  ): Response => {
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'accept-ranges': 'bytes',
      'cache-control': cacheControl(file.path, access),
      'content-security-policy': app.access === 'private' ? PRIVATE_APP_CSP : PUBLIC_APP_CSP,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    };
    if (file.gzip || file.br) headers.vary = 'Accept-Encoding';
    const range = status === 200 ? request.headers.get('range') : null;
    const encoding = range === null ? chooseEncoding(request.headers.get('accept-encoding'), file) : null;
    const body = encoding === 'br' ? file.br! : encoding === 'gzip' ? file.gzip! : file;
    const etag = `"${body.sha256.slice(0, 32)}"`;
    headers.etag = etag;
    if (encoding) headers['content-encoding'] = encoding;
    const respond = (data: ConstructorParameters<typeof Response>[0], code: number) => {
      const response = new Response(data, { status: code, headers });
      hardened.add(response);
      return response;
    };
    if (status === 200 && matches(request.headers.get('if-none-match'), etag)) {
      delete headers['content-type'];
      return respond(null, 304);
    }
    const head = request.method === 'HEAD';
    if (range !== null && (request.headers.get('if-range') ?? etag) === etag) {
      const parsed = parseRange(range, file.size);
      if (parsed === 'unsatisfiable') {
        headers['content-range'] = `bytes */${file.size}`;
        delete headers['content-type'];
        return respond(null, 416);
      }
      if (parsed) {
        const [start, end] = parsed;
        headers['content-range'] = `bytes ${start}-${end}/${file.size}`;
        headers['content-length'] = String(end - start + 1);
        if (head) return respond(null, 206);
        const small = blobs.small(file.sha256, file.size);
        return respond(
          small ? small.subarray(start, end + 1) : webStream(blobs.stream(file.sha256, start, end)),
          206,
        );
      }
    }
    headers['content-length'] = String(body.size);
    if (head) return respond(null, status);
    const small = blobs.small(body.sha256, body.size);
    return respond(small ?? webStream(blobs.stream(body.sha256, 0, body.size - 1)), status);
  };

  return {
    handle,
    store: apps,
    apps() {
      const stored: HostedApp[] = apps().list();
      for (const name of builtinApps().keys()) {
        if (!stored.some((app) => app.name === name)) {
          stored.push({ name, kind: 'builtin', access: 'private', version: null, spa: false, createdAt: 0 });
        }
      }
      return stored
        .filter((app) => app.kind === 'deployed' || builtinApps().has(app.name))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
    },
  };
}

const webStream = (stream: Readable) => Readable.toWeb(stream) as ReadableStream<Uint8Array>;

function plain(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra },
  });
}

function notFound(_c: Context, path: string): Response {
  return new Response(notFoundPage(path), {
    status: 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': PAGE_CSP,
    },
  });
}

/** Cache policy: shared views are never stored; private views revalidate; public hashed assets last a year. */
function cacheControl(path: string, access: Access): string {
  if (access === 'share') return 'private, no-store';
  if (access === 'owner') return 'private, no-cache';
  return HASHED_NAME.test(path) ? 'public, max-age=31536000, immutable' : 'public, no-cache';
}

/** Security and cache headers every app response leaves with, whatever produced it. */
function finish(response: Response, app: HostedApp, access: Access): Response {
  if (hardened.has(response)) return response;
  const headers = response.headers;
  headers.set('content-security-policy', app.access === 'private' ? PRIVATE_APP_CSP : PUBLIC_APP_CSP);
  headers.set('referrer-policy', 'no-referrer');
  headers.set('x-content-type-options', 'nosniff');
  headers.set('x-frame-options', 'DENY');
  if (access === 'share') headers.set('cache-control', 'private, no-store');
  else if (app.access === 'private' || access === 'owner') {
    const given = headers.get('cache-control') ?? '';
    if (!/\b(private|no-store)\b/.test(given)) headers.set('cache-control', 'private, no-cache');
  }
  return response;
}

/** The best precompressed copy the client accepts: brotli, then gzip, else none. */
function chooseEncoding(header: string | null, file: AppFile): 'br' | 'gzip' | null {
  if (!header || (!file.br && !file.gzip)) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params
      .map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1])
      .find((value) => value !== undefined);
    accepted.set(token, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (file.br && ok('br')) return 'br';
  if (file.gzip && ok('gzip')) return 'gzip';
  return null;
}

/** Whether an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2). */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * One byte range (RFC 9110 §14.1.2): `bytes=a-b`, `bytes=a-`, `bytes=-n`. Several ranges or an
 * unreadable header: null (the whole file is sent, as the RFC allows). A range starting past
 * the end: 'unsatisfiable' (416).
 */
export function parseRange(header: string, size: number): [number, number] | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return [start, end];
}
