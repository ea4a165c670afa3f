import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  SetLevelRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { Caller } from '../../cartridge/audit.js';
import { errorMessage } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';
import packageJson from '../../package.json' with { type: 'json' };
import { type ApprovalPolicy, needsConsent } from '../../tools/approval.js';
import type { AnyTool } from '../../tools/define-tool.js';
import { createExecutor } from '../../tools/executor.js';
import type { Registry } from '../../tools/registry.js';
import type { ToolResult } from '../../tools/tool-result.js';
import type { Consent, ConsentAnswer } from './consent.js';
import { createSessionLog, type SessionLog } from './logging.js';
import { createPromptCatalogue } from './prompts.js';
import { guardRequests } from './request-guard.js';
import { createResourceCatalogue } from './resources.js';
import { errorResult, listMcpTools, toCallToolResult } from './tools.js';

/** Everything one MCP server (one session, one transport) needs. */
export interface McpServerOptions {
  cartridge: Cartridge;
  registry: Registry;
  /** Who every call in this session is audited as: `{ kind: 'mcp', id: <token name> | 'stdio' }`. */
  caller: Caller;
  /** Decides what runs: a token's scope over HTTP, the CLI's rules over stdio. */
  policy: ApprovalPolicy;
  /** Asked before a destructive call the policy holds for approval; none means it stays held. */
  consent?: Consent;
  /** How to get the access a denied call lacked (e.g. "create a token with --scope admin"). */
  explainDenied?(tool: AnyTool, input: unknown): string;
}

/** What the client is told at `initialize`: fazt in one line, then each capability's own lines. */
function instructions(registry: Registry): string {
  return [
    "fazt is the user's personal cartridge: everything below lives in one local SQLite file.",
    ...registry.capabilities().flatMap((capability) => capability.instructions ?? []),
    'Every call is audited under your token; destructive tools need an admin token (HTTP) or the person’s consent (stdio).',
    'Read-only views live under fazt:// resources.',
  ].join(' ');
}

function heldMessage(tool: AnyTool, answer: ConsentAnswer | undefined): string {
  if (answer === 'declined') return `You declined ${tool.name}; nothing was changed.`;
  return (
    `${tool.name} is destructive and needs the person's consent; nothing was changed. ` +
    'Use a client that supports MCP elicitation so fazt can ask, or start the server with `fazt mcp --allow-destructive`.'
  );
}

/**
 * A fresh MCP server over the registry: tools, `fazt://` resources, prompts and logging. Build
 * one per transport (stdio) or per HTTP session; they share the cartridge, never their state.
 * Every tool call goes through the executor, so validation, policy, audit and events happen once.
 */
export function createMcpServer(options: McpServerOptions): Server {
  const { cartridge, registry, caller, policy, consent, explainDenied } = options;
  const executor = createExecutor({ cartridge, registry, policy });
  const resources = createResourceCatalogue(executor);
  const prompts = createPromptCatalogue(executor);
  const log: SessionLog = createSessionLog();

  const server = new Server(
    { name: 'fazt', title: 'fazt', version: packageJson.version },
    {
      capabilities: {
        tools: { listChanged: true },
        resources: { listChanged: true },
        prompts: { listChanged: true },
        logging: {},
      },
      instructions: instructions(registry),
    },
  );

  // Bad params get -32602 with one line, on every transport (see guardRequests).
  const connect = server.connect.bind(server);
  server.connect = async (transport) => {
    await connect(transport);
    guardRequests(transport);
  };

  // Tools, resources and prompts are read from the registry per request; when a capability
  // comes or goes (a skill installed while the server runs), connected clients are told to ask again.
  const unsubscribe = registry.onChange(({ capability }) => {
    if (!server.transport) return;
    const sent = [server.sendToolListChanged()];
    if (capability.resources?.length) sent.push(server.sendResourceListChanged());
    if (capability.prompts?.length) sent.push(server.sendPromptListChanged());
    // A client that went away mid-send has nothing left to refresh.
    for (const sending of sent) sending.catch(() => {});
  });
  const closed = server.onclose;
  server.onclose = () => {
    unsubscribe();
    closed?.();
  };

  server.setRequestHandler(SetLevelRequestSchema, ({ params }) => {
    log.setLevel(params.level);
    return {};
  });

  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: listMcpTools(registry) }));

  server.setRequestHandler(CallToolRequestSchema, async ({ params }, extra): Promise<CallToolResult> => {
    const { name } = params;
    const input = params.arguments ?? {};
    const say = (level: Parameters<SessionLog['send']>[1], data: unknown) =>
      log.send(extra.sendNotification, level, data);
    try {
      const tool = registry.get(name);
      let answer: ConsentAnswer | undefined;
      if (tool && needsConsent(tool, input) && consent && tool.input.safeParse(input).success) {
        const decision = await policy({ tool, input, caller, approved: false });
        if (decision === 'ask') {
          answer = await consent({
            tool,
            input,
            server,
            sendRequest: (request, schema) => extra.sendRequest(request, schema),
          });
        }
      }
      await say('debug', { event: 'tool-call-start', tool: name, caller });
      let result: ToolResult = await executor.execute(name, input, {
        caller,
        approved: answer === 'granted',
        signal: extra.signal,
      });
      // A built-in tool that is not destructive but held this one call for consent before doing
      // anything (knowledge_learn of a hidden path or one outside home): ask, then run it again.
      if (
        !result.ok &&
        result.error.code === 'needs_approval' &&
        tool &&
        tool.risk !== 'destructive' &&
        registry.sourceOf(name) === 'builtin' &&
        consent
      ) {
        answer = await consent({
          tool,
          input,
          server,
          reason: result.error.message,
          sendRequest: (request, schema) => extra.sendRequest(request, schema),
        });
        if (answer === 'granted') {
          result = await executor.execute(name, input, { caller, approved: true, signal: extra.signal });
        }
      }
      let message: string | undefined;
      if (!result.ok && tool && result.error.code === 'denied' && explainDenied) {
        message = `${result.error.message} ${explainDenied(tool, input)}`;
      } else if (!result.ok && tool?.risk === 'destructive' && result.error.code === 'needs_approval') {
        message = heldMessage(tool, answer);
      }
      await say(result.ok ? 'info' : 'warning', {
        event: 'tool-call-end',
        tool: name,
        outcome: result.ok ? 'ok' : result.error.code,
        durationMs: result.durationMs,
        ...(result.auditId === undefined ? {} : { auditId: result.auditId }),
      });
      return toCallToolResult(tool, result, message);
    } catch (error) {
      await say('error', { event: 'tool-call-error', tool: name, message: errorMessage(error) });
      return errorResult(`${name} could not run: ${errorMessage(error)}. Nothing was changed.`, 'failed');
    }
  });

  server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: resources.list() }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({
    resourceTemplates: resources.templates(),
  }));
  server.setRequestHandler(ReadResourceRequestSchema, ({ params }, extra) =>
    resources.read(params.uri, caller, extra.signal),
  );

  server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: prompts.list() }));
  server.setRequestHandler(GetPromptRequestSchema, ({ params }) =>
    prompts.get(params.name, params.arguments ?? {}, caller),
  );

  return server;
}
