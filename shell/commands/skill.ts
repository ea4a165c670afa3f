import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FaztError, UsageError } from '../../cartridge/errors.js';
import { pathError, resolveUserPath } from '../../cartridge/paths.js';
import { plannerFactory } from '../../evals/planners.js';
import { formatReport } from '../../evals/report.js';
import { runSkillEvals } from '../../skills/evals.js';
import { builtinSkillFolder, installPackage, skillStore } from '../../skills/install.js';
import { checkSkill, readSkillFolder, type SkillPackage } from '../../skills/package.js';
import { sharedSandbox } from '../../skills/sandbox/host.js';
import { testPackage } from '../../skills/scratch.js';
import { formatTestReport, type TestReport } from '../../skills/testing.js';
import { hashFiles, type SkillRecord, type SkillVersionInfo } from '../../tools/skills/store.js';
import { confirm } from '../confirm.js';
import { EXIT, printJson, printText } from '../output.js';
import { type GlobalOptions, type Runtime, withRuntime } from '../runtime.js';
import { formatTable } from '../table.js';

const RISK_NOTE = {
  read: 'reads only',
  write: 'changes your data',
  destructive: 'deletes data (asks each time)',
  external: 'reaches outside the cartridge',
} as const;

/** A stored skill by name, or a usage error listing what there is. */
function requireSkill(runtime: Runtime, name: string): SkillRecord {
  const store = skillStore(runtime.cartridge);
  const skill = store.get(name);
  if (!skill) {
    const names = store.list().map((item) => item.name);
    throw new UsageError(
      `There is no skill named "${name}". ${names.length ? `Installed: ${names.join(', ')}.` : 'None is installed yet; `fazt skill import <folder>` adds one.'}`,
      { code: 'skill_unknown' },
    );
  }
  return skill;
}

/** A stored version as a package (manifest, tools, files). */
export function storedPackage(runtime: Runtime, info: SkillVersionInfo): SkillPackage {
  return {
    manifest: info.manifest,
    tools: info.tools,
    files: skillStore(runtime.cartridge).files(info.name, info.version),
  };
}

/** What a person approves: the skill, its tools and their risk, and everything it may call. */
export function describeGrants(pkg: SkillPackage, runtime: Runtime): string {
  const lines = [`Skill ${pkg.manifest.name}: ${pkg.manifest.description}`];
  if (pkg.tools.length) {
    lines.push('Its tools (run in the sandbox):');
    for (const tool of pkg.tools)
      lines.push(`  ${tool.name} (${tool.risk}: ${RISK_NOTE[tool.risk]}): ${tool.description}`);
  } else {
    lines.push('It has no code: only instructions for the planner.');
  }
  if (pkg.manifest.allowedTools.length) {
    lines.push('It may call (allowed-tools, nothing else):');
    for (const name of pkg.manifest.allowedTools) {
      const tool = runtime.registry.get(name);
      lines.push(`  ${name}${tool ? ` (${tool.risk}: ${RISK_NOTE[tool.risk]})` : ''}`);
    }
    const destructive = pkg.manifest.allowedTools.filter(
      (name) => runtime.registry.get(name)?.risk === 'destructive',
    );
    if (destructive.length && pkg.tools.some((tool) => tool.risk === 'destructive')) {
      lines.push(
        `When you approve one of its destructive tools, that approval also lets it call ${destructive.join(', ')}.`,
      );
    } else if (destructive.length) {
      // Only a destructive tool may call a destructive one (grantedCalls' rank rule).
      lines.push(
        `None of its tools can use the grant of ${destructive.join(', ')}: only a destructive tool may call one, and it has none (a read or write tool's call is refused).`,
      );
    }
  } else if (pkg.tools.length) {
    lines.push('It may call no fazt tool (no allowed-tools).');
  }
  return lines.join('\n');
}

const print = (text: string) => printText(`${text}\n`);

/**
 * Refuses a package that would replace a built-in skill (same name, other files) unless
 * `--replace` was given: a folder that happens to be called `unit-convert` must not silently take
 * the place of the built-in unit-convert. The built-in itself (or an identical copy) passes.
 */
export function refuseBuiltinReplacement(
  pkg: SkillPackage,
  runtime: Runtime,
  options: { replace?: boolean },
  source: string,
): void {
  const name = pkg.manifest.name;
  const builtin = builtinSkillFolder(name);
  if (!builtin || options.replace) return;
  if (hashFiles(readSkillFolder(builtin).files) === hashFiles(pkg.files)) return;
  const current = skillStore(runtime.cartridge).get(name);
  throw new UsageError(
    `"${name}" is the name of a built-in skill, and ${source} is a different skill with that name. Installing it would replace the built-in ${name}${current ? ` (installed now as version ${current.version})` : ''}. Add --replace if that is what you want, or give your skill another name (its folder and the name: line of its SKILL.md).`,
    { code: 'skill_replaces_builtin' },
  );
}

/** Installs after showing the grants and asking; exit 3 without consent. */
async function approveAndInstall(
  runtime: Runtime,
  pkg: SkillPackage,
  origin: string,
  options: { yes?: boolean; json?: boolean },
  tests: TestReport,
): Promise<void> {
  const store = skillStore(runtime.cartridge);
  const current = store.get(pkg.manifest.name);
  if (!options.json) {
    print(describeGrants(pkg, runtime));
    print(formatTestReport(pkg.manifest.name, tests));
    const same = current && store.version(current.name)?.hash === hashFiles(pkg.files);
    if (current)
      print(
        same
          ? `Installed now: version ${current.version}, with exactly these files.`
          : `Installed now: version ${current.version}; this would become version ${current.versions + 1}.`,
      );
  }
  const question = `Install ${pkg.manifest.name}${current ? ' as a new version' : ''}?`;
  if (!(await confirm(question, options.yes === true))) return;
  // Grants count as shown only when they were printed above (not with --json).
  const { version, created } = await installPackage(runtime, pkg, origin, sharedSandbox, {
    grantsShown: options.json !== true,
  });
  if (options.json)
    printJson({ name: pkg.manifest.name, version, created, tools: pkg.tools.map((t) => t.name) });
  else
    print(
      created
        ? `Installed ${pkg.manifest.name} version ${version}. Its tools: ${pkg.tools.map((tool) => tool.name).join(', ') || 'none'}.`
        : `${pkg.manifest.name} version ${version} is already installed with exactly these files; nothing changed.`,
    );
}

/** `fazt skill import <folder> [--yes] [--json]`. A built-in skill may be named instead of a folder. */
export async function skillImportCommand(
  globals: GlobalOptions,
  folder: string,
  options: { yes?: boolean; json?: boolean; replace?: boolean },
): Promise<void> {
  if (folder.trim() === '') {
    throw new UsageError(
      'Give the path of a skill folder (or the name of a built-in skill) to import; an empty path would mean the current folder.',
    );
  }
  const path = existsSync(folder) ? folder : (builtinSkillFolder(folder) ?? folder);
  const { name, files } = readSkillFolder(path);
  await withRuntime(globals, async (runtime) => {
    const sandbox = sharedSandbox();
    const pkg = await checkSkill(name, files, { registry: runtime.registry, sandbox });
    refuseBuiltinReplacement(pkg, runtime, options, `the folder ${path}`);
    const tests = await testPackage(pkg, sandbox);
    if (!tests.passed) {
      process.stderr.write(`${formatTestReport(pkg.manifest.name, tests)}\n`);
      throw new FaztError(
        `${pkg.manifest.name} was not installed: its tests do not pass (see above). Fix them and import again.`,
        {
          code: 'skill_tests_failed',
        },
      );
    }
    await approveAndInstall(runtime, pkg, `import:${resolve(path)}`, options, tests);
  });
}

/**
 * The absolute folder `skill export` may write into, or a UsageError (exit 2) saying why not:
 * an empty path, a place in /proc or /sys (Node's recursive mkdir loops there for ever), an
 * existing file or device, a folder that is not empty.
 */
function exportTarget(folder: string): string {
  if (folder.trim() === '') throw new UsageError('Give the path of a new or empty folder to export into.');
  const target = resolveUserPath(folder);
  if (/^\/(?:proc|sys)(?:\/|$)/.test(target)) {
    throw new UsageError(
      `${folder} is in ${target.split('/')[1] === 'proc' ? '/proc' : '/sys'}, the kernel's virtual file system, which cannot hold files; export into a new or empty folder.`,
    );
  }
  let info: ReturnType<typeof statSync> | undefined;
  try {
    info = statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw pathError('export', target, error, 'Export into a new or empty folder.');
    }
  }
  if (info && !info.isDirectory()) {
    throw new UsageError(
      `${folder} is ${info.isFile() ? 'a file' : 'not a folder (a device, pipe or socket)'}; export into a new or empty folder.`,
    );
  }
  if (info && readdirSync(target).length > 0) {
    throw new UsageError(`${folder} exists and is not empty; export into a new or empty folder.`);
  }
  return target;
}

/** `fazt skill export <name> <folder> [--version N]`: writes the skill's files into a new folder. */
export async function skillExportCommand(
  globals: GlobalOptions,
  name: string,
  folder: string,
  options: { version?: string },
): Promise<void> {
  await withRuntime(globals, (runtime) => {
    const skill = requireSkill(runtime, name);
    const version = options.version === undefined ? skill.version : Number(options.version);
    const files = skillStore(runtime.cartridge).files(name, version);
    if (Object.keys(files).length === 0) throw new UsageError(`${name} has no version ${options.version}.`);
    const target = exportTarget(folder);
    for (const [path, content] of Object.entries(files)) {
      const file = join(target, path);
      if (!file.startsWith(`${target}/`))
        throw new FaztError(`The stored path ${path} leaves the folder; refused.`);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      } catch (error) {
        throw pathError('export', file, error, 'Export into a new or empty folder.');
      }
    }
    print(`Wrote ${name} version ${version} (${Object.keys(files).length} files) to ${target}.`);
  });
}

/** `fazt skill list [--json]`. */
export async function skillListCommand(globals: GlobalOptions, options: { json?: boolean }): Promise<void> {
  await withRuntime(
    globals,
    (runtime) => {
      const skills = skillStore(runtime.cartridge).list();
      if (options.json) return printJson(skills);
      if (skills.length === 0)
        return print('No skills installed. `fazt skill import <folder>` or `fazt skill new "…"` adds one.');
      print(
        formatTable([
          ['NAME', 'VERSION', 'STATE', 'TOOLS'],
          ...skills.map((skill) => [
            skill.name,
            `v${skill.version}${skill.versions > 1 ? ` (of ${skill.versions})` : ''}`,
            skill.enabled ? 'on' : 'off',
            skill.tools.join(', ') || '(instructions only)',
          ]),
        ]),
      );
    },
    { readOnly: true },
  );
}

/** `fazt skill show <name> [--json]`: description, versions, tools, grants and the instructions. */
export async function skillShowCommand(
  globals: GlobalOptions,
  name: string,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(
    globals,
    (runtime) => {
      const skill = requireSkill(runtime, name);
      const store = skillStore(runtime.cartridge);
      const info = store.version(name)!;
      const versions = store.versions(name).map(({ version, origin, createdAt }) => ({
        version,
        origin,
        createdAt: new Date(createdAt).toISOString(),
      }));
      if (options.json)
        return printJson({ ...skill, manifest: info.manifest, toolSpecs: info.tools, history: versions });
      print(describeGrants(storedPackage(runtime, info), runtime));
      print(
        `Version ${skill.version} in use (${skill.enabled ? 'on' : 'off'}); versions: ${versions.map((v) => `${v.version} (${v.origin}, ${v.createdAt})`).join(', ')}`,
      );
      print(`Files: ${Object.keys(store.files(name, skill.version)).join(', ')}`);
      if (info.manifest.body) print(`\n${info.manifest.body}`);
    },
    { readOnly: true },
  );
}

/** `fazt skill test <name> [--json]`: runs the current version's tests in the sandbox. */
export async function skillTestCommand(
  globals: GlobalOptions,
  name: string,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(globals, async (runtime) => {
    requireSkill(runtime, name);
    const info = skillStore(runtime.cartridge).version(name)!;
    const report = await testPackage(storedPackage(runtime, info), sharedSandbox(), info.version);
    if (options.json) printJson(report);
    else print(formatTestReport(`${name} v${info.version}`, report));
    process.exitCode = report.passed ? EXIT.ok : EXIT.error;
  });
}

/** `fazt skill eval <name> [--model X] [--json]`: its evals.yaml, with pass and trigger rates. */
export async function skillEvalCommand(
  globals: GlobalOptions,
  name: string,
  options: { model?: string; json?: boolean },
): Promise<void> {
  await withRuntime(globals, async (runtime) => {
    requireSkill(runtime, name);
    const info = skillStore(runtime.cartridge).version(name)!;
    const model = options.model ?? 'offline';
    const factory = plannerFactory(model, model === 'offline' ? {} : { settings: runtime.cartridge.config });
    const report = await runSkillEvals(storedPackage(runtime, info), factory, {
      model,
      sandbox: sharedSandbox,
    });
    if (!report) {
      print(`${name} has no evals.yaml; nothing to score.`);
      return;
    }
    if (options.json) printJson(report);
    else print(formatReport(report));
    process.exitCode = report.summary.passed === report.summary.total ? EXIT.ok : EXIT.error;
  });
}

/** `fazt skill enable|disable <name>`. */
export async function skillEnableCommand(
  globals: GlobalOptions,
  name: string,
  enabled: boolean,
): Promise<void> {
  await withRuntime(globals, async (runtime) => {
    requireSkill(runtime, name);
    await runtime.cartridge.exclusive(() => skillStore(runtime.cartridge).setEnabled(name, enabled));
    print(
      `${name} is ${enabled ? 'on: its tools are available' : 'off: its tools are gone until `fazt skill enable`'}.`,
    );
  });
}

/** `fazt skill rollback <name> [version]`: the previous version (or the one named) becomes current. */
export async function skillRollbackCommand(
  globals: GlobalOptions,
  name: string,
  version: string | undefined,
): Promise<void> {
  await withRuntime(globals, async (runtime) => {
    const skill = requireSkill(runtime, name);
    const store = skillStore(runtime.cartridge);
    const target = version === undefined ? skill.version - 1 : Number(version);
    if (!Number.isInteger(target) || !store.version(name, target)) {
      const kept = store.versions(name).map((item) => item.version);
      throw new UsageError(
        version === undefined
          ? `${name} is at its first version (${skill.version}); there is nothing older to roll back to.`
          : `${name} has no version "${version}"; kept versions: ${kept.join(', ')}.`,
        { code: 'skill_version' },
      );
    }
    await runtime.cartridge.exclusive(() => store.setCurrent(name, target));
    print(
      `${name} is back at version ${target} (version ${skill.version} is kept; \`fazt skill rollback ${name} ${skill.version}\` returns to it).`,
    );
  });
}

/** `fazt skill remove <name> [--yes]`: deletes the skill and every version (destructive: asks). */
export async function skillRemoveCommand(
  globals: GlobalOptions,
  name: string,
  options: { yes?: boolean },
): Promise<void> {
  await withRuntime(globals, async (runtime) => {
    const skill = requireSkill(runtime, name);
    if (
      !(await confirm(
        `Remove ${name} and all ${skill.versions} of its versions? This cannot be undone.`,
        options.yes === true,
      ))
    )
      return;
    await runtime.cartridge.exclusive(() => skillStore(runtime.cartridge).remove(name));
    print(`Removed ${name} and its ${skill.versions} version${skill.versions === 1 ? '' : 's'}.`);
  });
}

export { approveAndInstall };
