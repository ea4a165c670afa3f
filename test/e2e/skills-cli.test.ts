import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { describe, expect, it } from 'vitest';
import { cliArgs, NODE, ROOT, runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

type Files = Record<string, string>;

const SKILL_MD = (name = 'greeter', extra = '') => `---
name: ${name}
description: Greets someone by name. Use when the person asks to greet somebody.
${extra}---
Call greet_person with the name.
`;
const TOOLS = (greeting = 'Hello') => `export const tools = [{
  name: 'greet_person', description: 'Greet someone by name.', risk: 'read',
  input: { type: 'object', properties: { name: { type: 'string', minLength: 1 } }, required: ['name'] },
  examples: ['greet {name}', 'say hello to {name}'],
  async run({ name }) { return { text: '${greeting}, ' + name + '!' }; },
}];`;
const TEST = `test('greets', async () => { assert.equal((await tools[0].run({ name: 'Ada' })).text.endsWith('Ada!'), true); });`;

describe('fazt skill', { timeout: 180_000 }, () => {
  const cart = useTempCartridge('fazt-skill-');
  const fazt = (args: string[]) => runCli(args, { cartridge: cart().path });
  const folder = async (files: Files, name = 'greeter') => {
    const dir = join(cart().dir, 'src', name);
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return dir;
  };
  const greeter = (greeting?: string) =>
    folder({ 'SKILL.md': SKILL_MD(), 'tools.js': TOOLS(greeting), 'tests/greet.test.js': TEST });

  it('imports a built-in skill only with consent, then every surface has its tool', async () => {
    const asked = await fazt(['skill', 'import', 'unit-convert']);
    expect(asked.code).toBe(3);
    expect(asked.stdout).toContain('unit_convert (read: reads only)');
    expect(asked.stderr).toMatch(/Install unit-convert\? Nothing was changed: run again with --yes/);
    expect(await runCliJson(['skill', 'list', '--json'], { cartridge: cart().path })).toEqual([]);

    const installed = await fazt(['skill', 'import', 'unit-convert', '--yes']);
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stdout).toContain('unit-convert: 4/4 tests passed — ok.');
    const listed = await fazt(['skill', 'list']);
    expect(listed.stdout).toBe(
      'NAME          VERSION  STATE  TOOLS\nunit-convert  v1       on     unit_convert\n',
    );
    const tools = await runCliJson<{ name: string }[]>(['tools', '--json'], { cartridge: cart().path });
    expect(tools.map((tool) => tool.name)).toContain('unit_convert');
    expect((await fazt(['ask', 'convert 10 km to mi'])).stdout.trim()).toBe('10 km is 6.214 mi.');
    const bad = await fazt(['run', 'unit_convert', '{"value":"ten","from":"km","to":"mi"}']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/value: Invalid input: expected number/);
    const mixed = await fazt(['run', 'unit_convert', '--value', '1', '--from', 'km', '--to', 'kg']);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/km is a length and kg is a mass; they cannot be converted/);

    const transport = new StdioClientTransport({
      command: NODE,
      args: cliArgs(['mcp'], { cartridge: cart().path }),
    });
    const client = new Client({ name: 'skills-e2e', version: '1.0.0' });
    await client.connect(transport);
    try {
      const listed = await client.listTools();
      expect(listed.tools.map((tool) => tool.name)).toContain('unit_convert');
      const result = await client.callTool({
        name: 'unit_convert',
        arguments: { value: 100, from: 'c', to: 'f' },
      });
      expect((result.content as { text: string }[])[0]?.text).toContain('100 c is 212 f.');
    } finally {
      await client.close();
    }
  });

  it('a folder named like a built-in skill does not replace it without --replace; the built-in or a copy of it does not need it', async () => {
    const { cp } = await import('node:fs/promises');
    const builtin = join(cart().dir, 'copy', 'unit-convert');
    await cp(join(ROOT, 'skills/builtin/unit-convert'), builtin, { recursive: true });
    // An identical copy of the built-in is the built-in: it installs with consent as usual.
    const copy = await fazt(['skill', 'import', builtin, '--yes']);
    expect(copy.code, copy.stderr).toBe(0);

    const impostor = await folder(
      {
        'SKILL.md': SKILL_MD('unit-convert').replace('Greets someone by name.', 'Greets someone, not units.'),
        'tools.js': TOOLS(),
        'tests/greet.test.js': TEST,
      },
      'unit-convert',
    );
    for (const extra of [[], ['--yes'], ['--yes', '--json']]) {
      const refused = await fazt(['skill', 'import', impostor, ...extra]);
      expect(refused.code, extra.join(' ')).toBe(2);
      expect(refused.stderr).toContain(
        `"unit-convert" is the name of a built-in skill, and the folder ${impostor} is a different skill with that name.`,
      );
      expect(refused.stderr).toMatch(/installed now as version 1\)\. Add --replace if that is what you want/);
    }
    const tools = await runCliJson<{ name: string }[]>(['tools', '--json'], { cartridge: cart().path });
    expect(tools.map((tool) => tool.name)).toContain('unit_convert');
    expect(tools.map((tool) => tool.name)).not.toContain('greet_person');

    const replaced = await fazt(['skill', 'import', impostor, '--yes', '--replace']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('Installed unit-convert version 2. Its tools: greet_person.');
    // Importing the built-in by name again is no replacement: it needs no flag.
    const back = await fazt(['skill', 'import', 'unit-convert', '--yes']);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toContain('Installed unit-convert version 3');
  });

  it('refuses a skill that breaks the format, naming the file, the field and what is expected', async () => {
    const cases: [Files, string, RegExp][] = [
      [{ 'tools.js': TOOLS() }, 'greeter', /greeter\/SKILL.md is missing/],
      [{ 'SKILL.md': 'no frontmatter' }, 'greeter', /greeter\/SKILL.md must start with YAML frontmatter/],
      [
        { 'SKILL.md': SKILL_MD('Greeter') },
        'Greeter',
        /Greeter\/SKILL.md: field "name" must be 1–64 lowercase letters/,
      ],
      [
        { 'SKILL.md': SKILL_MD('hello') },
        'greeter',
        /greeter\/SKILL.md: field "name" must equal the folder name "greeter"; found "hello"/,
      ],
      [
        { 'SKILL.md': SKILL_MD('greeter').replace(/description: .*/, `description: ${'x'.repeat(1025)}`) },
        'greeter',
        /field "description" must be text of 1–1024 characters .* found 1025 characters/,
      ],
      [
        { 'SKILL.md': SKILL_MD('greeter', 'model: gpt-4\n') },
        'greeter',
        /field "model" is not part of the format/,
      ],
      [
        { 'SKILL.md': SKILL_MD(), 'tools.js': TOOLS().replace("risk: 'read'", "risk: 'safe'") },
        'greeter',
        /greeter\/tools.js: tools\[0\] \(greet_person\).risk must be one of read, write, destructive, external; found "safe"/,
      ],
      [
        { 'SKILL.md': SKILL_MD(), 'tools.js': TOOLS().replace("'greet {name}'", "'greet {person}'") },
        'greeter',
        /examples uses \{person\}, which is not an input property \(name\)/,
      ],
      [
        {
          'SKILL.md': SKILL_MD().replace(
            /description: .*/,
            'description: "Greets \\u001b[31msomeone. Use when greeting."',
          ),
        },
        'greeter',
        /greeter\/SKILL.md: field "description" contains the control character U\+001B; remove it/,
      ],
      [
        {
          'SKILL.md': SKILL_MD(),
          'tools.js': TOOLS().replace(
            "description: 'Greet someone by name.'",
            "description: 'Greet \\u0007 someone.'",
          ),
        },
        'greeter',
        /greeter\/tools.js: tools\[0\].description contains the control character U\+0007/,
      ],
      [
        { 'SKILL.md': SKILL_MD(), 'tools.js': 'export const tools = [' },
        'greeter',
        /greeter\/tools.js could not be loaded in the sandbox: SyntaxError/,
      ],
    ];
    for (const [files, name, message] of cases) {
      const dir = await folder(files, `${name}`);
      const result = await fazt(['skill', 'import', dir, '--yes']);
      expect(result.code, `${JSON.stringify(Object.keys(files))}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(message);
      await runCli(['skill', 'list'], { cartridge: cart().path });
      const { rm } = await import('node:fs/promises');
      await rm(dir, { recursive: true });
    }
    expect(await runCliJson(['skill', 'list', '--json'], { cartridge: cart().path })).toEqual([]);
  });

  it('refuses tests that prove nothing: no assertion, no test, a tool no test calls', async () => {
    const cases: [Files, RegExp][] = [
      [
        { 'tests/greet.test.js': "test('runs', async () => { await tools[0].run({ name: 'a' }); });" },
        /FAIL tests\/greet.test.js › runs: made no assertion/,
      ],
      [
        { 'tests/greet.test.js': '// nothing here' },
        /tests\/greet.test.js registers no test[\s\S]*no test ran/,
      ],
      [
        { 'tests/greet.test.js': "test('math', () => assert.equal(1 + 1, 2));" },
        /tool greet_person is exported but no test calls it/,
      ],
      [{}, /greeter exports 1 tool but has no tests\/\*.test.js/],
    ];
    for (const [tests, message] of cases) {
      const dir = await folder({ 'SKILL.md': SKILL_MD(), 'tools.js': TOOLS(), ...tests });
      const result = await fazt(['skill', 'import', dir, '--yes']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/greeter was not installed: its tests do not pass/);
      const { rm } = await import('node:fs/promises');
      await rm(dir, { recursive: true });
    }
  });

  it('a skill granted a destructive tool gets consent from --yes on its own tool, only if its grants were shown at import', async () => {
    const files = {
      'SKILL.md': SKILL_MD('forgetter', 'allowed-tools: memory_forget\n').replace(
        /description: .*/,
        'description: Forgets a fact on request. Use when the person asks to drop a fact.',
      ),
      'tools.js': `export const tools = [{ name: 'forget_fact', description: 'Forget a fact.', risk: 'destructive',
        input: { type: 'object', properties: { key: { type: 'string', minLength: 1 } }, required: ['key'] },
        async run({ key }, fazt) { await fazt.call('memory_forget', { key }); return { text: 'Forgot ' + key + '.' }; } }];`,
      // In the scratch cartridge of the tests the call goes through (and finds nothing to forget).
      'tests/forget.test.js': `test('forgets', async () => { await assert.rejects(() => tools[0].run({ key: 'x' }, fazt), /Nothing is remembered under "x"/); });`,
    };
    const dir = await folder(files, 'forgetter');
    const imported = await fazt(['skill', 'import', dir, '--yes']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('memory_forget (destructive: deletes data (asks each time))');
    expect(imported.stdout).toContain(
      'When you approve one of its destructive tools, that approval also lets it call memory_forget.',
    );
    expect((await fazt(['run', 'memory_remember', '--key', 'door code', '--value', '1234'])).code).toBe(0);
    const asked = await fazt(['run', 'forget_fact', '--key', 'door code']);
    expect(asked.code).toBe(3);
    expect(asked.stderr).toMatch(/forget_fact is destructive and needs your explicit approval/);
    const done = await fazt(['run', 'forget_fact', '--key', 'door code', '--yes']);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout.trim()).toBe('Forgot door code.');
    expect((await fazt(['run', 'memory_recall', '--key', 'door code'])).stdout).not.toContain('1234');

    // Imported with --json, the grants were never printed: --yes on the skill tool does not carry.
    const other = join(cart().dir, 'other.db');
    const quiet = await runCli(['skill', 'import', dir, '--yes', '--json'], { cartridge: other });
    expect(quiet.code, quiet.stderr).toBe(0);
    await runCli(['run', 'memory_remember', '--key', 'door code', '--value', '1234'], { cartridge: other });
    const refused = await runCli(['run', 'forget_fact', '--key', 'door code', '--yes'], { cartridge: other });
    // Held for consent, so needs_approval (exit 3), naming the skill once.
    expect(refused.code).toBe(3);
    expect(refused.stderr.match(/skill forgetter@1/g)).toHaveLength(1);
    expect(refused.stderr).toMatch(
      /skill forgetter@1 wants to call memory_forget, which is destructive, but this version was installed without showing you its grants .* does not carry to memory_forget\. Nothing was changed/,
    );
    expect(
      (await runCli(['run', 'memory_recall', '--key', 'door code'], { cartridge: other })).stdout,
    ).toContain('1234');
  });

  it('keeps every version: import again, rollback, disable, enable, export, remove', async () => {
    expect((await fazt(['skill', 'import', await greeter(), '--yes'])).code).toBe(0);
    const same = await fazt(['skill', 'import', await greeter(), '--yes']);
    expect(same.stdout).toMatch(/version 1 is already installed with exactly these files/);
    expect(same.stdout).toContain('Installed now: version 1, with exactly these files.');
    const { rm } = await import('node:fs/promises');
    await rm(join(cart().dir, 'src'), { recursive: true });
    expect((await fazt(['skill', 'import', await greeter('Hi'), '--yes'])).stdout).toMatch(
      /Installed greeter version 2/,
    );
    expect((await fazt(['run', 'greet_person', '--name', 'Ada'])).stdout.trim()).toBe('Hi, Ada!');

    expect((await fazt(['skill', 'rollback', 'greeter'])).stdout).toMatch(/greeter is back at version 1/);
    expect((await fazt(['run', 'greet_person', '--name', 'Ada'])).stdout.trim()).toBe('Hello, Ada!');
    expect((await fazt(['ask', 'greet Grace'])).stdout.trim()).toBe('Hello, Grace!');
    const missing = await fazt(['skill', 'rollback', 'greeter', '7']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/greeter has no version "7"; kept versions: 1, 2/);
    expect((await fazt(['skill', 'rollback', 'greeter', '2'])).code).toBe(0);
    const shown = await runCliJson<{ version: number; versions: number }>(
      ['skill', 'show', 'greeter', '--json'],
      {
        cartridge: cart().path,
      },
    );
    expect(shown).toMatchObject({ version: 2, versions: 2 });

    expect((await fazt(['skill', 'disable', 'greeter'])).code).toBe(0);
    const gone = await fazt(['run', 'greet_person', '--name', 'Ada']);
    expect(gone.code).toBe(2);
    // The tool is gone, and the message says why and how to get it back.
    expect(gone.stderr).toMatch(
      /greet_person belongs to the skill greeter, which is disabled\. Turn it back on with `fazt skill enable greeter`/,
    );
    expect((await fazt(['skill', 'enable', 'greeter'])).code).toBe(0);
    expect((await fazt(['skill', 'test', 'greeter'])).stdout).toMatch(/greeter v2: 1\/1 tests passed — ok/);

    const out = join(cart().dir, 'exported');
    expect((await fazt(['skill', 'export', 'greeter', out])).code).toBe(0);
    expect(await readFile(join(out, 'tools.js'), 'utf8')).toBe(TOOLS('Hi'));
    const again = await fazt(['skill', 'export', 'greeter', out]);
    expect(again.code).toBe(2);

    const ask = await fazt(['skill', 'remove', 'greeter']);
    expect(ask.code).toBe(3);
    expect((await fazt(['skill', 'remove', 'greeter', '--yes'])).stdout).toMatch(
      /Removed greeter and its 2 versions/,
    );
    expect(await runCliJson(['skill', 'list', '--json'], { cartridge: cart().path })).toEqual([]);
    const unknown = await fazt(['skill', 'show', 'greeter']);
    expect(unknown.code).toBe(2);
  });
});
