// Static file serving: requests/s and p99 latency for a 10 KB page and a 200 KB photo over
// keep-alive connections, fazt (`fazt serve`, a public app deployed into the cartridge) against
// nginx (Debian's /usr/sbin/nginx, one worker, sendfile, serving the same files from disk). Both
// are started here and loaded by the same tool (autocannon) in the same run; the table reports
// fazt's ratio to nginx. `npm run bench hosting` (BENCH_SECONDS=5, BENCH_CONNECTIONS=32).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'autocannon';
import { openCartridge } from '../cartridge/open.js';
import { createDefaultRegistry, createExecutor } from '../tools/index.js';
import { report } from './stats.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const NGINX = '/usr/sbin/nginx';
const AUTOCANNON = 'node_modules/autocannon/autocannon.js';

const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-hosting-'));
const site = join(dir, 'site');
mkdirSync(site);
const words = 'the quick brown fox jumps over the lazy dog while photos load fast ';
writeFileSync(
  join(site, 'page.html'),
  `<!doctype html><p>${words.repeat(Math.ceil(10_240 / words.length))}`.slice(0, 10_240),
);
writeFileSync(join(site, 'photo.jpg'), randomBytes(200 * 1024));

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function startFazt(): Promise<{ child: ChildProcess; url: string }> {
  const path = join(dir, 'fazt.db');
  const cartridge = openCartridge(path);
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const caller = { kind: 'person' as const, id: 'bench' };
  const deployed = await executor.execute('apps_deploy', { folder: site, name: 'bench' }, { caller });
  const opened = await executor.execute(
    'apps_set_access',
    { name: 'bench', access: 'public' },
    { caller, approved: true },
  );
  if (!deployed.ok || !opened.ok) throw new Error('deploy failed');
  cartridge.close();
  const child = spawn(
    process.execPath,
    ['dist/fazt.js', '--cartridge', path, 'serve', '--port', '0', '--json'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`fazt serve exited ${code}`)));
  });
  return { child, url: `${(JSON.parse(line) as { url: string }).url}/a/bench` };
}

async function startNginx(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const prefix = join(dir, 'nginx');
  mkdirSync(prefix);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  keepalive_timeout 65;
  types { text/html html; image/jpeg jpg; }
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  server { listen 127.0.0.1:${port}; root ${site}; location / { etag on; } }
}
`,
  );
  const child = spawn(NGINX, ['-c', conf, '-p', prefix, '-e', `${prefix}/error.log`], { stdio: 'inherit' });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/page.html`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return { child, url: `http://127.0.0.1:${port}` };
}

/** autocannon in its own process (so the load generator does not share this process's core). */
async function load(url: string, seconds: number) {
  const child = spawn(
    process.execPath,
    [AUTOCANNON, '--json', '-c', String(CONNECTIONS), '-d', String(seconds), '-p', '1', url],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  await new Promise((resolve) => child.once('exit', resolve));
  const result = JSON.parse(out) as Result;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

if (!existsSync(NGINX)) {
  console.error(`nginx is not installed at ${NGINX}: apt-get install -y nginx`);
  process.exit(1);
}
const fazt = await startFazt();
const nginx = await startNginx();
try {
  const rows: Record<string, string | number>[] = [];
  for (const [file, label] of [
    ['page.html', '10 KB page'],
    ['photo.jpg', '200 KB photo'],
  ] as const) {
    const measured: Record<string, { rps: number; p99: number }> = {};
    for (const [name, server] of [
      ['nginx', nginx],
      ['fazt', fazt],
    ] as const) {
      await load(`${server.url}/${file}`, 1); // warm-up: JIT, blob cache, connections
      measured[name] = await load(`${server.url}/${file}`, SECONDS);
    }
    for (const name of ['nginx', 'fazt']) {
      rows.push({
        case: `${label}: ${name}`,
        'req/s': measured[name]!.rps,
        'p99 ms': measured[name]!.p99,
        'ratio to nginx (req/s)': Math.round((measured[name]!.rps / measured.nginx!.rps) * 100) / 100,
      });
    }
  }
  report('hosting', rows);
  console.log(
    `(${CONNECTIONS} keep-alive connections, ${SECONDS} s per case; nginx: 1 worker, sendfile; fazt: one Node process)`,
  );
} finally {
  fazt.child.kill('SIGTERM');
  nginx.child.kill('SIGQUIT');
  await new Promise((resolve) => setTimeout(resolve, 300));
  rmSync(dir, { recursive: true, force: true });
}
