import { UsageError } from '../../cartridge/errors.js';
import {
  createTokenStore,
  parseExpiry,
  TOKEN_SCOPES,
  type TokenScope,
  tokenStatus,
} from '../../cartridge/tokens.js';
import { printJson, printText } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

const SOURCE = 'person:cli';

const when = (ms: number | null, never = 'never') => (ms === null ? never : new Date(ms).toISOString());

function readScope(scope: string | undefined): TokenScope {
  if (!scope || !TOKEN_SCOPES.includes(scope as TokenScope)) {
    throw new UsageError(
      `${scope ? `Unknown scope "${scope}"` : 'A token needs a scope'}: use --scope read (read tools only), write (read and write tools) or admin (every tool, destructive and external included).`,
    );
  }
  return scope as TokenScope;
}

/** `fazt token create --name N --scope read|write|admin [--expires 30d] [--json]`. */
export async function tokenCreateCommand(
  globals: GlobalOptions,
  options: { name?: string; scope?: string; expires?: string; json?: boolean },
): Promise<void> {
  if (!options.name) throw new UsageError('A token needs a name: --name claude-code, for example.');
  const scope = readScope(options.scope);
  const expiresAt = options.expires === undefined ? null : parseExpiry(options.expires);
  await withRuntime(globals, ({ cartridge }) => {
    const tokens = createTokenStore(cartridge.prepare);
    const { secret, token } = cartridge.transaction(() => {
      const created = tokens.create({ name: options.name!, scope, expiresAt });
      cartridge.events.append({
        type: 'token.created',
        source: SOURCE,
        data: { name: created.token.name, scope },
      });
      return created;
    });
    if (options.json) {
      printJson({ token: secret, name: token.name, scope: token.scope, expiresAt: token.expiresAt });
      return;
    }
    printText(
      `Created token "${token.name}" with scope ${token.scope}, ${token.expiresAt === null ? 'never expiring' : `expiring ${when(token.expiresAt)}`}.\n` +
        'This is the only time it is shown: store it now. Clients send it as `Authorization: Bearer <token>`.\n' +
        `${secret}\n`,
    );
  });
}

/** `fazt token list [--json]`: every token with its status; never a secret. */
export async function tokenListCommand(globals: GlobalOptions, options: { json?: boolean }): Promise<void> {
  await withRuntime(
    globals,
    ({ cartridge }) => {
      const now = Date.now();
      const tokens = createTokenStore(cartridge.prepare)
        .list()
        .map((record) => ({
          name: record.name,
          scope: record.scope,
          status: tokenStatus(record, now),
          createdAt: record.createdAt,
          expiresAt: record.expiresAt,
          revokedAt: record.revokedAt,
          lastUsedAt: record.lastUsedAt,
        }));
      if (options.json) {
        printJson(tokens);
        return;
      }
      if (tokens.length === 0) {
        printText(
          'No tokens yet. Create one with `fazt token create --name <name> --scope read|write|admin`.\n',
        );
        return;
      }
      const rows = [
        ['NAME', 'SCOPE', 'STATUS', 'CREATED', 'EXPIRES', 'LAST USED'],
        ...tokens.map((entry) => [
          entry.name,
          entry.scope,
          entry.status,
          when(entry.createdAt),
          when(entry.expiresAt),
          when(entry.lastUsedAt, '-'),
        ]),
      ];
      const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
      for (const row of rows) {
        printText(
          `${row
            .map((cell, column) => cell.padEnd(widths[column]!))
            .join('  ')
            .trimEnd()}\n`,
        );
      }
    },
    { readOnly: true },
  );
}

/** `fazt token revoke NAME [--json]`: refused from the next request on, even mid-session. */
export async function tokenRevokeCommand(
  globals: GlobalOptions,
  name: string,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(globals, ({ cartridge }) => {
    const tokens = createTokenStore(cartridge.prepare);
    const { token: revoked, alreadyRevoked } = cartridge.transaction(() => {
      const outcome = tokens.revoke(name);
      if (!outcome.alreadyRevoked) {
        cartridge.events.append({ type: 'token.revoked', source: SOURCE, data: { name } });
      }
      return outcome;
    });
    if (options.json) {
      printJson({ name: revoked.name, revokedAt: revoked.revokedAt, alreadyRevoked });
      return;
    }
    printText(
      alreadyRevoked
        ? `Token "${name}" was already revoked (${when(revoked.revokedAt)}).\n`
        : `Revoked token "${name}": fazt refuses it from now on.\n`,
    );
  });
}
