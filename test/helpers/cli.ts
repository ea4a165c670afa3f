import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** The repository root, whatever the test's working directory. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The Node 24 the project runs on (the bare `node` on PATH may be older). */
export const NODE = join(ROOT, 'node_modules/.bin/node');

/** The built CLI (vitest's globalSetup builds it before any test runs). */
export const CLI = join(ROOT, 'dist/fazt.js');

/** What a finished CLI process left behind. */
export interface CliResult {
  stdout: string;
  stderr: string;
  /** The exit code; `null` if the process was killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliOptions {
  /** Cartridge file; passed as `--cartridge <path>` before the command. */
  cartridge?: string;
  /** Written to the process's stdin, which is then closed (stdin is always closed). */
  input?: string | Buffer;
  /** Extra environment variables (FAZT_* from the outer environment are removed). */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Node flags placed before the script, e.g. `['--import', hook]`. */
  nodeArgs?: string[];
  /** Kill the process after this many ms (default 60 s) and fail loudly. */
  timeoutMs?: number;
}

function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('FAZT_') && !name.startsWith('VITEST') && name !== 'NODE_OPTIONS') env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** The argv for the CLI: node flags, the script, `--cartridge`, then the caller's arguments. */
export function cliArgs(args: string[], options: Pick<CliOptions, 'cartridge' | 'nodeArgs'> = {}): string[] {
  return [
    ...(options.nodeArgs ?? []),
    CLI,
    ...(options.cartridge === undefined ? [] : ['--cartridge', options.cartridge]),
    ...args,
  ];
}

/**
 * Starts the real CLI (`node dist/fazt.js --cartridge <path> …args`) and returns the child, for
 * tests that need to signal or kill it mid-flight. stdin/stdout/stderr are pipes.
 */
export function spawnCli(args: string[], options: CliOptions = {}): ChildProcess {
  return spawn(NODE, cliArgs(args, options), {
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Waits for a spawned CLI to end and collects its output. */
export function collect(child: ChildProcess, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`fazt did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        code,
        signal,
      });
    });
  });
}

/** Runs the real CLI to the end: `await runCli(['run', 'memory_recall', '--key', 'x'], { cartridge })`. */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const child = spawnCli(args, options);
  const done = collect(child, options.timeoutMs);
  child.stdin?.on('error', () => {}); // the CLI may exit before reading all of its stdin
  child.stdin?.end(options.input ?? '');
  return done;
}

/** Runs the CLI with `--json` expected to succeed and returns the parsed stdout. */
export async function runCliJson<T = unknown>(args: string[], options: CliOptions = {}): Promise<T> {
  const result = await runCli(args, options);
  if (result.code !== 0) {
    throw new Error(`fazt ${args.join(' ')} exited ${result.code}: ${result.stderr || result.stdout}`);
  }
  return JSON.parse(result.stdout) as T;
}

/**
 * Makes the cartridge at `path` (commands that only read, `fazt status` among them, never create
 * one): `fazt config unset model`, a write that changes no setting. Resolves to its result.
 */
export function makeCartridge(path: string, options: Omit<CliOptions, 'cartridge'> = {}): Promise<CliResult> {
  return runCli(['config', 'unset', 'model'], { ...options, cartridge: path });
}

/** Row counts per store, read through `fazt status --json`. */
export async function cartridgeCounts(cartridge: string): Promise<Record<string, number>> {
  const status = await runCliJson<{ counts: Record<string, number> }>(['status', '--json'], { cartridge });
  return status.counts;
}

/** A temporary directory holding a cartridge path (the file is created by the first command). */
export interface TempCartridge {
  dir: string;
  /** `<dir>/fazt.db` */
  path: string;
  /** Writes a file inside the directory and returns its path. */
  writeFile(name: string, content: string | Buffer): Promise<string>;
  cleanup(): Promise<void>;
}

/** Creates a fresh temp directory for one cartridge. Call `cleanup()` when done. */
export async function tempCartridge(prefix = 'fazt-test-'): Promise<TempCartridge> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return {
    dir,
    path: join(dir, 'fazt.db'),
    async writeFile(name, content) {
      const file = join(dir, name);
      await writeFile(file, content);
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh temp cartridge for every test in the enclosing suite, removed afterwards:
 * `const cart = useTempCartridge(); … runCli([...], { cartridge: cart().path })`.
 */
export function useTempCartridge(prefix?: string): () => TempCartridge {
  let current: TempCartridge | undefined;
  beforeEach(async () => {
    current = await tempCartridge(prefix);
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useTempCartridge() is only available inside a test.');
    return current;
  };
}

/** One stored fact as `fazt run memory_list --json` lists it. */
export interface ListedFact {
  label: string;
  value: unknown;
}

/**
 * `useTempCartridge(prefix)` with the calls the memory CLI tests make against it, each a real
 * `fazt` process: `ask(text, ...flags)` runs `fazt ask`, `remember(key, value)` runs
 * `memory_remember` (`--json`, must succeed), `facts()` lists what is stored (`memory_list --json`).
 */
export function useMemoryCli(prefix?: string) {
  const cart = useTempCartridge(prefix);
  const on = (): CliOptions => ({ cartridge: cart().path });
  return {
    cart,
    ask: (text: string, ...flags: string[]) => runCli(['ask', text, ...flags], on()),
    remember: (key: string, value: string) =>
      runCliJson(['run', 'memory_remember', JSON.stringify({ key, value }), '--json'], on()),
    facts: async (): Promise<ListedFact[]> =>
      (await runCliJson<{ entries: ListedFact[] }>(['run', 'memory_list', '--json'], on())).entries,
  };
}

/** What `fazt ask --json` prints: the answer, the tool calls made and the conversation to continue. */
export interface AskJson {
  answer: string;
  status: string;
  toolCalls: Array<{ name: string; input: Record<string, unknown> }>;
  conversationId: string;
}

/**
 * A folder of documents beside a fresh cartridge, shared by the tests of the enclosing suite: made
 * before them (`files` maps a name under `dir`, folders made as needed, to its text) and removed
 * after them. Nothing is learned: the suite's first test, or its own `beforeAll`, runs `fazt learn`.
 * `run(...args)` is the real CLI on the cartridge at `path`; `ask(...args)` is `fazt ask --json`,
 * parsed; `knowledgeInput(reply)` is the input of the reply's `knowledge_ask` call.
 */
export function useDocumentsCli(prefix: string, files: Record<string, string>) {
  // Named now so the suite's tests can use `dir` as a plain value; made (and must be new) before them.
  const root = join(tmpdir(), `${prefix}${randomBytes(6).toString('hex')}`);
  const dir = join(root, 'papers');
  const path = join(root, 'fazt.db');
  beforeAll(() => {
    mkdirSync(root);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (...args: string[]) => runCli(args, { cartridge: path });
  return {
    dir,
    path,
    run,
    ask: async (...args: string[]) => JSON.parse((await run('ask', '--json', ...args)).stdout) as AskJson,
    knowledgeInput: (reply: AskJson) => reply.toolCalls.find((call) => call.name === 'knowledge_ask')?.input,
  };
}
