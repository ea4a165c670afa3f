import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { NODE, ROOT } from '../helpers/cli.js';

/** What a writer process reports when it ends. */
export interface WriterSummary {
  finished: number;
  failures: string[];
}

/** A running fixtures/writer.ts process (see there for the protocol). */
export interface Writer {
  child: ChildProcess;
  /** Resolves once the writer has opened the cartridge and waits for `go()`. */
  ready: Promise<void>;
  go(): void;
  stop(): void;
  /** Resolves when the writer has written at least `count` pairs. */
  reached(count: number): Promise<void>;
  /** How many pairs it has reported so far. */
  done(): number;
  finished: Promise<WriterSummary>;
}

let bundled: Promise<string> | undefined;

/** The writer bundled once per test file (our code only; packages stay imports). */
function bundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(ROOT, 'test/e2e/fixtures/writer.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

/**
 * Starts a writer process on `cartridge`; `count` 0 writes until `stop()`. `lockWaitMs` is how long
 * each write waits for another process's lock (the cartridge default, 15 s, when left out).
 */
export async function startWriter(
  cartridge: string,
  label: string,
  count: number,
  lockWaitMs?: number,
): Promise<Writer> {
  // Written under node_modules so its bare imports (better-sqlite3…) resolve from the project;
  // removed as soon as the process has loaded it.
  const dir = join(ROOT, 'node_modules/.cache/fazt-e2e');
  mkdirSync(dir, { recursive: true });
  const script = join(dir, `writer-${process.pid}-${randomUUID()}.mjs`);
  writeFileSync(script, await bundle());
  const args = [
    script,
    cartridge,
    label,
    String(count),
    ...(lockWaitMs === undefined ? [] : [String(lockWaitMs)]),
  ];
  const child = spawn(NODE, args, {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const removeScript = () => rmSync(script, { force: true });
  child.once('exit', removeScript);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let progress = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  let onReady: () => void = () => {};
  let onFinished: (summary: WriterSummary) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    child.once('exit', (code) =>
      reject(new Error(`writer ${label} exited ${code} before it was ready: ${stderr}`)),
    );
  });
  const finished = new Promise<WriterSummary>((resolve, reject) => {
    onFinished = resolve;
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`writer ${label} exited ${code}: ${stderr}`));
    });
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const message = JSON.parse(line) as { ready?: true; done?: number } & Partial<WriterSummary>;
    if (message.ready) {
      removeScript();
      onReady();
    }
    if (message.done !== undefined) {
      progress = message.done;
      for (const wait of waiting.filter((item) => item.count <= progress)) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve();
      }
    }
    if (message.finished !== undefined) onFinished(message as WriterSummary);
  });
  return {
    child,
    ready,
    go: () => child.stdin?.write('go\n'),
    stop: () => child.stdin?.end('stop\n'),
    reached: (count) =>
      count <= progress ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve })),
    done: () => progress,
    finished,
  };
}
