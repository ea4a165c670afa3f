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

/**
 * An MCP resource a capability offers (`fazt://<capability>/...`): either read straight from
 * its store (`read`), or served by one of its read tools (`tool`), which the executor validates
 * and audits like any call.
 */
export type CapabilityResource = StoreResource | ToolResource;

/** A resource read straight from the capability's store. */
export interface StoreResource {
  /** A fixed URI (`fazt://photos/albums`) or an RFC 6570 template (`fazt://photos/album/{id}`). */
  uri: string;
  name: string;
  title?: string;
  description: string;
  mimeType: string;
  /** For a template: the concrete resources it offers now, for `resources/list`. */
  list?(cartridge: Cartridge): { uri: string; name: string; description?: string }[];
  /** The resource's text for a concrete URI; `variables` holds a template's matched parts. */
  read(cartridge: Cartridge, uri: string, variables: Record<string, string>): string;
}

/** A resource served by running one read tool through the executor; its output is the body. */
export interface ToolResource {
  /** A fixed URI (`fazt://notes`) or an RFC 6570 template (`fazt://notes/search/{query}`). */
  uri: string;
  name: string;
  title: string;
  description: string;
  mimeType: 'application/json' | 'text/markdown';
  /** A read tool of this capability. */
  tool: string;
  /** The tool input; for a template, built from the URI's variables. */
  input(variables: Record<string, string>): Record<string, unknown>;
  /** The body from the tool's output; JSON of the output by default. */
  render?(output: never): string;
}

/**
 * A reusable request a person picks in their MCP client (a slash command in Claude Code). Its
 * result has the shape of MCP's `prompts/get` result; `read` runs a read tool as the caller.
 */
export interface CapabilityPrompt {
  name: string;
  title: string;
  description: string;
  arguments: { name: string; description: string; required: boolean }[];
  render(
    args: Record<string, string>,
    context: { read(tool: string, input: Record<string, unknown>): Promise<unknown> },
  ): Promise<{
    description?: string;
    messages: { role: 'user' | 'assistant'; content: { type: 'text'; text: string } }[];
  }>;
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
  /**
   * Event types this capability emits, each `<namespace>.<verb>` with its data schema. The
   * namespace is the capability's name: its id, or its singular (`notes` → `note.added`); for a
   * skill the part after `skill:`.
   */
  events?: Readonly<Record<string, z.ZodType>>;
  resources?: readonly CapabilityResource[];
  prompts?: readonly CapabilityPrompt[];
  /**
   * The capability's HTTP routes: apps it serves itself (see BuiltinApp), mounted by `fazt serve`
   * at `/a/<name>/` behind the app access check. There is deliberately no way to mount a route
   * outside an app, so no capability can add an endpoint that skips that check.
   */
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
  const namespaces = eventNamespaces(capability.id);
  for (const type of Object.keys(capability.events ?? {})) {
    if (!namespaces.includes(type.split('.')[0]!)) {
      throw new Error(
        `Capability "${capability.id}" declares event type "${type}", outside its namespace; name it "${namespaces[0]}.<something>".`,
      );
    }
  }
  return capability;
}

/** The event namespaces a capability may use: `notes` → notes, note; `skill:x` → x. */
export function eventNamespaces(id: string): string[] {
  const name = id.replace(/^skill:/, '').replaceAll('-', '_');
  return name.endsWith('s') ? [name, name.slice(0, -1)] : [name];
}
