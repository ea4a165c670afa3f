import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { expandHome } from '../blobs/schemas.js';
import { defineTool, type ToolContext } from '../define-tool.js';
import { toolRefusal } from '../executor.js';
import { GO, pathProblemOf, type SlotCheck } from '../offline.js';
import { text } from '../schemas.js';
import { deployableFolder, deployFolder, refuseSystemFolder } from './deploy.js';
import { appOutput, builtinApps, describeApp } from './shared.js';
import { appName, appNameFrom, createAppsStore } from './store.js';

/** Words after a path that are options of the request, not part of the folder's name. */
const TRAILING_OPTIONS =
  /\s(?:as\s+\S.*|(?:publicly|privately|public|private|online|offline|on the web|for everyone)(?:\s+as\s+\S.*)?)$/i;

/**
 * The folder slot: a path followed by words that are options ("~/site2 as photos", "~/site2
 * publicly") and naming no folder as typed is a path followed by more of the request, so this
 * reading is wrong and a template that takes those words as options wins. A path with real spaces
 * works quoted, or as typed when it exists (or when its last words are no options: "~/my recipes").
 */
function folderSlot(value: unknown): SlotCheck {
  const said = String(value).trim();
  if (TRAILING_OPTIONS.test(said) && !existsSync(expandHome(said)))
    return { problem: { field: 'folder', message: `there is no folder "${said}"` } };
  return { value: said };
}

/**
 * Throws needs_approval when `name` is already an app whose live version was deployed from
 * another folder than `real` (stranger S20 MEDIUM 5: "publish ~/other/blog" silently replaced the
 * "blog" app made from ~/blog, only because both folders are called blog). The same folder
 * deploys again freely; another one replaces the live content only with the person's consent
 * (the old version stays, so `apps_rollback` brings it back).
 */
function refuseOtherFolder(context: ToolContext, name: string, real: string): void {
  if (context.approved) return;
  const store = createAppsStore(context.cartridge);
  const app = store.get(name);
  if (!app || app.version === null) return;
  const live = store.versions(name).find((version) => version.version === app.version);
  if (!live || live.source === real) return;
  throw toolRefusal({
    code: 'needs_approval',
    message: `"${name}" is already hosted from ${live.source} (version ${app.version}); deploying ${real} under that name would replace what it shows. Nothing was changed. Approve to replace it (version ${app.version} stays, so a rollback brings it back), or deploy under another name (for example "${name}-2").`,
  });
}

export const appsDeploy = defineTool({
  name: 'apps_deploy',
  title: 'Deploy an app',
  description:
    'Publish a folder of static files as an app at /a/<name>/ (a new version; a failed deploy keeps the old one). Hidden files are left out; secret-looking files (keys, shadow, credentials) need approval; system folders and the home folder are refused.',
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
    refuseSystemFolder(real, folder);
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
    refuseOtherFolder(context, chosen, real);
    const result = await deployFolder(context.cartridge, {
      folder: path,
      name: chosen,
      spa,
      // Secret-looking files (keys, shadow, credentials) go only with the person's consent.
      allowSecrets: context.approved === true,
      // Again where the version goes live: a deploy of another folder may have raced this one.
      beforeStore: (root) => refuseOtherFolder(context, chosen, root),
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
    // The app name is any word the person picks ("host ~/x as photos"): the tool itself says
    // when it is a built-in app's, rather than the name being read as a request to that domain.
    before: { looksUpName: true, check: async () => GO },
    slots: { folder: folderSlot },
    // "host the folder ~/www/recipes", "put ~/site online": a folder made into an app.
    templates: [
      ...[
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
        'host {folder} privately as {name}',
        'host {folder} privately',
        'deploy {folder} privately as {name}',
        // "host my blog from ~/site": the app is named as the person called it, not after the folder.
        'host my {name} from {folder}',
        'host my {name} in {folder}',
        'deploy my {name} from {folder}',
        'publish my {name} from {folder}',
        'put my {name} from {folder} online',
      ].map((source) => ({ source, check: pathProblemOf('folder') })),
      // "host ~/site publicly as pub": an app starts private; making it public is its own consent.
      ...[
        'host {folder} publicly as {name}',
        'host {folder} publicly',
        'deploy {folder} publicly as {name}',
        'publish {folder} publicly as {name}',
        'host {folder} as {name} publicly',
      ].map((source) => ({
        source,
        bonus: 0.5,
        check: ({ folder, name }: { folder: string; name?: string }) => ({
          field: 'folder',
          message: 'hosting publicly is two steps',
          reply: `An app starts private, and making it public is a step of its own (it needs your consent). Say "host ${folder}${name ? ` as ${name}` : ''}", then "make ${name ?? 'it'} public". Nothing was changed.`,
        }),
      })),
    ],
  },
});
