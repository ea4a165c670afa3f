import { basename } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { pathProblemOf } from '../offline.js';
import { text } from '../schemas.js';
import { deployableFolder, deployFolder } from './deploy.js';
import { appOutput, builtinApps, describeApp } from './shared.js';
import { appName, appNameFrom, createAppsStore } from './store.js';

export const appsDeploy = defineTool({
  name: 'apps_deploy',
  title: 'Deploy an app',
  description:
    'Publish a folder of static files as an app at /a/<name>/ (a new version; a failed deploy keeps the old one).',
  risk: 'external',
  transactional: false,
  input: z.object({
    folder: text(4096, 'folder').describe('Folder to publish, e.g. "~/site".'),
    name: text(100, 'app name').optional().describe('App name (default: the folder name).'),
    spa: z.boolean().optional().describe('Serve index.html for paths with no file.'),
  }),
  output: z.object({
    app: appOutput,
    version: z.number().int(),
    created: z.boolean(),
    files: z.number().int(),
    bytes: z.number().int(),
    compressed: z.number().int(),
    hasIndex: z.boolean(),
    skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  }),
  examples: [
    'deploy {folder} as {name}',
    'publish {folder} as {name}',
    'host {folder} as {name}',
    'deploy {folder}',
    'publish {folder}',
    'deploy the folder {folder} as {name}',
  ],
  async run({ folder, name, spa }, context) {
    const home = process.env.HOME ?? '';
    const path = folder.trim().replace(/^~(?=$|\/)/, home);
    const real = await deployableFolder(path);
    const chosen = name === undefined ? appNameFrom(basename(real)) : appName(name);
    if (!chosen) {
      throw new UsageError(
        `Cannot make an app name from the folder "${basename(real)}". Give one with name, e.g. "blog".`,
        {
          code: 'app_name_invalid',
        },
      );
    }
    if (builtinApps(context.registry).some((app) => app.name === chosen)) {
      throw new UsageError(
        `"${chosen}" is a built-in app and cannot be replaced by a deploy. Deploy under another name (for example "${chosen}-site").`,
        { code: 'app_builtin' },
      );
    }
    const result = await deployFolder(context.cartridge, {
      folder: path,
      name: chosen,
      spa,
      signal: context.signal,
      onStored: (deployed) =>
        context.emit('apps.deployed', {
          name: deployed.name,
          version: deployed.version,
          files: deployed.files,
        }),
    });
    const app = createAppsStore(context.cartridge).require(chosen);
    return {
      app: describeApp(context.cartridge, app),
      version: result.version,
      created: result.created,
      files: result.files,
      bytes: result.bytes,
      compressed: result.compressed,
      hasIndex: result.hasIndex,
      skipped: result.skipped,
    };
  },
  describe: (out) =>
    `Deployed ${out.app.name} version ${out.version} (${out.files} file${out.files === 1 ? '' : 's'}${out.skipped.length ? `, ${out.skipped.length} skipped` : ''}), ${out.app.access}, at ${out.app.url}.${out.hasIndex ? '' : ' It has no index.html, so its root shows nothing.'}${out.app.access === 'private' ? ' Only you (logged in) and share links can open it.' : ''}`,
  offline: {
    samples: { folder: '~/site', name: 'blog' },
    // "host the folder ~/www/recipes", "put ~/site online": a folder made into an app.
    templates: [
      'host the folder {folder}',
      'host the folder {folder} as {name}',
      'host {folder}',
      'put {folder} online',
      'put {folder} online as {name}',
      'publish the folder {folder}',
      'publish the folder {folder} as {name}',
      'serve the folder {folder} as {name}',
      'make a site from {folder}',
      'make a website from {folder}',
      'make an app from {folder}',
      'turn {folder} into a site',
      'turn {folder} into an app',
    ].map((source) => ({ source, check: pathProblemOf('folder') })),
  },
});
