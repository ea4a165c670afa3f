import { blobsInfo } from './blobs/blob-info.js';
import { blobsImport } from './blobs/import-blob.js';
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
import { createRegistry, type Registry } from './registry.js';
import { cartridgeBackup } from './system/backup-cartridge.js';
import { systemStatus } from './system/get-status.js';

/** Every built-in tool. The one place a new tool is listed. */
export const builtinTools: readonly AnyTool[] = [
  memoryRemember,
  memoryRecall,
  memoryList,
  memoryForget,
  memoryImport,
  notesAdd,
  notesList,
  notesSearch,
  notesGet,
  notesDelete,
  eventsList,
  systemStatus,
  configGet,
  configSet,
  blobsImport,
  blobsInfo,
  cartridgeBackup,
];

/** A registry holding the built-in tools; skills add theirs at run time. */
export function createDefaultRegistry(): Registry {
  return createRegistry(builtinTools);
}

export { type ApprovalPolicy, defaultApprovalPolicy } from './approval.js';
export { type CatalogueEntry, toolCatalogue } from './catalogue.js';
export { type AnyTool, defineTool, type Risk, type ToolContext } from './define-tool.js';
export { createExecutor, type ExecuteOptions, type Executor } from './executor.js';
export type { Registry } from './registry.js';
export type { ToolError, ToolErrorCode, ToolResult } from './tool-result.js';
