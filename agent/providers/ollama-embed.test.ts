import { afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../test/fakes/http.js';
import { type FakeOllamaServer, fakeEmbedding, startFakeOllama } from '../../test/fakes/ollama-server.js';
import { createOllamaEmbedder } from './ollama-embed.js';

describe('ollama embeddings', () => {
  let server: FakeOllamaServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('embeds texts in one /api/embed request, in order', async () => {
    server = await startFakeOllama({ models: ['nomic-embed-text:latest'], dimensions: 16 });
    const embedder = createOllamaEmbedder({ host: server.host, model: 'nomic-embed-text' });
    const vectors = await embedder.embed(['bike lock', 'garage code']);
    expect(vectors).toEqual([fakeEmbedding('bike lock', 16), fakeEmbedding('garage code', 16)]);
    expect(server.requests.map((request) => [request.path, request.body])).toEqual([
      ['/api/embed', { model: 'nomic-embed-text', input: ['bike lock', 'garage code'] }],
    ]);
    expect(await embedder.embed([])).toEqual([]);
  });

  it('says which model to pull, and when Ollama is not running', async () => {
    server = await startFakeOllama({ models: ['qwen2.5:7b'] });
    const missing = createOllamaEmbedder({ host: server.host, model: 'nomic-embed-text' });
    await expect(missing.embed(['x'])).rejects.toThrow(/Run `ollama pull nomic-embed-text`/);
    const host = `http://127.0.0.1:${await closedPort()}`;
    await expect(createOllamaEmbedder({ host, model: 'nomic-embed-text' }).embed(['x'])).rejects.toThrow(
      `Ollama is not running at ${host} — start it with \`ollama serve\``,
    );
  });
});
