import type { Command, Option } from 'commander';
import { UsageError } from '../cartridge/errors.js';

/** Every flag any command of the program knows (`--json`, `-y`, `--help`, …), with the help and version flags. */
export function knownFlags(program: Command): Set<string> {
  const flags = new Set<string>(['--help', '-h', '--version', '-v']);
  const visit = (command: Command) => {
    for (const option of command.options) {
      if (option.long) flags.add(option.long);
      if (option.short) flags.add(option.short);
      // `--no-start` also answers to `--start` in the person's mind: both are flags, never values.
      if (option.negate && option.long) flags.add(option.long.replace(/^--no-/, '--'));
    }
    for (const child of command.commands) visit(child);
  };
  visit(program);
  return flags;
}

/** What an option's value is called in its help: `<path>` → "a path", `<n>` → "a number". */
function valueName(option: Option): { raw: string; spoken: string } {
  const raw = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1]?.replace(/\.\.\.$/, '') ?? 'value';
  const name = raw === 'n' ? 'number' : /[^s]s$/.test(raw) ? raw.slice(0, -1) : raw;
  return { raw, spoken: `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}` };
}

/** The flag as the person wrote it: `--port=x` names only `--port`. */
const flagOf = (value: string) => value.split('=')[0]!;

/**
 * Makes every option that takes a value (on `program` and all its subcommands) refuse a value
 * that is itself a known flag: `fazt --cartridge --json` means the path was forgotten, not that
 * the cartridge lives in a file called `--json`. commander takes the next word as the value
 * whatever it is; this throws a UsageError ("--cartridge needs a path; got the flag --json …")
 * instead. Values that only look like flags (`--label -- grandma`, `--expires -1d`) still pass.
 * Existing argument parsers (collectors) keep working; variadic options collect as before.
 */
export function refuseFlagsAsValues(program: Command, args: readonly string[]): void {
  const flags = knownFlags(program);
  // `--label=--json` is written on purpose: commander hands the parser only the value, so look.
  const written = new Set(args.filter((arg) => arg.startsWith('--') && arg.includes('=')));
  const visit = (command: Command) => {
    for (const option of command.options) {
      if (!option.required && !option.optional) continue;
      const original = option.parseArg as ((value: string, previous: unknown) => unknown) | undefined;
      const name = option.long ?? option.short ?? option.flags;
      option.argParser((value: string, previous: unknown) => {
        if (value.startsWith('-') && flags.has(flagOf(value)) && !written.has(`${option.long}=${value}`)) {
          const { raw, spoken } = valueName(option);
          throw new UsageError(
            `${name} needs ${spoken}; got the flag ${flagOf(value)}. Put the value right after ${name} (\`${name} <${raw}>\`), or write \`${name}=${value}\` if you really mean that text.`,
            { code: 'option_value_missing' },
          );
        }
        if (original) return original(value, previous);
        if (!option.variadic) return value;
        // commander's own collection for variadic options (`--allow-host a b`).
        return previous === option.defaultValue || !Array.isArray(previous) ? [value] : [...previous, value];
      });
    }
    for (const child of command.commands) visit(child);
  };
  visit(program);
}
