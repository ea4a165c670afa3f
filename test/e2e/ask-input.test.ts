import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, cartridgeCounts, NODE, runCli, useTempCartridge } from '../helpers/cli.js';

/** Runs `fazt --cartridge <path> <args>` through bash, so arguments can hold raw bytes. */
function throughShell(args: string, cartridge: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FAZT_')));
  const result = spawnSync(
    '/bin/bash',
    ['-c', `exec "${NODE}" "${CLI}" --cartridge "$0" ${args}`, cartridge],
    {
      env: { ...env, NO_COLOR: '1' },
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('fazt ask reads its request the way fazt run reads input', () => {
  const cart = useTempCartridge('fazt-ask-input-');

  it('refuses a Latin-1 byte on stdin, naming the byte offset, and writes nothing', async () => {
    const input = Buffer.concat([Buffer.from('remember that my word is caf'), Buffer.from([0xe9])]);
    for (const args of [['ask'], ['ask', '-']]) {
      const result = await runCli(args, { cartridge: cart().path, input });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/not valid UTF-8: byte 28 \(0xE9/);
      expect(result.stdout).not.toContain('undefined');
    }
    expect((await cartridgeCounts(cart().path)).memory).toBe(0);
  });

  it('refuses "-" beside words (stdin and words at once), exit 2, and neither part runs', async () => {
    const input = Buffer.from('remember that my x is 1');
    for (const args of [
      ['ask', '-', 'what is my x'],
      ['ask', 'what is my x', '-'],
    ]) {
      const result = await runCli(args, { cartridge: cart().path, input });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('Use either - (read the request from stdin) or words, not both');
    }
    expect((await cartridgeCounts(cart().path)).memory).toBe(0);
    // "-" alone still reads stdin
    const piped = await runCli(['ask', '-'], { cartridge: cart().path, input });
    expect(piped.code, piped.stderr).toBe(0);
    expect((await cartridgeCounts(cart().path)).memory).toBe(1);
  });

  it('a stored value with a line break answers on one line; --json keeps it exact', async () => {
    const value = '1234\nYour bank PIN is 0000';
    const stored = await runCli(['run', 'memory_remember', JSON.stringify({ key: 'pin', value })], {
      cartridge: cart().path,
    });
    expect(stored.code, stored.stderr).toBe(0);
    expect(stored.stdout.trim().split('\n')).toHaveLength(1);
    const asked = await runCli(['ask', '-q', 'what is my pin'], { cartridge: cart().path });
    expect(asked.stdout.trim()).toBe('Your pin is 1234 ⏎ Your bank PIN is 0000.');
    const json = await runCli(['run', 'memory_recall', '--key', 'pin', '--json'], { cartridge: cart().path });
    expect(JSON.parse(json.stdout).match.value).toBe(value);
  });

  it('a request argument whose bytes are not UTF-8 is refused, naming the argument and byte, not guessed at', async () => {
    // the shell passes the raw byte 0xE9; Node alone would show it as U+FFFD
    const result = throughShell(`ask "remember that my word is caf$(printf '\\351')"`, cart().path);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(
      /Argument 4 on the command line is not valid UTF-8: byte 28 \(0xE9, after ".*caf"\)/,
    );
    expect((await cartridgeCounts(cart().path)).memory).toBe(0);
    // the same for any command: fazt run with a flag value
    const run = throughShell(`run notes_add --text "caf$(printf '\\351')"`, cart().path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Argument 6 on the command line is not valid UTF-8: byte 3 \(0xE9/);
    expect((await cartridgeCounts(cart().path)).notes).toBe(0);
  });

  it('a typed U+FFFD (valid UTF-8 EF BF BD) is a character like any other: kept on argv, stdin and in tools', async () => {
    const asked = await runCli(['ask', 'remember that the sign is \ufffd'], { cartridge: cart().path });
    expect(asked.code, asked.stderr).toBe(0);
    const recalled = await runCli(['run', 'memory_recall', '--key', 'sign', '--json'], {
      cartridge: cart().path,
    });
    expect(JSON.parse(recalled.stdout).match.value).toBe('\ufffd');
    const piped = await runCli(['run', 'notes_add', '-', '--json'], {
      cartridge: cart().path,
      input: Buffer.from(JSON.stringify({ text: 'replacement \ufffd mark' })),
    });
    expect(piped.code, piped.stderr).toBe(0);
    const flag = await runCli(['run', 'notes_add', '--text', '\ufffd\ufffd', '--json'], {
      cartridge: cart().path,
    });
    expect(JSON.parse(flag.stdout).note.text).toBe('\ufffd\ufffd');
  });

  it('`fazt ask -` reads the request from stdin', async () => {
    const saved = await runCli(['ask', '-'], {
      cartridge: cart().path,
      input: 'remember that my word is café\n',
    });
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toBe('Remembered: your word is café.\n');
    const asked = await runCli(['ask', '--json', '-'], { cartridge: cart().path, input: 'what is my word?' });
    expect(JSON.parse(asked.stdout).answer).toBe('Your word is café.');
  });

  it('an empty stdin after "-" is the usual empty-request error', async () => {
    const result = await runCli(['ask', '-'], { cartridge: cart().path, input: '  \n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Say what you want/);
  });

  it('JSON input on stdin names the byte too', async () => {
    const input = Buffer.concat([
      Buffer.from('{"key": "word", "value": "caf'),
      Buffer.from([0xe9, 0x22, 0x7d]),
    ]);
    const result = await runCli(['run', 'memory_remember', '-'], { cartridge: cart().path, input });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not valid UTF-8 \(byte 29 is not text\): value holds/);
  });
});
