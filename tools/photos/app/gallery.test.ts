import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCartridge } from '../../../cartridge/open.js';
import { importPhotos } from '../import.js';
import { makeTestPhoto, TEST_SERIAL, writePhoto } from '../test-images.js';
import { mountGallery } from './mount.js';

/**
 * The gallery's routes on a plain Hono app, the way `fazt serve` mounts them. A middleware
 * stands in for the server's access check: `x-test-owner: 1` marks the owner.
 */
describe('the gallery app', () => {
  let app: Hono<{ Variables: { viewer: string } }>;
  let root: string;

  beforeAll(async () => {
    // Made here, not with testDir: a beforeAll runs outside any test, so nothing would remove it.
    const dir = mkdtempSync(join(tmpdir(), 'fazt-gallery-'));
    root = join(dir, 'Secret Host Folder');
    for (let index = 0; index < 7; index++) {
      writePhoto(
        join(root, index < 3 ? 'Trip 🏔' : 'Home', `IMG_${index}.jpg`),
        await makeTestPhoto({
          color: `#${(index * 30 + 16).toString(16)}4080`,
          taken: `2024:0${(index % 3) + 1}:1${index} 10:00:00`,
          offset: '+01:00',
          gps: index === 0,
          camera: { make: 'Canon', model: 'Canon EOS 5D' },
        }),
      );
    }
    const cartridge = openCartridge(join(dir, 'fazt.db'));
    await importPhotos(cartridge, root);
    app = new Hono<{ Variables: { viewer: string } }>();
    app.use('*', async (c, next) => {
      if (c.req.header('x-test-owner') === '1') c.set('viewer', 'owner');
      await next();
    });
    mountGallery(app, { cartridge });
    return () => {
      cartridge.close();
      rmSync(dir, { recursive: true, force: true });
    };
  }, 60_000);

  const owner = { headers: { 'x-test-owner': '1' } };
  const json = async (path: string, init?: RequestInit) => {
    const response = await app.request(path, init);
    expect(response.status, path).toBe(200);
    return { body: (await response.json()) as Record<string, unknown>, text: '' };
  };

  it('serves the page without inline script or style (a strict CSP holds), and its assets', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:href|src)="(assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toHaveLength(3);
    const version = assets[0]!.split('/')[1]!;
    for (const name of [
      'gallery.js',
      'gallery.css',
      'photoswipe.esm.min.js',
      'photoswipe-lightbox.esm.min.js',
      'photoswipe.css',
    ]) {
      const file = await app.request(`/assets/${version}/${name}`);
      expect(file.status, name).toBe(200);
      expect(file.headers.get('cache-control')).toContain('immutable');
      expect((await file.text()).length).toBeGreaterThan(500);
    }
    expect((await app.request(`/assets/${version}/../../etc/passwd`)).status).toBe(404);
    expect((await app.request(`/assets/${version}/handlers.ts`)).status).toBe(404);
  });

  it('lists albums and pages through photos without any host path, file name or GPS for guests', async () => {
    const { body: albums } = await json('/api/albums');
    const titles = (albums.albums as { title: string }[]).map((album) => album.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Trip 🏔', 'Home', 'January 2024', 'February 2024', 'March 2024']),
    );
    expect(albums.total).toBe(7);

    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 10; page++) {
      const { body } = await json(`/api/photos?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      const photos = body.photos as { id: string; takenAt: string }[];
      seen.push(...photos.map((photo) => photo.id));
      const text = JSON.stringify(body);
      expect(text).not.toContain(root);
      expect(text).not.toContain('Secret Host Folder');
      expect(text).not.toContain('IMG_');
      expect(text).not.toMatch(/gps|latitude|serial/i);
      expect(text).not.toContain(TEST_SERIAL);
      if (!body.nextCursor) break;
      cursor = body.nextCursor as string;
    }
    expect(new Set(seen).size).toBe(7);

    const trip = (albums.albums as { id: string; title: string }[]).find(
      (album) => album.title === 'Trip 🏔',
    )!;
    const { body: inTrip } = await json(`/api/photos?album=${trip.id}`);
    expect(inTrip.total).toBe(3);
    expect((await app.request('/api/photos?album=f-nope')).status).toBe(404);

    const { body: ownerView } = await json('/api/photos', owner);
    expect(ownerView.viewer).toBe('owner');
    expect(JSON.stringify(ownerView)).toContain('latitude');
  });

  it('serves thumbnails and web copies by content id with ETag revalidation', async () => {
    const { body } = await json('/api/photos?limit=1');
    const id = (body.photos as { id: string }[])[0]!.id;
    const thumb = await app.request(`/media/${id}/thumb`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(thumb.headers.get('cache-control')).toBe('private, no-cache');
    expect(thumb.headers.get('content-disposition')).toContain(id.slice(0, 16));
    const bytes = Buffer.from(await thumb.arrayBuffer());
    expect(bytes.toString('latin1', 8, 12)).toBe('WEBP');
    const etag = thumb.headers.get('etag')!;
    const again = await app.request(`/media/${id}/thumb`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await app.request(`/media/${id}/web`)).status).toBe(200);
    expect((await app.request(`/media/${'0'.repeat(64)}/thumb`)).status).toBe(404);
    expect((await app.request(`/media/${id}/exif`)).status).toBe(404);
    expect((await app.request('/media/..%2F..%2Fetc%2Fpasswd/thumb')).status).toBe(404);
  });

  it('gives originals to the owner only, without GPS unless ?gps=1', async () => {
    const { body } = await json('/api/photos?limit=50', owner);
    const tagged = (body.photos as { id: string; gps: unknown }[]).find((photo) => photo.gps)!;
    expect((await app.request(`/media/${tagged.id}/original`)).status).toBe(403);
    expect((await app.request(`/media/${tagged.id}/original?gps=1`)).status).toBe(403);

    const exifr = (await import('exifr')).default;
    const plain = await app.request(`/media/${tagged.id}/original`, owner);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('image/jpeg');
    expect(plain.headers.get('content-disposition')).toBe(
      `attachment; filename="${tagged.id.slice(0, 16)}.jpg"`,
    );
    expect(await exifr.gps(Buffer.from(await plain.arrayBuffer()))).toBeUndefined();

    const withGps = await app.request(`/media/${tagged.id}/original?gps=1`, owner);
    expect((await exifr.gps(Buffer.from(await withGps.arrayBuffer())))?.latitude).toBeCloseTo(48.8584, 3);
  });

  it('works mounted under a path, with or without the trailing slash', async () => {
    // Hono routes `/a/photos/` to the app's `/` only with strict: false (fazt serve's choice).
    const server = new Hono({ strict: false });
    server.route('/a/photos', app);
    const bare = await (await server.request('/a/photos')).text();
    const slash = await (await server.request('/a/photos/')).text();
    const assetOf = (html: string) => /src="([^"]+gallery\.js)"/.exec(html)![1]!;
    // Both resolve to /a/photos/assets/<v>/gallery.js in a browser.
    expect(new URL(assetOf(bare), 'http://x/a/photos').pathname).toMatch(
      /^\/a\/photos\/assets\/[0-9a-f]{12}\/gallery\.js$/,
    );
    expect(new URL(assetOf(slash), 'http://x/a/photos/').pathname).toBe(
      new URL(assetOf(bare), 'http://x/a/photos').pathname,
    );
    expect((await server.request(new URL(assetOf(slash), 'http://x/a/photos/').pathname)).status).toBe(200);
    expect((await server.request('/a/photos/api/albums')).status).toBe(200);
  });
});
