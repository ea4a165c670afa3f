// Blob import and read-back throughput for a 1 GiB file, against `cp` of the same file in the
// same run (so the ratio holds on any machine). `npm run bench blobs`.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCartridge } from '../cartridge/open.js';
import { report, summarize } from './stats.js';

const SIZE = 1024 * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;

/** 1 GiB of incompressible data, written fast: a 64 MiB random block repeated with a varying header. */
function makeFile(path: string): void {
  const block = randomBytes(64 * MB);
  const fd = openSync(path, 'w');
  try {
    for (let index = 0; index < SIZE / block.length; index++) {
      block.writeUInt32LE(index, 0);
      writeSync(fd, block);
    }
  } finally {
    closeSync(fd);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-blobs-'));
try {
  const source = join(dir, 'source.bin');
  makeFile(source);
  const sha256 = execFileSync('sha256sum', [source]).toString().slice(0, 64);

  const cp: number[] = [];
  const cpSync: number[] = [];
  const imports: number[] = [];
  const reads: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const copy = join(dir, 'copy.bin');
    let start = performance.now();
    execFileSync('cp', [source, copy]);
    cp.push(performance.now() - start);
    rmSync(copy);
    // The cartridge makes its writes durable (fsync at each checkpoint); plain cp leaves them in
    // the page cache. cp followed by fsync is the like-for-like floor.
    start = performance.now();
    execFileSync('cp', [source, copy]);
    const fd = openSync(copy, 'r');
    fsyncSync(fd);
    closeSync(fd);
    cpSync.push(performance.now() - start);
    rmSync(copy);

    const path = join(dir, `run-${run}.db`);
    const cartridge = openCartridge(path);
    try {
      start = performance.now();
      const result = await cartridge.blobs.importFile(source);
      imports.push(performance.now() - start);
      if (result.sha256 !== sha256 || result.size !== SIZE) throw new Error('import stored the wrong bytes');

      start = performance.now();
      let bytes = 0;
      for await (const chunk of cartridge.blobs.openReadStream(sha256)) bytes += (chunk as Buffer).length;
      reads.push(performance.now() - start);
      if (bytes !== SIZE) throw new Error(`read back ${bytes} of ${SIZE} bytes`);
      if (run === 0) {
        const hash = createHash('sha256');
        for await (const chunk of cartridge.blobs.openReadStream(sha256)) hash.update(chunk as Buffer);
        if (hash.digest('hex') !== sha256) throw new Error('read back different bytes');
      }
    } finally {
      cartridge.close();
      rmSync(path, { force: true });
    }
  }

  const rate = (ms: number) => Math.round(SIZE / MB / (ms / 1000));
  const cpMedian = summarize(cp).median;
  const cpSyncMedian = summarize(cpSync).median;
  const ratio = (value: number) => Math.round(value * 100) / 100;
  const row = (what: string, samples: number[]) => {
    const { median, min } = summarize(samples);
    return {
      what,
      runs: samples.length,
      'median ms': Math.round(median),
      'min ms': Math.round(min),
      'MB/s (median)': rate(median),
      'vs cp': ratio(cpMedian / median),
      'vs cp+fsync': ratio(cpSyncMedian / median),
    };
  };
  report('blobs', [
    row('cp 1 GiB', cp),
    row('cp 1 GiB + fsync', cpSync),
    row('blobs.importFile 1 GiB', imports),
    row('blobs.openReadStream 1 GiB', reads),
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
