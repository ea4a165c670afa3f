import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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
    // status only reads, so a folder that cannot be made is met by a command that writes
    const write = (path: string) =>
      runCli(['--cartridge', path, 'run', 'notes_add', '--text', 'x'], { cwd, env });
    expectPlain(await write('/proc/fazt-test/x.db'), '/proc/fazt-test', /cannot be created/);
    const asEnv = await runCli(['status'], { cwd, env: { ...env, FAZT_CARTRIDGE: 'afile/x.db' } });
    expectPlain(asEnv, join(cwd, 'afile'), /is a file, not a folder/);
  });

  it('backup and restore take ~, relative paths, and explain the ones they cannot use', async () => {
    const { home, cwd, env } = await places();
    const cartridge = join(cwd, 'c.db');
    const cli = (args: string[]) => runCli(['--cartridge', cartridge, ...args], { cwd, env });
    // status only reads (it would not create the cartridge): a write makes it
    expect((await cli(['run', 'notes_add', '--text', 'x'])).code).toBe(0);
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

  it('a device, a pipe, /proc, a folder or a path past PATH_MAX as the cartridge: said in words, not SQLite’s', async () => {
    const { cwd, env } = await places();
    const fifo = join(cwd, 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const command of [['status'], ['run', 'notes_add', '--text', 'x']]) {
      const run = (path: string) => runCli(['--cartridge', path, ...command], { cwd, env });
      expectPlain(await run('/dev/null'), '/dev/null', /is a device, not a file/);
      expectPlain(await run(fifo), fifo, /is a named pipe \(FIFO\), not a file/);
      expectPlain(
        await run('/proc/self/status'),
        '/proc/self/status',
        /in \/proc, the kernel's virtual file system/,
      );
      expectPlain(await run(cwd), cwd, /is a folder, not a file/);
      // every name short, the whole path longer than PATH_MAX: the path is too long, not "a name"
      const deep = join(cwd, `${'abcdefgh/'.repeat(500)}x.db`);
      const result = await run(deep);
      expectPlain(
        result,
        cwd,
        /the path .* is too long: 4\d{3} bytes in all, and a path may have at most 4095/,
      );
      expect(result.stderr).not.toMatch(/name|255/);
      expectPlain(
        await run(`${LONG}.db`),
        cwd,
        /has a name too long: x{30}… is 303 bytes, and a file name may have at most 255/,
      );
    }
    expect(readdirSync(cwd).sort()).toEqual(['afile', 'pipe']);
  }, 120_000);

  it('commands that only read never create a cartridge or a folder; they say there is none yet', async () => {
    const { cwd, env } = await places();
    const path = join(cwd, 'not/there/yet/x.db');
    const reads = [
      ['status'],
      ['status', '--json'],
      ['run', 'notes_list'],
      ['run', 'memory_recall', '--key', 'door'],
      ['run', 'system_status'],
      ['knowledge', 'list'],
      ['knowledge', 'search', 'bread'],
      ['apps'],
      ['share', '--list'],
      ['photos'],
      ['skill', 'list'],
      ['token', 'list'],
      ['tools'],
    ];
    for (const args of reads) {
      const result = await runCli(['--cartridge', path, ...args], { cwd, env });
      expect(result.stderr + result.stdout).not.toMatch(/unexpected error/);
      if (args[0] === 'tools') expect(result.code).toBe(0);
      else if (args[0] === 'status') {
        expect(result.code).toBe(0);
        if (args.includes('--json')) expect(JSON.parse(result.stdout)).toMatchObject({ path, exists: false });
        else expect(result.stdout).toMatch(/^No cartridge at .*x\.db yet: nothing has been stored there/);
      } else {
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.stderr).toMatch(/No cartridge at .*x\.db yet/);
      }
      expect(existsSync(join(cwd, 'not')), args.join(' ')).toBe(false);
    }
    // the first write makes it, folders and all
    const wrote = await runCli(['--cartridge', path, 'run', 'notes_add', '--text', 'milk'], { cwd, env });
    expect(wrote.code, wrote.stderr).toBe(0);
    const status = await runCli(['--cartridge', path, 'status', '--json'], { cwd, env });
    expect(JSON.parse(status.stdout)).toMatchObject({ path, exists: true, counts: { notes: 1 } });
  }, 120_000);

  it('an explicitly empty --cartridge is an error naming the option; an empty FAZT_CARTRIDGE means the default', async () => {
    const { home, cwd, env } = await places();
    for (const args of [['--cartridge', ''], ['--cartridge='], ['--cartridge', '   ']]) {
      const result = await runCli([...args, 'run', 'notes_add', '--text', 'x'], { cwd, env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^fazt: --cartridge was given (an empty path|a path of only spaces)\. Give the cartridge file/,
      );
    }
    const blank = await runCli(['run', 'notes_add', '--text', 'x'], {
      cwd,
      env: { ...env, FAZT_CARTRIDGE: '  ' },
    });
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/FAZT_CARTRIDGE holds only spaces/);
    // XDG convention: empty is unset, so the default under XDG_DATA_HOME is used
    const dataHome = join(home, 'data');
    const empty = await runCli(['status', '--json'], {
      cwd,
      env: { ...env, FAZT_CARTRIDGE: '', XDG_DATA_HOME: dataHome },
    });
    expect(empty.code, empty.stderr).toBe(0);
    expect(JSON.parse(empty.stdout).path).toBe(join(dataHome, 'fazt', 'fazt.db'));
    expect(readdirSync(cwd).sort()).toEqual(['afile']);
  });
});
