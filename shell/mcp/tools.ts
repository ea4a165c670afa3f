import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { type JsonSchema, jsonSchema } from '../../tools/catalogue.js';
import type { AnyTool } from '../../tools/define-tool.js';
import type { Registry } from '../../tools/registry.js';
import type { ToolResult } from '../../tools/tool-result.js';

interface McpToolShape {
  definition: Tool;
  /** The tool's output is not a JSON object, so it travels as `{ result: output }`. */
  wrapped: boolean;
}

const shapes = new WeakMap<AnyTool, McpToolShape>();

function shapeOf(tool: AnyTool): McpToolShape {
  const known = shapes.get(tool);
  if (known) return known;
  const output = jsonSchema(tool.output, 'output');
  const wrapped = output.type !== 'object';
  const outputSchema: JsonSchema = wrapped
    ? { type: 'object', properties: { result: output }, required: ['result'] }
    : output;
  const shape: McpToolShape = {
    wrapped,
    definition: {
      name: tool.name,
      title: tool.title,
      description: tool.description,
      inputSchema: jsonSchema(tool.input, 'input') as Tool['inputSchema'],
      outputSchema: outputSchema as Tool['outputSchema'],
      annotations: {
        title: tool.title,
        readOnlyHint: tool.risk === 'read',
        destructiveHint: tool.risk === 'destructive',
        openWorldHint: tool.risk === 'external',
      },
      _meta: { 'fazt/risk': tool.risk },
    },
  };
  shapes.set(tool, shape);
  return shape;
}

/** A registry tool as MCP clients see it: JSON Schemas from the registry, annotations from its risk. */
export function mcpTool(tool: AnyTool): Tool {
  return shapeOf(tool).definition;
}

/** Every tool in the registry, sorted by name. Computed per request, so tools added later show up. */
export function listMcpTools(registry: Registry): Tool[] {
  return registry
    .list()
    .map(mcpTool)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** An error as a tool result the model can read: `isError` with the message, never a protocol error. */
export function errorResult(message: string, code: string, auditId?: number): CallToolResult {
  return {
    isError: true,
    content: [{ type: 'text', text: message }],
    _meta: { 'fazt/error': code, ...(auditId === undefined ? {} : { 'fazt/audit': auditId }) },
  };
}

/**
 * An executor result as an MCP tool result: the structured output in `structuredContent`, and for
 * clients that read only text, the plain sentence followed by the same JSON.
 */
export function toCallToolResult(
  tool: AnyTool | undefined,
  result: ToolResult,
  message?: string,
): CallToolResult {
  if (!result.ok) return errorResult(message ?? result.error.message, result.error.code, result.auditId);
  const structured = tool && shapeOf(tool).wrapped ? { result: result.output } : result.output;
  const json = JSON.stringify(structured);
  const text = result.text === JSON.stringify(result.output) ? json : `${result.text}\n\n${json}`;
  return {
    content: [{ type: 'text', text }],
    structuredContent: structured as Record<string, unknown>,
    _meta: { 'fazt/audit': result.auditId },
  };
}
