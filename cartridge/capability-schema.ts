import { CartridgeError } from './errors.js';
import type { Cartridge } from './open.js';

/** What `applyCapabilityMigrations` needs of a capability (kept structural: no tools/ import). */
export interface CapabilitySchema {
  id: string;
  migrations?: readonly { version: number; description: string; up: (db: Cartridge['db']) => void }[];
}

const applied = new WeakMap<Cartridge, Map<string, number>>();

/** The schema version the cartridge records for a capability (0 when it has none yet). */
export function capabilityVersion(cartridge: Cartridge, id: string): number {
  const row = cartridge.prepare('SELECT version FROM capability_schema WHERE capability = ?').get(id) as
    | { version: number }
    | undefined;
  return row?.version ?? 0;
}

/**
 * Brings a capability's tables up to its last migration, each step in its own write
 * transaction, recorded in `capability_schema` (inside a transaction already open, the steps join
 * it). Idempotent and cheap after the first call per open cartridge outside a transaction. A cartridge whose record is newer than the capability knows is refused before
 * anything changes (it was written by a newer fazt or skill version).
 */
export function applyCapabilityMigrations(cartridge: Cartridge, capability: CapabilitySchema): void {
  const steps = capability.migrations ?? [];
  const target = steps.length;
  const seen = applied.get(cartridge) ?? new Map<string, number>();
  applied.set(cartridge, seen);
  if (seen.get(capability.id) === target) return;
  const current = capabilityVersion(cartridge, capability.id);
  if (current > target) {
    throw new CartridgeError(
      `The cartridge ${cartridge.path} has ${capability.id} tables at version ${current}, but this fazt only knows up to ${target}. Upgrade fazt to use them; nothing was changed.`,
      { code: 'cartridge_too_new' },
    );
  }
  for (const step of steps) {
    if (step.version <= current) continue;
    cartridge.transaction(() => {
      // Two processes migrating at once: the second finds the step done once it has the lock.
      if (capabilityVersion(cartridge, capability.id) >= step.version) return;
      step.up(cartridge.db);
      cartridge
        .prepare(
          `INSERT INTO capability_schema (capability, version, description, applied_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (capability) DO UPDATE SET version = excluded.version, description = excluded.description, applied_at = excluded.applied_at`,
        )
        .run(capability.id, step.version, step.description, Date.now());
    });
  }
  // Inside a caller's transaction the steps may still roll back with it: checked again next time.
  if (!cartridge.db.inTransaction) seen.set(capability.id, target);
}
