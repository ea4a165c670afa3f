import { createPlanner } from '../../agent/create-planner.js';
import type { PlannerEvent, PlanStatus, Usage } from '../../agent/planner.js';
import { MAX_REQUEST_BYTES, MAX_REQUEST_CHARS, requestTooLong } from '../../agent/request-limit.js';
import { startTurn } from '../../agent/session.js';
import { type ConversationStore, createConversationStore } from '../../cartridge/conversations.js';
import { UsageError } from '../../cartridge/errors.js';
import type { ToolErrorCode, ToolResult } from '../../tools/tool-result.js';
import { readBounded } from '../bounded-read.js';
import { EXIT, exitCodeFor, printJson, printNote, printText } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';
import { decodeUtf8 } from '../utf8.js';

export interface AskOptions {
  model?: string;
  json?: boolean;
  yes?: boolean;
  quiet?: boolean;
  conversation?: string;
  continue?: boolean;
}

/** One tool call as `--json` reports it. */
interface CallReport {
  name: string;
  input: unknown;
  output?: unknown;
  error?: { code: string; message: string };
}

const EXIT_FOR: Record<PlanStatus, number> = {
  done: EXIT.ok,
  needs_approval: EXIT.approval,
  needs_input: EXIT.approval,
  not_understood: EXIT.approval,
  error: EXIT.error,
};

/**
 * The exit code of a finished turn. One that ended in error takes the kind of the last failed
 * tool call through `exitCodeFor`, exactly as `fazt run` does for that call (2 for bad input, a
 * clash or nothing by that name; 3 held for approval; else 1), or, when no call failed, the kind
 * the planner named for the turn (`errorCode`: nothing stored to forget is `not_found`, 2).
 */
function exitFor(status: PlanStatus, calls: CallReport[], errorCode?: ToolErrorCode): number {
  if (status !== 'error') return EXIT_FOR[status];
  const failed = calls.findLast((call) => call.error)?.error;
  const code = (failed?.code as ToolErrorCode | undefined) ?? errorCode;
  return code ? exitCodeFor(code) : EXIT.error;
}

/** "learn to …", "learn how to …", "teach yourself to …": a request for a new skill. */
const LEARN = /^(?:please\s+)?(?:learn|teach yourself)\s+(?:how\s+)?to\s+(.+?)[.!]?$/is;

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** One short stderr line per finished tool call. */
function traceLine(name: string, input: unknown, result: ToolResult): string {
  const args = clip(JSON.stringify(input ?? {}), 80);
  if (result.ok) return `· ${name} ${args} → ok (${Math.round(result.durationMs)} ms)\n`;
  const what = result.error.code === 'needs_approval' ? 'needs approval, not run' : result.error.code;
  return `· ${name} ${args} → ${what}: ${clip(result.error.message, 120)}\n`;
}

/**
 * The request from stdin: `fazt ask -` (as `fazt run -`) or no words with stdin piped. Bytes
 * that are not UTF-8 are refused, naming the byte, instead of read as U+FFFD; reading stops
 * (and the request is refused) once it cannot fit in `MAX_REQUEST_CHARS`.
 */
async function readStdin(dash: boolean): Promise<string> {
  if (process.stdin.isTTY) {
    if (!dash) return '';
    throw new UsageError(
      'The request is "-" (read it from stdin), but stdin is a terminal. Pipe it in, e.g. `echo "what is my bike lock code?" | fazt ask -`.',
      { code: 'stdin_is_tty' },
    );
  }
  const { bytes, tooLong } = await readBounded(process.stdin, MAX_REQUEST_BYTES);
  if (tooLong) throw requestTooLong('The request on stdin');
  const text = decodeUtf8(bytes, 'The request on stdin');
  if (text.length > MAX_REQUEST_CHARS) throw requestTooLong('The request on stdin', text.length);
  return text;
}

/**
 * The request from the command line. Bytes that are not UTF-8 were refused by `main` (from the
 * raw argv), so a U+FFFD here was typed and is kept.
 */
function fromArguments(words: string[]): string {
  const text = words.join(' ');
  if (text.length > MAX_REQUEST_CHARS) throw requestTooLong('The request on the command line', text.length);
  return text;
}

const report = (name: string, input: unknown, result: ToolResult): CallReport =>
  result.ok
    ? { name, input, output: result.output }
    : { name, input, error: { code: result.error.code, message: result.error.message } };

/** A conversation id as fazt makes them (12 hex digits) or a unique prefix of one (4+). */
const CONVERSATION_ID = /^[0-9a-f]{4,12}$/i;

/**
 * `fazt ask -c 6295133b1963 yes`: -c takes no value, so the id arrives as the request's first
 * word. It names the conversation when it is one stored (an id or a unique prefix) and words follow.
 */
function idAfterContinue(
  words: string[],
  conversations: ConversationStore,
): { id: string; request: string } | undefined {
  const [first, ...rest] = words.length === 1 ? words[0]!.trim().split(/\s+/) : words;
  if (!first || rest.length === 0 || !CONVERSATION_ID.test(first)) return undefined;
  const found = conversations.resolve(first);
  const request = rest.join(' ').trim();
  return found && request ? { id: found.id, request } : undefined;
}

/**
 * `fazt ask "…"`: one request in plain language. The answer goes to stdout (streamed as it comes
 * when stdout is a terminal), a short trace of tool calls to stderr (`--quiet` hides it),
 * `--json` prints `{answer, status, toolCalls, model, usage, durationMs, conversationId}`.
 * Exit codes: 0 done, 1 error, 2 bad usage or input (the last failed call's kind, as `fazt run`
 * gives it), 3 needs approval or more information.
 */
export async function askCommand(
  globals: GlobalOptions,
  words: string[],
  options: AskOptions,
): Promise<void> {
  const dash = words.length === 1 && words[0] === '-';
  // `fazt ask - "what is my x"`: the request would be half on stdin, half in words; which one is
  // meant cannot be told, so neither is guessed (as `fazt run` takes one input, never two).
  if (words.length > 1 && words.includes('-'))
    throw new UsageError(
      'Use either - (read the request from stdin) or words, not both: `echo "what is my bike lock code?" | fazt ask -` or `fazt ask what is my bike lock code`.',
      { code: 'stdin_and_words' },
    );
  const text = (words.length && !dash ? fromArguments(words) : await readStdin(dash)).trim();
  if (!text) {
    throw new UsageError(
      'Say what you want, e.g. `fazt ask "what is my bike lock code?"` (or pipe the request in).',
      {
        code: 'empty_request',
      },
    );
  }
  if (options.continue && options.conversation) {
    throw new UsageError('Use either --continue or --conversation <id>, not both.');
  }
  const learn = LEARN.exec(text);
  if (learn?.[1]) {
    // "learn to convert recipe units": the skill harness, not a plan of tool calls.
    const { skillNewCommand } = await import('./skill-harness.js');
    return skillNewCommand(globals, learn[1], {
      ...(options.yes ? { yes: true } : {}),
      ...(options.json ? { json: true } : {}),
      ...(options.model ? { model: options.model } : {}),
    });
  }
  const json = options.json === true;
  let request = text;
  const trace = (line: string) => {
    if (!options.quiet) printNote(line);
  };

  await withRuntime(
    globals,
    async (runtime) => {
      const { registry, executor } = runtime;
      const cartridge = runtime.cartridge;
      const model = options.model ?? cartridge.config.get('model');
      const planner = await createPlanner(model, { registry, config: cartridge.config });
      // On a cartridge not made yet, the turn is kept in the real one only if a tool that writes
      // created it; a question alone answers from the empty scratch cartridge and stores nothing.
      const conversations: ConversationStore = {
        ...createConversationStore(cartridge),
        appendTurn: (turn) => createConversationStore(runtime.cartridge).appendTurn(turn),
      };
      let conversationId = options.conversation;
      // `fazt ask -c <id> "yes"`: an id typed after -c names the conversation to continue (as
      // --conversation does), when it is a stored conversation's id and a request follows it.
      const named = options.continue ? idAfterContinue(words, conversations) : undefined;
      if (named) {
        conversationId = named.id;
        request = named.request;
      } else if (options.continue) {
        conversationId = conversations.latest()?.id;
        if (!conversationId)
          throw new UsageError('There is no conversation to continue yet. Leave out --continue.');
      }

      const controller = new AbortController();
      const cancel = () => controller.abort(new DOMException('Cancelled by the person.', 'AbortError'));
      process.once('SIGINT', cancel);
      const started = performance.now();
      const streaming = !json && process.stdout.isTTY === true;
      const calls: CallReport[] = [];
      let streamed = '';
      let usage: Usage = { inputTokens: 0, outputTokens: 0 };
      let end: Extract<PlannerEvent, { type: 'finish' | 'error' }> | undefined;
      let turnResumed = false;

      try {
        const turn = startTurn({
          planner,
          executor,
          conversations,
          text: request,
          approved: options.yes === true,
          ...(conversationId ? { conversationId } : {}),
          signal: controller.signal,
        });
        conversationId = turn.conversationId;
        turnResumed = turn.resumed;
        for await (const event of turn.events) {
          if (event.type === 'text-delta' && streaming) {
            streamed += event.text;
            printText(event.text);
          } else if (event.type === 'tool-call-end') {
            calls.push(report(event.name, event.input, event.result));
            trace(traceLine(event.name, event.input, event.result));
          } else if (event.type === 'finish' || event.type === 'error') {
            end = event;
            if (event.type === 'finish') usage = event.usage;
          }
        }
      } finally {
        process.removeListener('SIGINT', cancel);
      }
      const durationMs = Math.round(performance.now() - started);
      const unsaved = end?.type === 'finish' ? end.unsaved : undefined;
      // A turn that could not be saved leaves nothing to continue unless it continued a stored one.
      const kept = runtime.stored() && (!unsaved || turnResumed) ? conversationId : undefined;

      if (!end || end.type === 'error') {
        const error = {
          code: end?.code ?? 'planner_failed',
          message: end?.message ?? 'The planner gave no answer.',
        };
        if (streamed) printText('\n');
        if (json) printJson({ error, toolCalls: calls, model: planner.model, durationMs });
        printNote(`fazt: ${error.message}\n`);
        process.exitCode = EXIT.error;
        return;
      }
      if (json) {
        printJson({
          answer: end.answer,
          status: end.status,
          toolCalls: calls,
          model: planner.model,
          usage,
          durationMs,
          conversationId: kept ?? null,
          ...(unsaved ? { warning: unsaved } : {}),
        });
      } else if (streamed && end.answer.startsWith(streamed)) {
        printText(`${end.answer.slice(streamed.length)}\n`);
      } else {
        printText(`${streamed ? '\n' : ''}${end.answer}\n`);
      }
      if (unsaved) printNote(`fazt: ${unsaved}\n`);
      const tokens =
        usage.inputTokens || usage.outputTokens ? `, ${usage.inputTokens}+${usage.outputTokens} tokens` : '';
      const next = unsaved
        ? 'this turn was not kept'
        : kept
          ? `continue with --conversation ${kept}`
          : 'no cartridge yet, so this turn was not kept';
      trace(`(${planner.model}${tokens}, ${durationMs} ms; ${next})\n`);
      process.exitCode = exitFor(end.status, calls, end.errorCode);
    },
    { lazy: true },
  );
}
