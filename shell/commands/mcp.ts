import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { errorMessage } from '../../cartridge/errors.js';
import { defaultApprovalPolicy } from '../../tools/approval.js';
import { consentByElicitation, consentGiven } from '../mcp/consent.js';
import { createMcpServer } from '../mcp/server.js';
import { LineStdioTransport } from '../mcp/stdio-transport.js';
import { printNote } from '../output.js';
import { type GlobalOptions, openRuntime } from '../runtime.js';

/**
 * `fazt mcp [--allow-destructive]`: an MCP server on stdin/stdout for the person who launched it
 * (trusted like the CLI). Destructive tools still need consent: asked through MCP elicitation
 * when the client supports it, or given up front with --allow-destructive. Logs go to stderr;
 * stdout carries only JSON-RPC. When the client closes stdin, the transport answers every
 * request already received and flushes stdout before it closes; only then does this return.
 */
export async function mcpCommand(
  globals: GlobalOptions,
  options: { allowDestructive?: boolean },
): Promise<void> {
  const caller = { kind: 'mcp', id: 'stdio' } as const;
  let runtime: Awaited<ReturnType<typeof openRuntime>>;
  try {
    runtime = await openRuntime(globals, caller);
  } catch (error) {
    await refuseFirstRequest(errorMessage(error));
    throw error;
  }
  const { cartridge, registry } = runtime;
  try {
    const server = createMcpServer({
      cartridge,
      registry,
      caller,
      policy: defaultApprovalPolicy,
      consent: options.allowDestructive ? consentGiven : consentByElicitation,
    });
    const closed = new Promise<void>((resolve) => {
      const stopWatching = server.onclose;
      server.onclose = () => {
        stopWatching?.();
        resolve();
      };
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.connect(
      new LineStdioTransport(process.stdin, process.stdout, (line) => printNote(`fazt mcp: ${line}\n`)),
    );
    printNote(
      `fazt mcp: serving ${cartridge.path} on stdio${options.allowDestructive ? ' (destructive tools allowed)' : ''}\n`,
    );
    await closed;
    await server.close();
  } finally {
    await cartridge.exclusive(() => undefined);
    cartridge.close();
  }
}

/**
 * The server cannot start (a cartridge that is not fazt's, or not SQLite): the client's first
 * request (its `initialize`) is answered with a JSON-RPC error saying why, so a client sees the
 * reason rather than only a closed connection (S30). Waits at most 10 s for that request; the
 * caller then exits as before, the reason also on stderr.
 */
async function refuseFirstRequest(reason: string): Promise<void> {
  const transport = new LineStdioTransport(process.stdin, process.stdout, (line) =>
    printNote(`fazt mcp: ${line}\n`),
  );
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    transport.onclose = done;
    transport.onmessage = (message) => {
      if (!('method' in message) || !('id' in message)) return;
      const refusal = {
        jsonrpc: '2.0' as const,
        id: message.id,
        error: { code: ErrorCode.InternalError, message: `fazt mcp cannot start: ${reason}` },
      };
      void transport.send(refusal).then(done, done);
    };
    void transport.start();
  });
  await transport.close();
}
