import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama } from '../fakes/ollama-server.js';
import { type FakeOpenAIServer, type OpenAIReply, startFakeOpenAI } from '../fakes/openai-server.js';
import {
  cartridgeCounts,
  collect,
  ROOT,
  runCli,
  runCliJson,
  spawnCli,
  useTempCartridge,
} from '../helpers/cli.js';

/** Environment that points the openai provider at a fake and keeps the outer machine's settings out. */
const openaiEnv = (server: FakeOpenAIServer) => ({
  OPENAI_BASE_URL: server.baseUrl,
  OPENAI_API_KEY: 'sk-test',
  OLLAMA_HOST: '',
  FAZT_MODEL_TIMEOUT_MS: '5000',
  FAZT_MODEL_MAX_RETRIES: '0',
});

interface AskJson {
  answer: string;
  status: string;
  toolCalls: Array<{
    name: string;
    input: unknown;
    output?: unknown;
    error?: { code: string; message: string };
  }>;
  model: string;
  usage: { inputTokens: number; outputTokens: number };
  durationMs: number;
  conversationId: string;
}

describe('fazt ask', () => {
  const cart = useTempCartridge();
  let server: FakeOpenAIServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const openai = async (...replies: OpenAIReply[]) => {
    server = await startFakeOpenAI({ apiKey: 'sk-test', replies });
    return server;
  };

  it('answers offline by default: answer on stdout, trace on stderr, nothing but JSON with --json', async () => {
    const saved = await runCli(['ask', 'remember', 'that', 'my', 'bike', 'lock', 'code', 'is', '4312'], {
      cartridge: cart().path,
    });
    expect(saved.code).toBe(0);
    expect(saved.stdout).toBe('Remembered: your bike lock code is 4312.\n');
    expect(saved.stderr).toMatch(
      /^· memory_remember \{"key":"bike lock code","value":"4312"\} → ok \(\d+ ms\)\n/,
    );
    expect(saved.stderr).toMatch(/\(offline, \d+ ms; continue with --conversation [0-9a-f]{12}\)\n$/);

    const answer = await runCliJson<AskJson>(['ask', '--json', 'what is my bike lock code?'], {
      cartridge: cart().path,
    });
    expect(answer).toMatchObject({
      answer: 'Your bike lock code is 4312.',
      status: 'done',
      model: 'offline',
      usage: { inputTokens: 0, outputTokens: 0 },
      toolCalls: [{ name: 'memory_recall', input: { key: 'bike lock code' }, output: { found: true } }],
    });
    expect(answer.durationMs).toBeGreaterThanOrEqual(0);
    expect((await cartridgeCounts(cart().path)).conversations).toBe(2);
  });

  it('--quiet hides the trace', async () => {
    const result = await runCli(['ask', '--quiet', 'remember that the garage code is 7781'], {
      cartridge: cart().path,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/7781/);
  });

  it('refuses an empty request or an unknown model with exit code 2', async () => {
    const empty = await runCli(['ask', '  '], { cartridge: cart().path });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^fazt: Say what you want/);
    const model = await runCli(['ask', '--json', '--model', 'gpt4', 'hello'], { cartridge: cart().path });
    expect(model.code).toBe(2);
    expect(JSON.parse(model.stdout)).toMatchObject({ error: { code: 'model_config' } });
  });

  it('reads the request from stdin when none is given', async () => {
    const result = await runCli(['ask', '--quiet'], {
      cartridge: cart().path,
      input: 'remember that the shed code is 2468\n',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2468/);
  });

  it('does not run a destructive step without --yes (exit 3), and does with it', async () => {
    await runCli(['run', 'notes_add', '--text', 'old shopping list'], { cartridge: cart().path });
    const fake = await openai(
      { toolCalls: [{ name: 'notes_delete', arguments: { id: 1 } }] },
      { toolCalls: [{ name: 'notes_delete', arguments: { id: 1 } }] },
      { text: 'Deleted the old shopping list.' },
    );
    const args = ['ask', '--model', 'openai:gpt-4o-mini', 'delete my old shopping list note'];
    const held = await runCli(args, { cartridge: cart().path, env: openaiEnv(fake) });
    expect(held.code).toBe(3);
    expect(held.stdout).toMatch(
      /^Not done yet: I would delete a note \(notes_delete \{"id":1\}\).*ask again with --yes\.\n$/,
    );
    expect(held.stderr).toMatch(/· notes_delete \{"id":1\} → needs approval, not run/);
    expect((await cartridgeCounts(cart().path)).notes).toBe(1);

    const done = await runCli([...args, '--yes', '--json'], { cartridge: cart().path, env: openaiEnv(fake) });
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({
      answer: 'Deleted the old shopping list.',
      status: 'done',
      toolCalls: [{ name: 'notes_delete', input: { id: 1 }, output: { deleted: { id: 1 } } }],
    });
    expect((await cartridgeCounts(cart().path)).notes).toBe(0);
  });

  it('the offline planner also needs --yes for destructive work', async () => {
    await runCli(['run', 'notes_add', '--text', 'milk'], { cartridge: cart().path });
    const held = await runCli(['ask', 'delete note 1'], { cartridge: cart().path });
    expect(held.code).toBe(3);
    expect((await cartridgeCounts(cart().path)).notes).toBe(1);
    const done = await runCli(['ask', '--yes', 'delete note 1'], { cartridge: cart().path });
    expect(done.code).toBe(0);
    expect((await cartridgeCounts(cart().path)).notes).toBe(0);
  });

  it('reports tool calls, usage and the conversation under --json, and resumes the conversation', async () => {
    const fake = await openai(
      {
        toolCalls: [
          { name: 'memory_remember', arguments: { key: 'locker' } },
          { name: 'memory_remember', arguments: { key: 'locker', value: '42' } },
        ],
        usage: { input: 400, output: 30 },
      },
      { text: 'Remembered your locker number.', usage: { input: 450, output: 8 } },
      { text: 'It was 42.', usage: { input: 500, output: 5 } },
    );
    await runCli(['config', 'set', 'model', 'openai:gpt-4o-mini'], { cartridge: cart().path });
    const first = await runCliJson<AskJson>(['ask', '--json', 'my locker is 42'], {
      cartridge: cart().path,
      env: openaiEnv(fake),
    });
    expect(first).toMatchObject({
      model: 'openai:gpt-4o-mini',
      status: 'done',
      usage: { inputTokens: 850, outputTokens: 38 },
      toolCalls: [
        { name: 'memory_remember', input: { key: 'locker' }, error: { code: 'invalid_input' } },
        { name: 'memory_remember', input: { key: 'locker', value: '42' }, output: { created: true } },
      ],
    });
    const second = await runCliJson<AskJson>(
      ['ask', '--json', '--conversation', first.conversationId, 'what was the number?'],
      { cartridge: cart().path, env: openaiEnv(fake) },
    );
    expect(second).toMatchObject({ answer: 'It was 42.', conversationId: first.conversationId });
    const replayed = fake.chatRequests()[2]!.messages.map((message) => message.role);
    expect(replayed).toEqual(['system', 'user', 'assistant', 'tool', 'tool', 'assistant', 'user']);

    fake.reply({ text: 'Still 42.' });
    const third = await runCliJson<AskJson>(['ask', '--json', '--continue', 'sure?'], {
      cartridge: cart().path,
      env: openaiEnv(fake),
    });
    expect(third.conversationId).toBe(first.conversationId);
  });

  it('a model failure exits 1 with a clear message and stores no part of the turn', async () => {
    const fake = await startFakeOpenAI({ apiKey: 'sk-right' });
    server = fake;
    const result = await runCli(['ask', '--json', '--model', 'openai:gpt-4o-mini', 'hello'], {
      cartridge: cart().path,
      env: { ...openaiEnv(fake), OPENAI_API_KEY: 'sk-wrong' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^fazt: The API key was refused by .* Set OPENAI_API_KEY or `fazt config set openai\.apiKey …`\.\n$/m,
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { code: 'model_auth' },
      model: 'openai:gpt-4o-mini',
    });
    const counts = await cartridgeCounts(cart().path);
    expect([counts.conversations, counts.messages]).toEqual([0, 0]);
  });

  it('an answer cut off mid-stream exits 1 and stores nothing', async () => {
    const fake = await openai({ text: 'Your bike lock code is definitely', cutAfterEvents: 4 });
    const result = await runCli(['ask', '--model', 'openai:gpt-4o-mini', 'bike lock code?'], {
      cartridge: cart().path,
      env: openaiEnv(fake),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/fazt: The connection to .* was cut off in the middle of the answer/);
    expect((await cartridgeCounts(cart().path)).messages).toBe(0);
  });

  it('Ctrl-C cancels the request and stores nothing', async () => {
    const fake = await openai({ text: 'A story that never ends', stallAfterEvents: 3 });
    const child = spawnCli(['ask', '--model', 'openai:gpt-4o-mini', 'tell me a story'], {
      cartridge: cart().path,
      env: openaiEnv(fake),
    });
    child.stdin?.end();
    const done = collect(child);
    while (fake.chatRequests().length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGINT');
    const result = await done;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/fazt: Cancelled\. Nothing of this turn was saved\./);
    expect((await cartridgeCounts(cart().path)).messages).toBe(0);
  });

  it('works with Ollama, and says what to do when the model is missing or Ollama is down', async () => {
    const ollama = await startFakeOllama({
      models: ['qwen2.5:7b'],
      replies: [
        { toolCalls: [{ name: 'notes_add', arguments: { text: 'call the plumber' } }] },
        { text: 'Noted.' },
      ],
    });
    try {
      await runCli(['config', 'set', 'ollama.host', ollama.host], { cartridge: cart().path });
      await runCli(['config', 'set', 'model', 'ollama:qwen2.5:7b'], { cartridge: cart().path });
      const env = { OLLAMA_HOST: '', FAZT_MODEL_MAX_RETRIES: '0' };
      const noted = await runCli(['ask', 'note to call the plumber'], { cartridge: cart().path, env });
      expect(noted).toMatchObject({ code: 0, stdout: 'Noted.\n' });
      expect((await cartridgeCounts(cart().path)).notes).toBe(1);

      const missing = await runCli(['ask', '--model', 'ollama:llama3.1:8b', 'hello'], {
        cartridge: cart().path,
        env,
      });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/Run `ollama pull llama3\.1:8b`/);

      const models = await runCliJson<{
        inUse: string;
        available: boolean;
        providers: Array<{ provider: string; models: string[] }>;
      }>(['models', '--json'], {
        cartridge: cart().path,
        env: { ...env, OPENAI_API_KEY: '', OPENAI_BASE_URL: '' },
      });
      expect(models).toMatchObject({ inUse: 'ollama:qwen2.5:7b', available: true });
      expect(models.providers.find((provider) => provider.provider === 'ollama')?.models).toEqual([
        'ollama:qwen2.5:7b',
      ]);
      const listing = await runCli(['models'], { cartridge: cart().path, env });
      expect(listing.stdout).toMatch(/^\* ollama:qwen2\.5:7b$/m);
    } finally {
      await ollama.close();
    }
    const down = await runCli(['ask', 'hello'], { cartridge: cart().path, env: { OLLAMA_HOST: '' } });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(
      /^fazt: Ollama is not running at http:\/\/127\.0\.0\.1:\d+ — start it with `ollama serve`/m,
    );
  });

  it('with the offline planner, loads no AI SDK and no provider client', async () => {
    const log = join(cart().dir, 'modules.log');
    const result = await runCli(['ask', 'remember that the gate code is 1357'], {
      cartridge: cart().path,
      nodeArgs: ['--import', join(ROOT, 'test/helpers/module-log-hook.mjs')],
      env: { FAZT_MODULE_LOG: log },
    });
    expect(result.code).toBe(0);
    const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
    expect(urls.some((url) => url.includes('/dist/'))).toBe(true);
    expect(urls.filter((url) => /\/node_modules\/(ai|ollama|@ai-sdk\/[^/]+)\//.test(url))).toEqual([]);
  });
});
