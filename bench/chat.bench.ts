// What the chat costs a person at a terminal: the time from `fazt` to the prompt being ready,
// as a ratio to `fazt --version` in the same run (both in a real pty made by util-linux
// `script`), and keystroke-to-echo latency at an idle prompt and while an answer streams from
// the fake OpenAI server. `npm run bench chat`; BENCH_RUNS sets the cold starts per case.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeOpenAI } from '../test/fakes/openai-server.js';
import { ratioRows, report, summarize } from './stats.js';

const RUNS = Math.max(8, Number(process.env.BENCH_RUNS ?? 10));
const KEYS = 'ABEFGHIJKLMNPQRSTUVWXYZ'; // never in the answer, the status line or the hints
const node = process.execPath;
const cli = resolve('dist/fazt.js');
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-chat-'));
const cartridge = join(dir, 'chat.db');
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FAZT_')));
const rows: Record<string, string | number>[] = [];
const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A command in a pty of 80×24 (util-linux `script`), its output collected as it comes. */
class Pty {
  readonly child: ChildProcess;
  output = '';
  private waiters: (() => void)[] = [];
  readonly exited: Promise<void>;

  constructor(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
    const command = `stty cols 80 rows 24; exec ${[node, ...args].map(quote).join(' ')}`;
    this.child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      env: { ...env, TERM: 'xterm-256color', NO_COLOR: '1', ...extraEnv },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (chunk: string) => {
      this.output += chunk;
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.exited = new Promise((done) => this.child.on('close', () => done()));
  }

  /** Resolves once the output from `from` on contains `text`. */
  async until(text: string, from = 0, timeoutMs = 60_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!this.output.includes(text, from)) {
      if (performance.now() > deadline) throw new Error(`no "${text}" in ${timeoutMs} ms`);
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 50);
      });
    }
  }

  write(text: string): void {
    this.child.stdin!.write(text);
  }
}

async function coldStarts(): Promise<void> {
  const samples = new Map<string, number[]>([
    ['fazt --version', []],
    ['fazt (chat) to prompt ready', []],
  ]);
  const version = async () => {
    const start = performance.now();
    const pty = new Pty([cli, '--version']);
    pty.child.stdin!.end(); // script waits for its input to end as well as for the command
    await pty.exited;
    return performance.now() - start;
  };
  const chat = async () => {
    const start = performance.now();
    const pty = new Pty([cli, '--cartridge', cartridge]);
    await pty.until('tokens · serve');
    const elapsed = performance.now() - start;
    pty.write('\u0004');
    pty.child.stdin!.end();
    await pty.exited;
    return elapsed;
  };
  for (let warmup = 0; warmup < 2; warmup++) {
    await version();
    await chat();
  }
  for (let run = 0; run < RUNS; run++) {
    samples.get('fazt --version')!.push(await version());
    samples.get('fazt (chat) to prompt ready')!.push(await chat());
  }
  rows.push(...ratioRows(samples, 'fazt --version'));
}

/** Milliseconds from writing each key to the pty until the chat has drawn it. */
async function echoes(pty: Pty, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const key = KEYS[index % KEYS.length]!;
    const from = pty.output.length;
    const start = performance.now();
    pty.write(key);
    await pty.until(key, from, 10_000);
    samples.push(performance.now() - start);
    await new Promise((done) => setTimeout(done, 30));
  }
  return samples;
}

async function echoLatency(): Promise<void> {
  const words = Array.from({ length: 4000 }, (_, index) => `word${index % 97}`).join(' ');
  const server = await startFakeOpenAI({ replies: [{ text: words, chunkSize: 6, eventDelayMs: 4 }] });
  const set = spawnSync(
    node,
    [cli, '--cartridge', cartridge, 'config', 'set', 'openai.baseUrl', server.baseUrl],
    {
      env,
      stdio: 'ignore',
    },
  );
  if (set.status !== 0) throw new Error('could not point the cartridge at the fake OpenAI server');
  const pty = new Pty([cli, '--cartridge', cartridge, 'chat', '--model', 'openai:gpt-4o-mini'], {
    OPENAI_API_KEY: 'sk-bench',
  });
  try {
    await pty.until('tokens · serve');
    const idle = await echoes(pty, 20);
    pty.write('\u0015'); // Ctrl+U clears the input
    pty.write('tell me everything\r');
    await pty.until('word5 ');
    const streaming = await echoes(pty, 20);
    for (const [name, samples] of [
      ['keystroke to echo, idle prompt', idle],
      ['keystroke to echo, while an answer streams', streaming],
    ] as const) {
      const summary = summarize(samples);
      rows.push({
        case: name,
        runs: summary.runs,
        median: `${summary.median.toFixed(1)} ms`,
        p95: `${summary.p95.toFixed(1)} ms`,
      });
    }
    pty.write('\u0003');
    pty.write('\u0004');
    pty.child.stdin!.end();
  } finally {
    pty.child.kill();
    await server.close();
  }
}

try {
  await coldStarts();
  await echoLatency();
  report('chat', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
