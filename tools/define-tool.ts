import type { z } from 'zod';
import type { Caller } from '../cartridge/audit.js';
import type { Cartridge } from '../cartridge/open.js';
import type { OfflineKnowledge } from './offline.js';
import type { Registry } from './registry.js';

/**
 * What a tool may do: the approval policy and MCP annotations are derived from it. `external`
 * reaches outside the cartridge: the host's files or the network.
 */
export type Risk = 'read' | 'write' | 'destructive' | 'external';

export const RISKS: readonly Risk[] = ['read', 'write', 'destructive', 'external'];

/** What a running tool gets besides its input. */
export interface ToolContext {
  cartridge: Cartridge;
  caller: Caller;
  signal: AbortSignal;
  /**
   * The caller consented to destructive work for this call (`--yes`, a yes in the chat). A tool
   * that calls others on the person's behalf (a skill's `fazt.call`) decides whether it carries.
   */
  approved?: boolean;
  /** Appends a domain event to the spine, inside the tool's transaction. */
  emit(type: string, data: unknown): void;
  /** The registry the call came through (to see, for example, which built-in apps exist). */
  registry?: Registry;
}

export type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export interface ToolDefinition<I extends ObjectSchema, O extends z.ZodType> {
  /** snake_case `domain_verb`, valid as an OpenAI function name and an MCP tool name. */
  name: string;
  title: string;
  /** What it does and when to use it: the model and MCP clients choose tools by this. */
  description: string;
  risk: Risk;
  /**
   * Whether this call needs the person's consent, by its input (see `needsConsent` in
   * approval.ts). Without it a destructive tool always does and others never. A destructive tool
   * may spare its safe direction (making an app private); a tool of another risk may ask for a
   * harmful option (a backup that replaces a file).
   */
  consent?(input: z.output<I>): boolean;
  input: I;
  output: O;
  /**
   * Sentence templates with `{slot}`s named after input fields, such as
   * `remember that {key} is {value}`. The offline planner matches requests against them.
   */
  examples: string[];
  /**
   * `true` (default): the executor runs the tool inside one write transaction. `false`: the
   * tool does long async work and commits in steps of its own (under `cartridge.exclusive`).
   */
  transactional?: boolean;
  run(input: z.output<I>, context: ToolContext): z.input<O> | Promise<z.input<O>>;
  /**
   * What the audit keeps of a call's input, when it must not keep all of it (a secret value):
   * given the input as sent (it may not have passed validation), returns what is recorded.
   * Without it the input is recorded as sent (clipped to 4 KiB).
   */
  recorded?(input: Record<string, unknown>): unknown;
  /** The result in one plain sentence for a person or a model ("Your bike lock code is 4312."). */
  describe?(output: z.output<O>, input: z.output<I>): string;
  /**
   * What the offline planner (no model) knows about this tool beyond its schema and examples:
   * extra templates, slot checks, questions for missing fields, an `answer` hook for questions it
   * can answer. Typed against this tool's schemas; see tools/offline.ts.
   */
  offline?: OfflineKnowledge<I, O>;
}

/** A tool of any shape, as the registry and the surfaces see it. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds tools of every input and output type.
export type AnyTool = ToolDefinition<ObjectSchema, any>;

export const TOOL_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** Declares a tool. An identity function that checks the name and keeps the types. */
export function defineTool<I extends ObjectSchema, O extends z.ZodType>(
  definition: ToolDefinition<I, O>,
): ToolDefinition<I, O> {
  if (!TOOL_NAME.test(definition.name)) {
    throw new Error(`Tool name "${definition.name}" must match ${TOOL_NAME} (snake_case domain_verb).`);
  }
  return definition;
}
