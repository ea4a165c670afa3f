import { z } from 'zod';
import type { AnyTool, Risk } from './define-tool.js';
import type { Registry } from './registry.js';

export type JsonSchema = Record<string, unknown>;

export interface CatalogueEntry {
  name: string;
  title: string;
  description: string;
  risk: Risk;
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
}

/** JSON Schema of a zod schema without the `$schema` line, as function-calling APIs want it. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

export function catalogueEntry(tool: AnyTool): CatalogueEntry {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    risk: tool.risk,
    inputSchema: jsonSchema(tool.input, 'input'),
    outputSchema: jsonSchema(tool.output, 'output'),
  };
}

/** The whole catalogue as models and MCP clients see it, sorted by name. */
export function toolCatalogue(registry: Registry): CatalogueEntry[] {
  return registry
    .list()
    .map(catalogueEntry)
    .sort((a, b) => a.name.localeCompare(b.name));
}
