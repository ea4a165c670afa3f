import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UsageError } from '../cartridge/errors.js';
import { defineTool } from '../tools/define-tool.js';
import type { InputSources } from './json-input.js';
import { flagName, parseToolArguments } from './tool-arguments.js';

const tool = defineTool({
  name: 'sample_search',
  title: 'Search',
  description: 'A tool with one field of every kind.',
  risk: 'read',
  input: z.object({
    query: z.string(),
    maxResults: z.number().int().optional(),
    exact: z.boolean().optional(),
    tags: z.array(z.string()).optional(),
    scores: z.array(z.number()).optional(),
    filters: z.array(z.object({ field: z.string() })).optional(),
    mode: z.enum(['fast', 'deep']).default('fast'),
    json: z.string().optional(),
  }),
  output: z.object({}),
  examples: [],
  run: () => ({}),
});

/** Stdin and files from memory, recording what was read. */
function sources(files: Record<string, string | Buffer> = {}, stdin?: string | Buffer) {
  const read: string[] = [];
  const fake: InputSources = {
    async stdin() {
      read.push('stdin');
      if (stdin === undefined) throw new Error('stdin was not expected to be read');
      return Buffer.from(stdin);
    },
    async file(path) {
      read.push(path);
      const content = files[path];
      if (content === undefined)
        throw new UsageError(`Cannot read the input file ${path}: it does not exist.`);
      return Buffer.from(content);
    },
  };
  return { fake, read };
}

const parse = (args: string[], fake = sources().fake) => parseToolArguments(tool, args, fake);

async function usageError(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('flags generated from the schema', () => {
  it('reads strings, numbers, booleans, lists and JSON fields', async () => {
    const parsed = await parse([
      '--query',
      'bike',
      '--max-results',
      '5',
      '--exact',
      '--tags',
      'a',
      '--tags',
      'b',
      '--scores',
      '1.5',
      '--scores',
      '2',
      '--filters',
      '[{"field":"title"}]',
      '--mode',
      'deep',
    ]);
    expect(parsed).toEqual({
      input: {
        query: 'bike',
        maxResults: 5,
        exact: true,
        tags: ['a', 'b'],
        scores: [1.5, 2],
        filters: [{ field: 'title' }],
        mode: 'deep',
      },
      json: false,
      yes: false,
      help: false,
    });
  });

  it('accepts the field name as written and in kebab case', async () => {
    expect((await parse(['--maxResults', '3'])).input).toEqual({ maxResults: 3 });
    expect(flagName('maxResults')).toBe('max-results');
    expect(flagName('max_results')).toBe('max-results');
  });

  it('keeps text given to a number flag as text, for the schema to refuse by field name', async () => {
    expect((await parse(['--max-results', 'lots'])).input).toEqual({ maxResults: 'lots' });
    expect((await parse(['--max-results', ' '])).input).toEqual({ maxResults: ' ' });
  });

  it('--no-<flag> sets a boolean to false', async () => {
    expect((await parse(['--no-exact'])).input).toEqual({ exact: false });
  });

  it('--json, --yes/-y and --help/-h are its own, never fields', async () => {
    expect(await parse(['--json', '-y'])).toMatchObject({ input: {}, json: true, yes: true, help: false });
    expect(await parse(['--yes', '-h'])).toMatchObject({ yes: true, help: true });
    // A field named "json" can still be given inside the JSON object.
    expect((await parse(['{"json": "raw"}', '--json'])).input).toEqual({ json: 'raw' });
  });

  it('a bad JSON flag value names the flag', async () => {
    const error = await usageError(parse(['--filters', '[{']));
    expect(error.message).toMatch(/^--filters is not valid JSON/);
  });

  it('an unknown flag lists the flags the tool takes and how to get help', async () => {
    const error = await usageError(parse(['--colour', 'red']));
    expect(error.code).toBe('invalid_flag');
    expect(error.message).toMatch(/--colour/);
    expect(error.message).toMatch(/--query, --max-results, --exact, --tags/);
    expect(error.message).toMatch(/fazt run sample_search --help/);
  });

  it('a flag without its value is an error naming it', async () => {
    const error = await usageError(parse(['--query']));
    expect(error.message).toMatch(/--query/);
  });

  it('a value starting with "-" is a value (-18, -x), unless it is one of the flags: then the value was forgotten', async () => {
    expect(
      (await parse(['--query', '-18', '--max-results', '-3', '--tags', '-a', '--tags', '--b--'])).input,
    ).toEqual({
      query: '-18',
      maxResults: -3,
      tags: ['-a', '--b--'],
    });
    for (const [args, message] of [
      [['--query', '--json'], '--query needs a value; got the flag --json.'],
      [['--query', '-y'], '--query needs a value; got the flag -y.'],
      [['--query', '--exact'], '--query needs a value; got the flag --exact.'],
      [['--query', '--no-exact'], '--query needs a value; got the flag --no-exact.'],
    ] as const) {
      const error = await usageError(parse([...args]));
      expect(error.code).toBe('option_value_missing');
      expect(error.message).toContain(message);
    }
    // Written with = on purpose, it is the text.
    expect((await parse(['--query=--json'])).input).toEqual({ query: '--json' });
  });
});

describe('the JSON object', () => {
  it('inline, with flags overriding its fields', async () => {
    const parsed = await parse(['{"query": "a", "mode": "deep"}', '--query', 'b']);
    expect(parsed.input).toEqual({ query: 'b', mode: 'deep' });
  });

  it('"-" reads it from stdin', async () => {
    const { fake, read } = sources({}, '{"query": "from stdin"}');
    expect((await parse(['-', '--json'], fake)).input).toEqual({ query: 'from stdin' });
    expect(read).toEqual(['stdin']);
  });

  it('"@path" reads it from a file, BOM and all', async () => {
    const { fake, read } = sources({ 'in.json': '\ufeff{"query": "from a file"}' });
    expect((await parse(['@in.json'], fake)).input).toEqual({ query: 'from a file' });
    expect(read).toEqual(['in.json']);
  });

  it('--help is answered without reading stdin', async () => {
    const { fake, read } = sources();
    expect((await parse(['-', '--help'], fake)).help).toBe(true);
    expect(read).toEqual([]);
  });

  it('names the fields holding bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"query": "ok", "tags": ["fine", "ba'),
      Buffer.from([0xff]),
      Buffer.from('d"]}'),
    ]);
    const { fake } = sources({ 'bad.json': bytes });
    const error = await usageError(parse(['@bad.json'], fake));
    expect(error.code).toBe('invalid_utf8');
    expect(error.message).toBe(
      'The input file bad.json is not valid UTF-8 (byte 36 is not text): tags.1 holds bytes that are not text. Save it as UTF-8 and try again.',
    );
  });

  it('passes a raw NUL on to the schema as the character it is', async () => {
    const { fake } = sources({}, Buffer.from('{"query": "a\u0000b"}'));
    expect((await parse(['-'], fake)).input).toEqual({ query: 'a\u0000b' });
  });

  it('refuses empty input, broken JSON, non-objects and extra arguments', async () => {
    expect((await usageError(parse(['-'], sources({}, '').fake))).message).toMatch(/stdin is empty/);
    expect((await usageError(parse(['{"query": '], sources().fake))).message).toMatch(
      /^The input is not valid JSON/,
    );
    for (const [text, kind] of [
      ['[1]', 'an array'],
      ['"text"', 'a string'],
      ['null', 'null'],
      ['3', 'a number'],
    ]) {
      expect((await usageError(parse([text!]))).message).toMatch(`not ${kind}.`);
    }
    const extra = await usageError(parse(['{}', 'more']));
    expect(extra.message).toMatch(/Unexpected argument "more"/);
    const long = await usageError(parse(['{}', 'x'.repeat(100_000)]));
    expect(long.message.length).toBeLessThan(300);
  });

  it('a missing @file is a usage error', async () => {
    const error = await usageError(parse(['@nope.json']));
    expect(error.message).toMatch(/nope\.json: it does not exist/);
  });
});
