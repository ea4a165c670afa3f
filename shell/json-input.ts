import { createReadStream } from 'node:fs';
import { UsageError } from '../cartridge/errors.js';
import { pathProblem, resolveUserPath } from '../cartridge/paths.js';
import { readBounded } from './bounded-read.js';
import { firstInvalidUtf8 } from './utf8.js';

/** Parses JSON text, or explains (exit 2) where it is broken. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON (${(error as Error).message}).`, {
      code: 'invalid_json',
    });
  }
}

/**
 * The most JSON `fazt run` reads from stdin or an @file, in bytes: 16 MiB, the same as one MCP
 * stdio message. Far more than any tool's fields hold (the longest text a tool takes is 100,000
 * characters); reading stops past it, so a runaway pipe or `@/dev/zero` cannot fill memory.
 */
export const MAX_JSON_INPUT_BYTES = 16 * 1024 * 1024;

const inputTooLong = (what: string) =>
  new UsageError(
    `${what} is larger than ${MAX_JSON_INPUT_BYTES / 1024 / 1024} MiB, the most \`fazt run\` reads. Nothing was run. To bring in documents, use \`fazt learn <file>\`; to import photos, \`fazt photos import <folder>\`.`,
    { code: 'input_too_long' },
  );

/** Reads the bytes behind `-` (stdin) and `@path` (a file). Tests pass their own. */
export interface InputSources {
  stdin(): Promise<Buffer>;
  file(path: string): Promise<Buffer>;
}

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) {
    throw new UsageError(
      'The input is "-" (read JSON from stdin), but stdin is a terminal. Pipe the JSON in, e.g. `fazt run memory_import - < facts.json`.',
      { code: 'stdin_is_tty' },
    );
  }
  const { bytes, tooLong } = await readBounded(process.stdin, MAX_JSON_INPUT_BYTES);
  if (tooLong) throw inputTooLong('The input on stdin');
  return bytes;
}

async function readInputFile(path: string): Promise<Buffer> {
  if (path === '') throw new UsageError('"@" must be followed by a file name, e.g. @facts.json.');
  const resolved = resolveUserPath(path);
  let read: { bytes: Buffer; tooLong: boolean };
  try {
    read = await readBounded(createReadStream(resolved), MAX_JSON_INPUT_BYTES);
  } catch (error) {
    throw new UsageError(`Cannot read the input file: ${pathProblem(resolved, error)}.`, {
      code: 'input_file',
      cause: error,
    });
  }
  if (read.tooLong) throw inputTooLong(`The input file ${path}`);
  return read.bytes;
}

/** The real stdin and file system. */
export const processInputSources: InputSources = { stdin: readStdin, file: readInputFile };

/** Dotted paths of every string (value or key) holding U+FFFD, the mark of undecodable bytes. */
function brokenPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (found.length >= 3) return found;
  if (typeof value === 'string') {
    if (value.includes('\ufffd')) found.push(path.join('.') || '(the input)');
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) brokenPaths(item, [...path, String(index)], found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\ufffd')) found.push([...path, key].join('.'));
      brokenPaths(item, [...path, key], found);
    }
  }
  return found;
}

/**
 * Decodes JSON bytes from stdin or a file. Bytes that are not UTF-8 are refused, naming the
 * fields that hold them, rather than silently stored as replacement characters.
 */
function parseJsonBytes(bytes: Buffer, what: string): unknown {
  if (bytes.length === 0) {
    throw new UsageError(`${what} is empty; expected a JSON object like {"key": "…"}.`, {
      code: 'invalid_json',
    });
  }
  const at = firstInvalidUtf8(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (at !== -1) {
    const value = parseJson(text, what);
    const fields = brokenPaths(value);
    throw new UsageError(
      `${what} is not valid UTF-8 (byte ${at} is not text)${fields.length ? `: ${fields.join(', ')} ${fields.length > 1 ? 'hold' : 'holds'} bytes that are not text` : ''}. Save it as UTF-8 and try again.`,
      { code: 'invalid_utf8' },
    );
  }
  // A raw NUL byte is not allowed in JSON text. Read as the escape it stands for, it reaches the
  // tool's schema, which then names the field that holds it instead of a byte offset.
  return parseJson(text.includes('\0') ? text.replaceAll('\0', '\\u0000') : text, what);
}

/** The JSON argument of `fazt run`: inline JSON, `-` for stdin, or `@path` for a file. */
export async function readJsonArgument(argument: string, sources: InputSources): Promise<unknown> {
  if (argument === '-') return parseJsonBytes(await sources.stdin(), 'The input from stdin');
  if (argument.startsWith('@')) {
    const path = argument.slice(1);
    return parseJsonBytes(await sources.file(path), `The input file ${path}`);
  }
  return parseJson(argument, 'The input');
}
