import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../cartridge/errors.js';
import { RISKS, type Risk, TOOL_NAME } from '../tools/define-tool.js';
import type { SkillFiles, SkillManifest, SkillToolSpec } from '../tools/skills/store.js';

export type { SkillFiles, SkillManifest, SkillToolSpec };

/** Skill names: lowercase letters and digits in hyphen-separated words, ≤ 64 (the spec's rule). */
export const SKILL_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_DESCRIPTION = 1024;

/** A skill that does not follow the format: names the file, the field and what is expected. */
export class SkillFormatError extends UsageError {
  constructor(file: string, field: string | undefined, expected: string) {
    super(`${file}${field ? `: ${field}` : ''} ${expected}`, { code: 'skill_invalid' });
    this.name = 'SkillFormatError';
  }
}

const FIELDS = ['name', 'description', 'license', 'compatibility', 'metadata', 'allowed-tools'];

/** Splits `---\nyaml\n---\nbody`; the frontmatter must open the file. */
function splitFrontmatter(text: string, file: string): { yaml: string; body: string } {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) {
    throw new SkillFormatError(
      file,
      undefined,
      'must start with YAML frontmatter between two "---" lines (name and description at least), then the instructions.',
    );
  }
  return { yaml: match[1]!, body: match[2]!.trim() };
}

const show = (value: unknown) => JSON.stringify(value)?.slice(0, 80) ?? String(value);

/**
 * A control character in text a terminal will print (`fazt skill import` shows the description,
 * `show` the instructions): C0 except tab, line feed and carriage return, DEL, and C1. An escape
 * sequence there could recolour, hide or rewrite what the person is asked to approve.
 * Returns it as `U+XXXX`, or undefined.
 */
export function controlCharacter(value: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const found = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(value);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Refuses a control character anywhere in `value` (strings inside objects and lists too). */
function refuseControls(value: unknown, file: string, field: string): void {
  if (typeof value === 'string') {
    const found = controlCharacter(value);
    if (found) {
      throw new SkillFormatError(
        file,
        field,
        `contains the control character ${found}; remove it (a terminal would run it while showing the skill).`,
      );
    }
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) refuseControls(item, file, `${field}[${index}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) refuseControls(item, file, `${field}.${key}`);
  }
}

/**
 * Parses and checks SKILL.md. `folder` is the skill folder's name, which `name` must equal.
 * Throws SkillFormatError naming `<folder>/SKILL.md`, the field and what is expected.
 */
export function parseSkillMd(text: string, folder: string): SkillManifest {
  const file = `${folder}/SKILL.md`;
  const { yaml, body } = splitFrontmatter(text, file);
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    throw new SkillFormatError(
      file,
      'frontmatter',
      `is not valid YAML (${(error as Error).message.split('\n')[0]}).`,
    );
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new SkillFormatError(file, 'frontmatter', 'must be a YAML mapping with name and description.');
  }
  const fields = data as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) refuseControls(value, file, `field "${key}"`);
  refuseControls(body, file, 'the instructions (the body after the frontmatter)');
  for (const key of Object.keys(fields)) {
    if (!FIELDS.includes(key)) {
      throw new SkillFormatError(
        file,
        `field "${key}"`,
        `is not part of the format; expected only ${FIELDS.join(', ')}.`,
      );
    }
  }
  const { name, description, license, compatibility, metadata } = fields;
  if (typeof name !== 'string' || name.length > 64 || !SKILL_NAME.test(name)) {
    throw new SkillFormatError(
      file,
      'field "name"',
      `must be 1–64 lowercase letters, digits and single hyphens (like "unit-convert"); found ${show(name)}.`,
    );
  }
  if (name !== folder) {
    throw new SkillFormatError(
      file,
      'field "name"',
      `must equal the folder name "${folder}"; found "${name}".`,
    );
  }
  if (typeof description !== 'string' || description.trim() === '' || description.length > MAX_DESCRIPTION) {
    throw new SkillFormatError(
      file,
      'field "description"',
      `must be text of 1–${MAX_DESCRIPTION} characters saying what the skill does and when to use it; found ${typeof description === 'string' ? `${description.length} characters` : show(description)}.`,
    );
  }
  if (license !== undefined && typeof license !== 'string') {
    throw new SkillFormatError(
      file,
      'field "license"',
      `must be text (a license name or file); found ${show(license)}.`,
    );
  }
  if (compatibility !== undefined && (typeof compatibility !== 'string' || compatibility.length > 500)) {
    throw new SkillFormatError(file, 'field "compatibility"', 'must be text of at most 500 characters.');
  }
  if (
    metadata !== undefined &&
    (!metadata ||
      typeof metadata !== 'object' ||
      Array.isArray(metadata) ||
      Object.values(metadata).some((value) => typeof value !== 'string'))
  ) {
    throw new SkillFormatError(file, 'field "metadata"', 'must be a mapping of text keys to text values.');
  }
  const allowed = fields['allowed-tools'] ?? undefined;
  if (allowed !== undefined && typeof allowed !== 'string') {
    throw new SkillFormatError(
      file,
      'field "allowed-tools"',
      `must be fazt tool names separated by spaces (like "notes_search notes_add"); found ${show(allowed)}.`,
    );
  }
  const allowedTools = (allowed ?? '').split(/\s+/).filter(Boolean);
  for (const tool of allowedTools) {
    if (!TOOL_NAME.test(tool)) {
      throw new SkillFormatError(
        file,
        'field "allowed-tools"',
        `names "${tool}", which is not a fazt tool name (snake_case like notes_search; \`fazt tools\` lists them).`,
      );
    }
  }
  return {
    name,
    description: description.trim(),
    ...(license === undefined ? {} : { license }),
    ...(compatibility === undefined ? {} : { compatibility }),
    ...(metadata === undefined ? {} : { metadata: metadata as Record<string, string> }),
    allowedTools: [...new Set(allowedTools)],
    body,
  };
}

const toolSpec = z.object({
  name: z.string(),
  description: z.string(),
  risk: z.string(),
  // Optional here: zod 4 counts a missing key as missing even for z.unknown(); input is then
  // refused below with the format's own message, and examples may be left out (the format says so).
  input: z.unknown().optional(),
  examples: z.unknown().optional(),
  hasRun: z.boolean(),
});

/**
 * Checks what tools.js exports (as the sandbox described it): each tool has a snake_case name, a
 * description, a declared risk, an object JSON Schema that fazt can validate with, examples as
 * sentence templates whose `{slots}` are input fields, and a run function.
 */
export function checkToolSpecs(described: unknown, folder: string): SkillToolSpec[] {
  const file = `${folder}/tools.js`;
  if (!Array.isArray(described)) throw new SkillFormatError(file, 'tools', 'must be an exported array.');
  if (described.length === 0) {
    throw new SkillFormatError(file, 'tools', 'is empty; export at least one tool, or delete tools.js.');
  }
  const seen = new Set<string>();
  return described.map((raw, index) => {
    const where = `tools[${index}]`;
    const parsed = toolSpec.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'tool';
      throw new SkillFormatError(
        file,
        `${where}.${field}`,
        `is missing or has the wrong type (${issue?.message}).`,
      );
    }
    const tool = parsed.data;
    refuseControls({ name: tool.name, description: tool.description, examples: tool.examples }, file, where);
    const at = `${where} (${tool.name})`;
    if (!TOOL_NAME.test(tool.name)) {
      throw new SkillFormatError(
        file,
        `${where}.name`,
        `must be snake_case like unit_convert (${TOOL_NAME}); found ${show(tool.name)}.`,
      );
    }
    if (seen.has(tool.name))
      throw new SkillFormatError(file, `${at}.name`, 'is used twice; names must be unique.');
    seen.add(tool.name);
    if (!tool.description.trim() || tool.description.length > MAX_DESCRIPTION) {
      throw new SkillFormatError(
        file,
        `${at}.description`,
        `must be 1–${MAX_DESCRIPTION} characters saying what it does.`,
      );
    }
    if (!RISKS.includes(tool.risk as Risk)) {
      throw new SkillFormatError(
        file,
        `${at}.risk`,
        `must be one of ${RISKS.join(', ')}; found ${show(tool.risk)}.`,
      );
    }
    if (!tool.hasRun)
      throw new SkillFormatError(file, `${at}.run`, 'must be a function: async (input, fazt) => result.');
    const input = tool.input;
    if (!input || typeof input !== 'object' || (input as { type?: unknown }).type !== 'object') {
      throw new SkillFormatError(
        file,
        `${at}.input`,
        'must be a JSON Schema of an object: { type: "object", properties: { … } }.',
      );
    }
    const examples = tool.examples ?? [];
    if (!Array.isArray(examples) || examples.some((example) => typeof example !== 'string')) {
      throw new SkillFormatError(
        file,
        `${at}.examples`,
        'must be a list of sentence templates like "convert {value} {from} to {to}".',
      );
    }
    const properties = Object.keys((input as { properties?: object }).properties ?? {});
    for (const example of examples as string[]) {
      for (const [, slot] of example.matchAll(/\{([a-zA-Z_][a-zA-Z0-9_]*)\}/g)) {
        if (!properties.includes(slot!)) {
          throw new SkillFormatError(
            file,
            `${at}.examples`,
            `uses {${slot}}, which is not an input property (${properties.join(', ') || 'none'}).`,
          );
        }
      }
    }
    return {
      name: tool.name,
      description: tool.description.trim(),
      risk: tool.risk as Risk,
      input: input as Record<string, unknown>,
      examples: examples as string[],
    };
  });
}
