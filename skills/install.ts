import { applyCapabilityMigrations } from '../cartridge/capability-schema.js';
import type { Cartridge } from '../cartridge/open.js';
import type { Executor } from '../tools/executor.js';
import type { Registry } from '../tools/registry.js';
import { skillsMigrations } from '../tools/skills/migrations.js';
import { createSkillStore, type SkillOrigin, type SkillStore } from '../tools/skills/store.js';
import { skillCapability } from './load.js';
import type { SkillPackage } from './package.js';
import type { Sandbox } from './sandbox/host.js';

export { BUILTIN_SKILLS, builtinSkillFolder, builtinSkillNames } from './builtin.js';

/** The skill store of a cartridge, its tables created first. */
export function skillStore(cartridge: Cartridge): SkillStore {
  applyCapabilityMigrations(cartridge, { id: 'skills', migrations: skillsMigrations });
  return createSkillStore(cartridge);
}

/**
 * Stores a checked package (`grantsShown`: the person saw its grants and approved, so their
 * approval of its tools may carry to the destructive tools it was granted) as the skill's next version (nothing new when identical to the
 * current one) and swaps it into the registry. Serialised with other writes of this process.
 */
export async function installPackage(
  runtime: { cartridge: Cartridge; registry: Registry; executor: Executor },
  pkg: SkillPackage,
  origin: SkillOrigin,
  sandbox?: () => Sandbox,
  options: { grantsShown?: boolean } = {},
): Promise<{ version: number; created: boolean }> {
  const { cartridge, registry, executor } = runtime;
  const store = skillStore(cartridge);
  const installed = await cartridge.exclusive(() =>
    store.install({
      manifest: pkg.manifest,
      tools: pkg.tools,
      files: pkg.files,
      origin,
      grantsShown: options.grantsShown === true,
    }),
  );
  const info = store.version(pkg.manifest.name, installed.version)!;
  registry.removeCapability(`skill:${info.name}`);
  registry.addCapability(
    skillCapability(info, { cartridge, executor: () => executor, ...(sandbox ? { sandbox } : {}) }),
  );
  return installed;
}
