import type { Context } from 'hono';
import type { MountRoutes, RouteContext } from '../../capability.js';

/**
 * The gallery's routes, relative to the app root (`fazt serve` mounts them at `/a/photos/`):
 *
 * | route                         | what                                                        |
 * | ----------------------------- | ----------------------------------------------------------- |
 * | `GET /`                       | the gallery page (no inline script or style: strict CSP ok) |
 * | `GET /assets/<v>/<name>`      | gallery.js/.css and the vendored PhotoSwipe files            |
 * | `GET /api/albums`             | `{albums, total, viewer}`                                   |
 * | `GET /api/photos?album=&cursor=&limit=` | `{photos, nextCursor, total, viewer}`             |
 * | `GET /media/<id>/thumb`, `/web` | derived WebP, no metadata, ETag + 304                      |
 * | `GET /media/<id>/original[?gps=1]` | owner only (403 otherwise); GPS stripped unless gps=1  |
 *
 * Who is asking comes from the Hono context variable `viewer` ('owner' | 'guest'), set by the
 * server's access check before these routes run; unset counts as 'guest'. Handlers load on the
 * first request, so registering the routes costs `fazt run` nothing.
 */
export const mountGallery: MountRoutes = (app, context: RouteContext) => {
  const handlers = () => import('./handlers.js');
  app.get('/', async (c: Context) => (await handlers()).page(c, context));
  app.get('/assets/:version/:name', async (c: Context) => (await handlers()).asset(c, context));
  app.get('/api/albums', async (c: Context) => (await handlers()).albums(c, context));
  app.get('/api/photos', async (c: Context) => (await handlers()).photos(c, context));
  app.get('/media/:id/:kind', async (c: Context) => (await handlers()).media(c, context));
};
