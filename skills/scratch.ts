import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cartridge, openCartridge } from '../cartridge/open.js';
import { createDefaultRegistry, createExecutor, type Executor, type Registry } from '../tools/index.js';
import type { SkillVersionInfo } from '../tools/skills/store.js';
import { grantedCalls, highestRisk } from './load.js';
import type { SkillPackage } from './package.js';
import type { Sandbox } from './sandbox/host.js';
import { runSkillTests, type TestReport } from './testing.js';

/** A throwaway cartridge with the built-in tools, deleted afterwards. */
export interface ScratchRuntime {
  cartridge: Cartridge;
  registry: Registry;
  executor: Executor;
}

/** Runs `fn` against a fresh temporary cartridge, so tests and evals never touch the person's data. */
export async function withScratch<T>(fn: (scratch: ScratchRuntime) => Promise<T>): Promise<T> {
  const directory = mkdtempSync(join(tmpdir(), 'fazt-skill-'));
  const cartridge = openCartridge(join(directory, 'scratch.db'));
  try {
    const registry = createDefaultRegistry();
    return await fn({ cartridge, registry, executor: createExecutor({ cartridge, registry }) });
  } finally {
    cartridge.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

/** A package as a stored version would look, for the grant check and the audit caller. */
export const asVersion = (pkg: SkillPackage, version = 0): SkillVersionInfo => ({
  name: pkg.manifest.name,
  version,
  manifest: pkg.manifest,
  tools: pkg.tools,
  origin: 'candidate',
  hash: '',
  createdAt: 0,
  grantsShown: false,
});

/** Runs a skill's tests in the sandbox; its `fazt.call`s reach only its grants, in a scratch cartridge. */
export function testPackage(pkg: SkillPackage, sandbox: Sandbox, version = 0): Promise<TestReport> {
  return withScratch(({ executor }) =>
    runSkillTests(pkg, {
      sandbox,
      // A throwaway cartridge: a destructive call there harms nothing, so tests may prove that path.
      onCall: grantedCalls({ ...asVersion(pkg, version), grantsShown: true }, () => executor, {
        risk: highestRisk(pkg.tools),
        approved: true,
      }),
    }),
  );
}
