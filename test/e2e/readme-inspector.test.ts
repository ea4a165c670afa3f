import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, NODE, ROOT, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { createToken, type ServeProcess, startServe } from './mcp-helpers.js';

const INSPECTOR = join(ROOT, 'node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js');

/** The README's Inspector lines, exactly as a person would paste them. */
function readmeInspectorLines(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return readme.split('\n').filter((line) => line.startsWith('npx @modelcontextprotocol/inspector --cli'));
}

/** Splits a shell line into words: double quotes group, `$HOME` expands (what sh would do here). */
function shellWords(line: string, home: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|(\S+)/g)) {
    words.push((match[1] ?? match[2] ?? '').replaceAll('$HOME', home));
  }
  return words;
}

/**
 * The README's Inspector commands, run as written with only what a reader's machine would differ
 * in replaced: `npx @modelcontextprotocol/inspector` and `npx fazt` by this checkout's builds, the
 * URL by a real `fazt serve`'s, `fazt_…` by a real token, `$HOME` by a temporary home.
 */
describe('README: the MCP Inspector lines work as written', () => {
  let temp: TempCartridge;
  let serve: ServeProcess;
  let token: string;
  let cartridge: string;

  beforeAll(async () => {
    temp = await tempCartridge('fazt-readme-inspector-');
    cartridge = join(temp.dir, 'fazt.db'); // $HOME/fazt.db with HOME = temp.dir
    await runCliJson(['run', 'notes_add', '--text', 'only in the README cartridge', '--json'], { cartridge });
    token = await createToken(cartridge, 'readme', 'read');
    serve = await startServe(cartridge);
  });
  afterAll(async () => {
    await serve?.stop();
    await temp?.cleanup();
  });

  const run = (words: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(NODE, words, {
        cwd: temp.dir,
        // A FAZT_CARTRIDGE in the Inspector's own environment must not be what makes it work.
        env: {
          PATH: process.env.PATH,
          HOME: temp.dir,
          NO_COLOR: '1',
          FAZT_CARTRIDGE: join(temp.dir, 'other.db'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  function command(line: string): string[] {
    const words = shellWords(line, temp.dir);
    expect(words.slice(0, 2)).toEqual(['npx', '@modelcontextprotocol/inspector']);
    const rest = words.slice(2).flatMap((word, index, all) => {
      if (word === 'npx' && all[index + 1] === 'fazt') return [NODE, CLI];
      if (word === 'fazt' && all[index - 1] === 'npx') return [];
      if (word === 'http://127.0.0.1:7777/mcp') return [serve.mcp];
      return [word.replace('fazt_…', token)];
    });
    return [INSPECTOR, ...rest];
  }

  it('has the stdio and HTTP lines, with -e FAZT_CARTRIDGE and --header after the URL', () => {
    const lines = readmeInspectorLines();
    expect(
      lines.some((line) => line.includes('-e FAZT_CARTRIDGE=') && line.includes('-- npx fazt mcp')),
    ).toBe(true);
    const http = lines.find((line) => line.includes('--header'));
    expect(http).toBeDefined();
    expect(http?.indexOf('http://')).toBeLessThan(http?.indexOf('--header') ?? -1);
  });

  it('every line runs and reaches the cartridge it names', async () => {
    const lines = readmeInspectorLines();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const result = await run(command(line));
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
      const output = JSON.parse(result.stdout) as { tools?: { name: string }[]; structuredContent?: unknown };
      if (line.includes('tools/list')) {
        expect(output.tools?.map((tool) => tool.name)).toEqual(
          expect.arrayContaining(['notes_list', 'memory_recall']),
        );
      }
      if (line.includes('notes_list'))
        expect(JSON.stringify(output.structuredContent)).toContain('only in the README cartridge');
    }
  }, 180_000);
});
