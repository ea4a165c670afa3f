import { Command, CommanderError } from 'commander';
import { errorMessage, FaztError } from '../cartridge/errors.js';
import packageJson from '../package.json' with { type: 'json' };
import { EXIT, printError, printJson, wantsJson } from './output.js';
import type { GlobalOptions } from './runtime.js';

/**
 * The `fazt` command line. Each command's module is imported only when that command runs, so
 * `fazt --version` loads commander and nothing else, and no command but the chat loads React.
 */
function buildProgram(): Command {
  const program = new Command('fazt')
    .description(
      'Sovereign personal compute driven by natural language. All state lives in one SQLite cartridge.',
    )
    .version(packageJson.version, '-v, --version')
    .option('--cartridge <path>', 'cartridge file (default: $FAZT_CARTRIDGE or ~/.local/share/fazt/fazt.db)')
    .showSuggestionAfterError()
    .exitOverride();
  program.configureOutput({ outputError: (text, write) => write(text) });
  const globals = () => program.opts<GlobalOptions>();

  program
    .command('tools')
    .description('list every tool fazt has')
    .option('--json', 'print the catalogue as JSON (name, title, description, risk, inputSchema)')
    .action(async (options) => (await import('./commands/tools.js')).toolsCommand(globals(), options));

  program
    .command('run')
    .description('run one tool directly: input as JSON, or as --field flags generated from its schema')
    .argument('<tool>', 'tool name, e.g. memory_remember')
    .argument('[json]', 'input as a JSON object, "-" to read it from stdin, or @file.json')
    .addHelpText(
      'after',
      '\nAlso: --json prints only JSON; -y, --yes approves a destructive tool; `fazt run <tool> --help` lists its fields.\nExit codes: 0 ok, 1 failed, 2 bad usage or input, 3 needs approval.',
    )
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption(false)
    .action(async (tool: string, _json: string | undefined, _options, command: Command) => {
      if (tool === '--help' || tool === '-h') return command.outputHelp();
      return (await import('./commands/run.js')).runCommand(globals(), tool, command.args.slice(1));
    });

  program
    .command('status')
    .description('show the cartridge: path, size, schema version, row counts')
    .option('--json', 'print as JSON')
    .action(async (options) => (await import('./commands/cartridge.js')).statusCommand(globals(), options));

  program
    .command('backup')
    .description('write a consistent copy of the cartridge (safe while fazt is running)')
    .argument('<file>', 'where to write the backup')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options) =>
      (await import('./commands/cartridge.js')).backupCommand(globals(), file, options),
    );

  program
    .command('restore')
    .description('replace the cartridge with a backup, after checking it; the replaced file is kept')
    .argument('<file>', 'the backup to restore')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options) =>
      (await import('./commands/cartridge.js')).restoreCommand(globals(), file, options),
    );

  const config = program.command('config').description('read or change settings (stored in the cartridge)');
  config
    .command('get')
    .description('show one setting, or all of them')
    .argument('[key]', 'config key, e.g. model')
    .option('--json', 'print as JSON')
    .action(async (key: string | undefined, options) =>
      (await import('./commands/config.js')).configGetCommand(globals(), key, options),
    );
  config
    .command('set')
    .description('change a setting')
    .argument('<key>', 'config key, e.g. model')
    .argument('<value>', 'new value')
    .option('--json', 'print as JSON')
    .action(async (key: string, value: string, options) =>
      (await import('./commands/config.js')).configSetCommand(globals(), key, value, options),
    );
  config
    .command('unset')
    .description('return a setting to its default')
    .argument('<key>', 'config key')
    .action(async (key: string) => (await import('./commands/config.js')).configUnsetCommand(globals(), key));

  return program;
}

/** The command a usage error is about (`fazt config set …` → "config set"), for the help hint. */
function commandPath(program: Command, args: readonly string[]): string {
  const names: string[] = [];
  let current = program;
  for (const arg of args) {
    const next = current.commands.find(
      (command) => command.name() === arg || command.aliases().includes(arg),
    );
    if (!next) continue;
    names.push(next.name());
    current = next;
  }
  return names.join(' ');
}

/** Runs the CLI and turns every failure into a message on stderr and the right exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const args = argv.slice(2);
  const json = wantsJson(args);
  if (args.length === 0) {
    process.stdout.write(program.helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) {
        return EXIT.ok;
      }
      // commander has already printed its own "error: …" line; add where to look next.
      const command = commandPath(program, args);
      process.stderr.write(`Run \`fazt ${command ? `${command} ` : ''}--help\` to see what it takes.\n`);
      if (json) {
        printJson({
          error: {
            code: error.code.replace('commander.', ''),
            message: error.message.replace(/^error: /, ''),
          },
        });
      }
      return EXIT.usage;
    }
    if (FaztError.isInstance(error)) {
      printError({ code: error.code, message: error.message }, json);
      return error.exitCode;
    }
    printError({ code: 'unexpected', message: `unexpected error: ${errorMessage(error)}` }, json);
    if (process.env.FAZT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.error;
  }
}

process.exitCode = await main(process.argv);
