import { appsCapability } from './apps/index.js';
import { blobsCapability } from './blobs/index.js';
import type { Capability } from './capability.js';
import { chatCapability } from './chat/index.js';
import { configCapability } from './config/index.js';
import type { AnyTool } from './define-tool.js';
import { eventsCapability } from './events/index.js';
import { knowledgeCapability } from './knowledge/index.js';
import { memoryCapability } from './memory/index.js';
import { notesCapability } from './notes/index.js';
import { photosCapability } from './photos/index.js';
import { createRegistry, type Registry } from './registry.js';
import { skillsCapability } from './skills/index.js';
import { systemCapability } from './system/index.js';

/**
 * Every built-in capability, one per domain. A new domain is a folder `tools/<id>/` whose
 * `index.ts` exports its `defineCapability(...)` manifest, listed here (one line).
 */
export const builtinCapabilities: readonly Capability[] = [
  memoryCapability,
  notesCapability,
  eventsCapability,
  systemCapability,
  configCapability,
  blobsCapability,
  appsCapability,
  knowledgeCapability,
  chatCapability,
  skillsCapability,
  photosCapability,
];

/** Every built-in tool, in catalogue order. */
export const builtinTools: readonly AnyTool[] = builtinCapabilities.flatMap((capability) => capability.tools);

/** A registry holding the built-in capabilities; skills add theirs at run time. */
export function createDefaultRegistry(): Registry {
  return createRegistry(builtinCapabilities);
}

export { type ApprovalPolicy, defaultApprovalPolicy } from './approval.js';
export {
  type BuiltinApp,
  type Capability,
  type CapabilityMigration,
  type CapabilityPrompt,
  type CapabilityResource,
  defineCapability,
  type ToolSource,
} from './capability.js';
export { type CatalogueEntry, toolCatalogue } from './catalogue.js';
export { type AnyTool, defineTool, type Risk, type ToolContext } from './define-tool.js';
export { createExecutor, type ExecuteOptions, type Executor } from './executor.js';
export type { Registry, RegistryChange } from './registry.js';
export type { ToolError, ToolErrorCode, ToolResult } from './tool-result.js';
