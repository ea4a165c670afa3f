import { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import {
  ErrorCode,
  McpError,
  type ReadResourceResult,
  type Resource,
  type ResourceTemplate,
} from '@modelcontextprotocol/sdk/types.js';
import type { Caller } from '../../cartridge/audit.js';
import type { Executor } from '../../tools/executor.js';

/**
 * A read-only view of the cartridge under a `fazt://` URI. Each is served by running a *read*
 * tool through the executor, so reads are validated and audited like any call, and a new
 * resource (learned documents, skills) is one more entry here, not new store code.
 */
export interface ResourceDefinition {
  /** A fixed URI (`fazt://status`) or an RFC 6570 template (`fazt://notes/search/{query}`). */
  uri: string;
  name: string;
  title: string;
  description: string;
  mimeType: 'application/json' | 'text/markdown';
  tool: string;
  /** The tool input; for a template, built from the URI's variables. */
  input(variables: Record<string, string>): Record<string, unknown>;
  /** The body; JSON of the tool output by default. */
  render?(output: never): string;
}

interface NoteView {
  id: number;
  text: string;
  createdAt: number;
}

const noteLines = (notes: NoteView[]) =>
  notes.map((note) => `- #${note.id} (${new Date(note.createdAt).toISOString().slice(0, 10)}) ${note.text}`);

export const builtinResources: readonly ResourceDefinition[] = [
  {
    uri: 'fazt://status',
    name: 'status',
    title: 'Cartridge status',
    description: 'Where the cartridge is, its size, schema version and how many items each store holds.',
    mimeType: 'application/json',
    tool: 'system_status',
    input: () => ({}),
  },
  {
    uri: 'fazt://notes',
    name: 'notes',
    title: 'Recent notes',
    description: 'The 50 newest notes, as a Markdown list with their ids and dates.',
    mimeType: 'text/markdown',
    tool: 'notes_list',
    input: () => ({ limit: 50 }),
    render: ({ notes, total }: { notes: NoteView[]; total: number }) =>
      [`# Notes (${notes.length} of ${total})`, '', ...noteLines(notes)].join('\n'),
  },
  {
    uri: 'fazt://memory',
    name: 'memory',
    title: 'Remembered facts',
    description: 'The facts fazt remembers, most recently updated first, as JSON.',
    mimeType: 'application/json',
    tool: 'memory_list',
    input: () => ({ limit: 200 }),
  },
  {
    uri: 'fazt://notes/search/{query}',
    name: 'notes-search',
    title: 'Notes matching a search',
    description: 'Notes that match the words in {query} (full-text), best first, as a Markdown list.',
    mimeType: 'text/markdown',
    tool: 'notes_search',
    input: ({ query }) => ({ query: query ?? '', limit: 20 }),
    render: ({ hits }: { hits: NoteView[] }) =>
      [`# Notes matching the search (${hits.length})`, '', ...noteLines(hits)].join('\n'),
  },
];

export interface ResourceCatalogue {
  list(): Resource[];
  templates(): ResourceTemplate[];
  read(uri: string, caller: Caller, signal?: AbortSignal): Promise<ReadResourceResult>;
}

/** The resources whose tool the executor's registry has (and is read-only), ready to list and read. */
export function createResourceCatalogue(
  executor: Executor,
  definitions: readonly ResourceDefinition[] = builtinResources,
): ResourceCatalogue {
  const usable = definitions.filter((definition) => executor.registry.get(definition.tool)?.risk === 'read');
  const fixed = usable.filter((definition) => !UriTemplate.isTemplate(definition.uri));
  const templated = usable
    .filter((definition) => UriTemplate.isTemplate(definition.uri))
    .map((definition) => ({ definition, template: new UriTemplate(definition.uri) }));
  const describe = ({ uri, name, title, description, mimeType }: ResourceDefinition) => ({
    name,
    title,
    description,
    mimeType,
    uri,
  });

  const resolve = (uri: string) => {
    const exact = fixed.find((definition) => definition.uri === uri);
    if (exact) return { definition: exact, variables: {} };
    for (const { definition, template } of templated) {
      const variables = template.match(uri);
      if (variables) {
        const flat = Object.fromEntries(
          Object.entries(variables).map(([key, value]) => [
            key,
            Array.isArray(value) ? value.join(',') : value,
          ]),
        );
        return { definition, variables: flat };
      }
    }
    return undefined;
  };

  return {
    list: () => fixed.map(describe),
    templates: () =>
      templated.map(({ definition }) => {
        const { uri, ...rest } = describe(definition);
        return { uriTemplate: uri, ...rest };
      }),
    async read(uri, caller, signal) {
      const found = resolve(uri);
      if (!found) {
        throw new McpError(-32002, `There is no resource ${uri}. List them with resources/list.`, { uri });
      }
      const { definition, variables } = found;
      const result = await executor.execute(definition.tool, definition.input(variables), { caller, signal });
      if (!result.ok)
        throw new McpError(ErrorCode.InvalidParams, `Cannot read ${uri}: ${result.error.message}`);
      const text = definition.render
        ? (definition.render as (output: unknown) => string)(result.output)
        : JSON.stringify(result.output, null, 2);
      return { contents: [{ uri, mimeType: definition.mimeType, text }] };
    },
  };
}
