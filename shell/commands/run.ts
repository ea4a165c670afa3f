import { UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';
import { catalogueEntry } from '../../tools/catalogue.js';
import type { AnyTool } from '../../tools/define-tool.js';
import { builtinTools } from '../../tools/index.js';
import { createSkillStore } from '../../tools/skills/store.js';
import { EXIT, printText, printToolResult } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';
import { flagName, parseToolArguments } from '../tool-arguments.js';

interface PropertySchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  items?: PropertySchema;
  default?: unknown;
}

function typeName(schema: PropertySchema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join('|');
  if (schema.type === 'array') return `${schema.items ? typeName(schema.items) : 'value'}[]`;
  return Array.isArray(schema.type) ? schema.type.join('|') : (schema.type ?? 'json');
}

/** `fazt run <tool> --help`: the tool's fields as flags, generated from its input schema. */
export function toolHelp(tool: AnyTool): string {
  const schema = catalogueEntry(tool).inputSchema as {
    properties?: Record<string, PropertySchema>;
    required?: string[];
  };
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const flag = `--${flagName(name)} <${typeName(property)}>`;
    const notes = [
      required.has(name) ? 'required' : undefined,
      property.default === undefined ? undefined : `default ${JSON.stringify(property.default)}`,
    ].filter(Boolean);
    return `  ${flag.padEnd(34)} ${property.description ?? ''}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  });
  return [
    `Usage: fazt run ${tool.name} [json | - | @file.json] [--field value …] [--json] [--yes]`,
    '',
    `${tool.title} (${tool.risk}). ${tool.description}`,
    '',
    'Fields:',
    ...(fields.length ? fields : ['  (none)']),
    '',
    'The input is one JSON object: inline, "-" to read it from stdin, or @path to read a file.',
    'Flags override fields of that object. --json prints JSON only; -y, --yes approves a destructive tool.',
    '',
  ].join('\n');
}

/** The disabled skill whose current version has a tool named `name`, if any (never throws). */
function disabledSkillWith(cartridge: Cartridge, name: string): string | undefined {
  try {
    return createSkillStore(cartridge)
      .list()
      .find((skill) => !skill.enabled && skill.tools.includes(name))?.name;
  } catch {
    return undefined;
  }
}

/** `fazt run <tool> [json | - | @file.json] [--field value …] [--json] [--yes]`. */
export async function runCommand(globals: GlobalOptions, toolName: string, rest: string[]): Promise<void> {
  // A built-in tool that only reads never creates a cartridge: on a missing one it says there is
  // none yet. (Skills live in a cartridge, so they cannot be run without one anyway.)
  // config_get answers the defaults on a missing cartridge, as `fazt config get` does.
  const lazy = toolName === 'config_get';
  const readOnly =
    !lazy && builtinTools.find((tool) => tool.name === toolName)?.risk === 'read' && !rest.includes('--help');
  await withRuntime(
    globals,
    async ({ cartridge, registry, executor, caller }) => {
      const tool = registry.get(toolName);
      if (!tool) {
        const disabled = disabledSkillWith(cartridge, toolName);
        if (disabled) {
          throw new UsageError(
            `${toolName} belongs to the skill ${disabled}, which is disabled. Turn it back on with \`fazt skill enable ${disabled}\`.`,
            { code: 'unknown_tool' },
          );
        }
        // The executor explains an unknown tool (with the closest names) exactly as every surface does.
        const result = await executor.execute(toolName, {}, { caller });
        process.exitCode = printToolResult(result, rest.includes('--json'));
        return;
      }
      const { input, json, yes, help } = await parseToolArguments(tool, rest);
      if (help) {
        printText(toolHelp(tool));
        return;
      }
      const result = await executor.execute(toolName, input, { caller, approved: yes });
      process.exitCode = printToolResult(result, json);
      // A write that wrote nothing and asks back ("do you mean your parallel key B10?"): exit 3, as
      // `fazt ask` ends needs_input, so a script can tell (S48). A read that asks which stays 0.
      if (
        result.ok &&
        tool.risk !== 'read' &&
        tool.offline?.asksBack?.(result.output as never, input as never) === true
      )
        process.exitCode = EXIT.approval;
    },
    { readOnly, lazy },
  );
}
