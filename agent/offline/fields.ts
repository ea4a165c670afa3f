import type { z } from 'zod';
import type { AnyTool } from '../../tools/define-tool.js';

export type FieldKind = 'string' | 'number' | 'time' | 'boolean' | 'enum' | 'union' | 'other';

/** What the offline planner needs to know about one input field, read from its zod type. */
export interface FieldInfo {
  name: string;
  kind: FieldKind;
  required: boolean;
  description: string;
  /** Allowed values of an enum. */
  options: string[];
  /** Kinds a union accepts, tried in order number → boolean → string. */
  accepts: FieldKind[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  options?: unknown;
  entries?: Record<string, string>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional']);

function kindOf(schema: z.ZodType, description: string): FieldKind {
  const { type } = defOf(schema);
  if (type === 'number' || type === 'int' || type === 'bigint')
    return /unix|timestamp|milliseconds/i.test(description) ? 'time' : 'number';
  if (type === 'string') return 'string';
  if (type === 'boolean') return 'boolean';
  if (type === 'enum' || type === 'literal') return 'enum';
  if (type === 'union') return 'union';
  return 'other';
}

/** The field's zod type with optional/default/nullable wrappers removed, and what they said. */
export function describeField(name: string, schema: z.ZodType): FieldInfo {
  let current = schema;
  let required = true;
  const descriptions: string[] = [];
  for (;;) {
    if (current.description) descriptions.push(current.description);
    const def = defOf(current);
    if (!WRAPPERS.has(def.type) || !def.innerType) break;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') required = false;
    current = def.innerType;
  }
  const description = descriptions.join(' ');
  const kind = kindOf(current, description);
  const def = defOf(current);
  const options = kind === 'enum' ? Object.values(def.entries ?? {}).map(String) : [];
  const accepts =
    kind === 'union' && Array.isArray(def.options)
      ? (def.options as z.ZodType[]).map((option) => kindOf(option, description))
      : [kind];
  return { name, kind, required, description, options, accepts };
}

const cache = new WeakMap<AnyTool, Map<string, FieldInfo>>();

/** Every input field of a tool, described (cached per tool object). */
export function toolFields(tool: AnyTool): Map<string, FieldInfo> {
  let fields = cache.get(tool);
  if (!fields) {
    fields = new Map();
    for (const [name, schema] of Object.entries(tool.input.shape)) {
      fields.set(name, describeField(name, schema as z.ZodType));
    }
    cache.set(tool, fields);
  }
  return fields;
}
