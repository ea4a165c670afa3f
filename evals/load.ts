import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, YAMLParseError } from 'yaml';
import { errorMessage, UsageError } from '../cartridge/errors.js';
import { builtinSkillNames } from '../skills/builtin.js';
import { type EvalCase, type EvalSuite, evalSuite } from './case.js';

/** The built-in suites, next to this module in the source tree and beside dist/ in a build. */
export const BUILTIN_SUITES = fileURLToPath(new URL('../evals/suites/', import.meta.url));

/** A case with the suite it came from. */
export interface LoadedCase extends EvalCase {
  suite: string;
  file: string;
  /** The skills its suite installs into the case's cartridge (empty for most suites). */
  skills?: readonly string[];
}

/** The skills a case's `triggers` is about: its `skill`, or every skill its suite installs. */
export const triggerSkills = (item: LoadedCase): readonly string[] =>
  item.skill !== undefined ? [item.skill] : (item.skills ?? []);

/**
 * Parses and validates one suite's YAML text; errors name the file and the field. `skills`: what
 * the suite installs when it does not say (a skill's own evals.yaml is about that skill).
 */
export function parseSuite(text: string, file: string, defaults: { skills?: string[] } = {}): EvalSuite {
  let data: unknown;
  try {
    data = parse(text, { prettyErrors: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    throw new UsageError(
      `${file}${where} is not valid YAML: ${errorMessage(error).split('\n')[0]}. Fix it and run again.`,
      {
        code: 'eval_yaml',
      },
    );
  }
  if (defaults.skills && data && typeof data === 'object' && !Array.isArray(data) && !('skills' in data)) {
    data = { ...data, skills: defaults.skills };
  }
  const parsed = evalSuite.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`);
    throw new UsageError(`${file} is not a valid eval suite: ${issues.join('; ')}.`, {
      code: 'eval_suite_invalid',
    });
  }
  const problems = skillProblems(parsed.data, defaults.skills ?? []);
  if (problems.length) {
    throw new UsageError(`${file} is not a valid eval suite: ${problems.slice(0, 5).join('; ')}.`, {
      code: 'eval_suite_invalid',
    });
  }
  return parsed.data;
}

/**
 * The skills a suite names that fazt cannot install, and cases whose `skill` the suite does not
 * install. Every hint lists only skills that exist: the built-in ones, and `own` (a skill's own
 * evals.yaml is about that skill, which exists though it is not built in).
 */
function skillProblems(suite: EvalSuite, own: readonly string[]): string[] {
  const builtin = builtinSkillNames();
  const exists = (name: string) => builtin.includes(name) || own.includes(name);
  const knownList = `built-in: ${builtin.join(', ') || 'none'}${own.length ? `; this skill: ${own.join(', ')}` : ''}`;
  const problems: string[] = [];
  suite.skills.forEach((name, index) => {
    if (!exists(name)) {
      problems.push(
        `skills.${index}: names the skill "${name}", which is not a built-in skill; ${knownList}`,
      );
    }
  });
  const installed = suite.skills.filter(exists);
  suite.cases.forEach((item, index) => {
    if (item.skill === undefined || suite.skills.includes(item.skill)) return;
    problems.push(
      exists(item.skill)
        ? `cases.${index}.skill: names the skill "${item.skill}", which this suite does not install; add it to the suite's skills (${installed.join(', ') || 'none yet'})`
        : `cases.${index}.skill: names the skill "${item.skill}", which is not a built-in skill; ${knownList}`,
    );
  });
  return problems;
}

function suiteFiles(path: string): string[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new UsageError(`No eval suite at ${path}. Give a .yaml file or a folder of them.`, {
      code: 'eval_missing',
    });
  }
  if (stats.isFile()) return [path];
  const files = readdirSync(path)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0)
    throw new UsageError(`${path} holds no .yaml eval suites.`, { code: 'eval_missing' });
  return files;
}

/** Loads every case from a suite file or a folder of them; case ids must be unique per suite. */
export function loadCases(path: string = BUILTIN_SUITES): LoadedCase[] {
  const cases: LoadedCase[] = [];
  const seen = new Set<string>();
  for (const file of suiteFiles(path)) {
    const suite = parseSuite(readFileSync(file, 'utf8'), file);
    for (const item of suite.cases) {
      const id = `${suite.suite}/${item.id}`;
      if (seen.has(id))
        throw new UsageError(`${file}: case id "${id}" is used twice; ids must be unique.`, {
          code: 'eval_duplicate',
        });
      seen.add(id);
      cases.push({ ...item, suite: suite.suite, file, skills: suite.skills });
    }
  }
  return cases;
}
