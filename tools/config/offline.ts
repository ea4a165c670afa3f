/** What the offline planner knows about the config tools: settings by the names people use. */
import { configKeys } from '../../cartridge/config.js';
import { wordTable } from '../../cartridge/lexicon.js';
import { similarity } from '../../cartridge/text-similarity.js';
import type { SlotCheck } from '../offline.js';

const CONFIG_ALIASES: Readonly<Record<string, string>> = wordTable({
  model: 'model',
  'language model': 'model',
  llm: 'model',
  ai: 'model',
  planner: 'model',
  ollama: 'model',
  openai: 'model',
  provider: 'model',
  'ollama host': 'ollama.host',
  'ollama url': 'ollama.host',
  'ollama server': 'ollama.host',
  'openai base url': 'openai.baseUrl',
  'openai url': 'openai.baseUrl',
  'base url': 'openai.baseUrl',
  'openai key': 'openai.apiKey',
  'openai api key': 'openai.apiKey',
  'api key': 'openai.apiKey',
  'ai model': 'model',
  'model name': 'model',
  'max steps': 'agent.maxSteps',
  steps: 'agent.maxSteps',
  'server host': 'server.host',
  host: 'server.host',
  'server port': 'server.port',
  port: 'server.port',
  'rate limit': 'mcp.rateLimit',
  'mcp rate limit': 'mcp.rateLimit',
});

/** A config key from how a person says it ("the model", "server port", "agent.maxSteps"). */
export function resolveConfigKey(text: string): string | undefined {
  const wanted = text
    .trim()
    .replace(/^(?:the|my|your)\s+/i, '')
    .replace(/\s+(?:setting|option|config|value)$/i, '');
  const exact = Object.keys(configKeys).find((key) => key.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const spaced = wanted
    .toLowerCase()
    .replace(/[._-]+/g, ' ')
    .replace(/\s+/g, ' ');
  const alias = CONFIG_ALIASES[spaced];
  if (alias) return alias;
  let best: { key: string; score: number } | undefined;
  for (const key of Object.keys(configKeys)) {
    const score = similarity(
      spaced,
      key
        .replace(/[.]/g, ' ')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase(),
    );
    if (score >= 0.8 && (!best || score > best.score)) best = { key, score };
  }
  return best?.key;
}

export const configKey = (value: unknown): SlotCheck => {
  const key = typeof value === 'string' ? resolveConfigKey(value) : undefined;
  return key
    ? { value: key, bonus: 0.5 }
    : {
        problem: {
          field: 'key',
          message: `there is no setting called "${String(value)}" (settings: ${Object.keys(configKeys).join(', ')})`,
        },
      };
};
