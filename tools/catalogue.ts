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

/** Whether a field may be left out of a value: JSON has no `undefined`, so such a key is dropped. */
function acceptsUndefined(field: z.ZodType): boolean {
  try {
    return field.safeParse(undefined).success;
  } catch {
    return false;
  }
}

/**
 * In output schemas, a field whose schema accepts `undefined` (`z.unknown()`, `z.any()`,
 * `.optional()`, a union with `z.undefined()`) is not required: the value travels as JSON,
 * where an undefined field is simply absent. zod lists `z.unknown()` and unions as required,
 * so a client validating real output (the MCP SDK does, with AJV) would refuse a result that
 * left one out (issue 7: memory_remember on a new key has no `previous`).
 */
function relaxRequired(ctx: { zodSchema: z.core.$ZodType; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const def = ctx.zodSchema._zod.def as { type: string; shape?: Record<string, z.ZodType> };
  if (def.type !== 'object' || !def.shape || !Array.isArray(ctx.jsonSchema.required)) return;
  const shape = def.shape;
  const required = ctx.jsonSchema.required.filter((key) => !(shape[key] && acceptsUndefined(shape[key])));
  if (required.length) ctx.jsonSchema.required = required;
  else delete ctx.jsonSchema.required;
}

/**
 * JSON Schema of a zod schema without the `$schema` line, as function-calling APIs want it.
 * Output schemas describe what a result looks like once serialised (see `relaxRequired`).
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    ...(io === 'output' ? { override: relaxRequired } : {}),
  }) as JsonSchema;
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
