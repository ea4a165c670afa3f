import { execFileSync } from 'node:child_process';

/** End-to-end tests spawn the real CLI from dist/, so build it once before any test runs. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
