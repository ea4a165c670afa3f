import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { applyCapabilityMigrations } from '../../../cartridge/capability-schema.js';
import { wordTable } from '../../../cartridge/lexicon.js';
import type { RouteContext } from '../../capability.js';
import { photosMigrations } from '../migrations.js';
import { originalWithoutGps } from '../original-download.js';
import { toOwnerPhoto, toPublicPhoto } from '../schemas.js';
import { createPhotosStore } from '../store.js';

/** Who is looking: the owner (logged in) or a guest (share link, public app). */
export type PhotosViewer = 'owner' | 'guest';

/** The Hono context variable the server sets before the gallery's routes run. */
export const VIEWER_VARIABLE = 'viewer';

const viewerOf = (c: Context): PhotosViewer =>
  c.get(VIEWER_VARIABLE as never) === 'owner' ? 'owner' : 'guest';

const GALLERY_FILES = ['gallery.js', 'gallery.css'];
const PHOTOSWIPE_FILES = ['photoswipe.esm.min.js', 'photoswipe-lightbox.esm.min.js', 'photoswipe.css'];
const TYPES: Record<string, string> = wordTable({
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
});

interface Asset {
  bytes: Buffer;
  type: string;
}

/**
 * The gallery's static files. In the bundle they sit in `dist/photos-app/` (scripts/build.mjs
 * copies them there, PhotoSwipe included); from source, next to this file and in
 * node_modules/photoswipe/dist.
 */
function loadAssets(): { files: Map<string, Asset>; version: string } {
  const bundled = fileURLToPath(new URL('./photos-app/', import.meta.url));
  const files = new Map<string, Asset>();
  const hash = createHash('sha256');
  for (const name of [...GALLERY_FILES, ...PHOTOSWIPE_FILES]) {
    let path = `${bundled}${name}`;
    if (!existsSync(path)) {
      path = GALLERY_FILES.includes(name)
        ? fileURLToPath(new URL(`./assets/${name}`, import.meta.url))
        : join(dirname(createRequire(import.meta.url).resolve('photoswipe')), name);
    }
    const bytes = readFileSync(path);
    hash.update(bytes);
    files.set(name, { bytes, type: TYPES[name.split('.').pop()!]! });
  }
  return { files, version: hash.digest('hex').slice(0, 12) };
}

let assets: ReturnType<typeof loadAssets> | undefined;
const getAssets = () => {
  assets ??= loadAssets();
  return assets;
};

const storeOf = ({ cartridge }: RouteContext) => {
  applyCapabilityMigrations(cartridge, { id: 'photos', migrations: photosMigrations });
  return createPhotosStore(cartridge);
};

const SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/**
 * `GET /`: the page. Its URLs are relative, so it works wherever the app is mounted
 * (`/a/photos/`, `photos.localhost/`); at a path without the trailing slash (`/a/photos`) they
 * start with the last segment (`photos/assets/…`). gallery.js finds the app root from its own URL.
 */
export function page(c: Context, _context: RouteContext): Response {
  const { pathname } = new URL(c.req.url);
  const last = pathname.split('/').at(-1) ?? '';
  // `last` comes percent-encoded from the URL (no quote or angle bracket); only `&` needs escaping.
  const prefix = pathname.endsWith('/') || last === '' ? '' : `${last.replaceAll('&', '&amp;')}/`;
  const { version } = getAssets();
  const asset = (name: string) => `${prefix}assets/${version}/${name}`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Photos</title>
<link rel="stylesheet" href="${asset('photoswipe.css')}">
<link rel="stylesheet" href="${asset('gallery.css')}">
<script type="module" src="${asset('gallery.js')}"></script>
</head>
<body>
<header class="bar">
  <h1 id="title">Photos</h1>
  <span id="count" class="count"></span>
</header>
<div class="layout">
  <nav id="albums" class="albums" aria-label="Albums"></nav>
  <main id="photos" class="photos" aria-busy="true">
    <p id="status" class="status">Loading…</p>
    <div id="grid" class="grid"></div>
    <div id="more" class="more" aria-hidden="true"></div>
  </main>
</div>
<noscript><p class="status">The gallery needs JavaScript.</p></noscript>
</body>
</html>
`;
  return c.body(html, 200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'private, no-cache',
  });
}

/** `GET /assets/<version>/<name>`: immutable when the version is the current one. */
export function asset(c: Context, _context: RouteContext): Response {
  const { files, version } = getAssets();
  const file = files.get(c.req.param('name') ?? '');
  if (!file) return c.json({ error: { code: 'not_found', message: 'No such file.' } }, 404, SECURITY_HEADERS);
  const current = c.req.param('version') === version;
  return c.body(new Uint8Array(file.bytes), 200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.type,
    'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}

/** `GET /api/albums`: `{albums, total, viewer}`. No host path: folder titles are relative. */
export function albums(c: Context, context: RouteContext): Response {
  const store = storeOf(context);
  return c.json({ albums: store.albums(), total: store.count(), viewer: viewerOf(c) }, 200, {
    ...SECURITY_HEADERS,
    'Cache-Control': 'private, no-store',
  });
}

/** `GET /api/photos?album=&cursor=&limit=` (limit 1–500, default 120). GPS only for the owner. */
export function photos(c: Context, context: RouteContext): Response {
  const store = storeOf(context);
  const album = c.req.query('album') || undefined;
  const cursor = c.req.query('cursor') || undefined;
  const limit = Math.min(500, Math.max(1, Number.parseInt(c.req.query('limit') ?? '120', 10) || 120));
  const page = store.list({ album, cursor, limit });
  if (!page) {
    return c.json(
      { error: { code: 'album_missing', message: 'There is no such album.' } },
      404,
      SECURITY_HEADERS,
    );
  }
  const viewer = viewerOf(c);
  return c.json(
    {
      photos: page.photos.map(viewer === 'owner' ? toOwnerPhoto : toPublicPhoto),
      nextCursor: page.nextCursor,
      total: page.total,
      viewer,
    },
    200,
    { ...SECURITY_HEADERS, 'Cache-Control': 'private, no-store' },
  );
}

const CONTENT_ID = /^[0-9a-f]{64}$/;
const EXTENSIONS: Record<string, string> = wordTable({
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  heic: 'heic',
});
const ORIGINAL_TYPES: Record<string, string> = wordTable({
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  heic: 'image/heic',
});

/**
 * `GET /media/<id>/thumb|web|original`. Names are content ids; responses revalidate every time
 * (`no-cache` + ETag → 304), so a revoked share stops working even for images seen before.
 */
export async function media(c: Context, context: RouteContext): Promise<Response> {
  const notFound = () =>
    c.json({ error: { code: 'not_found', message: 'No such photo.' } }, 404, SECURITY_HEADERS);
  const id = c.req.param('id') ?? '';
  const kind = c.req.param('kind');
  if (!CONTENT_ID.test(id) || (kind !== 'thumb' && kind !== 'web' && kind !== 'original')) return notFound();
  const store = storeOf(context);
  const photo = store.get(id);
  if (!photo) return notFound();
  const { cartridge } = context;

  if (kind === 'original') {
    if (viewerOf(c) !== 'owner') {
      return c.json(
        { error: { code: 'owner_only', message: 'Originals are for the owner only. Log in as the owner.' } },
        403,
        SECURITY_HEADERS,
      );
    }
    const withGps = c.req.query('gps') === '1';
    const etag = `"${id}${withGps ? '' : '-nogps'}"`;
    const headers = {
      ...SECURITY_HEADERS,
      ETag: etag,
      'Cache-Control': 'private, no-cache',
      'Content-Type': ORIGINAL_TYPES[photo.format] ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${id.slice(0, 16)}.${EXTENSIONS[photo.format] ?? 'bin'}"`,
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    const chunks: Buffer[] = [];
    for await (const chunk of cartridge.blobs.openReadStream(id)) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    return c.body(new Uint8Array(withGps ? bytes : await originalWithoutGps(bytes)), 200, headers);
  }

  const derived = kind === 'thumb' ? photo.thumb : photo.web;
  const info = cartridge.blobs.stat(derived.sha256);
  if (!info) return notFound();
  const etag = `"${derived.sha256}"`;
  const headers = {
    ...SECURITY_HEADERS,
    ETag: etag,
    'Cache-Control': 'private, no-cache',
    'Content-Type': derived.type,
    'Content-Disposition': `inline; filename="${id.slice(0, 16)}-${kind}.${derived.type === 'image/webp' ? 'webp' : 'jpg'}"`,
  };
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  const stream = Readable.toWeb(cartridge.blobs.openReadStream(derived.sha256)) as ReadableStream<Uint8Array>;
  return c.body(stream, 200, { ...headers, 'Content-Length': String(info.size) });
}
