import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, useTempCartridge } from '../../test/helpers/cli.js';

describe('fazt serve', () => {
  const cart = useTempCartridge('fazt-serve-cli-');

  it('refuses a port that is not a number with exit 2', async () => {
    const result = await runCli(['serve', '--port', 'http'], { cartridge: cart().path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--port must be a whole number from 0 to 65535, not "http"/);
  });

  it('says when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const result = await runCli(['serve', '--port', String(port)], { cartridge: cart().path });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`Port ${port} is already in use.*--port 0`));
    } finally {
      blocker.close();
    }
  });

  it('prints where it listens and stops on SIGINT with exit 0', async () => {
    const child = spawnCli(['serve', '--port', '0'], { cartridge: cart().path });
    const line = await new Promise<string>((resolve) => {
      child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    });
    expect(line).toMatch(
      /^fazt is listening on http:\/\/127\.0\.0\.1:\d+ \(MCP: http:\/\/127\.0\.0\.1:\d+\/mcp\)/,
    );
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)![0];
    const status = (await (await fetch(`${url}/`)).json()) as { mcp: string };
    expect(status.mcp).toBe(`${url}/mcp`);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
