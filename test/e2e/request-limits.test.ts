import { describe, expect, it } from 'vitest';
import { cartridgeCounts, collect, runCli, spawnCli, useTempCartridge } from '../helpers/cli.js';

/**
 * A request is refused at the edge, before it is read in full, parsed or stored, when it is
 * longer than 100,000 characters (`MAX_REQUEST_CHARS`); `fazt run` input past 16 MiB likewise.
 */
describe('request size limits at the CLI edge', () => {
  const cart = useTempCartridge('fazt-limits-');

  it('10 MB piped into `fazt ask` is refused with the limit and what to do; nothing is stored', async () => {
    const input = Buffer.alloc(10 * 1024 * 1024, 'a');
    for (const args of [['ask'], ['ask', '-'], ['ask', '--json', '-']]) {
      const result = await runCli(args, { cartridge: cart().path, input });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(
        /The request on stdin is too long; fazt takes requests of up to 100,000 characters\. Nothing was stored\..*fazt learn <file>/,
      );
      if (args.includes('--json')) expect(JSON.parse(result.stdout).error.code).toBe('request_too_long');
    }
    const status = await cartridgeCounts(cart().path);
    expect(status.conversations ?? 0).toBe(0);
    expect(status.memory ?? 0).toBe(0);
  });

  it('a request argument one character past the limit is refused, counted', async () => {
    const result = await runCli(['ask', `remember that x is ${'y'.repeat(100_000)}`], {
      cartridge: cart().path,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/The request on the command line is 100,019 characters long/);
    expect((await cartridgeCounts(cart().path)).conversations ?? 0).toBe(0);
  });

  it('exactly at the limit passes the edge (then the offline planner says its own, smaller limit)', async () => {
    // 100,000 three-byte characters: 300,000 bytes, the most a request may take in UTF-8
    for (const input of ['a'.repeat(100_000), '€'.repeat(100_000)]) {
      const result = await runCli(['ask', '-'], { cartridge: cart().path, input });
      expect(result.code).toBe(3);
      expect(result.stdout).toMatch(
        /100,000 characters long; the offline planner reads requests of up to 4,000.*fazt learn/,
      );
    }
    const over = await runCli(['ask', '-'], { cartridge: cart().path, input: '€'.repeat(100_001) });
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/too long/);
    // emoji are two UTF-16 units each: 50,001 of them are 100,002 characters as the limit counts
    const emoji = await runCli(['ask', '-'], { cartridge: cart().path, input: '🔑'.repeat(50_001) });
    expect(emoji.code).toBe(2);
    expect(emoji.stderr).toMatch(/100,002 characters long/);
  });

  it('`fazt run` stops reading stdin or an @file past 16 MiB and says what to use instead', async () => {
    const big = Buffer.alloc(17 * 1024 * 1024, ' ');
    const piped = await runCli(['run', 'notes_add', '-'], { cartridge: cart().path, input: big });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toMatch(/The input on stdin is larger than 16 MiB.*Nothing was run.*fazt learn/);
    // a device that never ends is read only up to the limit
    const endless = await runCli(['run', 'notes_add', '@/dev/zero'], { cartridge: cart().path });
    expect(endless.code).toBe(2);
    expect(endless.stderr).toMatch(/The input file \/dev\/zero is larger than 16 MiB/);
    expect((await cartridgeCounts(cart().path)).notes ?? 0).toBe(0);
  });

  it('stdin that never ends (`yes | fazt ask -`) is refused once past the limit, not read forever', async () => {
    const child = spawnCli(['ask', '-'], { cartridge: cart().path });
    const done = collect(child, 30_000);
    const line = Buffer.alloc(64 * 1024, 'y\n');
    let open = true;
    child.stdin?.on('error', () => {
      open = false;
    });
    child.on('exit', () => {
      open = false;
    });
    const pump = () => {
      while (open && child.stdin?.write(line));
      if (open) child.stdin?.once('drain', pump);
    };
    pump();
    const result = await done;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/The request on stdin is too long/);
  });
});
