import * as nodeModule from 'node:module';
import type { Command } from 'commander';
import { errorMessage, FaztError } from '../cartridge/errors.js';
import packageJson from '../package.json' with { type: 'json' };
import { unsupportedNode } from './node-version.js';
import { knownFlags, refuseFlagsAsValues } from './option-values.js';
import { EXIT, exitCodeFor, printError, printJson, printNote, wantsJson } from './output.js';
import type { GlobalOptions } from './runtime.js';
import { safeForTerminal } from './terminal-text.js';
import { checkArgumentsUtf8 } from './utf8.js';

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
  program.configureOutput({
    outputError: (text, write) => write(safeForTerminal(text)),
    writeOut: (text) => process.stdout.write(safeForTerminal(text)),
  });
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
    .option('--replace', 'replace an SQLite file already there (otherwise an existing file is a clash)')
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
    .argument(
      '[request...]',
      'what you want, e.g. "what is my bike lock code?"; "-" (or nothing) reads it from stdin',
    )
    .option('--model <model>', 'offline, ollama:<model> or openai:<model> (default: the `model` setting)')
    .option('-y, --yes', 'approve destructive steps for this request')
    .option(
      '--json',
      'print {answer, status, toolCalls, model, usage, durationMs, conversationId}; JSON is never made safe for a terminal: answer is the sentence as worded (a line break inside a value is said as ⏎, every other character is kept, ESC included) and toolCalls[].output is exact',
    )
    .option('-q, --quiet', 'no trace of tool calls on stderr')
    .option('--conversation <id>', 'continue a stored conversation')
    .option('-c, --continue', 'continue the most recent conversation')
    .action(async (request: string[], options) =>
      (await import('./commands/ask.js')).askCommand(globals(), request, options),
    );

  const skill = program
    .command('skill')
    .description('skills: packaged abilities with sandboxed tools, tests and evals, every version kept');
  const skills = () => import('./commands/skill.js');
  skill
    .command('import')
    .description(
      'check a skill folder (or a built-in skill by name), run its tests, show its grants, install',
    )
    .argument(
      '<folder>',
      'a folder holding SKILL.md, e.g. ./unit-convert, or a built-in name such as unit-convert',
    )
    .option('-y, --yes', 'install without asking')
    .option('--replace', 'allow a skill named like a built-in skill to replace it')
    .option('--json', 'print the result as JSON')
    .action(async (folder: string, options) =>
      (await skills()).skillImportCommand(globals(), folder, options),
    );
  skill
    .command('new')
    .description(
      'have the model write a skill, prove it with its tests and evals in the sandbox, then install it',
    )
    .argument('<what...>', 'what it should do, e.g. "convert recipe units"')
    .option('--model <model>', 'ollama:<model> or openai:<model> (default: the `model` setting)')
    .option('--rounds <n>', 'write → test → fix rounds before giving up (default 3)')
    .option('-y, --yes', 'install without asking once it passes')
    .option('--replace', 'allow the skill made to replace a built-in skill of the same name')
    .option('--json', 'print the result as JSON')
    .action(async (what: string[], options) =>
      (await import('./commands/skill-harness.js')).skillNewCommand(globals(), what.join(' '), options),
    );
  skill
    .command('improve')
    .description(
      'have the model change a skill; kept as a new version only if every old test and eval passes',
    )
    .argument('<name>', 'skill name')
    .argument('<change...>', 'what to change')
    .option('--model <model>', 'ollama:<model> or openai:<model> (default: the `model` setting)')
    .option('--rounds <n>', 'write → test → fix rounds before giving up (default 3)')
    .option('-y, --yes', 'install without asking once it passes')
    .option('--json', 'print the result as JSON')
    .action(async (name: string, change: string[], options) =>
      (await import('./commands/skill-harness.js')).skillImproveCommand(
        globals(),
        name,
        change.join(' '),
        options,
      ),
    );
  skill
    .command('export')
    .description("write a skill's files into a new folder")
    .argument('<name>', 'skill name')
    .argument('<folder>', 'a new or empty folder')
    .option('--version <n>', 'which version (default: the current one)')
    .action(async (name: string, folder: string, options) =>
      (await skills()).skillExportCommand(globals(), name, folder, options),
    );
  skill
    .command('list')
    .description('list installed skills')
    .option('--json', 'print as JSON')
    .action(async (options) => (await skills()).skillListCommand(globals(), options));
  skill
    .command('show')
    .description('show a skill: tools, grants, versions and its instructions')
    .argument('<name>', 'skill name')
    .option('--json', 'print as JSON')
    .action(async (name: string, options) => (await skills()).skillShowCommand(globals(), name, options));
  skill
    .command('test')
    .description(
      "run a skill's tests in the sandbox (a test without assertions or a tool no test calls fails)",
    )
    .argument('<name>', 'skill name')
    .option('--json', 'print as JSON')
    .action(async (name: string, options) => (await skills()).skillTestCommand(globals(), name, options));
  skill
    .command('eval')
    .description(
      "score a skill's evals.yaml against a planner: pass rate and whether it triggered when it should",
    )
    .argument('<name>', 'skill name')
    .option('--model <model>', 'offline (default), ollama:<model> or openai:<model>')
    .option('--json', 'print as JSON')
    .action(async (name: string, options) => (await skills()).skillEvalCommand(globals(), name, options));
  skill
    .command('enable')
    .description('turn a skill on: its tools join every surface')
    .argument('<name>', 'skill name')
    .action(async (name: string) => (await skills()).skillEnableCommand(globals(), name, true));
  skill
    .command('disable')
    .description('turn a skill off (kept, with its versions)')
    .argument('<name>', 'skill name')
    .action(async (name: string) => (await skills()).skillEnableCommand(globals(), name, false));
  skill
    .command('rollback')
    .description('make an earlier version current (default: the one before)')
    .argument('<name>', 'skill name')
    .argument('[version]', 'version number')
    .action(async (name: string, version: string | undefined) =>
      (await skills()).skillRollbackCommand(globals(), name, version),
    );
  skill
    .command('remove')
    .description('delete a skill and every version of it (destructive: asks first)')
    .argument('<name>', 'skill name')
    .option('-y, --yes', 'remove without asking')
    .action(async (name: string, options) => (await skills()).skillRemoveCommand(globals(), name, options));

  program
    .command('learn')
    .description('learn files and folders (Markdown, text, HTML, PDF, code) to search and ask about')
    .argument('<paths...>', 'files or folders, e.g. ~/Documents/recipes')
    .option('--collection <name>', 'which collection (default "default")')
    .option('--embedder <spec>', 'offline, ollama:<model> or openai:<model> (default: knowledge.embedder)')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .option(
      '--include-secrets',
      'also learn the lines and files that look like they hold passwords, PINs, door codes, API keys, card numbers or private keys (withheld by default)',
    )
    .option('-y, --yes', 'approve the learn without asking')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options) =>
      (await import('./commands/knowledge.js')).learnCommand(globals(), paths, options),
    );

  const knowledge = program.command('knowledge').description('search, ask, list or forget learned documents');
  for (const [action, argument, description] of [
    ['list', '[pathPrefix...]', 'list learned files (optionally under a path) and the collections'],
    ['search', '<query...>', 'search learned documents; passages with file, lines and heading'],
    ['ask', '<question...>', 'answer a question from learned documents, with sources'],
    ['forget', '[path...]', 'forget a learned file or folder, or --all (needs --yes; files on disk stay)'],
  ] as const) {
    const command = knowledge
      .command(action)
      .description(description)
      .argument(argument)
      .option('--collection <name>', 'which collection (default "default")')
      .option('--json', 'print JSON');
    if (action === 'search') command.option('--limit <n>', 'how many passages (default 10)');
    if (action === 'search' || action === 'ask') {
      command
        .option('--path <folder>', 'only files in this folder (or this file); relative to the current folder')
        .option(
          '--type <types>',
          'only these file types, comma-separated or repeated: markdown, text, html, pdf, code, or an extension (csv, txt, py… only files so named; md and htm mean Markdown and HTML)',
          (value: string, previous: string[] = []) => [...previous, value],
        )
        .option('--since <date>', 'only files modified on or after this date (YYYY-MM-DD)')
        .option('--until <date>', 'only files modified on or before this date (YYYY-MM-DD)');
    }
    if (action === 'list') {
      command
        .option('--limit <n>', 'how many files to show (default 100, at most 10000)')
        .option('--offset <n>', 'skip this many files first (for the next page)');
    }
    if (action === 'forget') {
      command
        .option('--all', 'forget every learned document of the collection')
        .option('-y, --yes', 'approve forgetting');
    }
    command.action(async (words: string[], options) =>
      (await import('./commands/knowledge.js')).knowledgeCommand(globals(), action, words, options),
    );
  }

  program
    .command('chat')
    .description('chat in the terminal (also plain `fazt`): the same planner and tools as `fazt ask`')
    .option('--resume [id]', 'continue a conversation; without an id, search them first')
    .option('-c, --continue', 'continue the most recent conversation')
    .option('--model <model>', 'offline, ollama:<model> or openai:<model> for this session')
    .action(async (options) => (await import('./commands/chat.js')).chatCommand(globals(), options));
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

/**
 * The arguments without the global `--cartridge <path>` (the chat starts when nothing else is
 * left). A `--cartridge` with no value after it is kept, so commander names the missing value
 * (`option '--cartridge <path>' argument missing`) instead of the chat starting, or taking the
 * word `chat` as the path. So is one followed by a known flag (`--cartridge --json`): commander then
 * says the path is missing (see refuseFlagsAsValues).
 */
function withoutGlobals(args: readonly string[], flags: ReadonlySet<string>): string[] {
  const rest: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const next = args[index + 1];
    if (args[index] === '--cartridge' && next !== undefined && !flags.has(next.split('=')[0]!)) index += 1;
    else if (!args[index]!.startsWith('--cartridge=')) rest.push(args[index]!);
  }
  return rest;
}

/** Runs the CLI and turns every failure into a message on stderr and the right exit code. */
export async function main(input: string[]): Promise<number> {
  let argv = input;
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
  refuseFlagsAsValues(program, args);
  const json = wantsJson(args);
  try {
    // Bytes that are not UTF-8 on the command line are refused before any command sees them.
    checkArgumentsUtf8(args);
  } catch (error) {
    if (!FaztError.isInstance(error)) throw error;
    printError({ code: error.code, message: error.message }, json);
    return EXIT.usage;
  }
  if (withoutGlobals(args, knownFlags(program)).length === 0) {
    // Plain `fazt` is the chat; without a terminal, a short usage pointing to `fazt ask`.
    const { hasTerminal, NO_TERMINAL_USAGE } = await import('./commands/chat.js');
    if (!hasTerminal()) {
      process.stderr.write(NO_TERMINAL_USAGE);
      return EXIT.usage;
    }
    argv = [...argv, 'chat'];
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
      printNote(`Run \`fazt ${command ? `${command} ` : ''}--help\` to see what it takes.\n`);
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
      // A held action (needs approval) exits 3 whatever its kind; otherwise the kind decides.
      return exitCodeFor(error.code === 'needs_approval' ? 'needs_approval' : error.kind);
    }
    printError({ code: 'unexpected', message: `unexpected error: ${errorMessage(error)}` }, json);
    if (process.env.FAZT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.error;
  }
}

process.exitCode = await main(process.argv);
