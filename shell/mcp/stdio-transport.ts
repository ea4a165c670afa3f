import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, type JSONRPCMessage, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import { safeJson } from '../output.js';
import { firstInvalidUtf8 } from '../utf8.js';
import { type LineStart, readLeadingId } from './leading-id.js';
import { oneLine, typeName } from './request-guard.js';

/** A line longer than this (bytes) is answered with a parse error and skipped, not buffered. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** How much of a line past that limit is kept, to read its id from (`readLeadingId`). */
const HEAD_BYTES = 64 * 1024;

type Id = string | number | null;

/**
 * The request id of a message that failed validation, if one can be read (JSON-RPC 2.0 §5): a
 * string or any finite number (a fraction is discouraged by JSON-RPC, not forbidden, so it is
 * echoed in the error even though fazt accepts only integers).
 */
function readableId(value: unknown): Id {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const { id } = value as { id: unknown };
  return typeof id === 'string' || isEchoableNumber(id) ? id : null;
}

/**
 * A number id the client can match when it is echoed: a safe integer, or a fraction. An integer
 * past 2^53 (`99999999999999999999999999`) has already lost digits when parsed and would come back
 * as `1e+26`, which no client can match, so such a request is refused (-32600) with id null, as
 * JSON-RPC says for an id that cannot be detected (S36).
 */
function isEchoableNumber(id: unknown): id is number {
  return typeof id === 'number' && Number.isFinite(id) && (Number.isSafeInteger(id) || !Number.isInteger(id));
}

/** A request whose number id lost digits when parsed (see `isEchoableNumber`). */
function hasUnsafeId(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (!('id' in value) || !('method' in value)) return false;
  const { id } = value as { id: unknown };
  return typeof id === 'number' && !isEchoableNumber(id);
}

/**
 * A notification: `"jsonrpc": "2.0"`, a method name and no id. An object that lacks even those
 * (JSON-RPC's own example `{"jsonrpc": "2.0", "method": 1}`) is an Invalid Request, answered with id null.
 */
function isNotification(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'id' in value) return false;
  const message = value as Record<string, unknown>;
  return message.jsonrpc === '2.0' && typeof message.method === 'string';
}

/** The id read from the intact start of a line, or null. */
function idBefore(text: string): Id {
  return readLeadingId(text).id ?? null;
}

/** Says in one line why a line is not JSON, from how far it could be read. */
function whyNotJson(start: LineStart, error: unknown): string {
  if (start.damage === 'trailing')
    return `there are bytes after the JSON message (from character ${start.at})`;
  if (start.damage === 'truncated') return 'it ends before the JSON message does (truncated?)';
  return (error as Error).message;
}

/** Why a parsed value is not a JSON-RPC message, in one line. */
function whyInvalid(value: unknown, issues: string): string {
  if (Array.isArray(value)) return 'batches (JSON arrays) are not supported; send one message per line';
  if (typeof value !== 'object' || value === null)
    return `expected a JSON object, got ${JSON.stringify(value).slice(0, 40)}`;
  const message = value as Record<string, unknown>;
  if (message.jsonrpc !== '2.0') return '"jsonrpc": "2.0" is missing or wrong';
  if ('id' in message && !(typeof message.id === 'string' || Number.isSafeInteger(message.id)))
    return `"id" must be a string or an integer, got ${JSON.stringify(message.id)?.slice(0, 40)}`;
  if (
    'params' in message &&
    (typeof message.params !== 'object' || message.params === null || Array.isArray(message.params))
  )
    return `"params" must be an object, got ${typeName(message.params)}`;
  if (!('method' in message) && !('result' in message) && !('error' in message))
    return 'it has no "method" (a request or notification) nor "result"/"error" (a response)';
  return issues;
}

/**
 * MCP over stdin/stdout, one JSON-RPC message a line, that answers every line it can. The SDK's
 * stdio transport drops a line it cannot parse or validate, so a client that sent it waits
 * forever; this one replies as JSON-RPC 2.0 says (§5.1):
 *
 * - not JSON (or truncated, or longer than 16 MiB, or not UTF-8, or with bytes after the message):
 *   `-32700 Parse error` saying which, with the request's id when its intact start holds one
 *   (`readLeadingId`), else null;
 * - a number id past 2^53, which cannot be echoed exactly: `-32600`, id null;
 * - an invalid notification (no id): only logged, as a notification is never answered;
 * - JSON but not a valid message (no `"jsonrpc": "2.0"`, a batch, a bad id): `-32600 Invalid
 *   Request`, with the message's id when it can be read, else null;
 * - an invalid *response* (no method) is only logged: replying to a reply is not allowed.
 *
 * Every such line is also logged on stderr through `log`. Blank lines are ignored.
 *
 * End of input (the client closed stdin, e.g. `printf '…' | fazt mcp`) is not the end of the
 * conversation: the last line is read even without a newline, every request already received is
 * answered, stdout is flushed, and only then does the transport close (`onclose`). Requests the
 * server had sent to the client (elicitation) can no longer be answered, so they get a
 * `-32000 Connection closed` error in the client's place, and a tool waiting for consent is
 * refused instead of waiting forever. A request the client cancelled
 * (`notifications/cancelled`) is not waited for (the SDK sends no reply to it).
 */
export class LineStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private chunks: Buffer[] = [];
  private size = 0;
  private discarding = false;
  /** The start of a line being discarded for its length, to answer it with its id. */
  private head: Buffer | undefined;
  private lineNumber = 0;
  private closed = false;
  /** stdin has ended: answer what is in flight, then close. */
  private ended = false;
  /** Requests received and not yet answered: id → how many (a client may reuse an id). */
  private readonly inFlight = new Map<Id, number>();
  /** Requests sent to the client (elicitation) and not yet answered by it. */
  private readonly awaitingClient = new Set<Id>();
  /**
   * Requests are handled one at a time, in the order they arrived (`ping` aside): a request held
   * here starts once the one before it is answered, so "remember" then "recall" piped in one go
   * reads what was just written (S30). `running` is the id of the one being handled.
   */
  private readonly waiting: JSONRPCMessage[] = [];
  private running: { id: Id } | undefined;
  /** The last write to stdout, resolved once it has been handed to the operating system. */
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(
    private readonly stdin: NodeJS.ReadableStream = process.stdin,
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly log: (line: string) => void = () => {},
  ) {}

  private readonly onData = (chunk: Buffer) => {
    let rest = chunk;
    for (let newline = rest.indexOf(0x0a); newline !== -1; newline = rest.indexOf(0x0a)) {
      this.take(rest.subarray(0, newline));
      this.finishLine();
      rest = rest.subarray(newline + 1);
    }
    this.take(rest);
  };

  private readonly onEnd = () => {
    if (this.size > 0 || this.discarding) this.finishLine();
    this.ended = true;
    for (const id of this.awaitingClient) this.answerForGoneClient(id);
    this.closeWhenAnswered();
  };

  private readonly onError = (error: Error) => this.onerror?.(error);

  /** stdout broke (EPIPE: the client stopped reading): nothing more can be said, so close. */
  private readonly onOutputError = (error: Error) => {
    this.log(`cannot write to stdout (${error.message}); closing`);
    void this.close();
  };

  /** Answers, in the client's place, a request sent to it after it closed its input. */
  private answerForGoneClient(id: Id): void {
    this.awaitingClient.delete(id);
    queueMicrotask(() =>
      this.onmessage?.({
        jsonrpc: '2.0',
        id: id as string | number,
        error: { code: ErrorCode.ConnectionClosed, message: 'Connection closed: the client closed stdin' },
      }),
    );
  }

  private settle(id: Id): void {
    if (this.running?.id === id) {
      this.running = undefined;
      this.startNext();
    }
    const count = this.inFlight.get(id);
    if (count === undefined) return;
    if (count > 1) this.inFlight.set(id, count - 1);
    else this.inFlight.delete(id);
    this.closeWhenAnswered();
  }

  /** After end of input, once every request is answered and written out: close. */
  private closeWhenAnswered(): void {
    if (!this.ended || this.closed || this.inFlight.size > 0) return;
    void this.lastWrite.then(() => this.close());
  }

  /** Hands on the next waiting request when none is being handled (see `waiting`). */
  private startNext(): void {
    if (this.running || this.closed) return;
    const next = this.waiting.shift();
    if (!next || !('id' in next)) return;
    this.running = { id: next.id ?? null };
    this.onmessage?.(next);
  }

  /** Keeps count of what must be answered before closing, then hands the message on. */
  private deliver(message: JSONRPCMessage): void {
    if ('method' in message && 'id' in message) {
      this.inFlight.set(message.id, (this.inFlight.get(message.id) ?? 0) + 1);
      if (message.method !== 'ping') {
        this.waiting.push(message);
        this.startNext();
        return;
      }
    } else if ('method' in message && message.method === 'notifications/cancelled') {
      const id = (message.params as { requestId?: unknown } | undefined)?.requestId;
      // A request cancelled before it started is never started (the SDK would not answer it).
      const held = this.waiting.findIndex((each) => 'id' in each && each.id === id);
      if (held !== -1) this.waiting.splice(held, 1);
      if (typeof id === 'string' || typeof id === 'number') queueMicrotask(() => this.settle(id));
    } else if (!('method' in message) && 'id' in message) {
      this.awaitingClient.delete(message.id ?? null);
    }
    this.onmessage?.(message);
  }

  private take(part: Buffer): void {
    if (this.discarding || part.length === 0) return;
    if (this.size + part.length > MAX_LINE_BYTES) {
      this.head = Buffer.concat([...this.chunks, part.subarray(0, HEAD_BYTES)]).subarray(0, HEAD_BYTES);
      this.chunks = [];
      this.size = 0;
      this.discarding = true;
      return;
    }
    this.chunks.push(part);
    this.size += part.length;
  }

  private finishLine(): void {
    this.lineNumber += 1;
    const tooLong = this.discarding;
    const bytes = Buffer.concat(this.chunks);
    const broken = firstInvalidUtf8(bytes);
    const line = bytes.toString('utf8').replace(/\r$/, '');
    this.chunks = [];
    this.size = 0;
    this.discarding = false;
    const head = this.head;
    this.head = undefined;
    if (tooLong) {
      // The head may end inside a character: what decodes of it is enough to read the id.
      this.refuse(
        idBefore((head ?? Buffer.alloc(0)).toString('utf8')),
        ErrorCode.ParseError,
        `Parse error: the message is longer than ${MAX_LINE_BYTES} bytes`,
      );
      return;
    }
    if (line.trim() === '') return;
    if (broken !== -1) {
      // Decoded anyway, the bytes would become U+FFFD and be stored as if they were meant.
      const hex = (bytes[broken] as number).toString(16).toUpperCase().padStart(2, '0');
      this.refuse(
        idBefore(bytes.subarray(0, broken).toString('utf8')),
        ErrorCode.ParseError,
        `Parse error: the line is not valid UTF-8 (byte ${broken}, 0x${hex})`,
      );
      return;
    }
    this.handleLine(line);
  }

  private handleLine(line: string): void {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const start = readLeadingId(line);
      this.refuse(
        start.id ?? null,
        ErrorCode.ParseError,
        `Parse error: the line is not JSON: ${whyNotJson(start, error)}`,
      );
      return;
    }
    if (hasUnsafeId(value)) {
      this.refuse(
        null,
        ErrorCode.InvalidRequest,
        `Invalid Request: the number "id" is past ±${Number.MAX_SAFE_INTEGER}, so it cannot be echoed exactly; send a smaller integer or a string`,
      );
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (parsed.success) {
      this.deliver(parsed.data);
      return;
    }
    if (Array.isArray(value)) {
      // A batch: each request in it whose id can be read gets its own error, so none waits (S30).
      const ids = value
        .filter((each) => typeof each === 'object' && each !== null && 'method' in each)
        .map(readableId);
      const readable = ids.filter((id) => id !== null);
      const why = whyInvalid(value, '');
      for (const id of readable.length > 0 ? readable : [null])
        this.refuse(id, ErrorCode.InvalidRequest, `Invalid Request: ${why}`);
      return;
    }
    const why = whyInvalid(value, oneLine(parsed.error));
    const isResponse =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      !('method' in value) &&
      ('result' in value || 'error' in value);
    if (isResponse) {
      this.log(`line ${this.lineNumber}: ignored an invalid response: ${why}`);
      return;
    }
    if (isNotification(value)) {
      // JSON-RPC 2.0 §4.1: a notification is never answered, even when it is invalid (S36).
      this.log(`line ${this.lineNumber}: ignored an invalid notification: ${why}`);
      return;
    }
    this.refuse(readableId(value), ErrorCode.InvalidRequest, `Invalid Request: ${why}`);
  }

  private refuse(id: Id, code: number, message: string): void {
    this.log(
      `line ${this.lineNumber}: ${message} (answered with error ${code}${id === null ? '' : ` for id ${JSON.stringify(id)}`})`,
    );
    this.write({ jsonrpc: '2.0', id, error: { code, message } });
  }

  /** Writes one line; resolves once the operating system has it (so exiting loses nothing). */
  private write(message: unknown): Promise<void> {
    if (this.closed) return Promise.resolve();
    const written = new Promise<void>((resolve) => {
      this.stdout.write(`${safeJson(message)}\n`, () => resolve());
    });
    this.lastWrite = this.lastWrite.then(() => written);
    return written;
  }

  async start(): Promise<void> {
    this.stdin.on('data', this.onData);
    this.stdin.on('end', this.onEnd);
    this.stdin.on('error', this.onError);
    this.stdout.on('error', this.onOutputError);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    const isRequest = 'method' in message && 'id' in message;
    if (isRequest && this.ended) {
      // The client cannot answer any more: answer for it once the request is "sent".
      this.awaitingClient.add(message.id);
      this.answerForGoneClient(message.id);
      return;
    }
    if (isRequest) this.awaitingClient.add(message.id);
    const written = this.write(message);
    if (!('method' in message) && 'id' in message) {
      await written;
      this.settle(message.id ?? null);
      return;
    }
    return written;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stdin.off('data', this.onData);
    this.stdin.off('end', this.onEnd);
    this.stdin.off('error', this.onError);
    this.stdout.off('error', this.onOutputError);
    if (this.stdin.listenerCount('data') === 0) this.stdin.pause();
    this.onclose?.();
  }
}
