import { readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useCartridge, useTempDir } from '../../cartridge/test-cartridge.js';
import { importPhotos } from './import.js';
import { createPhotosStore } from './store.js';
import { makeTestPhoto, TEST_SERIAL, writePhoto } from './test-images.js';

/** AVIF bytes relabelled as HEVC: a HEIC that libheif without an HEVC decoder cannot decode. */
async function makeUndecodableHeic(): Promise<Buffer> {
  const avif = (await makeTestPhoto({ format: 'avif', color: '#808' })).toString('latin1');
  return Buffer.from(
    avif.replace('avif', 'heic').replaceAll('av01', 'hvc1').replaceAll('av1C', 'hvcC'),
    'latin1',
  );
}

const MAY_3 = Date.UTC(2023, 0, 15, 9, 30);

describe('importPhotos', () => {
  const open = useCartridge();
  const temp = useTempDir('fazt-photos-');

  async function library() {
    const root = join(temp(), 'Pictures');
    const tagged = await makeTestPhoto({
      gps: true,
      taken: '2024:05:03 14:22:01',
      offset: '+02:00',
      camera: { make: 'Canon', model: 'Canon EOS 5D' },
      orientation: 6,
      color: '#a33',
    });
    writePhoto(join(root, 'Paris 🗼', 'été – jour 1.jpg'), tagged);
    writePhoto(join(root, 'copies', 'same bytes.JPG'), tagged);
    writePhoto(
      join(root, 'Paris 🗼', 'deep', 'nested', 'b.png'),
      await makeTestPhoto({ format: 'png', color: '#1a1' }),
      MAY_3,
    );
    writePhoto(
      join(root, 'c.webp'),
      await makeTestPhoto({ format: 'webp', color: '#11a', taken: '2022:12:31 23:59:59' }),
    );
    writePhoto(join(root, 'd.avif'), await makeTestPhoto({ format: 'avif', color: '#aa1' }));
    writePhoto(join(root, 'not really.jpg'), Buffer.from('this is a text file, not a JPEG\n'));
    const whole = await makeTestPhoto({ color: '#0aa' });
    writePhoto(join(root, 'truncated.jpg'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    writePhoto(join(root, 'phone.heic'), await makeUndecodableHeic());
    writePhoto(join(root, 'notes.txt'), Buffer.from('ignored'));
    writePhoto(join(root, '.hidden', 'x.jpg'), await makeTestPhoto({ color: '#555' }));
    return root;
  }

  it('imports JPEG, PNG, WebP and AVIF from nested folders; same bytes once; bad files skipped with the reason', async () => {
    const cartridge = open();
    const root = await library();
    const result = await importPhotos(cartridge, root);

    expect(result).toMatchObject({
      found: 8,
      added: 4,
      existing: 1,
      skippedCount: 3,
      removed: 0,
      ignored: 1,
      photos: 4,
    });
    const reasons = Object.fromEntries(
      result.skipped.map((item) => [item.path.slice(root.length + 1), item.reason]),
    );
    expect(reasons['not really.jpg']).toMatch(/not an image/);
    expect(reasons['truncated.jpg']).toMatch(/truncated|premature/i);
    expect(reasons['phone.heic']).toMatch(/^HEIC\/HEIF .* cannot decode .*convert it to JPEG/);
    // Four originals, four thumbnails, four web copies: the duplicate added no blob.
    expect(cartridge.blobs.count()).toBe(12);

    const store = createPhotosStore(cartridge);
    const photos = store.list({ limit: 50 })!.photos;
    const tagged = photos.find((photo) => photo.cameraMake === 'Canon')!;
    expect(tagged).toMatchObject({
      takenLocal: '2024-05-03T14:22:01',
      takenOffset: '+02:00',
      takenAt: Date.UTC(2024, 4, 3, 12, 22, 1),
      takenSource: 'exif',
      cameraModel: 'Canon EOS 5D',
      orientation: 6,
      // 640×480 stored sideways (orientation 6): shown 480 wide, 640 high.
      width: 480,
      height: 640,
      format: 'jpeg',
    });
    expect(tagged.gps?.latitude).toBeCloseTo(48.8584, 3);
    expect(tagged.gps?.longitude).toBeCloseTo(2.2945, 3);
    expect(tagged.thumb).toMatchObject({ type: 'image/webp', width: 300, height: 400 });
    expect(tagged.web).toMatchObject({ width: 480, height: 640 });

    const noOffset = photos.find((photo) => photo.format === 'webp')!;
    expect(noOffset).toMatchObject({
      takenLocal: '2022-12-31T23:59:59',
      takenOffset: null,
      takenAt: null,
      takenSource: 'exif',
    });
    const fromFile = photos.find((photo) => photo.format === 'png')!;
    expect(fromFile).toMatchObject({ takenSource: 'file', takenAt: MAY_3 });
    expect(photos.find((photo) => photo.format === 'avif')).toBeDefined();

    const titles = store.albums().map((album) => album.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Paris 🗼',
        'Paris 🗼/deep/nested',
        'copies',
        'Pictures',
        'May 2024',
        'December 2022',
        'January 2023',
      ]),
    );
    const paris = store.albums().find((album) => album.title === 'Paris 🗼')!;
    expect(store.list({ album: paris.id, limit: 10 })!.photos.map((photo) => photo.sha256)).toEqual([
      tagged.sha256,
    ]);
    expect(store.list({ album: 'm-2024-05', limit: 10 })!.total).toBe(1);
    expect(store.list({ album: 'f-0000000000000000', limit: 10 })).toBeUndefined();
    expect(cartridge.events.query({ type: 'photos.imported' })[0]?.data).toEqual({
      added: 4,
      existing: 1,
      skipped: 3,
      removed: 0,
    });
  }, 60_000);

  it('derived images carry no EXIF, GPS or serial: only pixels', async () => {
    const cartridge = open();
    const root = await library();
    await importPhotos(cartridge, root);
    const store = createPhotosStore(cartridge);
    const exifr = (await import('exifr')).default;
    for (const photo of store.list({ limit: 50 })!.photos) {
      for (const derived of [photo.thumb, photo.web]) {
        const chunks: Buffer[] = [];
        for await (const chunk of cartridge.blobs.openReadStream(derived.sha256))
          chunks.push(chunk as Buffer);
        const bytes = Buffer.concat(chunks);
        const metadata = await sharp(bytes).metadata();
        expect(metadata.format).toBe('webp');
        expect(metadata.exif).toBeUndefined();
        expect(metadata.xmp).toBeUndefined();
        expect(metadata.iptc).toBeUndefined();
        expect(await exifr.parse(bytes).catch(() => undefined)).toBeUndefined();
        expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
        const latin1 = bytes.toString('latin1');
        expect(latin1).not.toContain('Exif');
        expect(latin1).not.toContain(TEST_SERIAL);
        expect(latin1).not.toContain('Canon');
        // Re-encoded as JPEG with every bit of metadata sharp can keep: still nothing to find.
        const asJpeg = await sharp(bytes).keepMetadata().jpeg().toBuffer();
        expect(await exifr.gps(asJpeg)).toBeUndefined();
      }
    }
    // The control: the original does carry GPS and the serial, so the checks above can fail.
    const original = store.list({ limit: 50 })!.photos.find((photo) => photo.cameraMake === 'Canon')!;
    const chunks: Buffer[] = [];
    for await (const chunk of cartridge.blobs.openReadStream(original.sha256)) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect((await exifr.gps(bytes))?.latitude).toBeCloseTo(48.8584, 3);
    expect(bytes.toString('latin1')).toContain(TEST_SERIAL);
  }, 60_000);

  it('a second import adds only what is new and counts files removed from the folder', async () => {
    const cartridge = open();
    const root = await library();
    await importPhotos(cartridge, root);
    writePhoto(join(root, 'new', 'fresh.jpg'), await makeTestPhoto({ color: '#fe0' }));
    await rm(join(root, 'c.webp'));
    await rename(join(root, 'd.avif'), join(root, 'moved', 'd.avif')).catch(async () => {
      writePhoto(join(root, 'moved', 'd.avif'), readFileSync(join(root, 'd.avif')));
      await rm(join(root, 'd.avif'));
    });

    const again = await importPhotos(cartridge, root);
    // The moved AVIF is the same bytes at a new path: already there.
    expect(again).toMatchObject({ added: 1, existing: 4, skippedCount: 3, removed: 2, photos: 5 });
    const summary = createPhotosStore(cartridge).summary();
    // c.webp is gone from disk; its photo stays in the cartridge until photos_remove.
    expect(summary).toMatchObject({ photos: 5, removedFiles: 2, goneFromDisk: 1 });

    const third = await importPhotos(cartridge, root);
    expect(third).toMatchObject({ added: 0, existing: 5, removed: 0 });
  }, 60_000);

  it('refuses a folder that does not exist or is a file, saying what to do', async () => {
    const cartridge = open();
    await expect(importPhotos(cartridge, join(temp(), 'nope'))).rejects.toThrow(
      /Cannot read the folder .*nope.*Check the path/,
    );
    const root = await library();
    await expect(importPhotos(cartridge, join(root, 'c.webp'))).rejects.toThrow(/is a file, not a folder/);
  }, 60_000);

  it('skips a decompression bomb (a tiny PNG that claims 100,000 × 100,000 pixels) with the reason', async () => {
    const cartridge = open();
    const root = join(temp(), 'bomb');
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(100_000, 0);
    header.writeUInt32BE(100_000, 4);
    header.set([8, 2, 0, 0, 0], 8);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.alloc(1000))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    writePhoto(join(root, 'bomb.png'), png);
    const result = await importPhotos(cartridge, root);
    expect(result).toMatchObject({ added: 0, skippedCount: 1 });
    expect(result.skipped[0]?.reason).toMatch(/pixel limit|could not be decoded|truncated/);
  }, 60_000);
});
