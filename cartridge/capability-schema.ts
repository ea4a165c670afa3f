import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busyError, isBusy, withBusyTimeout } from './busy.js';
import { CartridgeError } from './errors.js';
import { type Cartridge, openCartridge, readOnlyError } from './open.js';

/** What `applyCapabilityMigrations` needs of a capability (kept structural: no tools/ import). */
export interface CapabilitySchema {
  id: string;
  migrations?: readonly { version: number; description: string; up: (db: Cartridge['db']) => void }[];
}

/** Milliseconds a read waits for the lock to make its capability's tables (see cartridgeForRead). */
const READ_MIGRATION_WAIT_MS = 250;

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

/**
 * What a tool that only reads runs against: `cartridge` once the capability's tables are there.
 * Making them is a write, so it waits for another process's lock only briefly; if that process
 * keeps it and the capability has no tables yet (nothing of it was ever stored), the read is
 * answered from an empty scratch cartridge with just those tables, which says the same as the
 * real one would: nothing stored. `close` removes the scratch cartridge.
 */
export function cartridgeForRead(
  cartridge: Cartridge,
  capability: CapabilitySchema,
): { cartridge: Cartridge; close(): void } {
  const same = { cartridge, close: () => undefined };
  const steps = capability.migrations?.length ?? 0;
  if (cartridge.readOnly && capabilityVersion(cartridge, capability.id) < steps) {
    // Tables there but not up to date: they cannot be updated, so they cannot be read.
    if (capabilityVersion(cartridge, capability.id) > 0) throw readOnlyError(cartridge);
    return scratchFor(cartridge, capability);
  }
  if (cartridge.readOnly) return same;
  try {
    withBusyTimeout(cartridge.db, READ_MIGRATION_WAIT_MS, cartridge.busyTimeoutMs, () =>
      applyCapabilityMigrations(cartridge, capability),
    );
    return same;
  } catch (error) {
    if (!isBusy(error)) throw error;
    // Tables there but not up to date: nothing to read until the update can be written.
    if (capabilityVersion(cartridge, capability.id) > 0)
      throw busyError(cartridge.path, READ_MIGRATION_WAIT_MS, error);
  }
  return scratchFor(cartridge, capability);
}

/** An empty scratch cartridge with just `capability`'s tables, standing for `cartridge`. */
function scratchFor(
  cartridge: Cartridge,
  capability: CapabilitySchema,
): { cartridge: Cartridge; close(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'fazt-scratch-'));
  try {
    const scratch = openCartridge(join(folder, 'scratch.db'), { standsFor: cartridge.path });
    applyCapabilityMigrations(scratch, capability);
    return {
      cartridge: scratch,
      close() {
        scratch.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
