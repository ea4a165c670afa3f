import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAI } from '../fakes/openai-server.js';
import {
  cartridgeCounts,
  ROOT,
  runCli,
  runCliJson,
  type TempCartridge,
  tempCartridge,
} from '../helpers/cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';

/**
 * The chat in a real pseudo-terminal (tmux), spawned as `fazt` with no arguments, exactly as a
 * person starts it. Every wait polls the screen with a generous timeout: the machine may be busy.
 */
describe('fazt chat in a terminal', { timeout: 240_000 }, () => {
  let cart: TempCartridge;
  let terminal: Terminal | undefined;
  let server: FakeOpenAIServer | undefined;

  beforeEach(async () => {
    cart = await tempCartridge('fazt-chat-e2e-');
  });
  afterEach(async () => {
    await terminal?.close();
    await server?.close();
    terminal = undefined;
    server = undefined;
    await cart.cleanup();
  });

  const open = async (
    args: string[] = [],
    options: { columns?: number; rows?: number; env?: Record<string, string>; nodeArgs?: string[] } = {},
  ) => {
    terminal = await startTerminal({
      args,
      cartridge: cart.path,
      dir: cart.dir,
      env: { NO_COLOR: '1', ...options.env },
      ...options,
    });
    await terminal.waitFor(/tokens · serve (on|off)/, 60_000);
    return terminal;
  };
  const setConfig = async (key: string, value: string) => {
    const result = await runCli(['config', 'set', key, value], { cartridge: cart.path });
    expect(result.code, result.stderr).toBe(0);
  };
  const pointAtFakeOpenAI = async (fake: FakeOpenAIServer) => {
    server = fake;
    await setConfig('model', 'openai:gpt-4o-mini');
    await setConfig('openai.baseUrl', fake.baseUrl);
    await setConfig('openai.apiKey', 'sk-test');
  };

  it('offline: a request, an approved write, the answer, /exit; the cartridge has it, and ↑ recalls it next time', async () => {
    await setConfig('chat.approve', 'writes');
    const term = await open();
    await term.type('note buy oat milk');
    await term.press('Enter');
    await term.waitFor('[y] once · [a] always this session (this tool) · [n] no');
    await term.press('y');
    await term.waitFor(/✓ notes_add text="buy oat milk" · Noted \(#1\)\./);
    await term.waitFor(/^Noted \(#1\)\.$/m);
    await term.type('/exit');
    await term.press('Enter');
    expect(await term.exited()).toBe(0);
    const counts = await cartridgeCounts(cart.path);
    expect(counts).toMatchObject({ notes: 1, conversations: 1, messages: 4 });
    const notes = await runCliJson<{ notes: { text: string }[] }>(['run', 'notes_list', '--json'], {
      cartridge: cart.path,
    });
    expect(notes.notes.map((note) => note.text)).toEqual(['buy oat milk']);
    await term.close();

    const again = await open();
    await again.press('Up');
    await again.waitFor('› /exit');
    await again.press('Up');
    await again.waitFor('› note buy oat milk');
    await again.press('C-d');
    await again.press('C-u');
    await again.press('C-d');
    expect(await again.exited()).toBe(0);
  });

  it('OpenAI streaming: approve a write the model asks for, then its answer; Ctrl+C cancels a slow answer and stores nothing; /resume finds it by a word', async () => {
    await pointAtFakeOpenAI(
      await startFakeOpenAI({
        apiKey: 'sk-test',
        replies: [
          { toolCalls: [{ name: 'memory_forget', arguments: { key: 'old wifi password' } }] },
          { text: 'Done: I forgot the **old wifi password**.', chunkSize: 5, eventDelayMs: 10 },
          {
            text: `The albatross answer begins. ${Array.from({ length: 300 }, (_, index) => `Slow sentence ${index}.`).join(' ')}`,
            chunkSize: 6,
            eventDelayMs: 25,
          },
          { text: 'Albatrosses glide for hours without flapping.', chunkSize: 4, eventDelayMs: 5 },
        ],
      }),
    );
    await runCli(['run', 'memory_remember', '--key', 'old wifi password', '--value', 'hunter2'], {
      cartridge: cart.path,
    });
    const term = await open();
    await term.type('forget the old wifi password');
    await term.press('Enter');
    await term.waitFor('? memory_forget key="old wifi password" — destructive. Run it?');
    await term.press('y');
    await term.waitFor('Done: I forgot the old wifi password.');
    await term.waitFor(/✓ memory_forget key="old wifi password" · Forgot/);
    await term.waitFor(/tokens · serve/);
    expect((await cartridgeCounts(cart.path)).memory).toBe(0);

    await term.press('C-c'); // idle, empty prompt: arms exit…
    await term.type('/new'); // …and any key disarms it
    await term.press('Enter');
    await term.waitFor('New conversation.');
    const before = await cartridgeCounts(cart.path);
    await term.type('tell me about seabirds');
    await term.press('Enter');
    await term.waitFor('Slow sentence 3.');
    await term.press('C-c');
    await term.waitFor('Cancelled. Nothing of this turn was saved.');
    await term.waitFor('⊘ cancelled');
    const after = await cartridgeCounts(cart.path);
    expect([after.conversations, after.messages]).toEqual([before.conversations, before.messages]);

    await term.type('just one line about albatrosses');
    await term.press('Enter');
    await term.waitFor('Albatrosses glide for hours without flapping.');
    await term.type('/new');
    await term.press('Enter');
    await term.waitFor('New conversation.');
    await term.type('/resume');
    await term.press('Enter');
    await term.waitFor('Resume a conversation — search:');
    await term.type('flapp');
    await term.waitFor(/\[flapping\]/);
    const picker = await term.screen();
    expect(picker).not.toMatch(/search: flapp[\s\S]*forget the old wifi/);
    await term.press('Enter');
    await term.waitFor(/Resumed “just one line about albatrosses” \([0-9a-f]+\)\. Go on\./);
    await term.type('/exit');
    await term.press('Enter');
    expect(await term.exited()).toBe(0);
    // Three requests reached the model after the approval: the cancelled one was really sent, then stopped.
    expect(server!.chatRequests()).toHaveLength(4);
    const stored = await cartridgeCounts(cart.path);
    expect(stored.conversations).toBe(2);
  });

  it('fazt chat -c and --resume <id> continue a conversation; a bad id is a usage error', async () => {
    await runCli(['ask', 'remember that the pelican is named Boris'], { cartridge: cart.path });
    const { conversationId } = await runCliJson<{ conversationId: string }>(
      ['ask', '--json', 'note feed Boris'],
      {
        cartridge: cart.path,
      },
    );
    let term = await open(['chat', '-c']);
    await term.waitFor(`(${conversationId}). Go on.`);
    await term.press('C-d');
    expect(await term.exited()).toBe(0);
    await term.close();
    term = await open(['chat', '--resume', conversationId.slice(0, 6)]);
    await term.waitFor(`(${conversationId}). Go on.`);
    await term.press('C-c');
    await term.press('C-c');
    expect(await term.exited()).toBe(0);
    await term.close();
    terminal = await startTerminal({
      args: ['chat', '--resume', 'nope0000'],
      cartridge: cart.path,
      dir: cart.dir,
    });
    await terminal.waitFor('There is no conversation "nope0000"');
    expect(await terminal.exited()).toBe(2);
  });

  it('stays readable at 40 columns and after resizing; loads React and Ink (only the chat does)', async () => {
    const log = join(cart.dir, 'modules.log');
    const term = await open([], {
      columns: 40,
      rows: 16,
      nodeArgs: ['--import', join(ROOT, 'test/helpers/module-log-hook.mjs')],
      env: { FAZT_MODULE_LOG: log },
    });
    await term.type('remember that my bike lock code is 4312');
    await term.press('Enter');
    await term.waitFor('Remembered: your bike lock code is 4312.');
    for (const line of (await term.screen()).split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
    for (const [columns, rows] of [
      [70, 20],
      [30, 12],
      [40, 16],
    ] as const) {
      await term.resize(columns, rows);
      await term.type('x');
      await term.waitFor(/› x\n/);
      await term.press('BSpace');
      await term.waitFor(/›\s*\n/);
      // A resize repaints the last screenful; judge the screen once that repaint has landed (a
      // corrupted screen never settles into one prompt, one status line and the transcript).
      let screen = await term.screen();
      for (let tries = 0; tries < 50 && (screen.match(/tokens · serve/g) ?? []).length !== 1; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        screen = await term.screen();
      }
      // One prompt and one status line: nothing left over from frames before the resize.
      expect(screen.match(/tokens · serve/g) ?? [], screen).toHaveLength(1);
      // The transcript is repainted, not lost.
      expect(screen.replace(/\s+/g, '')).toContain('Remembered:yourbikelockcodeis4312.');
    }
    await term.type('/exit');
    await term.press('Enter');
    expect(await term.exited()).toBe(0);
    const modules = await readFile(log, 'utf8');
    expect(modules).toMatch(/\/node_modules\/ink\//);
    expect(modules).toMatch(/\/node_modules\/react\//);
  });
});
