import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { UsageError } from '../cartridge/errors.js';
import { type Capability, defineCapability } from './capability.js';
import { defineTool } from './define-tool.js';

/** What a capability module is given to build itself, so it needs no import from fazt or zod. */
export interface CapabilityKit {
  z: typeof z;
  defineTool: typeof defineTool;
  defineCapability: typeof defineCapability;
}

const kit: CapabilityKit = { z, defineTool, defineCapability };

/**
 * Loads a capability from an ES module file whose default export is a manifest, or a function
 * `(kit) => manifest` that builds one with fazt's own zod and define helpers. The manifest must
 * come from a skill (`source: 'skill:<name>@<version>'`): a loaded module never passes as
 * built in. Throws UsageError naming the file and what is wrong.
 *
 * Today only `FAZT_EXTRA_CAPABILITIES` uses it (tests); the skills loader will build on it.
 */
export async function loadCapabilityModule(path: string): Promise<Capability> {
  if (!isAbsolute(path)) {
    throw new UsageError(`The capability module path "${path}" must be absolute.`, {
      code: 'capability_path',
    });
  }
  let exported: unknown;
  try {
    exported = ((await import(pathToFileURL(path).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new UsageError(`Cannot load the capability module ${path}: ${(error as Error).message}`, {
      code: 'capability_load',
      cause: error,
    });
  }
  let built: unknown;
  try {
    built = typeof exported === 'function' ? (exported as (kit: CapabilityKit) => unknown)(kit) : exported;
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message}`, { code: 'capability_shape', cause: error });
  }
  const capability = built as Partial<Capability> | undefined;
  if (!capability || typeof capability !== 'object' || !Array.isArray(capability.tools)) {
    throw new UsageError(
      `${path} does not export a capability: its default export must be a defineCapability(...) manifest or a function returning one.`,
      { code: 'capability_shape' },
    );
  }
  if (typeof capability.source !== 'string' || !capability.source.startsWith('skill:')) {
    throw new UsageError(
      `${path} declares source "${String(capability.source)}"; a loaded capability must be "skill:<name>@<version>".`,
      { code: 'capability_source' },
    );
  }
  try {
    return defineCapability(capability as Capability);
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message}`, { code: 'capability_shape', cause: error });
  }
}
