import type { ConfigEntry } from '../../cartridge/config.js';
import { assertConfigKey } from '../../cartridge/config.js';
import { printJson } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

const shown = (entry: ConfigEntry) => (entry.secret && entry.value ? { ...entry, value: '********' } : entry);
const line = (entry: ConfigEntry) =>
  `${entry.key} = ${JSON.stringify(entry.value)}${entry.isDefault ? '  (default)' : ''}`;

/** `fazt config get [key]`. */
export async function configGetCommand(
  globals: GlobalOptions,
  key: string | undefined,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(globals, ({ cartridge }) => {
    const wanted = key === undefined ? undefined : assertConfigKey(key);
    const entries = cartridge.config
      .list()
      .filter((entry) => wanted === undefined || entry.key === wanted)
      .map(shown);
    if (options.json) printJson(wanted ? entries[0] : entries);
    else process.stdout.write(`${entries.map(line).join('\n')}\n`);
  });
}

/** `fazt config set <key> <value>`: validated against the key's type; the change is an event. */
export async function configSetCommand(
  globals: GlobalOptions,
  key: string,
  value: string,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(globals, ({ cartridge }) => {
    const entry = cartridge.transaction(() => {
      const updated = cartridge.config.set(key, value);
      cartridge.events.append({ type: 'config.changed', source: 'person:cli', data: { key: updated.key } });
      return updated;
    });
    if (options.json) printJson(shown(entry));
    else process.stdout.write(`${line(shown(entry))}\n`);
  });
}

/** `fazt config unset <key>`. */
export async function configUnsetCommand(globals: GlobalOptions, key: string): Promise<void> {
  await withRuntime(globals, ({ cartridge }) => {
    cartridge.transaction(() => {
      cartridge.config.unset(key);
      cartridge.events.append({ type: 'config.changed', source: 'person:cli', data: { key } });
    });
    process.stdout.write(`${key} is back to its default.\n`);
  });
}
