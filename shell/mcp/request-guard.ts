import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  InitializeRequestSchema,
  type JSONRPCMessage,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  SetLevelRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { wordTable } from '../../cartridge/lexicon.js';

/** The requests fazt handles, with the SDK's schema for each. */
const REQUESTS: Record<string, z.ZodType> = wordTable({
  initialize: InitializeRequestSchema,
  'tools/call': CallToolRequestSchema,
  'tools/list': ListToolsRequestSchema,
  'resources/list': ListResourcesRequestSchema,
  'resources/templates/list': ListResourceTemplatesRequestSchema,
  'resources/read': ReadResourceRequestSchema,
  'prompts/list': ListPromptsRequestSchema,
  'prompts/get': GetPromptRequestSchema,
  'logging/setLevel': SetLevelRequestSchema,
});

/** `array`, `null`, or the `typeof` of anything else: for messages saying what was sent. */
export const typeName = (value: unknown) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

/** A zod error as one line: `params.arguments: expected an object, got string; …` (at most 3). */
export function oneLine(error: z.ZodError, input?: unknown): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    let message = issue.message.replace(/^Invalid input: /, '');
    if (issue.code === 'invalid_type' && input !== undefined) {
      let value: unknown = input;
      for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
      const expected = issue.expected === 'record' ? 'an object' : issue.expected;
      message = `expected ${expected}, got ${typeName(value)}`;
    }
    return path ? `${path}: ${message}` : message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${parts.join('; ')}${more}`.replace(/\s+/g, ' ');
}

/**
 * Checks the params of every request fazt handles before the SDK sees it, and answers a bad one
 * with `-32602 Invalid params` and a one-line message (`tools/call: params.arguments: expected an
 * object, got string`). The SDK would answer `-32603 Internal error` with a multi-line zod dump.
 * Call once the server is connected (it wraps `transport.onmessage`).
 */
export function guardRequests(transport: Transport): void {
  const deliver = transport.onmessage;
  if (!deliver) return;
  transport.onmessage = (
    message: JSONRPCMessage,
    extra?: Parameters<NonNullable<Transport['onmessage']>>[1],
  ) => {
    if ('method' in message && 'id' in message) {
      const schema = REQUESTS[message.method];
      const parsed = schema?.safeParse(message);
      if (parsed && !parsed.success) {
        void transport.send(
          {
            jsonrpc: '2.0',
            id: message.id,
            error: {
              code: ErrorCode.InvalidParams,
              message: `Invalid params for ${message.method}: ${oneLine(parsed.error, message)}`,
            },
          },
          { relatedRequestId: message.id },
        );
        return;
      }
    }
    deliver.call(transport, message, extra);
  };
}
