/**
 * The one error type fazt throws on purpose. Every message says what happened and what to do
 * next; `exitCode` tells the CLI how to end (1 runtime, 2 bad usage or input, 3 needs approval).
 */
export class FaztError extends Error {
  readonly code: string;
  readonly exitCode: number;

  constructor(message: string, options: { code?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FaztError';
    this.code = options.code ?? 'fazt_error';
    this.exitCode = options.exitCode ?? 1;
  }

  static isInstance(error: unknown): error is FaztError {
    return error instanceof FaztError;
  }
}

/** Bad usage or invalid input: the caller can fix it and try again (exit code 2). */
export class UsageError extends FaztError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'usage', exitCode: 2, cause: options.cause });
    this.name = 'UsageError';
  }
}

/** The cartridge cannot be used as asked: too new, corrupt, missing, locked. */
export class CartridgeError extends FaztError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'cartridge', exitCode: 1, cause: options.cause });
    this.name = 'CartridgeError';
  }
}

/** Turns anything thrown into a message a person can read. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
