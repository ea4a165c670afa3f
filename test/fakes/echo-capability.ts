import { z } from 'zod';
import { type Capability, defineCapability } from '../../tools/capability.js';
import { defineTool } from '../../tools/define-tool.js';

/**
 * A small skill-like capability for tests that add and remove capabilities while fazt runs: one
 * write tool that logs an `echo.said` event, one resource read straight from the event log.
 */
export function echoCapability(id = 'skill:echo'): Capability {
  return defineCapability({
    id,
    title: 'Echo',
    source: 'skill:echo@1.0.0',
    tools: [
      defineTool({
        name: 'echo_say',
        title: 'Echo a phrase',
        description: 'Says a phrase back and logs it, to test capabilities added at run time.',
        risk: 'write',
        input: z.object({ phrase: z.string().min(1).describe('What to say back.') }),
        output: z.object({ said: z.string() }),
        examples: ['echo {phrase}'],
        run({ phrase }, { emit }) {
          emit('echo.said', { phrase });
          return { said: phrase };
        },
        describe: ({ said }) => said,
      }),
    ],
    events: { 'echo.said': z.object({ phrase: z.string() }) },
    resources: [
      {
        uri: 'fazt://echo/said',
        name: 'echo-said',
        title: 'Echoed phrases',
        description: 'Every phrase echo_say said, newest first.',
        mimeType: 'application/json',
        read: (cartridge) =>
          JSON.stringify(cartridge.events.query({ type: 'echo.said' }).map((event) => event.data)),
      },
    ],
    instructions: 'echo_say says a phrase back.',
  });
}

/** The same capability as an ES module file a loader reads: `(kit) => manifest`. */
export function echoModuleSource(
  options: { toolName?: string; eventType?: string; id?: string } = {},
): string {
  const { toolName = 'echo_say', eventType = 'echo.said', id = 'skill:echo' } = options;
  return `export default ({ z, defineTool, defineCapability }) =>
  defineCapability({
    id: ${JSON.stringify(id)},
    title: 'Echo',
    source: 'skill:echo@1.0.0',
    tools: [
      defineTool({
        name: ${JSON.stringify(toolName)},
        title: 'Echo a phrase',
        description: 'Says a phrase back.',
        risk: 'write',
        input: z.object({ phrase: z.string().min(1).describe('What to say back.') }),
        output: z.object({ said: z.string() }),
        examples: ['echo {phrase}'],
        run: ({ phrase }, { emit }) => {
          emit(${JSON.stringify(eventType)}, { phrase });
          return { said: phrase };
        },
      }),
    ],
    events: { ${JSON.stringify(eventType)}: z.object({ phrase: z.string() }) },
  });
`;
}
