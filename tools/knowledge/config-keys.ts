/**
 * Nested keys of config files (issue 10, stranger round 13, item 3): in `backup:\n  port: 2222`
 * (YAML), `[backup]\nport = 2222` (TOML, INI) or `{"backup": {"port": 2222}}` (JSON) the line
 * `port: 2222` is the backup's port, and the top-level `port: 80` is another fact. Each setting
 * line is read with the keys it is nested under, so "what is the backup port?" finds it and its
 * quote names its parents ("backup › port: 2222"); a question without the parent's word still
 * finds every port, each named by its own parents.
 *
 * Parents are read from the lines of one passage (a chunk of the file): YAML by indentation (a
 * `key:` with no value opens a block; a `- ` item is one level deeper), JSON by its braces and
 * brackets outside strings (`"key": {` opens `key`), TOML and INI by their `[table]` and
 * `[[array]]` headers (dotted names split). Comments (`#`, `;`, `//`) are skipped.
 */
import { extname } from 'node:path';
import { wordTable } from '../../cartridge/lexicon.js';
import { meaningsOf } from './key-words.js';

type Dialect = 'yaml' | 'json' | 'toml';

const DIALECTS: Record<string, Dialect> = wordTable({
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.toml': 'toml',
  '.ini': 'toml',
  '.cfg': 'toml',
  '.conf': 'toml',
});

/** The config dialect of a file by its extension, or undefined for any other file. */
export function configDialect(path: string): Dialect | undefined {
  return DIALECTS[extname(path).toLowerCase()];
}

/** A key as written, without quotes ("\"port\"" → "port"). */
const unquote = (key: string) => key.trim().replace(/^["']|["']$/g, '');

/** YAML: each line's parents by indentation (a "- " item's marker counts as indentation). */
function yamlParents(lines: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const stack: { indent: number; key: string }[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '' || /^\s*#/.test(line) || /^\s*(?:---|\.\.\.)\s*$/.test(line)) return;
    const indent = (/^[\s-]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
    while (stack.length > 0 && (stack.at(-1) as { indent: number }).indent >= indent) stack.pop();
    out.set(
      index,
      stack.map((frame) => frame.key),
    );
    const opens =
      /^\s*(?:-\s+)*(["']?[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,40}["']?)\s*:\s*(?:[|>][-+]?\s*)?(?:#.*)?$/u.exec(
        line,
      );
    if (opens) stack.push({ indent, key: unquote(opens[1] as string) });
  });
  return out;
}

/** JSON: each line's parents by the braces and brackets before it (outside strings). */
function jsonParents(lines: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const stack: string[] = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '')
      out.set(
        index,
        stack.filter((key) => key !== ''),
      );
    const key = /^\s*"((?:[^"\\]|\\.){1,60})"\s*:/.exec(line)?.[1];
    let inString = false;
    let first = true;
    for (let at = 0; at < line.length; at += 1) {
      const char = line[at] as string;
      if (inString) {
        if (char === '\\') at += 1;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '{' || char === '[') {
        stack.push(first && key !== undefined ? key : '');
        first = false;
      } else if (char === '}' || char === ']') stack.pop();
    }
  });
  return out;
}

/** TOML and INI: each line's table ("[backup]", "[servers.alpha]"). */
function tomlParents(lines: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let table: string[] = [];
  lines.forEach((line, index) => {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:[#;].*)?$/.exec(line);
    if (header) {
      table = (header[1] as string)
        .split('.')
        .map(unquote)
        .filter((key) => key !== '');
      return;
    }
    if (line.trim() === '' || /^\s*[#;]/.test(line)) return;
    out.set(index, table);
  });
  return out;
}

/**
 * The keys each line of a config passage is nested under (text-line index → parent keys,
 * outermost first; `[]` at the top level), or undefined when `path` is no config file.
 */
export function configParents(path: string, lines: readonly string[]): Map<number, string[]> | undefined {
  const dialect = configDialect(path);
  if (!dialect) return undefined;
  if (dialect === 'yaml') return yamlParents(lines);
  if (dialect === 'json') return jsonParents(lines);
  return tomlParents(lines);
}

/** A key path in words ("backup", "db_settings" → "backup db settings"). */
export function keyWords(keys: readonly string[]): string {
  return keys
    .join(' ')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A setting line quoted with its parents named: "backup › port: 2222" (a JSON line without its trailing comma). */
export function nestedQuote(parents: readonly string[], line: string): string {
  const text = line.trim().replace(/,$/, '');
  return parents.length > 0 ? `${parents.join(' › ')} › ${text}` : text;
}

/** The most leaves one JSON line is read as (a minified file is one line). */
const MAX_LEAVES = 200;

/**
 * The settings of a JSON line that holds nested objects itself (`{"backup": {"port": 2222}}`,
 * `"mail": {"port": 587, "tls": true},`), each with its key path (`["backup", "port"]`) and value
 * as JSON writes it; undefined for a line that is not such JSON (a plain `"port": 80,` line is
 * read by `configParents`).
 */
export function inlineSettings(line: string): { keys: string[]; value: string }[] | undefined {
  const text = line.trim().replace(/,$/, '');
  if (!/[{[].*[:].*[}\]]/u.test(text)) return undefined;
  let value: unknown;
  for (const candidate of [text, `{${text}}`])
    try {
      value = JSON.parse(candidate);
      break;
    } catch {}
  if (value === null || typeof value !== 'object') return undefined;
  const out: { keys: string[]; value: string }[] = [];
  const walk = (node: unknown, keys: string[]) => {
    if (out.length >= MAX_LEAVES) return;
    if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node))
        walk(child, Array.isArray(node) ? keys : [...keys, key]);
      return;
    }
    if (keys.length > 0) out.push({ keys, value: JSON.stringify(node) });
  };
  walk(value, []);
  return out.some((setting) => setting.keys.length > 1) ? out : undefined;
}

/** One setting of a config line: its quote with parents named, and its key path in words. */
export interface ConfigSetting {
  text: string;
  names: string;
}

/**
 * The settings of a config passage's lines (text-line index → settings), each quoted with its
 * parents ("backup › port: 2222") and named by its whole key path in words ("backup port");
 * undefined when `path` is no config file. Short key words add what they mean ("db pass database
 * password"; key-words.ts). Lines that only open a block (`backup:`, `"mail": {`)
 * or close one state nothing and are left out. `settingName` reads a line's own key (fences.ts).
 */
export function configSettings(
  path: string,
  lines: readonly string[],
  settingName: (line: string) => string | undefined,
): Map<number, ConfigSetting[]> | undefined {
  const parents = configParents(path, lines);
  if (!parents) return undefined;
  const json = configDialect(path) === 'json';
  const blockNames = namesOfBlocks(lines, parents);
  const out = new Map<number, ConfigSetting[]>();
  for (const [index, keys] of parents) {
    const line = lines[index] as string;
    const inline = json ? inlineSettings(line) : undefined;
    if (inline) {
      out.set(
        index,
        inline.map((setting) => {
          const path = [...keys, ...setting.keys];
          return {
            text: `${path.join(' › ')}: ${setting.value}`,
            names: meaningsOf(keyWords(path)),
          };
        }),
      );
      continue;
    }
    const own = settingName(line);
    if (own === undefined) continue;
    const named = keys.length > 0 ? blockNames.get(keys.join('\0')) : undefined;
    out.set(index, [
      {
        text: nestedQuote(keys, line),
        names: meaningsOf([keyWords(keys), own, named].filter(Boolean).join(' ')),
      },
    ]);
  }
  return out;
}

/** Keys whose value names the block they are in: `hostname: larkspur-nas` names its `network:`. */
const NAMING_KEY =
  /^\s*(?:-\s+)?["']?(?:hostname|host_name|name|device|device_name)["']?\s*[:=]\s*["']?([^"'#,]+)/iu;

/**
 * The words naming each block by a naming key's value (parent path joined by NUL → words):
 * "the static IP of the NAS" is `network › static_ip` beside `hostname: larkspur-nas` (S27 MEDIUM 15).
 */
function namesOfBlocks(lines: readonly string[], parents: Map<number, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [index, keys] of parents) {
    const value = NAMING_KEY.exec(lines[index] as string)?.[1];
    if (value === undefined || keys.length === 0) continue;
    out.set(keys.join('\0'), keyWords([value.trim()]));
  }
  return out;
}
