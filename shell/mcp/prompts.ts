import { ErrorCode, type GetPromptResult, McpError, type Prompt } from '@modelcontextprotocol/sdk/types.js';
import type { Caller } from '../../cartridge/audit.js';
import type { CapabilityPrompt } from '../../tools/capability.js';
import type { Executor } from '../../tools/executor.js';

export interface PromptCatalogue {
  list(): Prompt[];
  get(name: string, args: Record<string, string>, caller: Caller): Promise<GetPromptResult>;
}

/**
 * The MCP prompts of every capability in the executor's registry, read at call time. A prompt
 * renders with read tools only, through the executor, as the caller.
 */
export function createPromptCatalogue(executor: Executor): PromptCatalogue {
  const definitions = (): CapabilityPrompt[] =>
    executor.registry.capabilities().flatMap((capability) => capability.prompts ?? []);
  return {
    list: () =>
      definitions().map(({ name, title, description, arguments: parameters }) => ({
        name,
        title,
        description,
        arguments: parameters,
      })),
    async get(name, args, caller) {
      const all = definitions();
      const prompt = all.find((definition) => definition.name === name);
      if (!prompt) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `There is no prompt named "${name}". The prompts are: ${all.map((definition) => definition.name).join(', ')}.`,
        );
      }
      const missing = prompt.arguments.filter((parameter) => parameter.required && !args[parameter.name]);
      if (missing.length) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `The prompt ${name} needs ${missing.map((parameter) => parameter.name).join(', ')}.`,
        );
      }
      return prompt.render(args, {
        async read(tool, input) {
          if (executor.registry.get(tool)?.risk !== 'read') {
            throw new McpError(
              ErrorCode.InternalError,
              `The prompt ${name} may only use read tools (${tool}).`,
            );
          }
          const result = await executor.execute(tool, input, { caller });
          if (!result.ok) throw new McpError(ErrorCode.InvalidParams, result.error.message);
          return result.output;
        },
      });
    },
  };
}
