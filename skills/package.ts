import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { errorMessage, UsageError } from '../cartridge/errors.js';
import { parseSuite } from '../evals/load.js';
import type { Registry } from '../tools/registry.js';
import { codeFiles, sentence } from './files.js';
import type { SkillManifest, SkillToolSpec } from './format.js';
import { checkToolSpecs, parseSkillMd, type SkillFiles, SkillFormatError } from './format.js';
import { inputSchema } from './input-schema.js';
import type { Sandbox } from './sandbox/host.js';

/** A checked skill: what the store keeps as one version. */
export interface SkillPackage {
  manifest: SkillManifest;
  tools: SkillToolSpec[];
  files: SkillFiles;
}

const MAX_FILES = 200;
const MAX_FILE_BYTES = 512 * 1024;
const MAX_TOTAL_BYTES = 4 * 1024 * 1024;
const SKIPPED = new Set(['node_modules', '.git']);

/**
 * Reads a skill folder's files as text (dotfiles and node_modules skipped). Refuses symbolic
 * links, files that are not UTF-8 text, and folders beyond 200 files, 512 KB a file or 4 MB.
 */
export function readSkillFolder(folder: string): { name: string; files: SkillFiles } {
  const root = resolve(folder);
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(root);
  } catch {
    throw new UsageError(
      `There is no skill folder at ${folder}. Give the path of a folder holding SKILL.md.`,
      {
        code: 'skill_missing',
      },
    );
  }
  if (!stats.isDirectory()) {
    throw new UsageError(`${folder} is not a folder. A skill is a folder holding SKILL.md.`, {
      code: 'skill_missing',
    });
  }
  const name = basename(root);
  const files: SkillFiles = {};
  let total = 0;
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      const path = join(directory, entry.name);
      const where = `${name}/${relative(root, path).split(sep).join('/')}`;
      if (entry.isSymbolicLink()) {
        throw new SkillFormatError(
          where,
          undefined,
          'is a symbolic link; copy the file into the skill folder instead.',
        );
      }
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (!entry.isFile()) continue;
      const bytes = readFileSync(path);
      total += bytes.length;
      if (bytes.length > MAX_FILE_BYTES) {
        throw new SkillFormatError(
          where,
          undefined,
          `is ${bytes.length} bytes; a skill file may be at most ${MAX_FILE_BYTES}.`,
        );
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new SkillFormatError(where, undefined, 'is not UTF-8 text; a skill holds text files only.');
      }
      if (text.includes('\0'))
        throw new SkillFormatError(where, undefined, 'contains NUL bytes; a skill holds text files only.');
      files[relative(root, path).split(sep).join('/')] = text;
      if (Object.keys(files).length > MAX_FILES || total > MAX_TOTAL_BYTES) {
        throw new UsageError(
          `${folder} holds more than ${MAX_FILES} files or ${MAX_TOTAL_BYTES / 1048576} MB; a skill must be smaller.`,
          { code: 'skill_too_big' },
        );
      }
    }
  };
  walk(root);
  return { name, files };
}

/**
 * Checks a skill's files against the format and against this fazt: SKILL.md, the tools tools.js
 * exports (described inside the sandbox, never run in-process), their JSON Schemas, the grants
 * in allowed-tools (each must be a tool fazt has), tool names free in the registry (or held by an older version of the same skill) and
 * evals.yaml. Throws SkillFormatError naming the file, the field and what is expected.
 */
export async function checkSkill(
  folder: string,
  files: SkillFiles,
  { registry, sandbox }: { registry: Registry; sandbox: Sandbox },
): Promise<SkillPackage> {
  const text = files['SKILL.md'];
  if (text === undefined) {
    throw new SkillFormatError(
      `${folder}/SKILL.md`,
      undefined,
      'is missing; every skill folder needs one (frontmatter with name and description, then instructions).',
    );
  }
  const manifest = parseSkillMd(text, folder);
  for (const path of Object.keys(files)) {
    if (
      path.endsWith('.js') &&
      path !== 'tools.js' &&
      path.startsWith('tests/') &&
      !/^tests\/[^/]+\.test\.js$/.test(path)
    ) {
      throw new SkillFormatError(
        `${folder}/${path}`,
        undefined,
        'is not run: test files are tests/<name>.test.js.',
      );
    }
  }
  let tools: SkillToolSpec[] = [];
  if (files['tools.js'] !== undefined) {
    const described = await sandbox.run({ kind: 'describe', files: codeFiles(files) });
    if (!described.ok) {
      throw new SkillFormatError(
        `${folder}/tools.js`,
        undefined,
        sentence(`could not be loaded in the sandbox: ${described.error.message}`),
      );
    }
    tools = checkToolSpecs(described.value, folder);
    tools.forEach((tool, index) => {
      try {
        inputSchema(tool.input);
      } catch (error) {
        throw new SkillFormatError(
          `${folder}/tools.js`,
          `tools[${index}] (${tool.name}).input`,
          `is not a JSON Schema fazt can validate with (${errorMessage(error)}).`,
        );
      }
    });
  }
  const own = `skill:${manifest.name}`;
  for (const granted of manifest.allowedTools) {
    const tool = registry.get(granted);
    if (!tool || registry.capabilityOf(granted)?.id === own) {
      const close = registry.closest(granted);
      throw new SkillFormatError(
        `${folder}/SKILL.md`,
        'field "allowed-tools"',
        `names "${granted}", which is not a fazt tool it could call.${close.length ? ` Did you mean ${close.join(', ')}?` : ''} \`fazt tools\` lists them.`,
      );
    }
  }
  tools.forEach((tool, index) => {
    const holder = registry.capabilityOf(tool.name);
    if (holder && holder.id !== own) {
      throw new SkillFormatError(
        `${folder}/tools.js`,
        `tools[${index}].name`,
        `is "${tool.name}", which ${holder.source === 'builtin' ? 'a built-in tool' : holder.id} already uses; a skill cannot shadow another tool. Rename it.`,
      );
    }
  });
  for (const path of ['evals.yaml', 'evals.yml']) {
    if (files[path] !== undefined) checkEvals(files[path], `${folder}/${path}`, registry, tools);
  }
  return { manifest, tools, files };
}

/**
 * A skill's evals.yaml checked beyond its shape: not empty (or only comments), no two cases
 * with one id, no empty request, and every tool an expectation names exists (a fazt tool or one
 * of the skill's own). Throws SkillFormatError naming the file, the case and what to do.
 */
function checkEvals(text: string, file: string, registry: Registry, tools: SkillToolSpec[]): void {
  if (text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) {
    throw new SkillFormatError(
      file,
      undefined,
      'is empty; it should hold `cases:`, a list of cases each with an id, a request and what to expect (or delete the file).',
    );
  }
  const suite = parseSuite(text, file);
  const own = new Set(tools.map((tool) => tool.name));
  const seen = new Set<string>();
  suite.cases.forEach((item, index) => {
    const at = `cases[${index}] (${item.id})`;
    if (seen.has(item.id)) {
      throw new SkillFormatError(file, at, `repeats the id "${item.id}"; give each case its own id.`);
    }
    seen.add(item.id);
    if (item.request.trim() === '') {
      throw new SkillFormatError(
        file,
        `${at}.request`,
        'is empty; write the request as a person would say it.',
      );
    }
    const expectations = [item.expect, ...(item.expect?.anyOf ?? [])];
    for (const expectation of expectations) {
      const named = [...(expectation?.calls ?? []).map((call) => call.tool), ...(expectation?.forbid ?? [])];
      for (const tool of named) {
        if (!own.has(tool) && !registry.get(tool)) {
          throw new SkillFormatError(
            file,
            `${at}.expect`,
            `names the tool "${tool}", which neither fazt nor this skill has; \`fazt tools\` lists them.`,
          );
        }
      }
    }
  });
}
