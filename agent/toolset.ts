import { jsonSchema, type ToolSet, tool } from 'ai';
import { jsonSchema as toolJsonSchema } from '../tools/catalogue.js';
import type { Registry } from '../tools/registry.js';
import type { ToolResult } from '../tools/tool-result.js';
import { modelOutput } from './tool-output.js';

/** Runs one call through the executor: the only way the planner reaches a tool. */
export type ExecuteTool = (
  name: string,
  input: unknown,
  signal: AbortSignal | undefined,
) => Promise<ToolResult>;

/**
 * The registry as AI SDK tools: each tool's description and JSON Schema, and an `execute` that
 * goes through the executor (validation, approval, one transaction, audit). Input is validated
 * by the executor, not here, so invalid calls are audited and the model reads the same error a
 * person would.
 */
export function registryToolSet(registry: Registry, execute: ExecuteTool): ToolSet {
  const tools: ToolSet = {};
  for (const entry of registry.list()) {
    tools[entry.name] = tool({
      description: entry.description,
      inputSchema: jsonSchema<Record<string, unknown>>(toolJsonSchema(entry.input, 'input')),
      execute: (input, { abortSignal }) => execute(entry.name, input, abortSignal),
      toModelOutput: ({ output }) => modelOutput(output),
    });
  }
  return tools;
}
