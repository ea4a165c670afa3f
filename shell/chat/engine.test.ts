import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openCartridge } from '../../cartridge/open.js';
import { builtinSkillFolder, installPackage, skillStore } from '../../skills/install.js';
import { checkSkill, readSkillFolder } from '../../skills/package.js';
import { createSandbox } from '../../skills/sandbox/host.js';
import { createDefaultRegistry, createExecutor } from '../../tools/index.js';
import { holdsForApproval, notificationFor } from './engine.js';
import { tempEngine } from './test-helpers.js';

describe('the chat engine', () => {
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  it('holds destructive calls by default, writes too under chat.approve=writes, never reads', () => {
    expect(holdsForApproval('destructive', 'destructive')).toBe(true);
    expect(holdsForApproval('write', 'destructive')).toBe(false);
    expect(holdsForApproval('write', 'writes')).toBe(true);
    expect(holdsForApproval('read', 'writes')).toBe(false);
  });

  it('rings only for a finished turn over 10 s with chat.notify on; OSC 9 where the terminal shows it', () => {
    const long = { kind: 'finished', status: 'done', durationMs: 10_500 } as const;
    expect(notificationFor(long, true, {})).toBe('\u0007');
    expect(notificationFor(long, true, { TERM_PROGRAM: 'iTerm.app' })).toBe(
      '\u001b]9;fazt: the answer is ready\u0007',
    );
    expect(notificationFor(long, false, {})).toBeUndefined();
    expect(notificationFor({ ...long, durationMs: 9_000 }, true, {})).toBeUndefined();
    expect(notificationFor({ kind: 'cancelled', durationMs: 20_000 }, true, {})).toBeUndefined();
  });

  it('sees whether something answers on the configured serve port of 127.0.0.1', async () => {
    const temp = await tempEngine();
    closers.push(() => temp.close());
    const server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    temp.cartridge.config.set('server.port', port);
    expect(await temp.engine.serveRunning()).toBe(true);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await temp.engine.serveRunning()).toBe(false);
    expect(temp.cartridge.config.get('chat.notify')).toBe(true);
    temp.cartridge.config.set('chat.notify', 'false');
    expect(temp.engine.notifyEnabled()).toBe(false);
  });

  it('picks up a skill imported by another process while the chat is open, and drops one removed', async () => {
    const temp = await tempEngine();
    closers.push(() => temp.close());
    const sandbox = createSandbox();
    closers.push(() => void sandbox.close());
    const answers: string[] = [];
    const handlers = {
      onEvent: (event: { type: string; answer?: string }) => {
        if (event.type === 'finish' && event.answer) answers.push(event.answer);
      },
      onApproval: () => {},
    };
    expect(temp.engine.registry.get('unit_convert')).toBeUndefined();
    // Another process: its own cartridge connection, registry and executor on the same file.
    const other = openCartridge(temp.cartridge.path);
    closers.unshift(() => other.close());
    const registry = createDefaultRegistry();
    const { name, files } = readSkillFolder(builtinSkillFolder('unit-convert')!);
    const pkg = await checkSkill(name, files, { registry, sandbox });
    await installPackage(
      { cartridge: other, registry, executor: createExecutor({ cartridge: other, registry }) },
      pkg,
      'import:test',
      () => sandbox,
    );
    expect((await temp.engine.run('convert 10 km to mi', handlers)).kind).toBe('finished');
    expect(answers.at(-1)).toBe('10 km is 6.214 mi.');
    expect(temp.engine.registry.sourceOf('unit_convert')).toBe('skill:unit-convert@1');
    skillStore(other).remove('unit-convert');
    await temp.engine.run('convert 10 km to mi', handlers);
    expect(temp.engine.registry.get('unit_convert')).toBeUndefined();
  });

  it('refuses a second turn while one runs, and a conversation that does not exist', async () => {
    const temp = await tempEngine();
    closers.push(() => temp.close());
    expect(() => temp.engine.resume('nope0000')).toThrow(/There is no conversation "nope0000"/);
    const handlers = { onEvent: () => {}, onApproval: () => {} };
    const first = temp.engine.run('remember that the gate code is 1234', handlers);
    await expect(temp.engine.run('and another', handlers)).rejects.toThrow(/already running/);
    expect((await first).kind).toBe('finished');
  });
});
