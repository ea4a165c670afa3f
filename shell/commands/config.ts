import type { ConfigEntry } from '../../cartridge/config.js';
import { printText, printToolResult } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

const line = (entry: ConfigEntry) =>
  `${entry.key} = ${JSON.stringify(entry.value)}${entry.isDefault ? '  (default)' : ''}`;

/**
 * `fazt config get [key] [--json]`: runs the config_get tool, so the read is audited like any
 * other call. JSON is the one entry asked for, or the array of all of them.
 */
export async function configGetCommand(
  globals: GlobalOptions,
  key: string | undefined,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(
    globals,
    async ({ executor, caller }) => {
      const result = await executor.execute('config_get', key === undefined ? {} : { key }, { caller });
      const entries = result.ok ? (result.output as { entries: ConfigEntry[] }).entries : [];
      const shaped = result.ok ? { ...result, output: key === undefined ? entries : entries[0] } : result;
      process.exitCode = printToolResult(shaped, options.json === true, (output) =>
        (Array.isArray(output) ? output : [output]).map(line).join('\n'),
      );
    },
    // A cartridge not made yet answers with the defaults, and is not made by being read.
    { lazy: true },
  );
}

/**
 * `fazt config set <key> <value> [--json]`: runs the config_set tool (validated against the key's
 * type, one transaction, a `config.changed` event, an audit row). JSON is the updated entry.
 */
export async function configSetCommand(
  globals: GlobalOptions,
  key: string,
  value: string,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(globals, async ({ executor, caller }) => {
    const result = await executor.execute('config_set', { key, value }, { caller });
    const shaped = result.ok
      ? { ...result, output: (result.output as { entry: ConfigEntry }).entry }
      : result;
    process.exitCode = printToolResult(shaped, options.json === true, (output) =>
      line(output as ConfigEntry),
    );
  });
}

/** `fazt config unset <key>`: back to the default, as one transaction with a `config.changed` event. */
export async function configUnsetCommand(globals: GlobalOptions, key: string): Promise<void> {
  await withRuntime(globals, ({ cartridge }) => {
    cartridge.transaction(() => {
      cartridge.config.unset(key);
      cartridge.events.append({ type: 'config.changed', source: 'person:cli', data: { key } });
    });
    printText(`${key} is back to its default.\n`);
  });
}
