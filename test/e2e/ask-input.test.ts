import { describe, expect, it } from 'vitest';
import { cartridgeCounts, runCli, useTempCartridge } from '../helpers/cli.js';

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

  it('a request argument that was not UTF-8 (decoded by Node as U+FFFD) is refused, not guessed at', async () => {
    const result = await runCli(['ask', 'remember that my word is caf\ufffd'], { cartridge: cart().path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/command line is not valid UTF-8: character 29/);
    expect((await cartridgeCounts(cart().path)).memory).toBe(0);
  });

  it('`fazt ask -` reads the request from stdin', async () => {
    const saved = await runCli(['ask', '-'], {
      cartridge: cart().path,
      input: 'remember that my word is café\n',
    });
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toBe('Remembered: word is café.\n');
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
