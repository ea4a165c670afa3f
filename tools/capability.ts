import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Cartridge } from '../cartridge/open.js';
import type { AnyTool } from './define-tool.js';

/** Where a tool or capability came from: built into fazt, or a skill at one version. */
export type ToolSource = 'builtin' | `skill:${string}@${string}`;

/**
 * One schema step of one capability. Versions count up from 1 per capability; a shipped step is
 * never edited. The cartridge records the version each capability is at in `capability_schema`.
 */
export interface CapabilityMigration {
  version: number;
  description: string;
  up: (db: Database) => void;
}

/** An MCP resource a capability offers (`fazt://<capability>/...`). */
export interface CapabilityResource {
  /** A fixed URI (`fazt://photos/albums`) or an RFC 6570 template (`fazt://photos/album/{id}`). */
  uri: string;
  name: string;
  description: string;
  mimeType: string;
  /** For a template: the concrete resources it offers now, for `resources/list`. */
  list?(cartridge: Cartridge): { uri: string; name: string; description?: string }[];
  /** The resource's text for a concrete URI; `variables` holds a template's matched parts. */
  read(cartridge: Cartridge, uri: string, variables: Record<string, string>): string;
}

/** What a capability's HTTP routes get from `fazt serve`. */
export interface RouteContext {
  cartridge: Cartridge;
}

/**
 * Mounts a capability's routes on the `fazt serve` app. Typed loosely so that this module does
 * not load Hono: the argument is the server's `Hono` app.
 */
// biome-ignore lint/suspicious/noExplicitAny: the Hono app type lives in shell/http, loaded only by `fazt serve`.
export type MountRoutes = (app: any, context: RouteContext) => void;

/**
 * An app that ships inside a capability (the photo gallery) rather than being deployed from a
 * folder. `fazt serve` mounts it at `/a/<name>/` (and `<name>.localhost`) behind exactly the same
 * access check as a deployed app of that name: owner login, or a valid share link for this app,
 * or public access when the owner set it. `mount` receives a Hono app whose routes are relative
 * to the app's root (`/`, `/api/photos`, `/media/:id`), and registers them.
 */
export interface BuiltinApp {
  /** Lowercase URL name, `^[a-z][a-z0-9-]{0,62}$`: `photos`. */
  name: string;
  title: string;
  description: string;
  mount: MountRoutes;
}

/**
 * A whole domain in one manifest: its tools, the tables it owns (migrations), the event types it
 * emits, its MCP resources, its HTTP routes and a few lines of instructions for planners and MCP
 * clients. Built-in domains live in `tools/<id>/index.ts`; skills make capabilities at run time.
 */
export interface Capability {
  /** `memory`, `photos`, or `skill:<name>` for a skill: lowercase, unique in a registry. */
  id: string;
  title: string;
  source: ToolSource;
  tools: readonly AnyTool[];
  migrations?: readonly CapabilityMigration[];
  /** Event types this capability emits, each `<namespace>.<verb>` with its data schema. */
  events?: Readonly<Record<string, z.ZodType>>;
  resources?: readonly CapabilityResource[];
  routes?: MountRoutes;
  /** Apps this capability serves itself (see BuiltinApp). */
  apps?: readonly BuiltinApp[];
  /** One or two sentences for the planner's system prompt and the MCP server instructions. */
  instructions?: string;
  /**
   * Longer instructions (a skill's SKILL.md body) a planner loads only when a request is about
   * this capability, so many capabilities cost the prompt one line each.
   */
  details?: string;
}

export const CAPABILITY_ID = /^(skill:)?[a-z][a-z0-9-]{0,63}$/;

/** Declares a capability. An identity function that checks the id and keeps the types. */
export function defineCapability(capability: Capability): Capability {
  if (!CAPABILITY_ID.test(capability.id)) {
    throw new Error(`Capability id "${capability.id}" must match ${CAPABILITY_ID}.`);
  }
  const versions = (capability.migrations ?? []).map((step) => step.version);
  versions.forEach((version, index) => {
    if (version !== index + 1) {
      throw new Error(`Capability "${capability.id}" migrations must be numbered 1, 2, 3… in order.`);
    }
  });
  return capability;
}
