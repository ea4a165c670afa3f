import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/**
 * Commands that only read never create the cartridge: each runs the real CLI on a path in a
 * fresh folder and checks that no file (and no folder on the way) appears, and that the lazy
 * commands leave no scratch cartridge behind in TMPDIR.
 */
describe('reading never creates the cartridge', () => {
  let root: string;
  let scratch: string;
  let cartridge: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fazt-ro-'));
    scratch = join(root, 'tmp');
    mkdirSync(scratch);
    cartridge = join(root, 'ro', 'x.db');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  // Node keeps its compile cache in TMPDIR too; only fazt's scratch folders are ours to check.
  const scratchLeft = () => readdirSync(scratch).filter((name) => name.startsWith('fazt-'));
  const run = (args: string[]) => runCli(args, { env: { FAZT_CARTRIDGE: cartridge, TMPDIR: scratch } });

  it.each([
    [['config', 'get']],
    [['config', 'get', 'model', '--json']],
    [['run', 'config_get']],
    [['models', '--json']],
    [['ask', "what's my pin?"]],
    [['ask', 'hello']],
    [['ask', 'list my notes']],
    [['ask', 'did I write anything about the boiler?']],
    [['ask', 'forget my shoe size']],
  ])('fazt %j creates nothing', async (args) => {
    const result = await run(args);
    expect(result.stderr).not.toMatch(/No cartridge at|cannot/i);
    expect(result.code, result.stderr).not.toBe(1);
    expect(existsSync(join(root, 'ro')), args.join(' ')).toBe(false);
    expect(scratchLeft(), 'scratch cartridge left behind').toEqual([]);
  });

  it('forgetting what is not stored exits 2 with or without --yes, as `fazt run memory_forget` does', async () => {
    const asked = await run(['ask', 'forget my shoe size']);
    const approved = await run(['ask', '--yes', 'forget my shoe size']);
    const direct = await run(['run', 'memory_forget', '--key', 'shoe size', '--yes']);
    expect([asked.code, approved.code, direct.code], asked.stdout + approved.stdout + direct.stderr).toEqual([
      2, 2, 2,
    ]);
    expect(asked.stdout).toMatch(/shoe size/);
  });

  it('config get answers the defaults, the same from `config get` and `run config_get`', async () => {
    const viaConfig = await run(['config', 'get', 'model', '--json']);
    expect(viaConfig.code).toBe(0);
    expect(JSON.parse(viaConfig.stdout)).toMatchObject({ key: 'model', isDefault: true });
    const viaRun = await run(['run', 'config_get', '--key', 'model', '--json']);
    expect(viaRun.code).toBe(0);
    expect(JSON.parse(viaRun.stdout).entries[0]).toEqual(JSON.parse(viaConfig.stdout));
  });

  it('a question on no cartridge says nothing is remembered and keeps no turn', async () => {
    const result = await run(['ask', '--json', "what's my pin?"]);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.answer).toMatch(/don't have anything remembered/);
    expect(body.conversationId).toBeNull();
    expect(existsSync(cartridge)).toBe(false);
  });

  it('status on no cartridge names the missing cartridge, never the scratch file (S24)', async () => {
    const result = await run(['ask', '--json', 'status?']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.answer).toBe(
      `No cartridge at ${cartridge} yet: nothing has been stored there. It is made by the first request that stores something.`,
    );
    expect(result.stdout).not.toMatch(/scratch/);
    expect(existsSync(cartridge)).toBe(false);
  });

  it('a request that writes creates the cartridge, keeps the fact and the turn', async () => {
    const wrote = await run(['ask', '--json', 'remember that my pin is 4312']);
    expect(wrote.code).toBe(0);
    const { conversationId } = JSON.parse(wrote.stdout);
    expect(conversationId).toMatch(/^[0-9a-f]+$/);
    expect(existsSync(cartridge)).toBe(true);
    expect(scratchLeft()).toEqual([]);
    const again = await run(['ask', '--conversation', conversationId, "what's my pin?"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('4312');
  });

  it('--continue on no cartridge says there is nothing to continue and creates nothing', async () => {
    const result = await run(['ask', '--continue', 'hello']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no conversation to continue/);
    expect(existsSync(join(root, 'ro'))).toBe(false);
  });
});

/**
 * `ask` and `run` end with the same exit code for the same outcome: the kind of the failed tool
 * call goes through the one `exitCodeFor`.
 */
describe('ask and run agree on exit codes', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fazt-exit-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a clash (backup onto a file that exists) is 2 from both', async () => {
    const cartridge = join(root, 'c.db');
    const existing = join(root, 'existing.txt');
    writeFileSync(existing, 'keep me');
    expect((await runCli(['ask', 'remember that my shoe size is 42'], { cartridge })).code).toBe(0);
    const viaAsk = await runCli(['ask', `could you copy the database to ${existing} please`], { cartridge });
    const viaRun = await runCli(['run', 'cartridge_backup', '--path', existing], { cartridge });
    expect(viaRun.code, viaRun.stderr).toBe(2);
    expect(viaAsk.code, viaAsk.stderr).toBe(viaRun.code);
    expect(viaAsk.stderr).toMatch(/already exists/);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });

  it('nothing by that name (forget what was never remembered) is 2 from both', async () => {
    const cartridge = join(root, 'c.db');
    expect((await runCli(['ask', 'remember that my pin is 1'], { cartridge })).code).toBe(0);
    const viaAsk = await runCli(['ask', '--yes', 'forget my shoe size'], { cartridge });
    const viaRun = await runCli(['run', 'memory_forget', '--key', 'shoe size', '--yes'], { cartridge });
    expect(viaRun.code, viaRun.stderr).toBe(2);
    expect(viaAsk.code, viaAsk.stderr).toBe(viaRun.code);
  });
});

describe('a global option with no value', () => {
  it('`fazt --cartridge` names the missing value (not the chat), exits 2 and creates nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazt-novalue-'));
    try {
      const result = await runCli(['--cartridge'], { cwd, env: { HOME: cwd } });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("option '--cartridge <path>' argument missing");
      expect(result.stderr).not.toMatch(/terminal/);
      expect(readdirSync(cwd).filter((name) => !name.startsWith('.'))).toEqual([]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
