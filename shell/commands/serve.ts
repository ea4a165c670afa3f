import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { errorMessage, UsageError } from '../../cartridge/errors.js';
import { appsCapability } from '../../tools/apps/index.js';
import { recordServer } from '../../tools/apps/live-server.js';
import { createHttpApp } from '../http/app.js';
import { ownAuthorities } from '../http/host-guard.js';
import { listen } from '../http/server.js';
import { createMcpHttpEndpoint } from '../mcp/http-sessions.js';
import { printNote, printText, safeJson } from '../output.js';
import { type GlobalOptions, openRuntime } from '../runtime.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  rateLimit?: string;
  allowHost?: string[];
  json?: boolean;
}

function readInteger(value: string, flag: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

/** Resolves on the first SIGINT or SIGTERM. */
const stopSignal = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });

/**
 * `fazt serve [--port N] [--host H] [--rate-limit N] [--allow-host H …] [--json]`: fazt's HTTP
 * server (MCP at /mcp, a status page at /) until Ctrl-C. The first stdout line names the URL.
 */
export async function serveCommand(globals: GlobalOptions, options: ServeOptions): Promise<void> {
  const { cartridge, registry } = await openRuntime(globals);
  const log = (line: string) => printNote(`fazt serve: ${line}\n`);
  let mcp: ReturnType<typeof createMcpHttpEndpoint> | undefined;
  let forget: (() => void) | undefined;
  try {
    const port =
      options.port === undefined
        ? cartridge.config.get('server.port')
        : readInteger(options.port, '--port', 0, 65535);
    const host = options.host ?? cartridge.config.get('server.host');
    const rateLimit =
      options.rateLimit === undefined
        ? cartridge.config.get('mcp.rateLimit')
        : readInteger(options.rateLimit, '--rate-limit', 1, 10_000_000);

    let authorities: ReadonlySet<string> = new Set();
    let baseUrl = '';
    mcp = createMcpHttpEndpoint({ cartridge, registry, log });
    const app = createHttpApp({
      cartridge,
      mcp,
      rateLimit,
      authorities: () => authorities,
      baseUrl: () => baseUrl,
      log,
      registry,
    });
    const server = await listen(app, { host, port });
    authorities = ownAuthorities(host, server.port, options.allowHost ?? []);
    baseUrl = server.url;
    // Links made while this server runs (share links, app URLs) use its real address; a wildcard
    // bind is reached on this machine at 127.0.0.1.
    applyCapabilityMigrations(cartridge, appsCapability);
    const linkUrl = ['0.0.0.0', '::', '[::]'].includes(host) ? `http://127.0.0.1:${server.port}` : server.url;
    try {
      forget = await cartridge.exclusive(() => recordServer(cartridge, linkUrl));
    } catch (error) {
      log(
        `could not record ${linkUrl} in the cartridge (${errorMessage(error)}); share links will name the configured port`,
      );
    }

    const endpoint = `${server.url}/mcp`;
    if (options.json) process.stdout.write(`${safeJson({ url: server.url, mcp: endpoint, rateLimit })}\n`);
    else printText(`fazt is listening on ${server.url} (MCP: ${endpoint}). Press Ctrl-C to stop.\n`);
    if (!isLoopback(host)) {
      log(
        `bound to ${host}: other machines can reach this server. Every request still needs a token, but traffic is not encrypted; put TLS in front of it.`,
      );
    }

    const signal = await stopSignal();
    log(`${signal}: stopping`);
    await mcp.close();
    await server.close();
  } finally {
    await mcp?.close();
    await cartridge
      .exclusive(() => forget?.())
      .catch((error: unknown) =>
        log(`could not clear this server's address from the cartridge: ${errorMessage(error)}`),
      );
    cartridge.close();
  }
}
