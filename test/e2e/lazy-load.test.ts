import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/**
 * `fazt --version`, `fazt run` and `fazt tools` must start fast: they never load React, Ink, sharp, exifr or
 * an AI SDK. Every module the real CLI resolves is logged by a module.registerHooks hook
 * (test/helpers/module-log-hook.mjs) and checked against the forbidden packages.
 */
const HOOK = join(ROOT, 'test/helpers/module-log-hook.mjs');
const FORBIDDEN = [
  'react',
  'react-dom',
  'ink',
  'ai',
  'ollama',
  '@ai-sdk/openai',
  '@modelcontextprotocol/sdk',
  'sharp',
  'exifr',
];
/** What to import to load a package whose root has no entry. */
const ENTRY: Record<string, string> = {
  '@modelcontextprotocol/sdk': '@modelcontextprotocol/sdk/server/mcp.js',
};
const FORBIDDEN_PATTERN =
  /\/node_modules\/(react|react-dom|ink|ai|ollama|@ai-sdk\/[^/]+|@modelcontextprotocol\/sdk|sharp|exifr)\//;

/** The packages (under node_modules) among the URLs in a module log. */
function packagesIn(urls: string[]): Set<string> {
  const names = new Set<string>();
  for (const url of urls) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match) names.add(match[1]!);
  }
  return names;
}

const forbiddenIn = (urls: string[]) => urls.filter((url) => FORBIDDEN_PATTERN.test(url));

let cart: TempCartridge;
let counter = 0;

/** Runs the real CLI with the module-logging hook and returns every resolved URL. */
async function loadedBy(args: string[], options: { cartridge?: boolean; input?: string } = {}) {
  const log = join(cart.dir, `modules-${counter++}.log`);
  const result = await runCli(args, {
    ...(options.cartridge === false ? {} : { cartridge: cart.path }),
    ...(options.input === undefined ? {} : { input: options.input }),
    nodeArgs: ['--import', HOOK],
    env: { FAZT_MODULE_LOG: log },
  });
  const urls = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { result, urls };
}

beforeAll(async () => {
  cart = await tempCartridge();
  await runCli(['run', 'memory_remember', '--key', 'bike lock code', '--value', '4312'], {
    cartridge: cart.path,
  });
});
afterAll(() => cart.cleanup());

describe('the module-log hook', () => {
  it('catches a process that loads each forbidden package, so the guard below can fail', async () => {
    const installed = FORBIDDEN.filter((name) =>
      existsSync(join(ROOT, 'node_modules', name, 'package.json')),
    );
    // ai, ollama, @ai-sdk/openai and the MCP SDK are dependencies; React and Ink come with the chat.
    expect(installed.length).toBeGreaterThanOrEqual(4);
    for (const name of installed) {
      const log = join(cart.dir, `control-${name.replace('/', '_')}.log`);
      const child = spawnSync(
        NODE,
        [
          '--import',
          HOOK,
          '--input-type=module',
          '-e',
          `await import(${JSON.stringify(ENTRY[name] ?? name)})`,
        ],
        { cwd: ROOT, env: { ...process.env, FAZT_MODULE_LOG: log }, encoding: 'utf8', timeout: 30_000 },
      );
      expect(child.status, child.stderr).toBe(0);
      const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
      expect(forbiddenIn(urls).length, `${name} was not detected`).toBeGreaterThan(0);
      expect(packagesIn(urls)).toContain(name);
    }
  });
});

describe('commands that must stay light', () => {
  it('fazt --version loads no dependency at all (not even commander)', async () => {
    const { result, urls } = await loadedBy(['--version'], { cartridge: false });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(urls.some((url) => url.endsWith('/dist/fazt.js'))).toBe(true);
    expect([...packagesIn(urls)]).toEqual([]);
  });

  const light: [string, string[], string?][] = [
    ['fazt run (read)', ['run', 'memory_recall', '--key', 'bike lock code', '--json']],
    ['fazt run (write)', ['run', 'notes_add', '--text', 'buy milk']],
    ['fazt run (stdin JSON)', ['run', 'memory_recall', '-'], '{"key":"bike lock code"}'],
    ['fazt run (unknown tool)', ['run', 'memory_recal']],
    ['fazt run (bad input)', ['run', 'memory_remember', '{"key": 3}', '--json']],
    ['fazt run --help', ['run', 'memory_recall', '--help']],
    ['fazt run photos_summary', ['run', 'photos_summary']],
    ['fazt photos', ['photos']],
    ['fazt tools', ['tools']],
    ['fazt tools --json', ['tools', '--json']],
    ['fazt --version with a cartridge', ['--version']],
  ];
  for (const [title, args, input] of light) {
    it(`${title} loads no React, Ink, AI SDK or image library`, async () => {
      const { result, urls } = await loadedBy(args, input === undefined ? {} : { input });
      expect(result.signal).toBeNull();
      // The hook was active: the CLI itself is in the log.
      expect(urls.some((url) => url.includes('/dist/'))).toBe(true);
      expect(forbiddenIn(urls)).toEqual([]);
    });
  }

  it('fazt run really opened SQLite (the log is complete, not just the entry)', async () => {
    const { result, urls } = await loadedBy(['run', 'memory_recall', '--key', 'bike lock code']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4312');
    expect(packagesIn(urls)).toContain('better-sqlite3');
  });
});
