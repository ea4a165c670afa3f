import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, runCli, useTempCartridge } from '../helpers/cli.js';

/** No raw errno text, no "unexpected error": a path problem is said in words. */
function expectPlain(result: CliResult, path: string, reason: RegExp) {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(/unexpected error|\bE[A-Z]{3,}\b/);
  expect(result.stderr).toContain(path);
  expect(result.stderr).toMatch(reason);
}

describe('every path fazt takes goes through one resolver', () => {
  const cart = useTempCartridge('fazt-paths-');
  const LONG = 'x'.repeat(300);

  /** A home folder and a working directory of their own, so `~` and relative paths are visible. */
  async function places() {
    const home = join(cart().dir, 'home');
    const cwd = join(cart().dir, 'work');
    await mkdir(home);
    await mkdir(cwd);
    await writeFile(join(cwd, 'afile'), 'not a folder');
    return { home, cwd, env: { HOME: home } };
  }

  it('FAZT_CARTRIDGE=~/fazt.db and --cartridge ~/… are the home folder, not a folder named ~', async () => {
    const { home, cwd, env } = await places();
    const fromEnv = await runCli(['status', '--json'], { cwd, env: { ...env, FAZT_CARTRIDGE: '~/fazt.db' } });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(JSON.parse(fromEnv.stdout).path).toBe(join(home, 'fazt.db'));
    const fromFlag = await runCli(['--cartridge', '~/deep/er/c.db', 'status', '--json'], { cwd, env });
    expect(JSON.parse(fromFlag.stdout).path).toBe(join(home, 'deep/er/c.db'));
    const relative = await runCli(['--cartridge', 'rel/c.db', 'status', '--json'], { cwd, env });
    expect(JSON.parse(relative.stdout).path).toBe(join(cwd, 'rel/c.db'));
    expect(existsSync(join(cwd, '~'))).toBe(false);
  });

  it('a cartridge path fazt cannot use is refused in words naming it', async () => {
    const { cwd, env } = await places();
    const run = (path: string) => runCli(['--cartridge', path, 'status'], { cwd, env });
    expectPlain(await run(cwd), cwd, /is a folder, not a file/);
    expectPlain(await run('afile/x.db'), join(cwd, 'afile'), /is a file, not a folder/);
    expectPlain(await run(`${LONG}.db`), cwd, /too long/);
    expectPlain(await run('/proc/fazt-test/x.db'), '/proc/fazt-test', /cannot be created/);
    const asEnv = await runCli(['status'], { cwd, env: { ...env, FAZT_CARTRIDGE: 'afile/x.db' } });
    expectPlain(asEnv, join(cwd, 'afile'), /is a file, not a folder/);
  });

  it('backup and restore take ~, relative paths, and explain the ones they cannot use', async () => {
    const { home, cwd, env } = await places();
    const cartridge = join(cwd, 'c.db');
    const cli = (args: string[]) => runCli(['--cartridge', cartridge, ...args], { cwd, env });
    expect((await cli(['status'])).code).toBe(0);
    expect((await cli(['backup', '~/b.db'])).code).toBe(0);
    expect(existsSync(join(home, 'b.db'))).toBe(true);
    const tool = await cli(['run', 'cartridge_backup', '--path', '~/tool.db']);
    expect(tool.code, tool.stderr).toBe(0);
    expect(existsSync(join(home, 'tool.db'))).toBe(true);
    expect((await cli(['restore', '~/b.db'])).code).toBe(0);

    expectPlain(await cli(['backup', 'afile/b.db']), join(cwd, 'afile'), /is a file, not a folder/);
    expectPlain(await cli(['backup', `${LONG}.db`]), cwd, /too long/);
    expectPlain(
      await cli(['run', 'cartridge_backup', '--path', 'afile/b.db']),
      join(cwd, 'afile'),
      /file, not a folder/,
    );
    expectPlain(await cli(['restore', home]), home, /is a folder, not a file/);
    expectPlain(await cli(['restore', 'afile/b.db']), join(cwd, 'afile'), /is a file, not a folder/);
    expectPlain(await cli(['restore', `${LONG}.db`]), cwd, /too long/);
  });

  it('tool paths and @file inputs take ~ and say plainly why a file cannot be read', async () => {
    const { home, cwd, env } = await places();
    await writeFile(join(home, 'note.txt'), 'hello');
    await writeFile(join(home, 'in.json'), '{"path": "~/note.txt"}');
    const cli = (args: string[]) => runCli(['--cartridge', join(cwd, 'c.db'), ...args], { cwd, env });
    const imported = await cli(['run', 'blobs_import', '@~/in.json', '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ size: 5 });

    expectPlain(
      await cli(['run', 'blobs_import', '--path', 'afile/x']),
      join(cwd, 'afile'),
      /file, not a folder/,
    );
    expectPlain(await cli(['run', 'blobs_import', '--path', `${LONG}.txt`]), cwd, /too long/);
    expectPlain(
      await cli(['run', 'blobs_import', '--path', '/proc/self/mem']),
      '/proc/self/mem',
      /input\/output error/,
    );
    expectPlain(
      await cli(['run', 'system_status', '@afile/x.json']),
      join(cwd, 'afile'),
      /file, not a folder/,
    );
    expectPlain(await cli(['run', 'system_status', `@${LONG}.json`]), cwd, /too long/);
  });
});
