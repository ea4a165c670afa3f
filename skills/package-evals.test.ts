import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestRuntime, testRuntime } from '../test/helpers/runtime.js';
import { checkSkill } from './package.js';
import { createSandbox } from './sandbox/host.js';

const sandbox = createSandbox();
afterAll(() => sandbox.close());

const SKILL_MD = `---
name: note-helper
description: Helps with notes. Use when the person asks about their notes.
---
Use notes_search.
`;

describe("a skill's evals.yaml is checked at import beyond its shape", () => {
  let harness: TestRuntime;
  beforeEach(() => {
    harness = testRuntime();
  });
  afterEach(() => harness.close());
  const check = (evals: string) =>
    checkSkill(
      'note-helper',
      { 'SKILL.md': SKILL_MD, 'evals.yaml': evals },
      { registry: harness.registry, sandbox },
    );

  it('refuses an empty file, saying what it should hold', async () => {
    for (const empty of ['', '\n', '# nothing yet\n']) {
      await expect(check(empty)).rejects.toThrow(/note-helper\/evals.yaml is empty; it should hold `cases:`/);
    }
  });

  it('refuses a repeated case id, an empty request and a tool that does not exist', async () => {
    const one = (id: string, request: string, tool = 'notes_search') =>
      `  - id: ${id}\n    request: "${request}"\n    expect:\n      calls:\n        - tool: ${tool}\n`;
    await expect(
      check(`suite: notes\ncases:\n${one('a', 'find milk')}${one('a', 'find eggs')}`),
    ).rejects.toThrow(/cases\[1\] \(a\).*repeats the id "a"/);
    await expect(check(`suite: notes\ncases:\n${one('a', '  ')}`)).rejects.toThrow(
      /cases\[0\] \(a\)\.request.*is empty/,
    );
    await expect(check(`suite: notes\ncases:\n${one('a', 'find milk', 'notes_serch')}`)).rejects.toThrow(
      /names the tool "notes_serch", which neither fazt nor this skill has/,
    );
    await expect(
      check(`suite: notes\ncases:\n${one('a', 'find milk')}${one('b', 'find eggs')}`),
    ).resolves.toBeTruthy();
  });
});
