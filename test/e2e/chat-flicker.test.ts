import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAI } from '../fakes/openai-server.js';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';

const LINES = 2000;
const line = (index: number) =>
  `line ${String(index + 1).padStart(4, '0')} of the long answer, every word kept`;

/**
 * Flicker, measured (issue 11): a 2,000-line answer streamed by the fake OpenAI server through a
 * real pty at 80×24. Every byte the chat wrote is captured (tmux pipe-pane): it must never clear
 * the screen or the scrollback, and the scrollback must hold every line of the answer exactly
 * once, in order.
 */
describe('streaming a long answer', { timeout: 300_000 }, () => {
  let cart: TempCartridge;
  let server: FakeOpenAIServer;
  let terminal: Terminal | undefined;

  beforeEach(async () => {
    cart = await tempCartridge('fazt-chat-flicker-');
    server = await startFakeOpenAI({
      replies: [
        {
          text: Array.from({ length: LINES }, (_, index) => line(index)).join('\n'),
          chunkSize: 64,
          eventDelayMs: 1,
        },
      ],
    });
    for (const [key, value] of [
      ['model', 'openai:gpt-4o-mini'],
      ['openai.baseUrl', server.baseUrl],
      ['openai.apiKey', 'sk-test'],
    ]) {
      expect((await runCli(['config', 'set', key!, value!], { cartridge: cart.path })).code).toBe(0);
    }
  });
  afterEach(async () => {
    await terminal?.close();
    await server.close();
    await cart.cleanup();
  });

  it('never clears the screen or scrollback, and every line lands in scrollback exactly once', async () => {
    terminal = await startTerminal({
      args: [],
      cartridge: cart.path,
      dir: cart.dir,
      columns: 80,
      rows: 24,
      env: { NO_COLOR: '1' },
    });
    await terminal.waitFor(/tokens · serve (on|off)/, 60_000);
    await terminal.type('write me the long answer');
    const before = (await terminal.raw()).length;
    const started = performance.now();
    await terminal.press('Enter');
    await terminal.waitFor(/line 2000 of the long answer[\s\S]*\n› *\n.*tokens/, 240_000);
    const seconds = (performance.now() - started) / 1000;
    const raw = await terminal.raw();
    const text = raw.toString('utf8');
    expect(text.includes('\u001b[2J'), 'ESC[2J (clear screen) was written').toBe(false);
    expect(text.includes('\u001b[3J'), 'ESC[3J (clear scrollback) was written').toBe(false);
    expect(text.includes('\u001b[?1049h'), 'the alternate screen was used').toBe(false);
    // NO_COLOR is set: bold and dim may be used, colours never (SGR 30–38, 40–48, 90–97, 100–107).
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences.
    const colour = /\u001b\[(?:[\d;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[\d;]*)?m/.exec(text);
    expect(colour?.[0], 'a colour was written despite NO_COLOR').toBeUndefined();

    const scrollback = (await terminal.scrollback()).split('\n');
    const positions: number[] = [];
    for (let index = 0; index < LINES; index++) {
      const found = scrollback.flatMap((row, at) => (row.trimEnd() === line(index) ? [at] : []));
      expect(found, `${line(index)} appears ${found.length} times`).toHaveLength(1);
      positions.push(found[0]!);
    }
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    const streamed = raw.length - before;
    const perLine = streamed / LINES;
    const answerBytes = Array.from({ length: LINES }, (_, index) => line(index).length + 1).reduce(
      (a, b) => a + b,
    );
    console.info(
      `flicker: ${LINES} lines streamed in ${seconds.toFixed(1)} s; ${streamed} bytes written to the pty = ${perLine.toFixed(1)} bytes per line (the text itself is ${(answerBytes / LINES).toFixed(1)})`,
    );
    // Each line is written once, plus the live region redrawn at most 30 times a second (measured
    // 54.5 bytes a line on an idle machine); a full 80×24 repaint per line would be ~1,900.
    expect(perLine).toBeLessThan(400);
  });
});
