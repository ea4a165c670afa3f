// Photo import throughput for 12 MP JPEGs made here (4000×3000, EXIF with date and GPS), against
// sharp alone making the same thumbnail and web copy (the floor: decoding and resizing), in the
// same run. `npm run bench photos`; BENCH_PHOTOS / BENCH_RUNS change the size (default 20 / 2).
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { openCartridge } from '../cartridge/open.js';
import { importPhotos } from '../tools/photos/import.js';
import { processPhoto } from '../tools/photos/process.js';
import { writePhoto } from '../tools/photos/test-images.js';
import { report, summarize } from './stats.js';

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);

/** A 12 MP photo-like JPEG (blurred gaussian noise compresses like a real scene, ~3–5 MB). */
async function makePhoto(index: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 110 + index, sigma: 40 },
    },
  })
    .blur(1.2)
    .jpeg({ quality: 88 })
    .withExif({
      IFD0: { Make: 'Bench', Model: 'Camera 12MP' },
      IFD2: {
        DateTimeOriginal: `2024:06:${String((index % 28) + 1).padStart(2, '0')} 12:00:00`,
        OffsetTimeOriginal: '+02:00',
      },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 0/1',
      },
    })
    .toBuffer();
}

const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-photos-'));
try {
  const root = join(dir, 'photos');
  let bytes = 0;
  for (let index = 0; index < PHOTOS; index++) {
    const photo = await makePhoto(index);
    bytes += photo.length;
    writePhoto(join(root, `folder-${index % 4}`, `IMG_${index}.jpg`), photo);
  }
  const files = Array.from({ length: PHOTOS }, (_, index) =>
    join(root, `folder-${index % 4}`, `IMG_${index}.jpg`),
  );

  const derive: number[] = [];
  const imports: number[] = [];
  const derivingInImport: number[] = [];
  const reimports: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // The floor: read each file and make its thumbnail and web copy with sharp, nothing stored.
    let start = performance.now();
    for (const file of files) {
      const result = await processPhoto(await readFile(file), 0);
      if (!result.ok) throw new Error(`bench photo was skipped: ${result.reason}`);
    }
    derive.push(performance.now() - start);

    const path = join(dir, `run-${run}.db`);
    const cartridge = openCartridge(path);
    try {
      start = performance.now();
      const result = await importPhotos(cartridge, root);
      imports.push(performance.now() - start);
      derivingInImport.push(result.derivingMs);
      if (result.added !== PHOTOS) throw new Error(`imported ${result.added} of ${PHOTOS}`);
      start = performance.now();
      const again = await importPhotos(cartridge, root);
      reimports.push(performance.now() - start);
      if (again.existing !== PHOTOS) throw new Error(`re-import found ${again.existing} of ${PHOTOS}`);
    } finally {
      cartridge.close();
      rmSync(path, { force: true });
      rmSync(`${path}-wal`, { force: true });
      rmSync(`${path}-shm`, { force: true });
    }
  }

  const floor = summarize(derive).median;
  const row = (what: string, samples: number[]) => {
    const { median, min } = summarize(samples);
    return {
      what,
      runs: samples.length,
      'median ms': Math.round(median),
      'min ms': Math.round(min),
      'photos/s': Math.round((PHOTOS / (median / 1000)) * 10) / 10,
      'vs sharp alone': Math.round((floor / median) * 100) / 100,
    };
  };
  console.log(
    `${PHOTOS} photos, 4000×3000 JPEG, ${(bytes / PHOTOS / 1048576).toFixed(1)} MiB each on average`,
  );
  report('photos', [
    row('sharp alone: thumbnail + web copy, sequential', derive),
    row('importPhotos (2 at once, stored in the cartridge)', imports),
    {
      what: 'of which thumbnailing (summed over photos, overlaps)',
      runs: derivingInImport.length,
      'median ms': Math.round(summarize(derivingInImport).median),
    },
    row('importPhotos again (nothing new)', reimports),
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
