import { z } from 'zod';

/** Converts a skill tool's JSON Schema into the zod object the executor validates with. */
export function inputSchema(schema: Record<string, unknown>): z.ZodObject<z.ZodRawShape> {
  const converted = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
  if (!(converted instanceof z.ZodObject)) throw new Error('the schema does not describe an object');
  return converted as z.ZodObject<z.ZodRawShape>;
}
