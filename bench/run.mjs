// `npm run bench [name …]`: bundles each bench/<name>.bench.ts with esbuild and runs it in a
// fresh Node process, one after another (never in parallel: they would skew each other).
// Each bench prints its own table and writes .bench/results/<name>.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';

const wanted = process.argv.slice(2);
const benches = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.slice(0, -'.bench.ts'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
if (benches.length === 0) {
  console.error(`No benchmark matches ${wanted.join(', ')}.`);
  process.exit(2);
}

const { execSync } = await import('node:child_process');
execSync(`${JSON.stringify(process.execPath)} scripts/build.mjs`, { stdio: 'inherit' });
mkdirSync('.bench/results', { recursive: true });
await build({
  entryPoints: benches.map((name) => `bench/${name}.bench.ts`),
  outdir: '.bench/build',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});

let failed = 0;
for (const name of benches) {
  console.log(`\n## ${name}`);
  const { status } = spawnSync(process.execPath, [`.bench/build/${name}.bench.mjs`], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
