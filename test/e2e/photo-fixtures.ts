import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { makeTestPhoto, writePhoto } from '../../tools/photos/test-images.js';

/** A free loopback port (the server's configured port, so answers can say whether it runs). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Three photos with GPS in two folders, and one broken file. */
export async function pictures(dir: string): Promise<string> {
  const root = join(dir, 'Pictures');
  await mkdir(join(root, 'Trip'), { recursive: true });
  writePhoto(
    join(root, 'one.jpg'),
    await makeTestPhoto({
      color: '#d53a3a',
      gps: true,
      taken: '2024:05:03 14:22:01',
      offset: '+02:00',
      camera: { make: 'Canon', model: 'EOS R6' },
    }),
  );
  writePhoto(
    join(root, 'Trip', 'two.jpg'),
    await makeTestPhoto({ color: '#3ad55a', gps: true, taken: '2024:06:10 09:00:00' }),
  );
  writePhoto(
    join(root, 'Trip', 'three.jpg'),
    await makeTestPhoto({
      color: '#3a5ad5',
      gps: true,
      width: 480,
      height: 640,
      taken: '2024:06:11 18:30:00',
    }),
  );
  writePhoto(join(root, 'broken.jpg'), Buffer.from('not a jpeg at all'));
  return root;
}
