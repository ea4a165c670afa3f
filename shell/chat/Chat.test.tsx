import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from './Chat.js';
import { eventually, tempEngine } from './test-helpers.js';

const ENTER = '\r';

describe('the chat screen', () => {
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  const start = async () => {
    const temp = await tempEngine();
    const screen = render(
      <Chat
        engine={temp.engine}
        cartridgeLabel="~/fazt.db"
        color={false}
        write={() => {}}
        serveCheckMs={60_000}
      />,
    );
    closers.push(() => {
      screen.unmount();
      temp.close();
    });
    await eventually(() => expect(screen.lastFrame()).toContain('offline · ~/fazt.db'));
    const type = async (text: string) => {
      for (const char of text) screen.stdin.write(char);
    };
    return { ...temp, screen, type };
  };

  it('asks before a destructive call, and n declines it', async () => {
    const { screen, type, cartridge } = await start();
    cartridge.memory.remember('bike lock code', '4312');
    await type('forget my bike lock code');
    screen.stdin.write(ENTER);
    await eventually(() =>
      expect(screen.lastFrame()).toContain('[y] once · [a] always this session (this tool) · [n] no'),
    );
    screen.stdin.write('n');
    await eventually(() => expect(screen.lastFrame()).toContain('declined memory_forget'));
  });

  it('shows a big paste as [pasted N lines]; Ctrl+C clears the input, then arms, then exits', async () => {
    const { screen } = await start();
    screen.stdin.write('\u001b[200~one\ntwo\nthree\u001b[201~');
    await eventually(() => expect(screen.lastFrame()).toContain('[pasted 3 lines]'));
    screen.stdin.write('\u0003');
    await eventually(() => expect(screen.lastFrame()).not.toContain('[pasted 3 lines]'));
    screen.stdin.write('\u0003');
    await eventually(() => expect(screen.lastFrame()).toContain('again'));
    screen.stdin.write('\u0003');
    await eventually(() => expect(screen.lastFrame()).toBe(''));
  });
});
