import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

/**
 * An option that takes a value, followed by a known flag, means the value was forgotten: the real
 * CLI says so instead of taking the flag as the value (a cartridge file named `--json`, a share
 * label "--json", a port "--json").
 */
const cart = useTempCartridge();

describe('an option value that is a known flag', () => {
  it('fazt --cartridge --json is an error naming the option and the flag, and makes no file', async () => {
    for (const args of [
      ['--cartridge', '--json'],
      ['--cartridge', '--json', 'status'],
    ]) {
      const result = await runCli(args, { cwd: cart().dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--cartridge needs a path; got the flag --json');
      expect(existsSync(join(cart().dir, '--json'))).toBe(false);
    }
  });

  it('every value-taking option of every command refuses a known flag as its value', async () => {
    const cases: [string[], string][] = [
      [['serve', '--port', '--json'], '--port needs a number; got the flag --json'],
      [['serve', '--allow-host', '--json'], '--allow-host needs a host; got the flag --json'],
      [['share', 'photos', '--label', '--json'], '--label needs a label; got the flag --json'],
      [['share', 'photos', '--expires', '--list'], '--expires needs a when; got the flag --list'],
      [['token', 'create', '--name', '--scope', 'read'], '--name needs a name; got the flag --scope'],
      [['ask', '--model', '-y', 'hi'], '--model needs a model; got the flag -y'],
      [['knowledge', 'search', 'x', '--type', '--json'], '--type needs a type; got the flag --json'],
      [['eval', '--threshold', '--progress'], '--threshold needs a percent; got the flag --progress'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { cartridge: cart().path });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    // Nothing was made: the refusal comes before any command runs.
    expect(existsSync(cart().path)).toBe(false);
  });

  it('--json after the mistake still gets one JSON error on stdout', async () => {
    const result = await runCli(['--cartridge', '--json', 'status', '--json'], { cwd: cart().dir });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: 'option_value_missing', message: expect.stringContaining('--cartridge needs a path') },
    });
  });

  it('a value written with = on purpose, or one that only looks like a flag, is kept', async () => {
    const named = await runCli(['--cartridge=--json', 'status', '--json'], { cwd: cart().dir });
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout).path).toBe(join(cart().dir, '--json'));
    const label = await runCli(['share', 'photos', '--label', '-- grandma', '--json'], {
      cartridge: cart().path,
    });
    expect(label.code).toBe(0);
    expect(JSON.parse(label.stdout).share.label).toBe('-- grandma');
  });

  it('fazt run: a tool flag takes "-18" as its value, but not one of the flags', async () => {
    const stored = await runCli(
      ['run', 'memory_remember', '--key', 'freezer temperature', '--value', '-18', '--json'],
      {
        cartridge: cart().path,
      },
    );
    expect(stored.code, stored.stderr).toBe(0);
    expect(JSON.parse(stored.stdout)).toMatchObject({ entry: { value: '-18' } });
    const forgot = await runCli(['run', 'memory_remember', '--key', '--value', 'x'], {
      cartridge: cart().path,
    });
    expect(forgot.code).toBe(2);
    expect(forgot.stderr).toContain('--key needs a value; got the flag --value.');
  });
});
