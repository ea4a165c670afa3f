import { defineCapability } from '../../tools/capability.js';

/** A 1×1 PNG, the "image" the test gallery serves. */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A tiny capability with a built-in app (`gallery`): an HTML page, a JSON API reading its own
 * table, and an image route — to prove that `fazt serve` mounts built-in apps behind exactly
 * the access check of deployed apps, for every route the app has. Not one of fazt's capabilities.
 */
export const galleryCapability = defineCapability({
  id: 'testgallery',
  title: 'Test gallery',
  source: 'builtin',
  tools: [],
  migrations: [
    {
      version: 1,
      description: 'testgallery_items',
      up(db) {
        db.exec(
          "CREATE TABLE testgallery_items (id INTEGER PRIMARY KEY, title TEXT NOT NULL); INSERT INTO testgallery_items (title) VALUES ('first'), ('second');",
        );
      },
    },
  ],
  apps: [
    {
      name: 'gallery',
      title: 'Gallery',
      description: 'A test gallery.',
      mount(app, { cartridge }) {
        // biome-ignore lint/suspicious/noExplicitAny: Hono's context, typed loosely in the contract.
        app.get('/', (c: any) =>
          c.html(
            '<!doctype html><html><head><title>Gallery</title><script src="app.js"></script></head><body><h1>Gallery</h1><img src="media/1" alt="one"></body></html>',
          ),
        );
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        app.get('/app.js', (c: any) =>
          c.body('document.title = "Gallery";', 200, { 'content-type': 'text/javascript' }),
        );
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        app.get('/api/items', (c: any) =>
          c.json(cartridge.prepare('SELECT id, title FROM testgallery_items').all()),
        );
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        app.get('/media/:id', (c: any) =>
          c.body(PIXEL_PNG, 200, {
            'content-type': 'image/png',
            'cache-control': 'public, max-age=31536000',
          }),
        );
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        app.get('/api/viewer', (c: any) => c.json({ viewer: c.get('viewer') ?? null }));
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        app.post('/api/echo', async (c: any) => c.json({ got: await c.req.text() }));
      },
    },
  ],
});
