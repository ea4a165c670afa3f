import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { UsageError } from '../../cartridge/errors.js';
import { appsCapability } from '../../tools/apps/index.js';
import { checkPassword, hashPassword } from '../../tools/apps/password.js';
import { createAppsStore } from '../../tools/apps/store.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new UsageError('Cancelled; the password was not changed.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * `fazt passwd [--stdin]`: sets the owner password for the apps `fazt serve` hosts (asked twice
 * without echo, or one line read from stdin). Stored as an scrypt hash; every session ends.
 */
export async function passwdCommand(globals: GlobalOptions, options: { stdin?: boolean }): Promise<void> {
  let password: string;
  if (options.stdin) {
    password = await readStdin();
    if (password.includes('\n')) {
      throw new UsageError('--stdin takes the password as one line; the input had several.');
    }
  } else {
    if (!process.stdin.isTTY) {
      throw new UsageError('No terminal to ask on. Pipe the password in with `fazt passwd --stdin`.');
    }
    password = await promptHidden('New owner password: ');
    checkPassword(password);
    const again = await promptHidden('Repeat it: ');
    if (again !== password)
      throw new UsageError('The two passwords differ; nothing was changed. Run it again.');
  }
  const hash = await hashPassword(password);
  await withRuntime(globals, ({ cartridge }) => {
    applyCapabilityMigrations(cartridge, appsCapability);
    const store = createAppsStore(cartridge);
    const had = store.ownerPasswordHash() !== undefined;
    cartridge.transaction(() => {
      store.setOwnerPasswordHash(hash);
      cartridge.events.append({ type: 'apps.password_set', source: 'person:cli', data: { replaced: had } });
    });
    process.stdout.write(
      `${had ? 'Changed' : 'Set'} the owner password${had ? '; every signed-in browser must sign in again' : ''}. Sign in at /_fazt/login on \`fazt serve\`.\n`,
    );
  });
}
