/**
 * What kind of failure an error is, whatever its detailed `code`. Surfaces decide by this: the
 * executor maps it to a tool result's error code, the CLI (and only the CLI) to an exit code.
 * - `invalid_input`: the request was wrong; fix it and try again.
 * - `not_found`: the thing asked for does not exist (no note #7, nothing remembered under X).
 * - `conflict`: the request clashes with what is already there (a name taken, a file in the way).
 * - `failed`: fazt or its surroundings could not do it (disk, a too-new cartridge, a model server).
 */
export type ErrorKind = 'invalid_input' | 'not_found' | 'conflict' | 'failed';

const faztMarker = Symbol.for('fazt.error');

/** Whether `error` carries `marker`: works across copies of this module (bundles, workers). */
function hasMarker(error: unknown, marker: symbol): boolean {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
}

/**
 * The one error type fazt throws on purpose. Every message says what happened and what to do
 * next; `kind` says what sort of failure it is, `code` names it exactly (`cartridge_missing`).
 * Test for a class with `XError.isInstance(error)` (as the AI SDK does), not `instanceof`.
 */
export class FaztError extends Error {
  readonly [faztMarker] = true;
  readonly code: string;
  readonly kind: ErrorKind;

  constructor(message: string, options: { code?: string; kind?: ErrorKind; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FaztError';
    this.kind = options.kind ?? 'failed';
    this.code = options.code ?? this.kind;
  }

  static isInstance(error: unknown): error is FaztError {
    return hasMarker(error, faztMarker);
  }
}

const usageMarker = Symbol.for('fazt.error.usage');

/** Bad usage or invalid input: the caller can fix it and try again (kind `invalid_input`). */
export class UsageError extends FaztError {
  readonly [usageMarker] = true;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'usage', kind: 'invalid_input', cause: options.cause });
    this.name = 'UsageError';
  }

  static override isInstance(error: unknown): error is UsageError {
    return hasMarker(error, usageMarker);
  }
}

const notFoundMarker = Symbol.for('fazt.error.not_found');

/** The thing asked for does not exist (kind `not_found`); the message says how to find what does. */
export class NotFoundError extends FaztError {
  readonly [notFoundMarker] = true;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'not_found', kind: 'not_found', cause: options.cause });
    this.name = 'NotFoundError';
  }

  static override isInstance(error: unknown): error is NotFoundError {
    return hasMarker(error, notFoundMarker);
  }
}

const conflictMarker = Symbol.for('fazt.error.conflict');

/** The request clashes with what is already there (kind `conflict`): a name taken, a file in the way. */
export class ConflictError extends FaztError {
  readonly [conflictMarker] = true;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'conflict', kind: 'conflict', cause: options.cause });
    this.name = 'ConflictError';
  }

  static override isInstance(error: unknown): error is ConflictError {
    return hasMarker(error, conflictMarker);
  }
}

const cartridgeMarker = Symbol.for('fazt.error.cartridge');

/** The cartridge cannot be used as asked: too new, corrupt, missing, locked (kind `failed`). */
export class CartridgeError extends FaztError {
  readonly [cartridgeMarker] = true;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'cartridge', kind: 'failed', cause: options.cause });
    this.name = 'CartridgeError';
  }

  static override isInstance(error: unknown): error is CartridgeError {
    return hasMarker(error, cartridgeMarker);
  }
}

/** Turns anything thrown into a message a person can read. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
