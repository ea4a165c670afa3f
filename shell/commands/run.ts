import { UsageError } from '../../cartridge/errors.js';
import { EXIT, exitCodeFor, printJson } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';
import { parseToolArguments } from '../tool-arguments.js';

/** `fazt run <tool> [json | - | @file.json] [--field value …] [--json] [--yes]`. */
export async function runCommand(globals: GlobalOptions, toolName: string, rest: string[]): Promise<void> {
  await withRuntime(globals, async ({ registry, executor, caller }) => {
    const tool = registry.get(toolName);
    if (!tool) {
      const suggestions = registry.closest(toolName);
      throw new UsageError(
        `There is no tool named "${toolName}".${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''} Run \`fazt tools\` for the list.`,
        { code: 'unknown_tool' },
      );
    }
    const { input, json, yes } = await parseToolArguments(tool, rest);
    const result = await executor.execute(toolName, input, { caller, approved: yes });
    if (result.ok) {
      if (json) printJson(result.output);
      else process.stdout.write(`${result.text}\n`);
      process.exitCode = EXIT.ok;
      return;
    }
    if (json) printJson({ error: result.error });
    process.stderr.write(`fazt: ${result.error.message}\n`);
    process.exitCode = exitCodeFor(result.error.code);
  });
}
