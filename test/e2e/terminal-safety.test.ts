import { afterEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAI } from '../fakes/openai-server.js';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

/** A value that clears the screen, sets the window title, and reverses text, if printed raw. */
const HOSTILE = '\u001b[2J\u001b[Hcleared\u001b]0;owned\u0007 \u009b31m \u202Etxt.exe';
/** Any of these in human output means the terminal would act on it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding raw control characters is the test.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** What --json output must hold escaped only: C0 (but newlines), DEL, C1, bidi marks, separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding raw control characters is the test.
const RAW_IN_JSON = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

describe('text from storage, tools, files and models reaches the terminal inert', () => {
  const cart = useTempCartridge();
  let server: FakeOpenAIServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const remember = () =>
    runCliJson(['run', 'memory_remember', '--json', JSON.stringify({ key: 'door', value: HOSTILE })], {
      cartridge: cart().path,
    });

  it('fazt run shows a stored escape sequence, --json keeps it exact', async () => {
    await remember();
    const text = await runCli(['run', 'memory_recall', '--key', 'door'], { cartridge: cart().path });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(RAW);
    expect(text.stdout).toContain('␛[2J␛[Hcleared');
    expect(text.stdout).toContain('\\x9B31m');
    expect(text.stdout).toContain('\\u202Etxt.exe');

    const json = await runCliJson<{ match: { value: string } }>(
      ['run', 'memory_recall', '--key', 'door', '--json'],
      { cartridge: cart().path },
    );
    expect(json.match.value).toBe(HOSTILE);

    const list = await runCli(['run', 'memory_list'], { cartridge: cart().path });
    expect(list.stdout).not.toMatch(RAW);
  });

  it('--json output (run, ask, mcp) escapes C1, bidi and separators as \\uXXXX and parses back exactly', async () => {
    await remember();
    const wild = `${HOSTILE}\u2028\u2066x\u2069\u200f\u0085`;
    await runCliJson(['run', 'notes_add', '--json', JSON.stringify({ text: wild })], {
      cartridge: cart().path,
    });
    const run = await runCli(['run', 'notes_list', '--json'], { cartridge: cart().path });
    expect(run.stdout).not.toMatch(RAW_IN_JSON);
    expect(run.stdout).toContain('\\u202e');
    expect(JSON.parse(run.stdout).notes[0].text).toBe(wild);

    const asked = await runCli(['ask', '--json', 'what is my door?'], { cartridge: cart().path });
    expect(asked.stdout).not.toMatch(RAW_IN_JSON);
    expect(JSON.parse(asked.stdout).toolCalls[0].output.match.value).toBe(HOSTILE);

    const mcp = await runCli(['mcp'], {
      cartridge: cart().path,
      input: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'notes_list', arguments: {} },
      }),
    });
    expect(mcp.stdout).not.toMatch(RAW_IN_JSON);
    expect(JSON.parse(mcp.stdout).result.structuredContent.notes[0].text).toBe(wild);
  });

  it('fazt ask (offline) and its trace show it too', async () => {
    await remember();
    const asked = await runCli(['ask', 'what is my door?'], { cartridge: cart().path });
    expect(asked.stdout).toContain('␛[2J');
    expect(asked.stdout).not.toMatch(RAW);
    expect(asked.stderr).not.toMatch(RAW);
  });

  it('a model’s answer is shown, not obeyed', async () => {
    server = await startFakeOpenAI({
      apiKey: 'sk-test',
      replies: [{ text: `Sure.${HOSTILE}` }, { text: HOSTILE }],
    });
    const asked = await runCli(['ask', '--model', 'openai:gpt-test', 'hello'], {
      cartridge: cart().path,
      env: { OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'sk-test', FAZT_MODEL_MAX_RETRIES: '0' },
    });
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Sure.␛[2J');
    expect(asked.stdout).not.toMatch(RAW);
    const json = await runCliJson<{ answer: string }>(['ask', '--json', '--model', 'openai:gpt-test', 'hi'], {
      cartridge: cart().path,
      env: { OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'sk-test', FAZT_MODEL_MAX_RETRIES: '0' },
    });
    expect(json.answer).toBe(HOSTILE);
  });

  it('errors that quote a name, a file or a path show it inert', async () => {
    const unknown = await runCli(['run', 'no\u001b[2Jtool'], { cartridge: cart().path });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no␛[2Jtool');
    expect(unknown.stderr).not.toMatch(RAW);

    const file = await cart().writeFile('in.json', '{"key": "a\\u001b[31m", ');
    const broken = await runCli(['run', 'memory_remember', `@${file}`], { cartridge: cart().path });
    expect(broken.stderr).not.toMatch(RAW);

    const command = await runCli(['nope\u001b[2J'], { cartridge: cart().path });
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('nope␛[2J');
    expect(command.stderr).not.toMatch(RAW);

    const odd = `${cart().dir}/odd\u001b[2Jname.db`;
    const status = await runCli(['--cartridge', odd, 'status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('odd␛[2Jname.db');
    expect(status.stdout).not.toMatch(RAW);
  });
});
