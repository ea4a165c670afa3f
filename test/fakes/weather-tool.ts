import { z } from 'zod';
import { defineTool } from '../../tools/define-tool.js';

/**
 * A stand-in network tool (risk `external`, answers "sunny" without any network), for tests of
 * how surfaces treat external tools. The built-in external tools touch host files instead.
 */
export const weatherLookup = defineTool({
  name: 'weather_lookup',
  title: 'Look up the weather',
  description: 'Ask a weather service about a city.',
  risk: 'external',
  input: z.object({ city: z.string().min(1) }),
  output: z.object({ city: z.string(), forecast: z.string() }),
  examples: ['weather in {city}'],
  run: ({ city }) => ({ city, forecast: 'sunny' }),
});
