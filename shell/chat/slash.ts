import { similarity } from '../../cartridge/text-similarity.js';

/** One slash command of the chat, with its one-line help. */
export interface SlashCommand {
  name: string;
  /** What follows the name, for the help line (`[model]`). */
  args?: string;
  help: string;
}

export const SLASH_COMMANDS: readonly SlashCommand[] = [
  { name: 'help', help: 'list these commands and the keys' },
  { name: 'tools', help: 'list the tools fazt can use' },
  { name: 'model', args: '[model]', help: 'list models, or switch to one for this session' },
  { name: 'new', help: 'start a new conversation' },
  { name: 'resume', args: '[words]', help: 'find a past conversation by its words and continue it' },
  { name: 'history', help: 'show what you typed lately (↑/↓ recall it)' },
  { name: 'clear', help: 'clear the screen (the conversation goes on)' },
  { name: 'redraw', help: 'repaint the screen if it looks broken' },
  { name: 'exit', help: 'leave the chat (also Ctrl+D)' },
];

/** A typed slash command: `/model openai:gpt-4o` → `{ name: 'model', arg: 'openai:gpt-4o' }`. */
export interface ParsedSlash {
  name: string;
  arg: string;
}

/** Reads `/name rest`; undefined when the input is not a slash command (`/` alone, `//x`, text). */
export function parseSlash(input: string): ParsedSlash | undefined {
  const match = /^\/([a-z][\w-]*)(?:\s+([\s\S]*))?$/i.exec(input.trim());
  if (!match) return undefined;
  return { name: match[1]!.toLowerCase(), arg: (match[2] ?? '').trim() };
}

/** The commands a partly typed `/na` could become, in list order (all of them for `/`). */
export function completions(input: string): SlashCommand[] {
  if (!input.startsWith('/') || /\s/.test(input)) return [];
  const typed = input.slice(1).toLowerCase();
  return SLASH_COMMANDS.filter((command) => command.name.startsWith(typed));
}

/** What Tab makes of the input: the only completion, or the common prefix of several. */
export function complete(input: string): string {
  const options = completions(input);
  if (options.length === 0) return input;
  if (options.length === 1) return `/${options[0]!.name} `;
  let prefix = options[0]!.name;
  for (const option of options) while (!option.name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.length + 1 > input.length ? `/${prefix}` : input;
}

export function findCommand(name: string): SlashCommand | undefined {
  return SLASH_COMMANDS.find((command) => command.name === name);
}

/** The known command closest to an unknown one (`/hepl` → help), if any is close enough. */
export function closestCommand(name: string): SlashCommand | undefined {
  let best: SlashCommand | undefined;
  let score = 0;
  for (const command of SLASH_COMMANDS) {
    const value = Math.max(
      similarity(name, command.name),
      command.name.startsWith(name) || name.startsWith(command.name) ? 0.8 : 0,
    );
    if (value > score) {
      best = command;
      score = value;
    }
  }
  return score >= 0.4 ? best : undefined;
}

/** The message for an unknown command: what was typed, the closest one, where the list is. */
export function unknownCommand(name: string): string {
  const closest = closestCommand(name);
  return closest
    ? `There is no /${name}. Did you mean /${closest.name} (${closest.help})? /help lists them all.`
    : `There is no /${name}. /help lists the commands.`;
}

/** One line per command: `/model [model]  list models, or switch…`. */
export function helpLines(): string[] {
  const width = Math.max(
    ...SLASH_COMMANDS.map((command) => `/${command.name} ${command.args ?? ''}`.trim().length),
  );
  return SLASH_COMMANDS.map(
    (command) => `${`/${command.name} ${command.args ?? ''}`.trim().padEnd(width)}  ${command.help}`,
  );
}
