import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echoModuleSource } from '../fakes/echo-capability.js';
import { runCli, runCliJson } from '../helpers/cli.js';
import { testDir } from '../helpers/runtime.js';

/**
 * `fazt tools` and `fazt run` build their registry when they run, so a capability that comes
 * (a module listed in FAZT_EXTRA_CAPABILITIES, the hook the skills loader will use) shows up in
 * the next command, and is gone once it is no longer listed.
 */
describe('capabilities added and removed between runs', () => {
  const names = (tools: { name: string }[]) => tools.map((tool) => tool.name);

  it('a loaded capability appears in fazt tools and runs; unlisted, it disappears', async () => {
    const dir = testDir();
    const module = join(dir, 'echo.mjs');
    writeFileSync(module, echoModuleSource());
    const cartridge = join(dir, 'fazt.db');
    const env = { FAZT_EXTRA_CAPABILITIES: module };

    const withEcho = await runCliJson<{ name: string }[]>(['tools', '--json'], { env });
    expect(names(withEcho)).toContain('echo_say');
    expect(names(withEcho)).toContain('memory_recall');
    const said = await runCliJson<{ said: string }>(['run', 'echo_say', '--phrase', 'héllo 👋', '--json'], {
      env,
      cartridge,
    });
    expect(said).toEqual({ said: 'héllo 👋' });

    const without = await runCliJson<{ name: string }[]>(['tools', '--json']);
    expect(names(without)).not.toContain('echo_say');
    const gone = await runCli(['run', 'echo_say', '--phrase', 'x'], { cartridge });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/no tool named "echo_say"/);
  });

  it('refuses a capability that shadows a built-in tool, or registers an event type twice, saying which', async () => {
    const dir = testDir();
    const shadow = join(dir, 'shadow.mjs');
    writeFileSync(shadow, echoModuleSource({ toolName: 'memory_recall' }));
    const refused = await runCli(['tools'], { env: { FAZT_EXTRA_CAPABILITIES: shadow } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /Cannot add the capability from .*shadow\.mjs: A tool named "memory_recall" is already registered by memory \(builtin\); a capability cannot shadow/,
    );
    expect(refused.stdout).toBe('');

    const first = join(dir, 'first.mjs');
    const second = join(dir, 'second.mjs');
    writeFileSync(first, echoModuleSource({ id: 'skill:echo' }));
    writeFileSync(second, echoModuleSource({ id: 'skill:echos', toolName: 'echo_again' }));
    const twice = await runCli(['tools'], { env: { FAZT_EXTRA_CAPABILITIES: `${first}:${second}` } });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/second\.mjs: Event type "echo\.said" is already registered/);

    const outside = join(dir, 'outside.mjs');
    writeFileSync(outside, echoModuleSource({ eventType: 'memory.remembered' }));
    const foreign = await runCli(['tools'], { env: { FAZT_EXTRA_CAPABILITIES: outside } });
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/declares event type "memory\.remembered", outside its namespace/);
  });

  it('a module that is missing or exports no capability is refused with its path', async () => {
    const dir = testDir();
    const empty = join(dir, 'empty.mjs');
    writeFileSync(empty, 'export default 42;\n');
    const notOne = await runCli(['tools'], { env: { FAZT_EXTRA_CAPABILITIES: empty } });
    expect(notOne.code).toBe(2);
    expect(notOne.stderr).toMatch(/empty\.mjs does not export a capability/);
    const relative = await runCli(['tools'], { env: { FAZT_EXTRA_CAPABILITIES: 'echo.mjs' } });
    expect(relative.code).toBe(2);
    expect(relative.stderr).toMatch(/"echo\.mjs" must be absolute/);
    const throws = join(dir, 'throws.mjs');
    writeFileSync(throws, "throw new Error('boom at import');\n");
    const broken = await runCli(['tools'], { env: { FAZT_EXTRA_CAPABILITIES: throws } });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/Cannot load the capability module .*throws\.mjs: boom at import/);
    const builtin = join(dir, 'builtin.mjs');
    writeFileSync(builtin, echoModuleSource().replace("'skill:echo@1.0.0'", "'builtin'"));
    const posing = await runCli(['tools'], { env: { FAZT_EXTRA_CAPABILITIES: builtin } });
    expect(posing.code).toBe(2);
    expect(posing.stderr).toMatch(/declares source "builtin"; a loaded capability must be "skill:/);
    const missing = await runCli(['tools'], { env: { FAZT_EXTRA_CAPABILITIES: join(dir, 'nope.mjs') } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot load the capability module .*nope\.mjs/);
  });
});
