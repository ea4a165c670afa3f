import type { AuditOutcome, Caller } from '../cartridge/audit.js';
import { busyError, isBusy, isReadOnly } from '../cartridge/busy.js';
import { applyCapabilityMigrations, cartridgeForRead } from '../cartridge/capability-schema.js';
import { type ErrorKind, errorMessage, FaztError } from '../cartridge/errors.js';
import { type Cartridge, readOnlyError } from '../cartridge/open.js';
import { type ApprovalPolicy, defaultApprovalPolicy, needsConsent } from './approval.js';
import type { AnyTool, ToolContext } from './define-tool.js';
import type { Registry } from './registry.js';
import {
  describeIssues,
  type ToolError,
  type ToolErrorCode,
  type ToolResult,
  toIssues,
} from './tool-result.js';

export interface ExecuteOptions {
  caller: Caller;
  /** The caller consented to destructive work for this call. */
  approved?: boolean;
  signal?: AbortSignal;
}

export interface Executor {
  readonly registry: Registry;
  readonly cartridge: Cartridge;
  /** Validates, asks the policy, runs in one transaction, audits, and never throws. */
  execute(name: string, input: unknown, options: ExecuteOptions): Promise<ToolResult>;
}

export interface ExecutorOptions {
  cartridge: Cartridge;
  registry: Registry;
  policy?: ApprovalPolicy;
}

/** One call as the audit log and the event spine keep it. */
interface CallRecord {
  tool: string;
  caller: Caller;
  input: unknown;
  outcome: AuditOutcome;
  error: string | null;
  durationMs: number;
}

/** The most of an error message kept (UTF-16 units): a tool or skill may throw megabytes. */
export const MAX_ERROR_MESSAGE = 2_000;

/** A message cut to MAX_ERROR_MESSAGE, saying how much was left out. */
function clipMessage(message: string): string {
  if (message.length <= MAX_ERROR_MESSAGE) return message;
  const left = message.length - MAX_ERROR_MESSAGE;
  return `${message.slice(0, MAX_ERROR_MESSAGE)}… (${left} more characters left out)`;
}

/** The tool result code for an error a tool threw on purpose, by its kind. */
const CODE_FOR_KIND: Record<ErrorKind, ToolErrorCode> = {
  invalid_input: 'invalid_input',
  not_found: 'not_found',
  conflict: 'conflict',
  failed: 'failed',
};

class Failure extends Error {
  constructor(readonly error: ToolError) {
    super(error.message);
  }
}

/**
 * An error a tool throws to end its call with exactly this outcome (code and message kept as
 * they are, e.g. `needs_approval` from a skill whose `fazt.call` was held for consent).
 */
export const toolRefusal = (error: ToolError): Error => new Failure(error);

function defaultText(tool: AnyTool, output: unknown, input: unknown): string {
  if (tool.describe) return tool.describe(output, input as Record<string, unknown>);
  return JSON.stringify(output);
}

/**
 * The single path every tool call takes, from every surface: validate input → approval policy →
 * run (writes in one transaction) → audit row + `tool.called` event → typed result.
 */
export function createExecutor({
  cartridge,
  registry,
  policy = defaultApprovalPolicy,
}: ExecutorOptions): Executor {
  /** Writes the audit row and the `tool.called` event of one call; returns the audit id. */
  const record = ({ tool, caller, input, outcome, error, durationMs }: CallRecord): number => {
    const auditId = cartridge.audit.record({
      caller,
      tool,
      input: recordedInput(tool, input),
      outcome,
      error,
      durationMs,
    });
    cartridge.events.append({
      type: 'tool.called',
      source: caller.id ? `${caller.kind}:${caller.id}` : caller.kind,
      data: { tool, caller, outcome, auditId, durationMs },
    });
    return auditId;
  };

  /**
   * Records a call that holds no transaction of its own (a read, a refusal, a failure), under the
   * in-process write lock. It never waits on another process's write lock: when that is held,
   * the row is written later (`cartridge.audits`) and the id is 0 ("pending").
   */
  const recordAlone = (call: CallRecord): Promise<number> =>
    cartridge.exclusive(
      () =>
        cartridge.audits.write({ ...call, input: recordedInput(call.tool, call.input), ts: Date.now() }) ?? 0,
    );

  /** What the audit keeps of a call's input: the tool's `recorded` view of it (secrets left out). */
  const recordedInput = (name: string, input: unknown): unknown => {
    const tool = registry.get(name);
    if (!tool?.recorded || typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    try {
      return tool.recorded(input as Record<string, unknown>);
    } catch {
      // A view that fails records nothing of the input rather than all of it.
      return '[not recorded]';
    }
  };

  const runTool = async (tool: AnyTool, input: unknown, context: ToolContext) => {
    const raw = await tool.run(input as Record<string, unknown>, context);
    const parsed = tool.output.safeParse(raw);
    if (!parsed.success) {
      throw new Failure({
        code: 'failed',
        message: `${tool.name} returned output that does not match its schema (${parsed.error.issues[0]?.message}). This is a bug in the tool; nothing was saved.`,
      });
    }
    return parsed.data as unknown;
  };

  const execute: Executor['execute'] = async (name, rawInput, { caller, approved = false, signal }) => {
    const started = performance.now();
    const elapsed = () => Math.round((performance.now() - started) * 1000) / 1000;
    const fail = (error: ToolError, auditId?: number): ToolResult => ({
      ok: false,
      tool: name,
      error,
      durationMs: elapsed(),
      ...(auditId === undefined ? {} : { auditId }),
    });

    const tool = registry.get(name);
    if (!tool) {
      const suggestions = registry.closest(name);
      const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
      return fail({
        code: 'unknown_tool',
        message: `There is no tool named "${name}".${hint} Run \`fazt tools\` for the list.`,
        suggestions,
      });
    }

    const parsed = tool.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      const message = describeIssues(name, issues);
      const auditId = await recordAlone({
        tool: name,
        caller,
        input: rawInput,
        outcome: 'invalid_input',
        error: message,
        durationMs: elapsed(),
      });
      return fail({ code: 'invalid_input', message, issues }, auditId);
    }
    const input = parsed.data as unknown;
    const succeed = (output: unknown, auditId: number): ToolResult => ({
      ok: true,
      tool: name,
      output,
      text: defaultText(tool, output, input),
      auditId,
      durationMs: elapsed(),
    });

    const decision = await policy({ tool, input, caller, approved });
    if (decision !== 'allow') {
      const error: ToolError =
        decision === 'ask'
          ? {
              code: 'needs_approval',
              message: `${name} ${tool.risk === 'destructive' ? 'is destructive and needs' : needsConsent(tool, input) ? 'needs, for what this call would do,' : `is a ${tool.risk} action and needs`} your explicit approval. Nothing was changed; approve it (for example with --yes) to run it.`,
            }
          : decision === 'declined'
            ? {
                code: 'denied',
                message: `${name} was declined by the person, so it was not run and nothing was changed.`,
              }
            : {
                code: 'denied',
                message: `${name} is not allowed for ${caller.kind}${caller.id ? ` ${caller.id}` : ''}.`,
              };
      const outcome = decision === 'ask' ? 'needs_approval' : 'denied';
      const auditId = await recordAlone({
        tool: name,
        caller,
        input,
        outcome,
        error: error.message,
        durationMs: elapsed(),
      });
      return fail(error, auditId);
    }

    const controller = new AbortController();
    const abort = () => controller.abort(signal?.reason);
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    const context: ToolContext = {
      cartridge,
      caller,
      signal: controller.signal,
      approved,
      registry,
      emit: (type, data) => {
        cartridge.events.append({ type, source: `tool:${name}`, data });
      },
    };
    const toError = (error: unknown): ToolError => {
      const found = explain(error);
      return { ...found, message: clipMessage(found.message) };
    };
    const explain = (error: unknown): ToolError => {
      if (error instanceof Failure) return error.error;
      if (controller.signal.aborted)
        return { code: 'aborted', message: `${name} was cancelled; nothing was saved.` };
      if (FaztError.isInstance(error) && error.kind !== 'failed')
        return { code: CODE_FOR_KIND[error.kind], message: error.message };
      // Any write of the call (a capability's first migration, a tool's own step, BEGIN IMMEDIATE)
      // that timed out on another process's lock is said as such, never as "database is locked".
      // A write to a cartridge fazt can only read (an external tool's, a step of a read): why.
      if (cartridge.readOnly && isReadOnly(error))
        return { code: 'failed', message: readOnlyError(cartridge, error).message };
      if (isBusy(error)) {
        return {
          code: 'failed',
          message: `${name} failed: ${busyError(cartridge.path, cartridge.busyTimeoutMs, error).message}`,
        };
      }
      return { code: 'failed', message: `${name} failed: ${errorMessage(error)}` };
    };

    const ok = { tool: name, caller, input, outcome: 'ok', error: null } as const;
    try {
      if (controller.signal.aborted) throw new Error('aborted');
      const capability = registry.capabilityOf(name);
      if (tool.risk === 'read') {
        // Making a capability's tables must not make a read wait for (or fail on) another
        // process's write lock: see cartridgeForRead.
        const reading = capability?.migrations?.length ? cartridgeForRead(cartridge, capability) : undefined;
        let output: unknown;
        try {
          output = await runTool(
            tool,
            input,
            reading ? { ...context, cartridge: reading.cartridge } : context,
          );
        } finally {
          reading?.close();
        }
        const auditId = await recordAlone({ ...ok, durationMs: elapsed() });
        return succeed(output, auditId);
      }
      // Nothing is tried on a cartridge fazt can only read: it says why, and nothing was changed.
      if (cartridge.readOnly && (tool.risk === 'write' || tool.risk === 'destructive'))
        throw readOnlyError(cartridge);
      if (capability?.migrations?.length) applyCapabilityMigrations(cartridge, capability);
      if (tool.transactional === false) {
        const output = await runTool(tool, input, context);
        const auditId = await recordAlone({ ...ok, durationMs: elapsed() });
        return succeed(output, auditId);
      }
      // One transaction for the tool's writes, its events and the audit row: all or nothing.
      return await cartridge.asyncTransaction(async () => {
        const output = await runTool(tool, input, context);
        if (controller.signal.aborted) throw new Error('aborted');
        return succeed(output, record({ ...ok, durationMs: elapsed() }));
      });
    } catch (error) {
      const toolError = toError(error);
      const outcome =
        toolError.code === 'invalid_input' ||
        toolError.code === 'needs_approval' ||
        toolError.code === 'denied'
          ? toolError.code
          : 'error';
      const auditId = await recordAlone({
        tool: name,
        caller,
        input,
        outcome,
        error: toolError.message,
        durationMs: elapsed(),
      });
      return fail(toolError, auditId);
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  };

  return { registry, cartridge, execute };
}
