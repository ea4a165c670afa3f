import { z } from 'zod';
import { UsageError } from './errors.js';
import type { Prepare } from './statements.js';

/**
 * Every configuration key fazt knows, with its type and default. Configuration lives in the
 * cartridge, so copying the file carries it along.
 */
export const configKeys = {
  model: {
    schema: z
      .string()
      .regex(/^(offline|ollama:.+|openai:.+)$/, 'use "offline", "ollama:<model>" or "openai:<model>"'),
    default: 'offline',
    description: 'Which planner answers `fazt ask`: offline, ollama:<model> or openai:<model>.',
  },
  'ollama.host': {
    schema: z.url(),
    default: 'http://127.0.0.1:11434',
    description: 'Where the Ollama server listens.',
  },
  'openai.baseUrl': {
    schema: z.url(),
    default: 'https://api.openai.com/v1',
    description: 'Base URL of an OpenAI-compatible API (OpenAI, OpenRouter, LM Studio, vLLM, llama.cpp).',
  },
  'openai.apiKey': {
    schema: z.string().min(1),
    default: '',
    description: 'API key for the OpenAI-compatible endpoint (OPENAI_API_KEY wins when set).',
    secret: true,
  },
  'knowledge.embedder': {
    schema: z
      .string()
      .regex(/^(offline|ollama:.+|openai:.+)$/, 'use "offline", "ollama:<model>" or "openai:<model>"'),
    default: 'offline',
    description:
      'What `fazt learn` embeds documents with: offline (no vectors), ollama:<model> or openai:<model>.',
  },
  'agent.maxSteps': {
    schema: z.number().int().min(1).max(50),
    default: 8,
    description: 'How many tool-calling steps the planner may take for one request.',
  },
  'server.host': {
    schema: z.string().min(1),
    default: '127.0.0.1',
    description: 'Address `fazt serve` binds to.',
  },
  'server.port': {
    schema: z.number().int().min(0).max(65535),
    default: 7777,
    description: 'Port `fazt serve` listens on.',
  },
  'chat.approve': {
    schema: z.enum(['destructive', 'writes']),
    default: 'destructive',
    description:
      'Which tool calls the chat asks about first: destructive ones (default), or writes too (`writes`).',
  },
  'chat.notify': {
    schema: z.boolean(),
    default: true,
    description: 'Ring the terminal bell (OSC 9 where supported) when a chat turn over 10 s finishes.',
  },
  'mcp.rateLimit': {
    schema: z.number().int().min(1),
    default: 600,
    description: 'Requests per minute each MCP token may make over HTTP.',
  },
} satisfies Record<string, ConfigKeySpec>;

interface ConfigKeySpec {
  schema: z.ZodType;
  default: unknown;
  description: string;
  secret?: boolean;
}

export type ConfigKey = keyof typeof configKeys;
export type ConfigValue<K extends ConfigKey> = z.output<(typeof configKeys)[K]['schema']>;

/** One setting as the store and the config tools return it: the only declaration of its shape. */
export const configEntry = z.object({
  key: z.enum(Object.keys(configKeys) as [ConfigKey, ...ConfigKey[]]),
  value: z.unknown(),
  isDefault: z.boolean(),
  description: z.string(),
  secret: z.boolean(),
});

export type ConfigEntry = z.output<typeof configEntry>;

export interface ConfigStore {
  get<K extends ConfigKey>(key: K): ConfigValue<K>;
  /** Validates and stores a value; strings from a command line are coerced to the key's type. */
  set(key: string, value: unknown): ConfigEntry;
  unset(key: string): void;
  list(): ConfigEntry[];
}

export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(configKeys, key);
}

export function assertConfigKey(key: string): ConfigKey {
  if (!isConfigKey(key)) {
    throw new UsageError(`Unknown config key "${key}". Known keys: ${Object.keys(configKeys).join(', ')}.`, {
      code: 'config_key_unknown',
    });
  }
  return key;
}

function coerce(key: ConfigKey, value: unknown): unknown {
  const spec: ConfigKeySpec = configKeys[key];
  if (typeof value === 'string' && spec.schema instanceof z.ZodNumber) {
    const number = Number(value);
    return value.trim() === '' || Number.isNaN(number) ? value : number;
  }
  if (typeof value === 'string' && spec.schema instanceof z.ZodBoolean) {
    const word = value.trim().toLowerCase();
    if (['true', 'on', 'yes', '1'].includes(word)) return true;
    if (['false', 'off', 'no', '0'].includes(word)) return false;
  }
  return value;
}

export function createConfigStore(prepare: Prepare): ConfigStore {
  const read = (key: ConfigKey): { value: unknown; isDefault: boolean } => {
    const row = prepare('SELECT value FROM config WHERE key = ?').get(key) as { value: string } | undefined;
    return row
      ? { value: JSON.parse(row.value), isDefault: false }
      : { value: configKeys[key].default, isDefault: true };
  };
  const entry = (key: ConfigKey): ConfigEntry => {
    const spec: ConfigKeySpec = configKeys[key];
    return { key, ...read(key), description: spec.description, secret: spec.secret ?? false };
  };

  return {
    get(key) {
      return read(key).value as never;
    },

    set(rawKey, rawValue) {
      const key = assertConfigKey(rawKey);
      const parsed = configKeys[key].schema.safeParse(coerce(key, rawValue));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UsageError(
          `Invalid value for config key "${key}": ${issue?.message ?? 'wrong type'}. ${configKeys[key].description}`,
          { code: 'config_value_invalid' },
        );
      }
      prepare(
        `INSERT INTO config (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(key, JSON.stringify(parsed.data), Date.now());
      return entry(key);
    },

    unset(rawKey) {
      prepare('DELETE FROM config WHERE key = ?').run(assertConfigKey(rawKey));
    },

    list() {
      return (Object.keys(configKeys) as ConfigKey[]).map(entry);
    },
  };
}
