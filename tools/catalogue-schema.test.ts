import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchema } from './catalogue.js';

/** Serialises like every surface does, then validates with the validator the MCP SDK client uses. */
function check(schema: z.ZodType, value: unknown): string | undefined {
  const advertised = jsonSchema(schema, 'output');
  const sent = JSON.parse(JSON.stringify(schema.parse(value)));
  return new AjvJsonSchemaValidator().getValidator(advertised)(sent).errorMessage;
}

describe('output JSON Schema describes the JSON a result becomes', () => {
  const output = z.object({
    unknown: z.unknown(),
    any: z.any(),
    optional: z.string().optional(),
    orUndefined: z.union([z.string(), z.undefined()]),
    nested: z.object({ previous: z.unknown(), note: z.string().optional() }),
    nullable: z.string().nullable(),
    count: z.number(),
  });

  it('a field that may be undefined is not required (JSON drops it)', () => {
    // A tool returns `{ previous: undefined }`; JSON.stringify leaves the key out.
    const value = {
      unknown: undefined,
      any: undefined,
      orUndefined: undefined,
      nested: { previous: undefined },
    };
    expect(check(output, { ...value, nullable: null, count: 1 })).toBeUndefined();
    expect(jsonSchema(output, 'output').required).toEqual(['nested', 'nullable', 'count']);
  });

  it('present values are still checked, and null only where the schema allows it', () => {
    expect(
      check(output, {
        unknown: 1,
        any: [],
        orUndefined: 'c',
        optional: 'a',
        nested: { previous: 'x' },
        nullable: 'b',
        count: 2,
      }),
    ).toBeUndefined();
    const advertised = jsonSchema(output, 'output');
    const validate = new AjvJsonSchemaValidator().getValidator(advertised);
    expect(validate({ nested: {}, count: 1 }).valid).toBe(false);
    expect(validate({ nested: {}, nullable: null, count: null }).valid).toBe(false);
  });

  it('leaves input schemas as they were', () => {
    expect(jsonSchema(z.object({ a: z.unknown() }), 'input').required).toEqual(['a']);
  });
});
