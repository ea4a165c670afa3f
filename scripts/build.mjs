// Bundles the CLI into dist/ with esbuild. Dependencies stay external (they load from
// node_modules), except the two every command needs: zod and commander are bundled in, because
// resolving and compiling zod's ~100 files one by one cost ~50 ms of each `fazt run` (measured:
// 206 → 152 ms median; see bench/foundation.bench.ts). Zod supports several copies in one process
// (its registry lives on globalThis, instanceof checks traits), so SDKs that import their own
// zod still read our schemas. Heavy surfaces are separate chunks loaded on demand, so
// `fazt --version` reads only the entry chunk.
//
// Several builds and many running CLIs share dist/ (every test run rebuilds it). So nothing is
// deleted while a process may still need it: chunks have content-hashed names and are written
// first, the entry (dist/fazt.js) is swapped in last with an atomic rename, and files no longer
// produced are removed only once they have not been produced for long enough that no running
// process still loads them.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import packageJson from '../package.json' with { type: 'json' };

const STALE_MS = 15 * 60_000;
const dist = resolve(new URL('../dist', import.meta.url).pathname);
const BUNDLED = new Set(['zod', 'commander']);
const external = Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

const result = await build({
  // The skill sandbox's worker thread is its own entry: a Worker is started from a file.
  entryPoints: {
    fazt: 'shell/main.ts',
    'sandbox-worker': 'skills/sandbox/worker.ts',
    'knowledge-worker': 'tools/knowledge/prepare-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external,
  sourcemap: 'linked',
  jsx: 'automatic',
  // commander is CommonJS: its require() of node built-ins needs a real require in ESM output.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __faztCreateRequire } from 'node:module';\nconst require = __faztCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  write: false,
});

mkdirSync(dist, { recursive: true });
const isEntry = (path) => basename(path).startsWith('fazt.js');
const write = (file) => {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents, { mode: isEntry(file.path) ? 0o755 : 0o644 });
  renameSync(temporary, file.path);
};
const files = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
for (const file of files) write(file);

// The photo gallery's browser files, PhotoSwipe vendored in: served from dist/photos-app/ by
// tools/photos/app/handlers.ts, never from a CDN or from node_modules at run time.
const galleryDir = join(dist, 'photos-app');
mkdirSync(galleryDir, { recursive: true });
const photoswipeDist = dirname(createRequire(import.meta.url).resolve('photoswipe'));
const photoswipe = (name) => join(photoswipeDist, name);
const galleryFiles = {
  'gallery.js': 'tools/photos/app/assets/gallery.js',
  'gallery.css': 'tools/photos/app/assets/gallery.css',
  'photoswipe.esm.min.js': photoswipe('photoswipe.esm.min.js'),
  'photoswipe-lightbox.esm.min.js': photoswipe('photoswipe-lightbox.esm.min.js'),
  'photoswipe.css': photoswipe('photoswipe.css'),
};
for (const [name, source] of Object.entries(galleryFiles)) {
  write({ path: join(galleryDir, name), contents: readFileSync(source) });
}

// A file no longer produced is removed STALE_MS after the first build that stopped producing it
// (kept in dist/.retired.json), not after its own mtime: a chunk written an hour ago may have been
// the current one until this build, and an eval started a minute ago still loads it.
const produced = new Set([...files.map((file) => file.path), galleryDir]);
const retiredPath = join(dist, '.retired.json');
let retired = {};
try {
  retired = JSON.parse(readFileSync(retiredPath, 'utf8'));
} catch {
  // first build, or a torn read: every file not produced starts its wait now
}
const stillRetired = {};
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (produced.has(path) || path === retiredPath || name.endsWith('.tmp')) continue;
  const since = typeof retired[name] === 'number' ? retired[name] : Date.now();
  if (Date.now() - since <= STALE_MS) {
    stillRetired[name] = since;
    continue;
  }
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // another build removed it first
  }
}
write({ path: retiredPath, contents: `${JSON.stringify(stillRetired)}\n` });
