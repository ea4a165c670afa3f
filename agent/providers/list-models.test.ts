import { afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../test/fakes/http.js';
import { type FakeOllamaServer, startFakeOllama } from '../../test/fakes/ollama-server.js';
import { type FakeOpenAIServer, startFakeOpenAI } from '../../test/fakes/openai-server.js';
import { listModels, OPENAI_DEFAULT_BASE_URL } from './list-models.js';

describe('listing models', () => {
  let ollama: FakeOllamaServer | undefined;
  let openai: FakeOpenAIServer | undefined;
  afterEach(async () => {
    await ollama?.close();
    await openai?.close();
    ollama = undefined;
    openai = undefined;
  });

  it('lists offline, the pulled Ollama models and what an OpenAI-compatible server offers', async () => {
    ollama = await startFakeOllama({ models: ['qwen2.5:7b', 'llama3.2:3b'] });
    openai = await startFakeOpenAI({ apiKey: 'sk-test', models: ['gpt-4o-mini', 'gpt-4o'] });
    const listings = await listModels({
      ollamaHost: ollama.host,
      openaiBaseUrl: openai.baseUrl,
      openaiApiKey: 'sk-test',
    });
    expect(listings).toEqual([
      { provider: 'offline', available: true, models: ['offline'] },
      {
        provider: 'ollama',
        url: ollama.host,
        available: true,
        models: ['ollama:llama3.2:3b', 'ollama:qwen2.5:7b'],
      },
      {
        provider: 'openai',
        url: openai.baseUrl,
        available: true,
        models: ['openai:gpt-4o', 'openai:gpt-4o-mini'],
      },
    ]);
  });

  it('reports each provider that cannot answer instead of failing', async () => {
    openai = await startFakeOpenAI({ apiKey: 'sk-right' });
    const host = `http://127.0.0.1:${await closedPort()}`;
    const [offline, down, refused] = await listModels({
      ollamaHost: host,
      openaiBaseUrl: openai.baseUrl,
      openaiApiKey: 'sk-wrong',
    });
    expect(offline!.available).toBe(true);
    expect(down).toMatchObject({
      available: false,
      error: expect.stringMatching(/^Ollama is not running at/),
    });
    expect(refused).toMatchObject({
      available: false,
      error: expect.stringMatching(/API key was refused .*OPENAI_API_KEY/),
    });
  });

  it('does not ask api.openai.com without a key', async () => {
    const [, , openaiListing] = await listModels({
      ollamaHost: `http://127.0.0.1:${await closedPort()}`,
      openaiBaseUrl: OPENAI_DEFAULT_BASE_URL,
      openaiApiKey: undefined,
    });
    expect(openaiListing).toMatchObject({ available: false, skipped: expect.stringMatching(/no API key/) });
  });
});
