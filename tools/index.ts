import { appsCapability } from './apps/index.js';
import { blobsInfo } from './blobs/blob-info.js';
import { blobsImport } from './blobs/import-blob.js';
import { type Capability, defineCapability } from './capability.js';
import { configGet } from './config/get-config.js';
import { configSet } from './config/set-config.js';
import type { AnyTool } from './define-tool.js';
import { eventsList } from './events/list-events.js';
import { memoryForget } from './memory/forget-fact.js';
import { memoryImport } from './memory/import-facts.js';
import { memoryList } from './memory/list-facts.js';
import { memoryRecall } from './memory/recall-fact.js';
import { memoryRemember } from './memory/remember-fact.js';
import { notesAdd } from './notes/add-note.js';
import { notesDelete } from './notes/delete-note.js';
import { notesGet } from './notes/get-note.js';
import { notesList } from './notes/list-notes.js';
import { notesSearch } from './notes/search-notes.js';
import { photosCapability } from './photos/index.js';
import { createRegistry, type Registry } from './registry.js';
import { cartridgeBackup } from './system/backup-cartridge.js';
import { systemStatus } from './system/get-status.js';

const domain = (id: string, title: string, tools: readonly AnyTool[]): Capability =>
  defineCapability({ id, title, source: 'builtin', tools });

/**
 * Every built-in capability, one per domain. A new domain is a folder `tools/<id>/` whose
 * `index.ts` exports its `defineCapability(...)` manifest, listed here.
 */
export const builtinCapabilities: readonly Capability[] = [
  domain('memory', 'Memory', [memoryRemember, memoryRecall, memoryList, memoryForget, memoryImport]),
  domain('notes', 'Notes', [notesAdd, notesList, notesSearch, notesGet, notesDelete]),
  domain('events', 'Events', [eventsList]),
  domain('system', 'System', [systemStatus, cartridgeBackup]),
  domain('config', 'Config', [configGet, configSet]),
  domain('blobs', 'Blobs', [blobsImport, blobsInfo]),
  appsCapability,
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
  type CapabilityResource,
  defineCapability,
  type ToolSource,
} from './capability.js';
export { type CatalogueEntry, toolCatalogue } from './catalogue.js';
export { type AnyTool, defineTool, type Risk, type ToolContext } from './define-tool.js';
export { createExecutor, type ExecuteOptions, type Executor } from './executor.js';
export type { Registry, RegistryChange } from './registry.js';
export type { ToolError, ToolErrorCode, ToolResult } from './tool-result.js';
