import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { appBefore, appNameSlot } from './offline.js';
import { appNameInput, appOutput, describeApp, findApp } from './shared.js';

export const appsRollback = defineTool({
  name: 'apps_rollback',
  title: 'Roll an app back',
  description: 'Make an earlier version of an app live (default: the one before).',
  risk: 'write',
  input: z.object({
    name: appNameInput,
    version: z.number().int().min(1).optional().describe('Version (default: the previous one).'),
  }),
  output: z.object({ app: appOutput, from: z.number().int(), to: z.number().int() }),
  examples: [
    'roll back {name}',
    'rollback {name}',
    'roll back {name} to version {version}',
    'undo the last deploy of {name}',
  ],
  run({ name, version }, context) {
    const { store, app } = findApp(context, name, { write: true });
    if (app.kind === 'builtin' || app.version === null) {
      throw new UsageError(`"${app.name}" is a built-in app: it has no deployed versions to roll back.`, {
        code: 'app_builtin',
      });
    }
    const versions = store.versions(app.name).map((row) => row.version);
    const target = version ?? [...versions].reverse().find((v) => v < app.version!);
    if (target === undefined) {
      throw new UsageError(
        `${app.name} has no version before ${app.version}. Its versions: ${versions.join(', ')}.`,
        {
          code: 'rollback_none',
        },
      );
    }
    if (!versions.includes(target)) {
      throw new UsageError(`${app.name} has no version ${target}. Its versions: ${versions.join(', ')}.`, {
        code: 'rollback_unknown',
      });
    }
    store.setVersion(app.name, target);
    context.emit('apps.rolled_back', { name: app.name, from: app.version, to: target });
    return { app: describeApp(context.cartridge, store.require(app.name)), from: app.version, to: target };
  },
  describe: ({ app, from, to }) => `${app.name} is back at version ${to} (was ${from}).`,
  offline: {
    samples: { name: 'blog' },
    slots: { name: appNameSlot('name') },
    before: appBefore('name', false, (name) => `roll back ${name}`),
  },
});
