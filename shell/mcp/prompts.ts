import { ErrorCode, type GetPromptResult, McpError, type Prompt } from '@modelcontextprotocol/sdk/types.js';
import type { Caller } from '../../cartridge/audit.js';
import type { Executor } from '../../tools/executor.js';

/** What a prompt may use while it renders: read tools, through the executor, as the caller. */
export interface PromptContext {
  read(tool: string, input: Record<string, unknown>): Promise<unknown>;
}

/**
 * A reusable request a person picks in their MCP client (a slash command in Claude Code). Learned
 * skills will join this list the same way.
 */
export interface PromptDefinition {
  name: string;
  title: string;
  description: string;
  arguments: { name: string; description: string; required: boolean }[];
  render(args: Record<string, string>, context: PromptContext): Promise<GetPromptResult>;
}

interface NoteView {
  id: number;
  text: string;
  createdAt: number;
}

const notesDigest: PromptDefinition = {
  name: 'notes_digest',
  title: 'Digest my notes',
  description:
    'Summarise your fazt notes (all recent ones, or those about a topic): themes, decisions, open questions and to-dos, citing note ids.',
  arguments: [
    {
      name: 'topic',
      description: 'Only notes about this (full-text search); leave out for recent notes.',
      required: false,
    },
  ],
  async render({ topic }, { read }) {
    const notes = topic?.trim()
      ? ((await read('notes_search', { query: topic, limit: 50 })) as { hits: NoteView[] }).hits
      : ((await read('notes_list', { limit: 50 })) as { notes: NoteView[] }).notes;
    const about = topic?.trim() ? ` about "${topic.trim()}"` : '';
    const body = notes.length
      ? notes.map(
          (note) => `#${note.id} (${new Date(note.createdAt).toISOString().slice(0, 10)}): ${note.text}`,
        )
      : [`(There are no notes${about}.)`];
    return {
      description: `A digest of ${notes.length} note${notes.length === 1 ? '' : 's'}${about}`,
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: [
              `Here are my notes${about} from fazt, newest first:`,
              '',
              ...body,
              '',
              'Write a short digest: the main themes, any decisions, open questions, and anything that reads like a to-do. Cite note ids like #12. If there are no notes, say so and suggest what I could note down.',
            ].join('\n'),
          },
        },
      ],
    };
  },
};

export const builtinPrompts: readonly PromptDefinition[] = [notesDigest];

export interface PromptCatalogue {
  list(): Prompt[];
  get(name: string, args: Record<string, string>, caller: Caller): Promise<GetPromptResult>;
}

export function createPromptCatalogue(
  executor: Executor,
  definitions: readonly PromptDefinition[] = builtinPrompts,
): PromptCatalogue {
  return {
    list: () =>
      definitions.map(({ name, title, description, arguments: parameters }) => ({
        name,
        title,
        description,
        arguments: parameters,
      })),
    async get(name, args, caller) {
      const prompt = definitions.find((definition) => definition.name === name);
      if (!prompt) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `There is no prompt named "${name}". The prompts are: ${definitions.map((definition) => definition.name).join(', ')}.`,
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
