import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { ElicitResultSchema, type ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { AnyTool } from '../../tools/define-tool.js';
import { oneLine } from './request-guard.js';

/** A zod error, by shape (the SDK's zod copy may not be the class this module imports). */
const isZodError = (error: unknown): error is z.ZodError =>
  error instanceof Error && Array.isArray((error as { issues?: unknown }).issues);

export type ConsentAnswer = 'granted' | 'declined' | 'unavailable';

export interface ConsentRequest {
  tool: AnyTool;
  input: unknown;
  server: Server;
  /** Why consent is needed, when it is not that the tool is destructive (the tool's own words). */
  reason?: string;
  /** Sends a request to the client tied to the tool call being handled. */
  sendRequest: (request: ServerRequest, schema: typeof ElicitResultSchema) => Promise<unknown>;
}

/** Asks for the person's consent before destructive work (stdio, where the person is present). */
export type Consent = (request: ConsentRequest) => Promise<ConsentAnswer>;

/** `fazt mcp --allow-destructive`: the person who started the server consented up front. */
export const consentGiven: Consent = async () => 'granted';

/**
 * Asks through the client with MCP elicitation, when the client supports it: a yes/no form naming
 * the tool and its input. A client without elicitation gets `unavailable`, and the call is held.
 */
export const consentByElicitation: Consent = async ({ tool, input, server, sendRequest, reason }) => {
  if (!server.getClientCapabilities()?.elicitation) return 'unavailable';
  const answer = (await sendRequest(
    {
      method: 'elicitation/create',
      params: {
        mode: 'form',
        message: `fazt wants to run ${tool.name} (${tool.title}), ${reason ? `which needs your consent (${reason})` : 'which is destructive and cannot be undone'}, with ${JSON.stringify(input)}. Allow it?`,
        requestedSchema: {
          type: 'object',
          properties: {
            confirm: {
              type: 'boolean',
              title: `Run ${tool.name}`,
              description: 'Yes to run it once; no to leave everything as it is.',
              default: false,
            },
          },
          required: ['confirm'],
        },
      },
    },
    ElicitResultSchema,
  ).catch((error: unknown) => {
    // The SDK rejects a reply its schema refuses with the raw ZodError (a multi-line dump).
    if (!isZodError(error)) throw error;
    throw new Error(
      `the client's reply to the consent request is not an elicitation result (${oneLine(error)}); expected {"action": "accept" | "decline" | "cancel", "content": {"confirm": true | false}}`,
    );
  })) as { action: string; content?: Record<string, unknown> };
  return answer.action === 'accept' && answer.content?.confirm === true ? 'granted' : 'declined';
};
