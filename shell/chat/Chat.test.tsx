import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, type OpenAIReply, startFakeOpenAI } from '../../test/fakes/openai-server.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import { createNotesStore } from '../../tools/notes/store.js';
import { Chat } from './Chat.js';
import { eventually, tempEngine } from './test-helpers.js';

const ENTER = '\r';
const CTRL_C = '\u0003';
const TAB = '\t';

/**
 * The chat drawn by Ink into ink-testing-library's fake terminal, over a real engine: a real
 * cartridge, the offline planner or the OpenAI planner against the fake OpenAI server.
 */
describe('the chat screen', { timeout: 120_000 }, () => {
  const closers: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  const start = async (options: { replies?: OpenAIReply[]; approve?: 'writes' } = {}) => {
    let server: FakeOpenAIServer | undefined;
    if (options.replies) {
      server = await startFakeOpenAI({ replies: options.replies });
      closers.push(() => server!.close());
    }
    const temp = await tempEngine();
    closers.push(() => temp.close());
    if (server) {
      temp.cartridge.config.set('openai.baseUrl', server.baseUrl);
      temp.cartridge.config.set('openai.apiKey', 'sk-test');
      await temp.engine.switchModel('openai:gpt-4o-mini');
    }
    if (options.approve) temp.cartridge.config.set('chat.approve', options.approve);
    const bells: string[] = [];
    const screen = render(
      <Chat
        engine={temp.engine}
        cartridgeLabel="~/fazt.db"
        color={false}
        write={(data) => bells.push(data)}
        serveCheckMs={60_000}
      />,
    );
    closers.push(() => screen.unmount());
    const frame = () => screen.lastFrame() ?? '';
    await eventually(() => expect(frame()).toContain(' · 0 tokens · serve'));
    const type = (text: string) => {
      for (const char of text) screen.stdin.write(char);
    };
    const send = async (text: string) => {
      type(text);
      // The prompt shows the text before Enter goes in (Ink reads keys one render at a time).
      await eventually(() => expect(frame()).toContain(text.slice(-20)));
      screen.stdin.write(ENTER);
    };
    const idle = () => eventually(() => expect(frame()).toMatch(/\n› *\n/));
    return { ...temp, server, screen, frame, type, send, idle, bells };
  };

  it('streams an answer from the model, rendered as markdown, and counts the tokens', async () => {
    const { send, frame, engine } = await start({
      replies: [
        {
          text: 'Here is **the plan**:\n\n- buy milk\n- call Ana\n\nDone.',
          chunkSize: 3,
          eventDelayMs: 5,
          usage: { input: 40, output: 20 },
        },
      ],
    });
    await send('what is the plan?');
    await eventually(() => expect(frame()).toContain('Done.'));
    expect(frame()).toContain('Here is the plan:');
    expect(frame()).toMatch(/\* buy milk\n\s+\* call Ana/);
    expect(frame()).not.toContain('**');
    await eventually(() => expect(frame()).toContain('60 tokens'));
    expect(engine.conversations.count()).toBe(1);
  });

  it('shows a tool call as one card: tool, key arguments, outcome, duration', async () => {
    const { send, frame, idle } = await start();
    await send('remember that my bike lock code is 4312');
    await idle();
    expect(frame()).toMatch(
      /✓ memory_remember key="bike lock code" value="4312" · Remembered: .* · \d+(\.\d)? m?s/,
    );
  });

  it('asks before writes under chat.approve=writes: y runs once, a stops asking for that tool, n declines', async () => {
    const { send, frame, screen, idle, cartridge } = await start({ approve: 'writes' });
    const PROMPT = '[y] once · [a] always this session (this tool) · [n] no';
    await send('note buy milk');
    await eventually(() => expect(frame()).toContain(PROMPT));
    expect(frame()).toContain('? notes_add text="buy milk" — write. Run it?');
    screen.stdin.write('y');
    await eventually(() => expect(frame()).toContain('approved notes_add once'));
    await idle();
    expect(frame()).toMatch(/✓ notes_add text="buy milk" · Noted \(#1\)/);

    await send('note buy bread');
    await eventually(() => expect(frame()).toContain(PROMPT));
    screen.stdin.write('n');
    await eventually(() => expect(frame()).toContain('declined notes_add'));
    await idle();
    expect(frame()).toContain('⊘ notes_add text="buy bread" · notes_add was declined by the person');

    await send('note buy eggs');
    await eventually(() => expect(frame()).toContain(PROMPT));
    screen.stdin.write('a');
    await eventually(() => expect(frame()).toContain('approved notes_add for the rest of this conversation'));
    await idle();
    await send('note buy tea');
    await eventually(() => expect(frame()).toContain('Noted (#3)'));
    expect(frame().split(PROMPT)).toHaveLength(1);
    expect(
      createNotesStore(cartridge)
        .list()
        .map((note) => note.text),
    ).toEqual(['buy tea', 'buy eggs', 'buy milk']);
    // Remembering a fact asks only under `writes`; by default it never does (see the next test).
  });

  it('by default asks only for destructive calls, and n tells the planner, which answers', async () => {
    const { send, frame, screen, idle, cartridge } = await start();
    await send('remember that the gate code is 1234');
    await idle();
    expect(frame()).not.toContain('[y] once');
    await send('forget the gate code');
    await eventually(() =>
      expect(frame()).toContain('? memory_forget key="gate code" — destructive. Run it?'),
    );
    screen.stdin.write('n');
    await idle();
    expect(frame()).toContain(
      'memory_forget was declined by the person, so it was not run and nothing was changed.',
    );
    expect(createMemoryStore(cartridge).get('gate code')).toBeDefined();
    await send('forget the gate code');
    await eventually(() => expect(frame()).toContain('[y] once'));
    screen.stdin.write('y');
    await eventually(() => expect(frame()).toContain('Forgot your gate code.'));
    expect(createMemoryStore(cartridge).get('gate code')).toBeUndefined();
  });

  it('slash commands: / lists them with help, Tab completes, unknown ones get the closest', async () => {
    const { type, send, frame, screen } = await start();
    type('/');
    await eventually(() => expect(frame()).toContain('/help — list these commands and the keys'));
    expect(frame()).toContain('/new — start a new conversation');
    type('he');
    await eventually(() => expect(frame()).not.toContain('/tools —'));
    screen.stdin.write(TAB);
    await eventually(() => expect(frame()).toMatch(/› \/help *\n/));
    screen.stdin.write(ENTER);
    await eventually(() =>
      expect(frame()).toContain('/redraw          repaint the screen if it looks broken'),
    );
    await send('/tols');
    await eventually(() => expect(frame()).toContain('There is no /tols. Did you mean /tools'));
    await send('/tools');
    await eventually(() => expect(frame()).toMatch(/memory_forget +destructive +Forget a fact/));
    await send('/model nonsense');
    await eventually(() => expect(frame()).toMatch(/"nonsense"|use "offline"/));
    await send('/new');
    await eventually(() => expect(frame()).toContain('New conversation.'));
  });

  it('a big paste shows as [pasted N lines] and the full text is sent; Ctrl+C clears, then exits', async () => {
    const { screen, frame, engine, idle } = await start();
    const pasted = Array.from({ length: 30 }, (_, index) => `line ${index}`).join('\n');
    screen.stdin.write(`\u001b[200~${pasted}\u001b[201~`);
    await eventually(() => expect(frame()).toContain('› [pasted 30 lines]'));
    screen.stdin.write(CTRL_C);
    await eventually(() => expect(frame()).not.toContain('[pasted 30 lines]'));
    screen.stdin.write(`note \u001b[200~${pasted}\u001b[201~`);
    await eventually(() => expect(frame()).toContain('› note [pasted 30 lines]'));
    screen.stdin.write(ENTER);
    await idle();
    const stored = engine.conversations.messages(engine.conversationId!)[0];
    expect(stored?.content).toBe(`note ${pasted}`);
    screen.stdin.write(CTRL_C);
    await eventually(() => expect(frame()).toContain('Press Ctrl+C again (or Ctrl+D) to exit.'));
    screen.stdin.write(CTRL_C);
    await eventually(() => expect(frame()).toBe(''));
  });

  it('a trailing backslash adds a line instead of sending', async () => {
    const { type, screen, frame, idle, engine } = await start();
    type('note first line\\');
    await eventually(() => expect(frame()).toContain('› note first line\\'));
    screen.stdin.write(ENTER);
    await eventually(() => expect(frame()).not.toContain('line\\'));
    type('second line');
    await eventually(() => expect(frame()).toContain('second line'));
    screen.stdin.write(ENTER);
    await idle();
    expect(engine.conversations.messages(engine.conversationId!)[0]?.content).toBe(
      'note first line\nsecond line',
    );
  });

  it('Ctrl+O shows the full input and output of tool calls and keeps them on', async () => {
    const { send, frame, screen, idle } = await start();
    await send('remember that my locker is 42');
    await idle();
    screen.stdin.write('\u000f');
    await eventually(() => expect(frame()).toMatch(/input:\n\s+\{\n\s+"key": "locker"/));
    await send('note water the plants');
    await idle();
    await eventually(() => expect(frame()).toMatch(/"text": "water the plants"[\s\S]*output:/));
  });

  it('Ctrl+C cancels a streaming answer: the partial text stays, marked, and nothing is stored', async () => {
    const long = Array.from({ length: 400 }, (_, index) => `Sentence ${index} of a slow answer.`).join(' ');
    const { send, frame, screen, engine, idle, server } = await start({
      replies: [{ text: long, chunkSize: 8, eventDelayMs: 20 }, { text: 'Fine.' }],
    });
    await send('tell me a long story');
    await eventually(() => expect(frame()).toContain('Sentence 3 of'));
    screen.stdin.write(CTRL_C);
    await eventually(() => expect(frame()).toContain('Cancelled. Nothing of this turn was saved.'));
    expect(frame()).toContain('⊘ cancelled');
    expect(frame()).toContain('Sentence 0 of a slow answer.');
    expect(frame()).not.toContain('Sentence 399');
    expect(engine.conversations.count()).toBe(0);
    await idle();
    // The chat goes on, and the request was really stopped: the next turn is the next reply.
    await send('shorter please');
    await eventually(() => expect(frame()).toContain('Fine.'));
    expect(server!.chatRequests()).toHaveLength(2);
    await eventually(() => expect(engine.conversations.count()).toBe(1));
  });

  it('/resume searches what was said in past conversations and continues the one picked', async () => {
    const { send, frame, screen, type, engine, idle } = await start();
    await send('remember that the boat is called Marisol');
    await idle();
    const first = engine.conversationId;
    await send('/new');
    await send('note call the plumber about the leak');
    await idle();
    await send('/resume');
    await eventually(() => expect(frame()).toContain('Resume a conversation — search:'));
    expect(frame()).toMatch(/note call the plumber[\s\S]*remember that the boat/);
    type('maris');
    await eventually(() => expect(frame()).toContain('[Marisol]'));
    expect(frame()).not.toMatch(/search: maris[\s\S]*note call the plumber/);
    screen.stdin.write(ENTER);
    await eventually(() => expect(frame()).toContain(`(${first}). Go on.`));
    expect(engine.conversationId).toBe(first);
  });

  it('Tab on a slash command: completes when one is left, lists every candidate when several are', async () => {
    const { type, frame, screen, send } = await start();
    type('/re');
    await eventually(() => expect(frame()).toMatch(/› \/re *\n/));
    screen.stdin.write(TAB);
    await eventually(() => expect(frame()).toContain('2 commands start with /re — type more to choose one:'));
    expect(frame()).toContain('/resume [words] — find a past conversation');
    expect(frame()).toContain('/redraw — repaint the screen');
    // Tab spam changes nothing; a letter typed in the same breath as Tab is not lost.
    for (let i = 0; i < 5; i++) screen.stdin.write(TAB);
    screen.stdin.write('s');
    screen.stdin.write(TAB);
    await eventually(() => expect(frame()).toMatch(/› \/resume *\n/));
    expect(frame()).not.toContain('commands start with');
    screen.stdin.write('\u0015'); // Ctrl+U clears the input
    // `/` alone lists four and says how many more; Tab lists all nine.
    type('/');
    await eventually(() => expect(frame()).toContain('… 5 more (Tab lists them all)'));
    expect(frame()).not.toContain('/exit —');
    screen.stdin.write(TAB);
    await eventually(() => expect(frame()).toContain('/exit — leave the chat'));
    expect(frame()).toContain('9 commands start with / — type more to choose one:');
    type('hi');
    screen.stdin.write(TAB);
    await eventually(() => expect(frame()).toMatch(/› \/history *\n/));
    screen.stdin.write(ENTER);
    await eventually(() => expect(frame()).toContain('/history'));
    await send('/tools');
    await eventually(() => expect(frame()).toMatch(/memory_forget +destructive/));
  });

  it('/resume with words nothing matches says so, lists the recent ones and gives the prompt back', async () => {
    const { send, frame, engine, idle, type, screen } = await start();
    await send('/resume boats');
    await eventually(() =>
      expect(frame()).toContain('No conversation matched “boats”. There are no past conversations yet.'),
    );
    expect(frame()).not.toContain('Resume a conversation — search:');
    await send('remember that the boat is called Marisol');
    await idle();
    const id = engine.conversationId!;
    await send('/new');
    await send('/resume zzqq-nothing');
    await eventually(() =>
      expect(frame()).toContain('No conversation matched “zzqq-nothing”. The most recent ones:'),
    );
    expect(frame()).toContain(`(/resume ${id})`);
    expect(frame()).not.toContain('Resume a conversation — search:');
    // The keys are the prompt's again: a command runs.
    await send('/help');
    await eventually(() =>
      expect(frame()).toContain('/redraw          repaint the screen if it looks broken'),
    );
    // In the picker, Enter on a search that found nothing closes it with the same answer.
    await send('/resume');
    await eventually(() => expect(frame()).toContain('Resume a conversation — search:'));
    type('qqqq');
    await eventually(() => expect(frame()).toContain('No conversation says that.'));
    screen.stdin.write(ENTER);
    await eventually(() =>
      expect(frame()).toContain('No conversation matched “qqqq”. The most recent ones:'),
    );
    expect(frame()).not.toContain('Resume a conversation — search:');
    await send(`/resume ${id}`);
    await eventually(() => expect(frame()).toContain(`(${id}). Go on.`));
  });
});
