import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAI } from '../fakes/openai-server.js';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { type ServeProcess, startServe } from './mcp-helpers.js';
import { freePort, pictures } from './photo-fixtures.js';

describe('fazt ask "host my photos in ~/Pictures privately"', () => {
  let temp: TempCartridge;
  let fake: FakeOpenAIServer | undefined;
  let serve: ServeProcess | undefined;

  beforeEach(async () => {
    temp = await tempCartridge('fazt-host-photos-');
  });
  afterEach(async () => {
    await serve?.stop();
    serve = undefined;
    await fake?.close();
    fake = undefined;
    await temp.cleanup();
  });

  it('imports, keeps the gallery private and answers with counts, URL, server, password and sharing (offline); again: no duplicates', async () => {
    const folder = await pictures(temp.dir);
    const port = await freePort();
    await runCli(['config', 'set', 'server.port', String(port)], { cartridge: temp.path });
    const home = { HOME: temp.dir };
    const first = await runCli(['ask', 'host my photos in ~/Pictures privately'], {
      cartridge: temp.path,
      env: home,
    });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('photos_host');
    const answer = first.stdout;
    expect(answer).toContain('Photos: 3 new, 0 already there, 1 skipped.');
    expect(answer).toContain(
      `private (only you, signed in, and share links can open it): http://127.0.0.1:${port}/a/photos/`,
    );
    expect(answer).toContain(
      'The server is not running: start it with `fazt serve`, or run `fazt service install`',
    );
    expect(answer).toContain('No owner password is set yet: set one with `fazt passwd`');
    expect(answer).toContain('fazt share photos --label "for grandma"');

    await runCli(['passwd', '--stdin'], { cartridge: temp.path, input: 'a long enough passphrase\n' });
    serve = await startServe(temp.path, ['--port', String(port)]);
    const again = await runCli(['ask', 'host my photos in ~/Pictures privately'], {
      cartridge: temp.path,
      env: home,
    });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Photos: 0 new, 3 already there, 1 skipped.');
    expect(again.stdout).toContain(`The server is running at http://127.0.0.1:${port}.`);
    expect(again.stdout).toContain('An owner password is set');
    const apps = await runCliJson<{ name: string; access: string }[]>(['apps', '--json'], {
      cartridge: temp.path,
    });
    expect(apps.filter((app) => app.name === 'photos')).toEqual([
      expect.objectContaining({ access: 'private' }),
    ]);
    const summary = await runCliJson<{ photos: number }>(['run', 'photos_summary', '--json'], {
      cartridge: temp.path,
    });
    expect(summary.photos).toBe(3);
    expect(folder).toContain('Pictures');
  }, 180_000);

  it('works the same through a model (fake OpenAI server) calling photos_host', async () => {
    await pictures(temp.dir);
    fake = await startFakeOpenAI({
      apiKey: 'sk-test',
      replies: [
        { toolCalls: [{ name: 'photos_host', arguments: { folder: '~/Pictures' } }] },
        { text: 'Your photos are in your private gallery.' },
      ],
    });
    const env = { HOME: temp.dir, OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'sk-test' };
    const result = await runCli(
      ['ask', '--json', '--model', 'openai:gpt-4o-mini', 'host my photos in ~/Pictures privately'],
      {
        cartridge: temp.path,
        env,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const body = JSON.parse(result.stdout) as {
      toolCalls: { name: string; output: Record<string, { [key: string]: unknown }> }[];
    };
    expect(body.toolCalls[0]?.name).toBe('photos_host');
    const output = body.toolCalls[0]!.output;
    expect(output.photos).toMatchObject({ added: 3, existing: 0, skipped: 1 });
    expect(output.gallery).toMatchObject({ name: 'photos', access: 'private' });
    expect(output.server).toMatchObject({
      running: false,
      start: 'fazt serve',
      keepRunning: 'fazt service install',
    });
    expect(output.password).toMatchObject({ set: false, how: 'fazt passwd' });
    const toolMessage = fake.chatRequests()[1]!.messages.find((message) => message.role === 'tool');
    expect(toolMessage?.content).toContain('added');
  }, 180_000);
});
