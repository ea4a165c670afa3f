import { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import {
  ErrorCode,
  McpError,
  type ReadResourceResult,
  type Resource,
  type ResourceTemplate,
} from '@modelcontextprotocol/sdk/types.js';
import type { Caller } from '../../cartridge/audit.js';
import { cartridgeForRead } from '../../cartridge/capability-schema.js';
import { NotFoundError } from '../../cartridge/errors.js';
import type { Capability, CapabilityResource } from '../../tools/capability.js';
import type { Executor } from '../../tools/executor.js';

export interface ResourceCatalogue {
  list(): Resource[];
  templates(): ResourceTemplate[];
  read(uri: string, caller: Caller, signal?: AbortSignal): Promise<ReadResourceResult>;
}

interface Offered {
  capability: Capability;
  resource: CapabilityResource;
  template?: UriTemplate;
}

const templates = new WeakMap<CapabilityResource, UriTemplate | null>();
const templateOf = (resource: CapabilityResource): UriTemplate | undefined => {
  let known = templates.get(resource);
  if (known === undefined) {
    known = UriTemplate.isTemplate(resource.uri) ? new UriTemplate(resource.uri) : null;
    templates.set(resource, known);
  }
  return known ?? undefined;
};

const flatten = (variables: Record<string, string | string[]>) =>
  Object.fromEntries(
    Object.entries(variables).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value]),
  );

/**
 * The `fazt://` resources of every capability in the executor's registry, read at call time so a
 * capability added or removed while the server runs changes them too. A tool-backed resource is
 * offered only when its tool is in the registry and read-only; it is read through the executor,
 * so reads are validated and audited like any call. Listed by title, as clients show them.
 */
export function createResourceCatalogue(executor: Executor): ResourceCatalogue {
  const { registry, cartridge } = executor;
  const offered = (): Offered[] =>
    registry
      .capabilities()
      .flatMap((capability) =>
        (capability.resources ?? []).map((resource) => ({
          capability,
          resource,
          template: templateOf(resource),
        })),
      )
      .filter(({ resource }) => !('tool' in resource) || registry.get(resource.tool)?.risk === 'read')
      .sort((a, b) =>
        (a.resource.title ?? a.resource.name).localeCompare(b.resource.title ?? b.resource.name),
      );
  const describe = ({ uri, name, title, description, mimeType }: CapabilityResource) => ({
    name,
    ...(title === undefined ? {} : { title }),
    description,
    mimeType,
    uri,
  });

  const resolve = (uri: string) => {
    const all = offered();
    const exact = all.find(({ resource, template }) => !template && resource.uri === uri);
    if (exact) return { ...exact, variables: {} };
    for (const entry of all) {
      const variables = entry.template?.match(uri);
      if (variables) return { ...entry, variables: flatten(variables) };
    }
    return undefined;
  };

  return {
    list: () =>
      offered().flatMap(({ capability, resource, template }) => {
        if (!template) return [describe(resource)];
        if ('tool' in resource || !resource.list) return [];
        // Listing is a read: it never waits on (or fails for) another process's write lock.
        const reading = cartridgeForRead(cartridge, capability);
        try {
          return resource
            .list(reading.cartridge)
            .map((concrete) => ({ ...concrete, mimeType: resource.mimeType }));
        } finally {
          reading.close();
        }
      }),
    templates: () =>
      offered()
        .filter(({ template }) => template)
        .map(({ resource }) => {
          const { uri, ...rest } = describe(resource);
          return { uriTemplate: uri, ...rest };
        }),
    async read(uri, caller, signal) {
      const found = resolve(uri);
      if (!found) {
        throw new McpError(-32002, `There is no resource ${uri}. List them with resources/list.`, { uri });
      }
      const { capability, resource, variables } = found;
      if (!('tool' in resource)) {
        const reading = cartridgeForRead(cartridge, capability);
        let text: string;
        try {
          text = resource.read(reading.cartridge, uri, variables);
        } catch (error) {
          // A URI that fits a template but names nothing (a forgotten document): MCP's
          // "resource not found" (-32002), not an internal error.
          if (NotFoundError.isInstance(error)) throw new McpError(-32002, error.message, { uri });
          throw error;
        } finally {
          reading.close();
        }
        return { contents: [{ uri, mimeType: resource.mimeType, text }] };
      }
      const result = await executor.execute(resource.tool, resource.input(variables), { caller, signal });
      if (!result.ok)
        throw new McpError(ErrorCode.InvalidParams, `Cannot read ${uri}: ${result.error.message}`);
      const text = resource.render
        ? (resource.render as (output: unknown) => string)(result.output)
        : JSON.stringify(result.output, null, 2);
      return { contents: [{ uri, mimeType: resource.mimeType, text }] };
    },
  };
}
