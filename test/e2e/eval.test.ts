import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvalReport } from '../../evals/runner.js';
import { type FakeOpenAIServer, startFakeOpenAI } from '../fakes/openai-server.js';
import { runCli } from '../helpers/cli.js';

const BUILTIN = join(import.meta.dirname, '../../evals/suites');

const SUITE = `suite: demo
cases:
  - id: remember
    request: remember that my bike lock code is 4312
    expect:
      status: done
      calls: [{ tool: memory_remember, input: { key: { $like: bike lock code }, value: '4312' } }]
      state: [{ tool: memory_recall, input: { key: bike lock code }, output: { match: { value: '4312' } } }]
  - id: recall
    request: what is my bike lock code?
    setup: [{ tool: memory_remember, input: { key: bike lock code, value: '4312' } }]
    expect:
      status: done
      writes: false
      answer: { contains: ['4312'] }
  - id: impossible
    request: write me a poem
    expect:
      calls: [{ tool: notes_add }]
`;

describe('fazt eval', () => {
  const dirs: string[] = [];
  let server: FakeOpenAIServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  const workspace = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fazt-eval-e2e-'));
    dirs.push(dir);
    await writeFile(join(dir, 'demo.yaml'), SUITE);
    return { dir, suite: join(dir, 'demo.yaml'), cartridge: join(dir, 'mine.db') };
  };

  it('installs the built-in skills a suite names and reports, per skill, pass rate and triggers', async () => {
    const { dir, cartridge } = await workspace();
    const result = await runCli(['eval', join(BUILTIN, 'skills.yaml')], { cartridge });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'skill unit-convert: 8/8 passed (100%); triggered 4/4 times it should, 0/4 times it must not',
    );
    expect(result.stdout).toContain(
      'skill shopping-list: 7/7 passed (100%); triggered 4/4 times it should, 0/3 times it must not',
    );
    const json = await runCli(
      ['eval', join(BUILTIN, 'skills.yaml'), '--json', '--filter', 'skills/add-bread'],
      {
        cartridge,
      },
    );
    const report = JSON.parse(json.stdout) as EvalReport;
    expect(report.cases[0]).toMatchObject({ id: 'skills/add-bread', passed: true, triggered: true });
    expect(report.skills).toEqual([
      {
        skill: 'shopping-list',
        total: 1,
        passed: 1,
        passRate: 1,
        shouldTrigger: { total: 1, triggered: 1 },
        mustNotTrigger: { total: 0, triggered: 0 },
      },
    ]);
    expect(existsSync(cartridge)).toBe(false);

    await writeFile(
      join(dir, 'unknown.yaml'),
      'suite: odd\nskills: [no-such-skill]\ncases:\n  - id: a\n    request: hi\n    expect: {}\n',
    );
    const unknown = await runCli(['eval', join(dir, 'unknown.yaml')], { cartridge });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /names the skill "no-such-skill", which is not a built-in skill; built-in: photo-sharing, shopping-list, unit-convert/,
    );
  });

  it('prints a table and a summary, and never touches the person’s cartridge', async () => {
    const { suite, cartridge } = await workspace();
    const result = await runCli(['eval', suite], { cartridge });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^case\s+pass\s+ms\s+tokens\n/);
    expect(result.stdout).toMatch(/^demo\/remember\s+yes\s+[\d.]+\s+0$/m);
    expect(result.stdout).toMatch(/^demo\/impossible\s+NO\s/m);
    expect(result.stdout).toMatch(
      /- demo\/impossible: "write me a poem"\n\s+expected a successful notes_add call/,
    );
    expect(result.stdout).toMatch(/offline: 2\/3 passed \(66\.7%\); latency median [\d.]+ ms, p95 [\d.]+ ms/);
    expect(existsSync(cartridge)).toBe(false);
  });

  it('--json prints only the report; --threshold turns a low score into exit 1', async () => {
    const { suite, cartridge } = await workspace();
    const json = await runCli(['eval', suite, '--json', '--threshold', '60'], { cartridge });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as EvalReport;
    expect(report.model).toBe('offline');
    expect(report.summary).toMatchObject({ total: 3, passed: 2, failed: 1 });
    expect(report.cases.map((item) => [item.id, item.passed])).toEqual([
      ['demo/remember', true],
      ['demo/recall', true],
      ['demo/impossible', false],
    ]);
    const strict = await runCli(['eval', suite, '--threshold', '90'], { cartridge });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/score 66\.7% is below the threshold of 90%/);
    const filtered = await runCli(['eval', suite, '--filter', 'recall', '--json'], { cartridge });
    expect((JSON.parse(filtered.stdout) as EvalReport).summary.total).toBe(1);
  });

  it('refuses a broken suite or a bad option with exit 2 and says what is wrong', async () => {
    const { dir, cartridge } = await workspace();
    await writeFile(
      join(dir, 'broken.yaml'),
      'suite: x\ncases:\n  - id: a\n    request: 42\n    expect: {}\n',
    );
    const broken = await runCli(['eval', join(dir, 'broken.yaml')], { cartridge });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /broken\.yaml is not a valid eval suite: cases\.0\.request: request must be text/,
    );
    const threshold = await runCli(['eval', join(dir, 'demo.yaml'), '--threshold', 'lots'], { cartridge });
    expect(threshold.code).toBe(2);
    const missing = await runCli(['eval', join(dir, 'nope')], { cartridge });
    expect(missing.stderr).toMatch(/No eval suite at/);
  });

  it('runs the built-in suite by default', async () => {
    const { cartridge } = await workspace();
    const result = await runCli(['eval', '--filter', 'off-topic', '--json'], { cartridge });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as EvalReport;
    expect(report.summary.total).toBeGreaterThanOrEqual(20);
    expect(report.cases.every((item) => item.id.startsWith('off-topic/'))).toBe(true);
  });

  it('scores a model planner through the same selection as fazt ask, with its tokens', async () => {
    const { suite, cartridge } = await workspace();
    server = await startFakeOpenAI({
      apiKey: 'sk-test',
      replies: [
        {
          toolCalls: [{ name: 'memory_remember', arguments: { key: 'bike lock code', value: '4312' } }],
          usage: { input: 100, output: 20 },
        },
        { text: 'Saved: 4312.', usage: { input: 130, output: 5 } },
      ],
    });
    const result = await runCli(
      ['eval', suite, '--model', 'openai:fake-model', '--filter', 'demo/remember', '--json'],
      {
        cartridge,
        env: { OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'sk-test', FAZT_MODEL_MAX_RETRIES: '0' },
      },
    );
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as EvalReport;
    expect(report.model).toBe('openai:fake-model');
    expect(report.cases[0]).toMatchObject({ passed: true, tokens: { input: 230, output: 25 } });
    expect(server.chatRequests()[0]?.model).toBe('fake-model');
  });
});
