import { homedir } from 'node:os';
import { UsageError } from '../../cartridge/errors.js';
import { EXIT } from '../output.js';
import { type GlobalOptions, openRuntime } from '../runtime.js';

export interface ChatOptions {
  resume?: string | true;
  continue?: boolean;
  model?: string;
}

/** What `fazt` says when it has no terminal to chat on. */
export const NO_TERMINAL_USAGE = `fazt: the chat needs a terminal (stdin and stdout must be a TTY).
Usage: fazt [chat]            chat in a terminal
       fazt ask "<request>"   one request, answer on stdout (works in pipes and scripts)
       fazt --help            every command
`;

/** True when both stdin and stdout are terminals. */
export const hasTerminal = () => process.stdin.isTTY === true && process.stdout.isTTY === true;

/**
 * `fazt` / `fazt chat [--resume [id]] [-c] [--model m]`: the Ink chat over the same planner,
 * executor and cartridge as `fazt ask`. Without a terminal it prints a short usage and exits 2.
 */
export async function chatCommand(globals: GlobalOptions, options: ChatOptions): Promise<void> {
  if (!hasTerminal()) {
    process.stderr.write(NO_TERMINAL_USAGE);
    process.exitCode = EXIT.usage;
    return;
  }
  if (options.continue && options.resume !== undefined) {
    throw new UsageError('Use either -c (the latest conversation) or --resume [id], not both.');
  }
  // React and Ink load while the cartridge opens and the planner is made.
  const ui = import('../chat/start.js');
  ui.catch(() => {});
  const runtime = await openRuntime(globals, { kind: 'person', id: 'chat' });
  try {
    const { ChatEngine } = await import('../chat/engine.js');
    const engine = await ChatEngine.create({
      cartridge: runtime.cartridge,
      registry: runtime.registry,
      ...(options.model ? { model: options.model } : {}),
    });
    let resume = options.resume;
    if (options.continue) {
      const latest = engine.latest();
      if (!latest)
        throw new UsageError('There is no conversation to continue yet. Leave out -c to start one.');
      resume = latest.id;
    } else if (typeof resume === 'string' && !engine.conversations.resolve(resume)) {
      throw new UsageError(
        `There is no conversation "${resume}". Run \`fazt chat --resume\` to search them, or leave it out.`,
        { code: 'conversation_missing' },
      );
    }
    const { shortPath } = await import('../chat/text.js');
    const { wantsColor } = await import('../chat/theme.js');
    const { startChat } = await ui;
    await startChat({
      engine,
      cartridgeLabel: shortPath(runtime.cartridge.path, homedir()),
      color: wantsColor(process.env),
      ...(resume === undefined ? {} : { resume }),
    });
  } finally {
    runtime.cartridge.close();
  }
}
