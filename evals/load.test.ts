import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_SUITES, loadCases, parseSuite, triggerSkills } from './load.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'fazt-evals-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

const GOOD = `suite: demo
cases:
  - id: remember
    request: remember that my bike lock code is 4312
    setup: [{ tool: notes_add, input: { text: buy milk } }]
    expect:
      status: done
      calls: [{ tool: memory_remember, input: { key: { $like: bike lock code }, value: '4312' } }]
      state: [{ tool: memory_list, output: { total: 1 } }]
`;

describe('eval suites', () => {
  it('parses a suite with defaults filled in', () => {
    const suite = parseSuite(GOOD, 'demo.yaml');
    expect(suite.cases[0]).toMatchObject({
      id: 'remember',
      approved: false,
      tags: [],
      setup: [{ tool: 'notes_add', input: { text: 'buy milk' } }],
      expect: { state: [{ tool: 'memory_list', input: {} }] },
    });
  });

  it('names the file, line and field when a suite is wrong', () => {
    expect(() => parseSuite('suite: demo\ncases: [', 'bad.yaml')).toThrow(
      /bad\.yaml \(line \d+\) is not valid YAML/,
    );
    expect(() =>
      parseSuite('suite: demo\ncases:\n  - id: a\n    request: 42\n    expect: {}\n', 'n.yaml'),
    ).toThrow(/n\.yaml is not a valid eval suite: cases\.0\.request: request must be text \(quote it/);
    expect(() =>
      parseSuite(
        'suite: demo\ncases:\n  - id: a\n    request: hi\n    expect: { calls: [{ tool: x_y, input: { $likes: 1 } }] }\n',
        'm.yaml',
      ),
    ).toThrow(/cases\.0\.expect\.calls\.0\.input: \$likes: unknown matcher/);
    expect(() =>
      parseSuite('suite: demo\ncases:\n  - id: a\n    request: hi\n    expect: { stauts: done }\n', 's.yaml'),
    ).toThrow(/Unrecognized key/);
  });

  it('loads a folder of suites in name order and refuses duplicate ids', () => {
    const dir = folder({
      'b.yaml': GOOD.replace('suite: demo', 'suite: second'),
      'a.yml': GOOD,
      'notes.txt': 'ignored',
    });
    expect(loadCases(dir).map((item) => `${item.suite}/${item.id}`)).toEqual([
      'demo/remember',
      'second/remember',
    ]);
    const twice = folder({ 'a.yaml': `${GOOD}  - id: remember\n    request: again\n    expect: {}\n` });
    expect(() => loadCases(twice)).toThrow(/"demo\/remember" is used twice/);
    expect(() => loadCases(join(twice, 'missing.yaml'))).toThrow(/No eval suite at/);
  });

  it('a suite may install skills; a case may say which one its triggers is about, but only one the suite installs', () => {
    const dir = folder({
      'a.yaml': `suite: with-skills\nskills: [unit-convert, shopping-list]\ncases:\n  - id: a\n    request: 2 km to mi\n    skill: unit-convert\n    triggers: true\n    expect: {}\n  - id: b\n    request: hi\n    triggers: false\n    expect: {}\n`,
    });
    const cases = loadCases(dir);
    expect(cases.map((item) => [item.skills, triggerSkills(item)])).toEqual([
      [['unit-convert', 'shopping-list'], ['unit-convert']],
      [
        ['unit-convert', 'shopping-list'],
        ['unit-convert', 'shopping-list'],
      ],
    ]);
    expect(() =>
      parseSuite(
        'suite: demo\nskills: [unit-convert]\ncases:\n  - id: a\n    request: hi\n    skill: shopping-list\n    expect: {}\n',
        's.yaml',
      ),
    ).toThrow(
      /s.yaml is not a valid eval suite: cases.0.skill: names the skill "shopping-list", which this suite does not install; add it to the suite's skills \(unit-convert\)/,
    );
    expect(() =>
      parseSuite(
        'suite: demo\nskills: [Unit Convert]\ncases:\n  - id: a\n    request: hi\n    expect: {}\n',
        's.yaml',
      ),
    ).toThrow(/skills.0: a skill name such as unit-convert/);
    expect(loadCases(BUILTIN_SUITES).find((item) => item.suite === 'notes')?.skills).toEqual([]);
    // A skill's own evals.yaml is about that skill: its cases may name it without a skills list.
    const own = 'suite: ev\ncases:\n  - id: a\n    request: hi\n    skill: ev\n    expect: {}\n';
    expect(parseSuite(own, 'ev/evals.yaml', { skills: ['ev'] }).skills).toEqual(['ev']);
  });

  it('skill hints name only skills that exist: built-in ones, or the skill whose evals these are', () => {
    const suite = (skills: string, skill: string) =>
      `suite: demo\nskills: [${skills}]\ncases:\n  - id: a\n    request: hi\n    skill: ${skill}\n    expect: {}\n`;
    // A typo in the suite's list is named, with the real ones; the hint never offers the typo.
    expect(() => parseSuite(suite('unit-convert, shoping-list', 'shopping-list'), 's.yaml')).toThrow(
      /skills.1: names the skill "shoping-list", which is not a built-in skill; built-in: photo-sharing, shopping-list, unit-convert; cases.0.skill: names the skill "shopping-list", which this suite does not install; add it to the suite's skills \(unit-convert\)/,
    );
    // A case naming a skill that does not exist is not told to add it to the suite.
    let message = '';
    try {
      parseSuite(suite('unit-convert, made-up', 'other-made-up'), 's.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      'cases.0.skill: names the skill "other-made-up", which is not a built-in skill; built-in: photo-sharing, shopping-list, unit-convert',
    );
    expect(message).not.toMatch(/add it to the suite's skills \([^)]*made-up/);
    // A skill's own evals.yaml may name that skill (it exists, though not built in).
    expect(() => parseSuite(suite('ev', 'nope'), 'ev/evals.yaml', { skills: ['ev'] })).toThrow(
      /names the skill "nope", which is not a built-in skill; built-in: photo-sharing, shopping-list, unit-convert; this skill: ev/,
    );
  });

  it('ships a built-in suite of at least 150 valid cases', () => {
    const cases = loadCases(BUILTIN_SUITES);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const suites = new Set(cases.map((item) => item.suite));
    expect([...suites]).toEqual(
      expect.arrayContaining(['memory-remember', 'memory-recall', 'notes', 'off-topic']),
    );
  });
});
