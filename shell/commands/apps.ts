import { UsageError } from '../../cartridge/errors.js';
import { printJson, printText, printToolResult } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

interface ListedApp {
  name: string;
  path: string;
  access: string;
  version: number | null;
  url: string;
  kind: string;
}

/** `fazt apps [--json]`: the hosted apps as `[{name, path, access, version, url}]`. */
export async function appsCommand(globals: GlobalOptions, options: { json?: boolean }): Promise<void> {
  await withRuntime(
    globals,
    async ({ executor, caller }) => {
      const result = await executor.execute('apps_list', {}, { caller });
      if (!result.ok) {
        process.exitCode = printToolResult(result, Boolean(options.json));
        return;
      }
      const apps = (result.output as { apps: ListedApp[] }).apps;
      if (options.json) {
        printJson(apps.map(({ name, path, access, version, url }) => ({ name, path, access, version, url })));
        return;
      }
      if (apps.length === 0) {
        printText('No apps yet. Deploy a folder: fazt run apps_deploy --folder ~/site --name blog\n');
        return;
      }
      const width = Math.max(...apps.map((app) => app.name.length));
      for (const app of apps) {
        const version = app.version === null ? 'built in' : `v${app.version}`;
        printText(`${app.name.padEnd(width)}  ${app.access.padEnd(7)}  ${version.padEnd(8)}  ${app.url}\n`);
      }
    },
    { readOnly: true },
  );
}

export interface ShareOptions {
  expires?: string;
  label?: string;
  list?: boolean;
  revoke?: string;
  json?: boolean;
}

/**
 * `fazt share <app> [--expires 7d] [--label "for grandma"]` prints the link as the last line of
 * stdout; `fazt share --list` lists links; `fazt share --revoke <id>` revokes one.
 */
export async function shareCommand(
  globals: GlobalOptions,
  app: string | undefined,
  options: ShareOptions,
): Promise<void> {
  const json = Boolean(options.json);
  await withRuntime(
    globals,
    async ({ executor, caller }) => {
      if (options.list) {
        const result = await executor.execute('apps_shares', app === undefined ? {} : { app }, { caller });
        if (!result.ok || json) {
          process.exitCode = printToolResult(result, json);
          return;
        }
        const shares = (
          result.output as {
            shares: {
              id: string;
              app: string;
              label: string;
              status: string;
              expiresAt: number | null;
              lastUsedAt: number | null;
              uses: number;
            }[];
          }
        ).shares;
        if (shares.length === 0) {
          printText('No share links yet. Make one with `fazt share <app> --label "for grandma"`.\n');
          return;
        }
        const day = (ms: number | null, none: string) =>
          ms === null ? none : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
        for (const share of shares) {
          printText(
            `${share.id}  ${share.app}  "${share.label}"  ${share.status}  expires ${day(share.expiresAt, 'never')}  last used ${day(share.lastUsedAt, 'never')} (${share.uses}×)\n`,
          );
        }
        return;
      }
      if (options.revoke !== undefined) {
        const result = await executor.execute('apps_unshare', { id: options.revoke }, { caller });
        process.exitCode = printToolResult(result, json);
        return;
      }
      if (app === undefined) {
        throw new UsageError(
          'Say which app to share: `fazt share photos --label "for grandma"`, or use --list / --revoke <id>.',
        );
      }
      const input: Record<string, unknown> = { app };
      if (options.label !== undefined) input.label = options.label;
      if (options.expires !== undefined && options.expires.trim() === '') {
        throw new UsageError(
          '--expires was given an empty value. Say when the link stops working: --expires 7d (the default), 12h, 2w, a date like 2026-12-24, or never.',
          { code: 'invalid_input' },
        );
      }
      if (options.expires !== undefined) input.expires = options.expires;
      // An --expires typed on the command line is the person's own choice: like `fazt backup
      // --replace`, it is the consent a long or never-expiring link needs.
      const result = await executor.execute('apps_share', input, {
        caller,
        approved: options.expires !== undefined,
      });
      process.exitCode = printToolResult(result, json);
    },
    { readOnly: options.list === true },
  );
}
