import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { UsageError } from '../cartridge/errors.js';
import type { AnyTool } from '../tools/define-tool.js';
import { type InputSources, parseJson, processInputSources, readJsonArgument } from './json-input.js';

type FieldKind = 'string' | 'number' | 'boolean' | 'json' | 'string-list' | 'number-list';

interface ZodLike {
  def: { type: string; innerType?: ZodLike; element?: ZodLike; options?: ZodLike[] };
}

/** The base type of a field, seen through optional/default/nullable wrappers. */
function fieldKind(schema: z.ZodType): FieldKind {
  let current = schema as unknown as ZodLike;
  while (current.def.innerType) current = current.def.innerType;
  switch (current.def.type) {
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
    case 'enum':
    case 'literal':
    case 'union':
      return 'string';
    case 'array': {
      const element = current.def.element ? fieldKind(current.def.element as unknown as z.ZodType) : 'json';
      return element === 'string' ? 'string-list' : element === 'number' ? 'number-list' : 'json';
    }
    default:
      return 'json';
  }
}

/** The flag a field gets: `maxResults` and `max_results` both become `max-results`. */
export const flagName = (name: string) =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replaceAll('_', '-');
const kebab = flagName;
const RESERVED = new Set(['json', 'yes', 'help']);

function coerce(kind: FieldKind, value: string | boolean | (string | boolean)[], flag: string): unknown {
  const number = (text: string) => {
    const parsed = Number(text);
    return text.trim() === '' || Number.isNaN(parsed) ? text : parsed;
  };
  switch (kind) {
    case 'boolean':
      return value;
    case 'number':
      return number(String(value));
    case 'string-list':
      return (value as string[]).map(String);
    case 'number-list':
      return (value as string[]).map((item) => number(String(item)));
    case 'json':
      return parseJson(String(value), `--${flag}`);
    default:
      return value;
  }
}

export interface ToolArguments {
  input: Record<string, unknown>;
  json: boolean;
  yes: boolean;
  /** `--help` / `-h`: show the tool's fields instead of running it. */
  help: boolean;
}

/**
 * `--value -18` means the value -18 (parseArgs calls it ambiguous and refuses it), but
 * `--key --json` means the key was forgotten: a value-taking flag followed by a word that starts
 * with `-` takes it as its value (as `--value=-18`) unless the word is one of this tool's flags,
 * which is a usage error naming both (the same rule as every other option of the CLI).
 */
function joinDashValues(
  args: readonly string[],
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>,
): string[] {
  const flags = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    flags.add(`--${name}`);
    if (option.type === 'boolean') flags.add(`--no-${name}`);
    if (option.short) flags.add(`-${option.short}`);
  }
  const out: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      out.push(...args.slice(index));
      break;
    }
    const next = args[index + 1];
    const option = arg.startsWith('--') && !arg.includes('=') ? options[arg.slice(2)] : undefined;
    if (option?.type === 'string' && next !== undefined && next.startsWith('-') && next !== '-') {
      if (flags.has(next.split('=')[0]!)) {
        throw new UsageError(
          `${arg} needs a value; got the flag ${next.split('=')[0]}. Put the value right after ${arg}, or write \`${arg}=${next}\` if you really mean that text.`,
          { code: 'option_value_missing' },
        );
      }
      out.push(`${arg}=${next}`);
      index += 1;
      continue;
    }
    out.push(arg);
  }
  return out;
}

/**
 * Reads `fazt run` arguments for one tool: an optional JSON object (inline, `-` for stdin or
 * `@file.json`), then `--field value` flags generated from the tool's input schema (flags win
 * over JSON), plus `--json` and `--yes`.
 */
export async function parseToolArguments(
  tool: AnyTool,
  args: string[],
  sources: InputSources = processInputSources,
): Promise<ToolArguments> {
  const shape = tool.input.shape as Record<string, z.ZodType>;
  const fields = new Map<string, { name: string; kind: FieldKind }>();
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    json: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, schema] of Object.entries(shape)) {
    const kind = fieldKind(schema);
    const option = {
      type: kind === 'boolean' ? ('boolean' as const) : ('string' as const),
      multiple: kind.endsWith('-list'),
    };
    for (const flag of new Set([name, kebab(name)])) {
      if (RESERVED.has(flag)) continue;
      options[flag] = option;
      fields.set(flag, { name, kind });
    }
  }

  const joined = joinDashValues(args, options);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: joined,
      options,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    const flags = [...new Set([...fields.values()].map(({ name }) => `--${kebab(name)}`))];
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify.*$/s, '')}. ${tool.name} takes ${flags.length ? flags.join(', ') : 'no fields'} (or one JSON object), plus --json and --yes; see \`fazt run ${tool.name} --help\`.`,
      { code: 'invalid_flag' },
    );
  }

  const flags = {
    json: parsed.values.json === true,
    yes: parsed.values.yes === true,
    help: parsed.values.help === true,
  };
  if (flags.help) return { input: {}, ...flags };
  const [first, ...extra] = parsed.positionals;
  if (extra.length > 0) {
    const shown = extra[0]!.length > 40 ? `${extra[0]!.slice(0, 40)}…` : extra[0];
    throw new UsageError(
      `Unexpected argument "${shown}". Give the input as one JSON object or as --field flags; see \`fazt run ${tool.name} --help\`.`,
      { code: 'invalid_argument' },
    );
  }
  let input: Record<string, unknown> = {};
  if (first !== undefined) {
    const value = await readJsonArgument(first, sources);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
      throw new UsageError(`The input must be a JSON object like {"key": "…"}, not ${kind}.`, {
        code: 'invalid_json',
      });
    }
    input = value as Record<string, unknown>;
  }
  for (const [flag, value] of Object.entries(parsed.values)) {
    const field = fields.get(flag);
    if (!field || value === undefined) continue;
    input[field.name] = coerce(field.kind, value, flag);
  }
  return { input, ...flags };
}
