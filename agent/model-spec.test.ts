import { describe, expect, it } from 'vitest';
import type { ConfigStore } from '../cartridge/config.js';
import { testRuntime } from '../test/helpers/runtime.js';
import { modelSettings, normaliseOllamaHost } from './model-settings.js';
import { parseModelSpec } from './model-spec.js';

describe('model setting', () => {
  it('parses offline, ollama and openai models, keeping colons in the model name', () => {
    expect(parseModelSpec('offline')).toEqual({ provider: 'offline', id: 'offline' });
    expect(parseModelSpec('ollama:qwen2.5:7b')).toEqual({
      provider: 'ollama',
      model: 'qwen2.5:7b',
      id: 'ollama:qwen2.5:7b',
    });
    expect(parseModelSpec(' openai:gpt-4o-mini ')).toMatchObject({
      provider: 'openai',
      model: 'gpt-4o-mini',
    });
  });

  it('refuses anything else with the forms it accepts', () => {
    for (const bad of ['', 'gpt-4o', 'ollama:', 'anthropic:claude', 'openai:gpt 4']) {
      expect(() => parseModelSpec(bad)).toThrow(/Use "offline", "ollama:<model>" .* `fazt models`/);
    }
  });
});

describe('model settings', () => {
  it('normalises Ollama hosts the way people write them', () => {
    expect(normaliseOllamaHost('localhost')).toBe('http://localhost:11434');
    expect(normaliseOllamaHost(':11500')).toBe('http://127.0.0.1:11500');
    expect(normaliseOllamaHost('0.0.0.0:11434')).toBe('http://127.0.0.1:11434');
    expect(normaliseOllamaHost('https://ollama.example.com/')).toBe('https://ollama.example.com');
  });

  it('takes the key and base URL from the environment first, the cartridge second', () => {
    const harness = testRuntime();
    try {
      const config: ConfigStore = harness.cartridge.config;
      expect(modelSettings(config, {})).toMatchObject({
        ollamaHost: 'http://127.0.0.1:11434',
        openaiBaseUrl: 'https://api.openai.com/v1',
        openaiApiKey: undefined,
        maxSteps: 8,
        timeoutMs: 120_000,
        maxRetries: 2,
      });
      config.set('openai.apiKey', 'sk-cartridge');
      config.set('openai.baseUrl', 'http://127.0.0.1:1234/v1/');
      config.set('agent.maxSteps', '3');
      expect(modelSettings(config, {})).toMatchObject({
        openaiApiKey: 'sk-cartridge',
        openaiBaseUrl: 'http://127.0.0.1:1234/v1',
        maxSteps: 3,
      });
      const env = {
        OPENAI_API_KEY: 'sk-env',
        OPENAI_BASE_URL: 'http://lmstudio:1234/v1',
        OLLAMA_HOST: '0.0.0.0:11500',
      };
      expect(modelSettings(config, env)).toMatchObject({
        openaiApiKey: 'sk-env',
        openaiBaseUrl: 'http://lmstudio:1234/v1',
        ollamaHost: 'http://127.0.0.1:11500',
      });
      config.set('ollama.host', 'http://gpu-box:11434');
      expect(modelSettings(config, env).ollamaHost).toBe('http://gpu-box:11434');
      expect(
        modelSettings(config, { FAZT_MODEL_TIMEOUT_MS: '500', FAZT_MODEL_MAX_RETRIES: '0' }),
      ).toMatchObject({
        timeoutMs: 500,
        maxRetries: 0,
      });
      expect(() => modelSettings(config, { FAZT_MODEL_TIMEOUT_MS: 'soon' })).toThrow(
        /FAZT_MODEL_TIMEOUT_MS=soon is not a whole number/,
      );
    } finally {
      harness.close();
    }
  });
});
