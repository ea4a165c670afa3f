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
  const { cartridge, registry } = await openRuntime(globals, caller);
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
