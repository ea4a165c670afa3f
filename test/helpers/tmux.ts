import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLI, NODE, ROOT } from './cli.js';

const run = promisify(execFile);
let sessions = 0;

/** A real pseudo-terminal driven through tmux: what a person at a terminal sees and types. */
export interface Terminal {
  /** The visible screen, one string (trailing blank lines removed). */
  screen(): Promise<string>;
  /** The scrollback and the screen, oldest line first. */
  scrollback(): Promise<string>;
  /** Types text literally (no key names). */
  type(text: string): Promise<void>;
  /** Presses keys by tmux name: `Enter`, `C-c`, `Up`, `BSpace`. */
  press(...keys: string[]): Promise<void>;
  /** Polls the screen (every 100 ms) until it matches; fails with the last screen after `timeoutMs`. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Polls until the fazt process has ended and returns its exit code. */
  exited(timeoutMs?: number): Promise<number>;
  resize(columns: number, rows: number): Promise<void>;
  /** Every byte the program wrote to the terminal since it started (tmux pipe-pane). */
  raw(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface TerminalOptions {
  /** Arguments for the CLI (after `--cartridge`, when given). */
  args: string[];
  cartridge?: string;
  columns?: number;
  rows?: number;
  env?: Record<string, string>;
  /** Node flags before the script (`--import hook`). */
  nodeArgs?: string[];
  /** A directory for tmux's config and the raw byte log. */
  dir: string;
}

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
const matches = (text: string, pattern: string | RegExp) =>
  typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);

/**
 * Starts the real CLI in a tmux pane of the given size, on a tmux server of its own. The
 * environment is only PATH, HOME, TERM=xterm-256color and `env`; output is logged raw.
 */
export async function startTerminal(options: TerminalOptions): Promise<Terminal> {
  const socket = `fazt-test-${process.pid}-${sessions++}`;
  const tmux = (...args: string[]) => run('tmux', ['-L', socket, ...args], { timeout: 30_000 });
  const config = join(options.dir, `tmux-${socket}.conf`);
  const rawLog = join(options.dir, `raw-${socket}.log`);
  writeFileSync(config, 'set -g history-limit 50000\nset -g status off\nset -g escape-time 0\n');
  writeFileSync(rawLog, '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    ...options.env,
  };
  const argv = [
    ...(options.nodeArgs ?? []),
    CLI,
    ...(options.cartridge ? ['--cartridge', options.cartridge] : []),
    ...options.args,
  ];
  const envWords = Object.entries(env).map(([name, value]) => quote(`${name}=${value}`));
  const command = `cd ${quote(ROOT)} && env -i ${envWords.join(' ')} ${quote(NODE)} ${argv.map(quote).join(' ')}; echo "[fazt exited $?]"; sleep 3600`;
  // The pane's output is piped to the log from its first byte: the program waits for the pipe.
  const gate = join(options.dir, `gate-${socket}`);
  const gated = `while [ ! -e ${quote(gate)} ]; do sleep 0.05; done; ${command}`;
  await tmux(
    '-f',
    config,
    'new-session',
    '-d',
    '-s',
    'main',
    '-x',
    String(options.columns ?? 80),
    '-y',
    String(options.rows ?? 24),
    'sh',
    '-c',
    gated,
  );
  await tmux('pipe-pane', '-o', '-t', 'main', `cat >> ${quote(rawLog)}`);
  writeFileSync(gate, '');

  const capture = async (...extra: string[]) =>
    (await tmux('capture-pane', '-p', '-t', 'main', ...extra)).stdout.replace(/\n+$/, '');
  const terminal: Terminal = {
    screen: () => capture(),
    scrollback: () => capture('-S', '-', '-E', '-'),
    async type(text) {
      await tmux('send-keys', '-t', 'main', '-l', text);
    },
    async press(...keys) {
      await tmux('send-keys', '-t', 'main', ...keys);
    },
    async waitFor(pattern, timeoutMs = 30_000) {
      const started = Date.now();
      let last = '';
      while (Date.now() - started < timeoutMs) {
        last = await capture();
        if (matches(last, pattern)) return last;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(
        `The terminal never showed ${String(pattern)} within ${timeoutMs} ms. It shows:\n${last}`,
      );
    },
    async exited(timeoutMs = 30_000) {
      const screen = await terminal.waitFor(/\[fazt exited \d+\]/, timeoutMs);
      return Number(/\[fazt exited (\d+)\]/.exec(screen)![1]);
    },
    async resize(columns, rows) {
      await tmux('resize-window', '-t', 'main', '-x', String(columns), '-y', String(rows));
    },
    raw: () => readFile(rawLog),
    async close() {
      await tmux('kill-server').catch(() => {});
    },
  };
  return terminal;
}
