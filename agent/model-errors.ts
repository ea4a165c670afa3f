import { FaztError } from '../cartridge/errors.js';

/** Which model server a request went to, so messages can name it and say what to do. */
export interface ModelTarget {
  provider: 'ollama' | 'openai';
  /** The model name without the provider prefix (`qwen2.5:7b`, `gpt-4o-mini`). */
  model: string;
  /** The server: Ollama's host or the OpenAI-compatible base URL. */
  url: string;
}

type ErrorOptions = { cause?: unknown };

/** A model request failed. Subclasses say why; every message says what to do next. */
export class ModelError extends FaztError {
  constructor(message: string, code: string, options: ErrorOptions = {}) {
    super(message, { code, kind: 'failed', cause: options.cause });
    this.name = 'ModelError';
  }
}

/** The server refused the API key (401/403), or none is configured where one is needed. */
export class ModelAuthError extends ModelError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, 'model_auth', options);
    this.name = 'ModelAuthError';
  }
}

/** The server kept answering 429 after the bounded retries. */
export class ModelRateLimitError extends ModelError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, 'model_rate_limited', options);
    this.name = 'ModelRateLimitError';
  }
}

/** Nothing answers at the configured address (connection refused, unknown host). */
export class ModelUnreachableError extends ModelError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, 'model_unreachable', options);
    this.name = 'ModelUnreachableError';
  }
}

/** The server does not have the model (not pulled in Ollama, unknown to the API). */
export class ModelNotFoundError extends ModelError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, 'model_not_found', options);
    this.name = 'ModelNotFoundError';
  }
}

/** The model did not answer in time. */
export class ModelTimeoutError extends ModelError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, 'model_timeout', options);
    this.name = 'ModelTimeoutError';
  }
}

/** The server failed (5xx), sent something unreadable, or cut the answer off. */
export class ModelResponseError extends ModelError {
  constructor(message: string, code = 'model_failed', options: ErrorOptions = {}) {
    super(message, code, options);
    this.name = 'ModelResponseError';
  }
}

/** The request was cancelled (Ctrl-C, a closed chat). */
export class ModelCancelledError extends ModelError {
  constructor(options: ErrorOptions = {}) {
    super('Cancelled. Nothing of this turn was saved.', 'cancelled', options);
    this.name = 'ModelCancelledError';
  }
}

/** The model setting cannot be used as written (`fazt config set model …`, `--model`). */
export class ModelConfigError extends FaztError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, { code: 'model_config', kind: 'invalid_input', cause: options.cause });
    this.name = 'ModelConfigError';
  }
}
