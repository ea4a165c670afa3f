import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogueEntry, jsonSchema, toolCatalogue } from './catalogue.js';
import { defineTool } from './define-tool.js';
import { createDefaultRegistry } from './index.js';

/**
 * The tool catalogue exactly as models and MCP clients see it. A change to any tool's name,
 * description or schema shows up in review as a diff of the snapshot file; accept it with
 * `npx vitest run tools/catalogue.test.ts -u` when it is meant.
 */
const catalogue = toolCatalogue(createDefaultRegistry());

describe('tool catalogue', () => {
  it('matches the snapshot', async () => {
    await expect(`${JSON.stringify(catalogue, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/catalogue.json.snap',
    );
  });

  it('is sorted by name and each entry has exactly the model-facing fields', () => {
    const names = catalogue.map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    for (const entry of catalogue) {
      expect(Object.keys(entry).sort()).toEqual([
        'description',
        'inputSchema',
        'name',
        'outputSchema',
        'risk',
        'title',
      ]);
    }
  });

  it('every input schema is a plain JSON Schema object a function-calling API accepts', () => {
    for (const { name, inputSchema } of catalogue) {
      expect(inputSchema.type, name).toBe('object');
      expect(inputSchema).not.toHaveProperty('$schema');
      expect(JSON.stringify(inputSchema)).not.toMatch(/"\$ref"/);
      expect(JSON.parse(JSON.stringify(inputSchema))).toEqual(inputSchema);
    }
  });

  it('every input field carries a description, since models choose arguments by it', () => {
    const undescribed = catalogue.flatMap(({ name, inputSchema }) =>
      Object.entries((inputSchema.properties ?? {}) as Record<string, { description?: string }>)
        .filter(([, property]) => !property.description)
        .map(([field]) => `${name}.${field}`),
    );
    expect(undescribed).toEqual([]);
  });
});

describe('JSON Schema from zod', () => {
  const sample = defineTool({
    name: 'sample_tool',
    title: 'Sample',
    description: 'A sample.',
    risk: 'read',
    input: z.object({
      query: z.string().min(1).describe('What to look for.'),
      limit: z.number().int().min(1).max(50).default(10).describe('How many.'),
      tags: z.array(z.enum(['a', 'b'])).optional(),
    }),
    output: z.object({ hits: z.array(z.string()), at: z.number().transform((value) => new Date(value)) }),
    examples: [],
    run: () => ({ hits: [], at: 0 }),
  });

  it('input: required fields, bounds, defaults, enums and descriptions survive', () => {
    expect(catalogueEntry(sample).inputSchema).toEqual({
      type: 'object',
      properties: {
        query: { type: 'string', minLength: 1, description: 'What to look for.' },
        limit: { type: 'integer', minimum: 1, maximum: 50, default: 10, description: 'How many.' },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
      },
      // zod strips unknown keys from input rather than refusing them, so none is declared here.
      required: ['query'],
    });
  });

  it('output: a schema zod cannot express in JSON becomes "any" instead of throwing', () => {
    const output = jsonSchema(sample.output, 'output');
    expect(output).toMatchObject({ type: 'object', properties: { hits: { type: 'array' } } });
    expect(output).not.toHaveProperty('$schema');
  });
});
