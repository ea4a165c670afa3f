// Peak memory of `fazt learn` on big single files, measured from outside: the built CLI
// (dist/fazt.js) run under `/usr/bin/time -v`, its "Maximum resident set size" reported with the
// wall time, each file learned into a fresh cartridge. `npm run bench knowledge-memory`.
// Files (made here, in a temp folder, from a seeded word list):
// - a 24 MiB plain text file on ONE line (no line break: the splitter's worst case),
// - a 24 MiB minified HTML page on one line (entities, lists, headings),
// - a 24 MiB text of ~320,000 short lines of numbered, varied words (a large LSA vocabulary),
// - a 20 MiB log of ~816,000 short numbered lines (`12:07 INFO job 1234 ok`, varied numbers),
// - 24 MiB of random 7-letter words (~3 million distinct, one line),
// - a 200 MB log of many short lines (over the 25 MiB cap: skipped without being read).
// KNOWLEDGE_MEMORY_ONLY=log,words (any of one-line, html, lines, log, words, cap) runs only those.
// The baseline row is `fazt --version`, the CLI's own footprint. KNOWLEDGE_MEMORY_LOG=0 skips
// writing the 200 MB log (it needs the disk space). KNOWLEDGE_MEMORY_RUNS=n (default 1) learns
// each file n times and reports the median and range; KNOWLEDGE_MEMORY_BASELINE=<other fazt.js>
// (e.g. a copy of dist/ built from an older commit) runs that CLI too, alternating with this one
// run by run, so both are measured at the same load (peak RSS moves with when V8 collects).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './stats.js';

const WORDS =
  'the tenant may keep one cat rent is due monthly alpha beta gamma delta log entry error warning service restarted request served latency'.split(
    ' ',
  );
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const sentence = (count: number) =>
  `${Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')}.`;

/** Writes `bytes` bytes made by `piece()` to `path`, in 1 MB writes. */
function write(path: string, bytes: number, piece: () => string, head = '', tail = ''): void {
  const fd = openSync(path, 'w');
  try {
    let written = writeSync(fd, head);
    let buffer = '';
    while (written + buffer.length < bytes - tail.length) {
      buffer += piece();
      if (buffer.length > 1_000_000) {
        written += writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-knowledge-memory-'));
const MiB = 1024 * 1024;
const rows: Record<string, string | number>[] = [];

/** Runs a CLI under /usr/bin/time -v; returns peak RSS (MB), wall seconds and the outcome. */
function once(cli: string, args: string[]) {
  const cartridge = join(dir, `${runs++}.db`);
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, '--cartridge', cartridge, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  rmSync(cartridge, { force: true });
  for (const side of ['-wal', '-shm']) rmSync(cartridge + side, { force: true });
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN;
  let outcome = run.status === 0 ? 'ok' : `exit ${run.status}`;
  try {
    const summary = JSON.parse(run.stdout) as { chunks: number; skippedReasons: Record<string, number> };
    outcome = summary.chunks ? `${summary.chunks} chunks` : `skipped: ${Object.keys(summary.skippedReasons)}`;
  } catch {
    // --version prints no JSON
  }
  return { mb: Math.round(rss / 1024), seconds, outcome };
}

const RUNS = Math.max(1, Number(process.env.KNOWLEDGE_MEMORY_RUNS) || 1);
const BASELINE = process.env.KNOWLEDGE_MEMORY_BASELINE;
let runs = 0;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Learns with this CLI (and the baseline one, alternating) RUNS times; one row per CLI. */
function measure(label: string, args: string[]) {
  const clis: [string, string][] = [
    ['this', 'dist/fazt.js'],
    ...(BASELINE ? [['baseline', BASELINE] as [string, string]] : []),
  ];
  const results = new Map<string, ReturnType<typeof once>[]>(clis.map(([name]) => [name, []]));
  for (let run = 0; run < RUNS; run++)
    for (const [name, cli] of clis) results.get(name)?.push(once(cli, args));
  for (const [name] of clis) {
    const found = results.get(name) ?? [];
    const mbs = found.map((result) => result.mb);
    rows.push({
      file: label,
      ...(BASELINE ? { cli: name } : {}),
      'peak RSS MB': median(mbs),
      ...(RUNS > 1 ? { range: `${Math.min(...mbs)}–${Math.max(...mbs)}`, runs: RUNS } : {}),
      seconds: Math.round(median(found.map((result) => result.seconds)) * 10) / 10,
      outcome: found[0]?.outcome ?? '',
      load: loadavg()[0]?.toFixed(1) ?? '',
    });
    console.log(rows.at(-1));
  }
}

const only = process.env.KNOWLEDGE_MEMORY_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);

try {
  measure('(fazt --version)', ['--version']);
  if (wanted('one-line')) {
    const text = join(dir, 'one-line.txt');
    write(text, 24 * MiB, () => `${sentence(30)} `);
    measure('24 MiB text, one line', ['learn', text, '--json']);
    rmSync(text);
  }
  if (wanted('html')) {
    const html = join(dir, 'minified.html');
    write(
      html,
      24 * MiB,
      () =>
        `<div class="row"><h2>${sentence(2)}</h2><p>${sentence(20)} &euro;1,450 &amp; more&hellip;</p><ul><li>${sentence(3)}</li><li>two&nbsp;three</li></ul></div>`,
      '<!doctype html><html><head><title>Big</title><style>p{color:red}</style></head><body><h1>Big page</h1>',
      '</body></html>',
    );
    measure('24 MiB HTML, one line', ['learn', html, '--json']);
    rmSync(html);
  }
  if (wanted('lines')) {
    // Many short lines of varied words (issue 10, S6: 300,000 lines peaked at 561 MB): numbered
    // lines and word+number tokens give the learned (LSA) signal a vocabulary of ~27k terms, where
    // the one-line file above has 24.
    const lines = join(dir, 'many-lines.txt');
    let numbered = 0;
    write(lines, 24 * MiB, () => {
      let text = `line ${numbered++}`;
      while (text.length < 76)
        text += ` ${WORDS[Math.floor(random() * WORDS.length)]}${Math.floor(random() * 97)}`;
      return `${text}\n`;
    });
    measure('24 MiB text, 300k short lines', ['learn', lines, '--json']);
    rmSync(lines);
  }
  if (wanted('log')) {
    // Issue 10's big log: short lines whose only varied words are numbers (a job id of 0–9999,
    // the hour and minute), so the learned (LSA) signal's vocabulary is ~6,500 numbers.
    const levels = ['INFO', 'INFO', 'INFO', 'WARN', 'ERROR'];
    const verbs = ['ok', 'failed', 'retry', 'done', 'queued'];
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    const two = (limit: number) => String(Math.floor(random() * limit)).padStart(2, '0');
    const log = join(dir, 'jobs.log');
    write(
      log,
      20 * MiB,
      () => `${two(24)}:${two(60)} ${pick(levels)} job ${Math.floor(random() * 10000)} ${pick(verbs)}\n`,
    );
    measure('20 MiB log, 816k short numbered lines', ['learn', log, '--json']);
    rmSync(log);
  }
  if (wanted('words')) {
    // Random 7-letter words: millions of distinct words, nearly all seen once.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = join(dir, 'random-words.txt');
    write(words, 24 * MiB, () => {
      let word = '';
      for (let index = 0; index < 7; index++) word += letters[Math.floor(random() * 26)];
      return `${word} `;
    });
    measure('24 MiB random 7-letter words', ['learn', words, '--json']);
    rmSync(words);
  }
  if (wanted('cap') && process.env.KNOWLEDGE_MEMORY_LOG !== '0') {
    const log = join(dir, 'many-lines.log');
    let line = 0;
    write(
      log,
      200_000_000,
      () => `2026-11-30T02:${String(line++ % 60).padStart(2, '0')}:00Z INFO ${sentence(12)}\n`,
    );
    measure('200 MB log, many lines', ['learn', log, '--json']);
  }
  report('knowledge-memory', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
