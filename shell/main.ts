import * as nodeModule from 'node:module';
import type { Command } from 'commander';
import { errorMessage, FaztError } from '../cartridge/errors.js';
import packageJson from '../package.json' with { type: 'json' };
import { unsupportedNode } from './node-version.js';
import { EXIT, printError, printJson, wantsJson } from './output.js';
import type { GlobalOptions } from './runtime.js';

type Commander = typeof import('commander');

/**
 * The `fazt` command line. Each command's module is imported only when that command runs, so
 * `fazt --version` loads commander and nothing else, and no command but the chat loads React.
 */
function buildProgram({ Command }: Commander): Command {
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

  program
    .command('mcp')
    .description('serve fazt as an MCP server on stdio (for Claude Code, Gemini CLI, …); logs go to stderr')
    .option(
      '--allow-destructive',
      'run destructive tools without asking (otherwise asked via MCP elicitation)',
    )
    .action(async (options) => (await import('./commands/mcp.js')).mcpCommand(globals(), options));

  program
    .command('serve')
    .description('run fazt’s HTTP server: MCP over Streamable HTTP at /mcp (needs a token), status at /')
    .option('--port <n>', 'port to listen on; 0 picks a free one (default: config server.port, 7777)')
    .option('--host <address>', 'address to bind (default: config server.host, 127.0.0.1)')
    .option('--rate-limit <n>', 'requests a minute per token (default: config mcp.rateLimit, 600)')
    .option('--allow-host <host...>', 'also answer to this Host header, e.g. behind a reverse proxy')
    .option('--json', 'print the URL as one JSON line')
    .action(async (options) => (await import('./commands/serve.js')).serveCommand(globals(), options));

  program
    .command('apps')
    .description('list the apps `fazt serve` hosts, with access, version and URL')
    .option('--json', 'print [{name, path, access, version, url}]')
    .action(async (options) => (await import('./commands/apps.js')).appsCommand(globals(), options));

  program
    .command('share')
    .description('make a share link for an app (printed as the last line), or list / revoke links')
    .argument('[app]', 'the app to share, e.g. photos')
    .option('--expires <when>', 'when the link stops working: 7d (default), 12h, 2w, an ISO date, or never')
    .option('--label <label>', 'who the link is for, e.g. "for grandma" (one link per label)')
    .option('--list', 'list share links with status and last use')
    .option('--revoke <id>', 'revoke the link with this id')
    .option('--json', 'print as JSON')
    .action(async (app: string | undefined, options) =>
      (await import('./commands/apps.js')).shareCommand(globals(), app, options),
    );

  program
    .command('passwd')
    .description('set the owner password for apps served by `fazt serve` (asked twice, not echoed)')
    .option('--stdin', 'read the password from stdin (one line) instead of asking')
    .action(async (options) => (await import('./commands/passwd.js')).passwdCommand(globals(), options));

  const service = program
    .command('service')
    .description('run `fazt serve` at login and restart it on failure (systemd user unit / launchd agent)');
  service
    .command('install')
    .description('write the service file, then enable and start it')
    .option('--no-start', 'only write the file')
    .option('--json', 'print as JSON')
    .action(async (options) =>
      (await import('./commands/service.js')).serviceInstallCommand(globals(), options),
    );
  service
    .command('uninstall')
    .description('stop and disable the service and remove its file')
    .option('--json', 'print as JSON')
    .action(async (options) =>
      (await import('./commands/service.js')).serviceUninstallCommand(globals(), options),
    );
  service
    .command('status')
    .description('whether the service is installed and whether fazt serve answers')
    .option('--json', 'print as JSON')
    .action(async (options) =>
      (await import('./commands/service.js')).serviceStatusCommand(globals(), options),
    );

  const token = program.command('token').description('bearer tokens for `fazt serve` (MCP over HTTP)');
  token
    .command('create')
    .description('create a token and print it once (the last line of stdout)')
    .requiredOption('--name <name>', 'a name for who uses it, e.g. claude-code (shown in the audit log)')
    .requiredOption(
      '--scope <scope>',
      'read (read tools), write (read and write tools) or admin (every tool)',
    )
    .option('--expires <when>', 'a duration (30d, 12h, 90s), an ISO date, or never (default)')
    .option('--json', 'print {token, name, scope, expiresAt}')
    .action(async (options) => (await import('./commands/token.js')).tokenCreateCommand(globals(), options));
  token
    .command('list')
    .description('list tokens with scope and status (never their secrets)')
    .option('--json', 'print as JSON')
    .action(async (options) => (await import('./commands/token.js')).tokenListCommand(globals(), options));
  token
    .command('revoke')
    .description('revoke a token: refused from the next request on')
    .argument('<name>', 'the token name')
    .option('--json', 'print as JSON')
    .action(async (name: string, options) =>
      (await import('./commands/token.js')).tokenRevokeCommand(globals(), name, options),
    );

  program
    .command('eval')
    .description(
      'score a planner on eval cases, each in a fresh temporary cartridge (default: the built-in suite)',
    )
    .argument('[path]', 'a suite .yaml file or a folder of them (default: the built-in suites)')
    .option('--model <model>', 'planner to score: offline (default), ollama:<model> or openai:<model>')
    .option('--filter <text>', 'only cases whose suite/id contains this text, or with this tag')
    .option('--threshold <percent>', 'exit 1 when fewer than this percentage of cases pass')
    .option('--progress', 'print each case to stderr as it finishes')
    .option('--json', 'print the whole report as JSON')
    .action(async (path: string | undefined, options) =>
      (await import('./commands/eval.js')).evalCommand(globals(), path, options),
    );

  program
    .command('ask')
    .description('ask in plain language; the planner picks the tools (answer on stdout, trace on stderr)')
    .argument('[request...]', 'what you want, e.g. "what is my bike lock code?" (or pipe it in)')
    .option('--model <model>', 'offline, ollama:<model> or openai:<model> (default: the `model` setting)')
    .option('-y, --yes', 'approve destructive steps for this request')
    .option('--json', 'print {answer, status, toolCalls, model, usage, durationMs, conversationId}')
    .option('-q, --quiet', 'no trace of tool calls on stderr')
    .option('--conversation <id>', 'continue a stored conversation')
    .option('-c, --continue', 'continue the most recent conversation')
    .action(async (request: string[], options) =>
      (await import('./commands/ask.js')).askCommand(globals(), request, options),
    );

  const photos = program
    .command('photos')
    .description('your photo library: a summary, or `fazt photos import <folder>`')
    .option('--json', 'print the summary as JSON')
    .action(async (options) =>
      (await import('./commands/photos.js')).photosSummaryCommand(globals(), options),
    );
  photos
    .command('import')
    .description('import every photo under a folder (recursively); again later, only what is new')
    .argument('<folder>', 'the folder that holds your photos, e.g. ~/Pictures')
    .option('--json', 'print the result as JSON')
    // --json may land on `photos` (it has the same option): read it from both.
    .action(async (folder: string, _options, command: Command) =>
      (await import('./commands/photos.js')).photosImportCommand(
        globals(),
        folder,
        command.optsWithGlobals(),
      ),
    );

  program
    .command('models')
    .description('list the models each provider offers, and which one `fazt ask` uses')
    .option('--json', 'print as JSON')
    .action(async (options) => (await import('./commands/models.js')).modelsCommand(globals(), options));

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
  const args = argv.slice(2);
  const tooOld = unsupportedNode(process.version);
  if (tooOld) {
    process.stderr.write(`fazt: ${tooOld}\n`);
    return EXIT.error;
  }
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    // The commonest probe of a CLI answers before commander is even loaded.
    process.stdout.write(`${packageJson.version}\n`);
    return EXIT.ok;
  }
  // V8 bytecode of the chunks (zod, commander, the tools) is cached on disk across runs, as tsc
  // and npm do: ~15% off every `fazt run` (bench/foundation.bench.ts).
  nodeModule.enableCompileCache?.();
  // `fazt tools | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT.ok);
  });
  const commander = await import('commander');
  const program = buildProgram(commander);
  const json = wantsJson(args);
  if (args.length === 0) {
    process.stdout.write(program.helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof commander.CommanderError) {
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
