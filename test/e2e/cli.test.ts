import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { cartridgeCounts, makeCartridge, runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

/** The CLI contract (exit codes, --json, stdin/@file input) through the real, built CLI. */
const cart = useTempCartridge();
const fazt = (args: string[], input?: string) =>
  runCli(args, { cartridge: cart().path, ...(input === undefined ? {} : { input }) });

/** Under --json stdout holds exactly one JSON document, whatever happened. */
function jsonOut(stdout: string): unknown {
  expect(stdout.trim().length).toBeGreaterThan(0);
  return JSON.parse(stdout);
}

interface ErrorJson {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    suggestions?: string[];
  };
}

describe('fazt --version and help', () => {
  it('--version prints the package version and exits 0', async () => {
    for (const flag of ['--version', '-v']) {
      const result = await runCli([flag]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toBe(`${packageJson.version}\n`);
    }
  });

  it('bare `fazt` without a terminal is the chat’s short usage pointing to `fazt ask`, exit 2 (issue 11)', async () => {
    for (const args of [[], ['chat'], ['--cartridge', '/nonexistent/dir/fazt.db']]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('the chat needs a terminal');
      expect(result.stderr).toContain('fazt ask "<request>"');
    }
  });

  it('`fazt --help` prints help on stdout and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: fazt');
    expect(result.stdout).toMatch(/run <tool>/);
    expect(result.stdout).toMatch(/chat/);
  });

  it('`fazt run <tool> --help` lists the fields as flags', async () => {
    const result = await fazt(['run', 'memory_remember', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--key <string>.*required/);
    expect(result.stdout).toMatch(/--value <string>.*required/);
    expect(await cartridgeCounts(cart().path)).toMatchObject({ memory: 0, audit: 0 });
  });
});

describe('commander usage errors', () => {
  it('an unknown command exits 2, suggests the closest, and points at --help', async () => {
    const result = await fazt(['toosl']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'toosl'/);
    expect(result.stderr).toMatch(/Did you mean tools\?/);
    expect(result.stderr).toMatch(/fazt --help/);
    expect(result.stdout).toBe('');
  });

  it('an unknown option exits 2 and names the command to ask for help', async () => {
    const result = await fazt(['status', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--bogus'/);
    expect(result.stderr).toMatch(/fazt status --help/);
  });

  it('a missing argument exits 2', async () => {
    const result = await fazt(['config', 'set', 'model']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing required argument 'value'/);
  });

  it('with --json a usage error is also JSON on stdout', async () => {
    const result = await fazt(['status', '--json', '--bogus']);
    expect(result.code).toBe(2);
    const body = jsonOut(result.stdout) as ErrorJson;
    expect(body.error.code).toBe('unknownOption');
    expect(body.error.message).toMatch(/--bogus/);
  });
});

describe('fazt tools', () => {
  it('--json is the catalogue: name, title, description, risk, inputSchema', async () => {
    const result = await fazt(['tools', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const tools = jsonOut(result.stdout) as Record<string, unknown>[];
    expect(tools.length).toBeGreaterThanOrEqual(10);
    for (const tool of tools) {
      expect(Object.keys(tool).sort()).toEqual(['description', 'inputSchema', 'name', 'risk', 'title']);
      expect(tool.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(['read', 'write', 'destructive', 'external']).toContain(tool.risk);
      expect(tool.inputSchema).toMatchObject({ type: 'object' });
    }
    const remember = tools.find((tool) => tool.name === 'memory_remember');
    expect(remember).toMatchObject({
      risk: 'write',
      inputSchema: { type: 'object', required: ['key', 'value'] },
    });
    const names = tools.map((tool) => tool.name as string);
    expect(names).toEqual([...names].sort());
  });

  it('without --json lists one tool a line with its risk and flags', async () => {
    const result = await fazt(['tools']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^memory_forget\s+destructive\s+.*\(--key\)$/m);
    expect(result.stdout).toMatch(
      /^memory_remember\s+write\s+.*\(--key --value --if-new --said --as-new\)$/m,
    );
  });
});

describe('fazt run: input', () => {
  it('takes flags generated from the schema and prints the sentence', async () => {
    const saved = await fazt(['run', 'memory_remember', '--key', 'bike lock code', '--value', '4312']);
    expect(saved).toMatchObject({ code: 0, stderr: '' });
    const recalled = await fazt(['run', 'memory_recall', '--key', 'bike lock code']);
    expect(recalled.code).toBe(0);
    expect(recalled.stdout).toBe('Your bike lock code is 4312.\n');
  });

  it('takes one JSON object, and flags override its fields', async () => {
    const result = await fazt([
      'run',
      'memory_remember',
      '{"key": "door code", "value": "1111"}',
      '--value',
      '2222',
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(jsonOut(result.stdout)).toMatchObject({ entry: { key: 'door code', value: '2222' } });
  });

  it('coerces number flags and passes array fields as JSON', async () => {
    await fazt(['run', 'memory_import', '--entries', '[{"key":"a","value":"1"},{"key":"b","value":"2"}]']);
    const listed = await fazt(['run', 'memory_list', '--limit', '1', '--json']);
    expect(listed.code).toBe(0);
    const output = jsonOut(listed.stdout) as { entries?: unknown[] };
    expect(Object.values(output).find(Array.isArray)).toHaveLength(1);
  });

  it('reads the JSON object from stdin with "-"', async () => {
    const entries = Array.from({ length: 500 }, (_, index) => ({ key: `fact ${index}`, value: `v${index}` }));
    const result = await fazt(['run', 'memory_import', '-', '--json'], JSON.stringify({ entries }));
    expect(result.code).toBe(0);
    expect(jsonOut(result.stdout)).toEqual({ created: 500, updated: 0 });
    expect((await cartridgeCounts(cart().path)).memory).toBe(500);
  });

  it('reads the JSON object from a file with @path', async () => {
    const file = await cart().writeFile(
      'input.json',
      JSON.stringify({ key: 'wifi password', value: 'hunter2' }),
    );
    const result = await fazt(['run', 'memory_remember', `@${file}`]);
    expect(result.code).toBe(0);
    const recalled = await runCliJson<{ match: { value: string } }>(
      ['run', 'memory_recall', '--key', 'wifi password', '--json'],
      { cartridge: cart().path },
    );
    expect(recalled.match.value).toBe('hunter2');
  });

  it('explains a missing @file, empty stdin and a non-object input (exit 2)', async () => {
    const missing = await fazt(['run', 'memory_remember', `@${cart().dir}/nope.json`, '--json']);
    expect(missing.code).toBe(2);
    expect((jsonOut(missing.stdout) as ErrorJson).error.message).toMatch(/nope\.json.*does not exist/);
    const empty = await fazt(['run', 'memory_remember', '-'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/stdin is empty/);
    const array = await fazt(['run', 'memory_remember', '[1, 2]']);
    expect(array.code).toBe(2);
    expect(array.stderr).toMatch(/must be a JSON object.*not an array/);
    const broken = await fazt(['run', 'memory_remember', '{"key": '], undefined);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not valid JSON/);
    expect((await cartridgeCounts(cart().path)).memory).toBe(0);
  });

  it('refuses an unknown flag or a stray argument, naming the fields it takes', async () => {
    const flag = await fazt(['run', 'memory_remember', '--colour', 'red']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--colour/);
    expect(flag.stderr).toMatch(/--key, --value/);
    const stray = await fazt(['run', 'memory_remember', '{"key":"a","value":"b"}', 'extra']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/Unexpected argument "extra"/);
  });
});

describe('fazt run: exit codes and --json', () => {
  it('0 on success; --json prints only the output as JSON', async () => {
    const result = await fazt(['run', 'notes_add', '--text', 'buy milk', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(jsonOut(result.stdout)).toMatchObject({ note: { text: 'buy milk' } });
  });

  it('2 for an unknown tool, with the closest names (JSON on stdout, message on stderr)', async () => {
    const result = await fazt(['run', 'memory_recal', '--json']);
    expect(result.code).toBe(2);
    const body = jsonOut(result.stdout) as ErrorJson;
    expect(body.error.code).toBe('unknown_tool');
    expect(body.error.suggestions?.[0]).toBe('memory_recall');
    expect(result.stderr).toMatch(/no tool named "memory_recal".*Did you mean memory_recall/);
    const plain = await fazt(['run', 'memory_recal']);
    expect(plain.code).toBe(2);
    expect(plain.stdout).toBe('');
  });

  it('2 for invalid input, naming the field and what was expected', async () => {
    const result = await fazt(['run', 'memory_remember', '{"key": 42}', '--json']);
    expect(result.code).toBe(2);
    const body = jsonOut(result.stdout) as ErrorJson;
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'key', message: expect.stringMatching(/expected string/) },
        { path: 'value', message: expect.stringMatching(/^is required/) },
      ]),
    );
    expect(result.stderr).toMatch(/key: .*expected string/);
    expect((await cartridgeCounts(cart().path)).memory).toBe(0);
  });

  it('3 for a destructive tool without --yes, and nothing changes; --yes runs it', async () => {
    await fazt(['run', 'memory_remember', '--key', 'old pin', '--value', '0000']);
    const refused = await fazt(['run', 'memory_forget', '--key', 'old pin', '--json']);
    expect(refused.code).toBe(3);
    expect((jsonOut(refused.stdout) as ErrorJson).error.code).toBe('needs_approval');
    expect(refused.stderr).toMatch(/--yes/);
    expect((await cartridgeCounts(cart().path)).memory).toBe(1);

    for (const yes of ['--yes', '-y']) {
      await fazt(['run', 'memory_remember', '--key', 'old pin', '--value', '0000']);
      const approved = await fazt(['run', 'memory_forget', '--key', 'old pin', yes]);
      expect(approved.code, approved.stderr).toBe(0);
      expect((await cartridgeCounts(cart().path)).memory).toBe(0);
    }
  });

  it('1 when a tool fails at run time (JSON error on stdout)', async () => {
    const result = await fazt(['run', 'cartridge_backup', '--path', '/proc/fazt-backup.db', '--json']);
    expect(result.code).toBe(1);
    expect((jsonOut(result.stdout) as ErrorJson).error.code).toBe('failed');
  });

  it('1 when the cartridge is unusable, as JSON under --json', async () => {
    const notADatabase = await cart().writeFile('not-a.db', 'hello, I am a text file');
    const result = await runCli(['run', 'memory_list', '--json'], { cartridge: notADatabase });
    expect(result.code).toBe(1);
    expect((jsonOut(result.stdout) as ErrorJson).error.message).toMatch(/not a usable fazt cartridge/);
    expect(result.stderr).toMatch(/^fazt: /);
  });

  it('every call is audited, including refused ones', async () => {
    // a read on a cartridge not made yet is not run at all (there is nothing to audit it in)
    await makeCartridge(cart().path);
    await fazt(['run', 'memory_recall', '--key', 'x']);
    await fazt(['run', 'memory_remember', '{}']);
    await fazt(['run', 'memory_forget', '--key', 'x']);
    const events = await runCliJson<{ events: { type: string; data: { outcome: string } }[] }>(
      ['run', 'events_list', '--type', 'tool.called', '--json'],
      { cartridge: cart().path },
    );
    const outcomes = events.events.map((event) => event.data.outcome).sort();
    expect(outcomes).toEqual(['invalid_input', 'needs_approval', 'ok']);
  });
});

describe('fazt status and config', () => {
  it('status --json reports path, schema and counts', async () => {
    await makeCartridge(cart().path);
    const status = await runCliJson<{ path: string; schemaVersion: number; counts: Record<string, number> }>(
      ['status', '--json'],
      { cartridge: cart().path },
    );
    expect(status.path).toBe(cart().path);
    expect(status.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(status.counts).toMatchObject({ memory: 0, notes: 0 });
  });

  it('config set then get, typed, audited, with secrets masked', async () => {
    const set = await fazt(['config', 'set', 'agent.maxSteps', '5', '--json']);
    expect(set.code).toBe(0);
    expect(jsonOut(set.stdout)).toMatchObject({ key: 'agent.maxSteps', value: 5, isDefault: false });
    const got = await fazt(['config', 'get', 'agent.maxSteps']);
    expect(got.stdout).toBe('agent.maxSteps = 5\n');
    const all = await runCliJson<{ key: string }[]>(['config', 'get', '--json'], { cartridge: cart().path });
    expect(all.map((entry) => entry.key)).toContain('model');

    await fazt(['config', 'set', 'openai.apiKey', 'sk-secret']);
    const secret = await fazt(['config', 'get', 'openai.apiKey', '--json']);
    expect(secret.stdout).not.toContain('sk-secret');
    expect(jsonOut(secret.stdout)).toMatchObject({ value: '********' });
    // set, get, get all, set, get: five calls of config tools, five audit rows.
    expect((await cartridgeCounts(cart().path)).audit).toBe(5);
  });

  it('config refuses a bad value or an unknown key with exit 2 and changes nothing', async () => {
    const bad = await fazt(['config', 'set', 'agent.maxSteps', 'lots', '--json']);
    expect(bad.code).toBe(2);
    expect((jsonOut(bad.stdout) as ErrorJson).error.message).toMatch(/agent\.maxSteps.*expected number/);
    const unknown = await fazt(['config', 'get', 'colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown config key "colour"\. Known keys: model/);
    const got = await runCliJson<{ value: number; isDefault: boolean }>(
      ['config', 'get', 'agent.maxSteps', '--json'],
      { cartridge: cart().path },
    );
    expect(got).toMatchObject({ value: 8, isDefault: true });
  });

  it('a cartridge holds its own config: two cartridges do not share it', async () => {
    await fazt(['config', 'set', 'model', 'ollama:llama3']);
    const other = `${cart().dir}/other.db`;
    await writeFile(`${cart().dir}/.keep`, '');
    const elsewhere = await runCliJson<{ value: string }>(['config', 'get', 'model', '--json'], {
      cartridge: other,
    });
    expect(elsewhere.value).toBe('offline');
  });
});
