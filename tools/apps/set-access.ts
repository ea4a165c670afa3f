import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { appBefore, appNameSlot } from './offline.js';
import { appNameInput, appOutput, describeApp, findApp } from './shared.js';
import { APP_ACCESS, shareStatus } from './store.js';

/** ", but 2 share links still open it: …" after a private app's sentence, or "." when none do. */
function linksStillOpen(name: string, open: number): string {
  if (open === 0) return '.';
  const them = open === 1 ? 'it' : 'them';
  return `, but ${open} share link${open === 1 ? '' : 's'} still open${open === 1 ? 's' : ''} it. To close ${them}, say "revoke all links to ${name}" (or see ${them} with \`fazt share --list\`).`;
}

/** A template that asks for an app to stop being served ("take … offline", "unhost …", "shut down …"). */
const TAKE_DOWN =
  /\b(?:offline|off\s+line|down|unhost|hosting|publishing|unpublish|unlist|unavailable|off\s+the\s+(?:internet|web)|take\s+off)\b/;

/**
 * Said after a take-down: fazt has no switch that stops serving one app short of deleting it, so
 * the answer says who can still open it and what would stop it for good (issue 7, S11 #17).
 */
export const STILL_SERVED =
  'fazt still serves a private app to you (signed in) and to its share links; it has no switch that stops serving one app short of deleting it. To remove it for good, say "delete" and its name (asked first; cannot be undone).';

export const appsSetAccess = defineTool({
  name: 'apps_set_access',
  title: 'Make an app private or public',
  description:
    "Make an app private (owner and share links only) or public (anyone with the URL). Making public exposes it and needs the person's approval; making private does not.",
  risk: 'destructive',
  // Making an app private only closes it: the safe direction needs no consent; public exposes it.
  consent: ({ access }) => access === 'public',
  input: z.object({
    name: appNameInput,
    access: z.enum(APP_ACCESS as ['private', 'public']).describe('private or public'),
  }),
  output: z.object({
    app: appOutput,
    was: z.enum(['private', 'public']),
    openLinks: z.number().int().describe('Active share links that still open the app.'),
  }),
  examples: [
    'make my {name} {access}',
    'make {name} {access}',
    'set {name} to {access}',
    'make the {name} app {access}',
    'set access of {name} to {access}',
  ],
  run({ name, access }, context) {
    const { store, app } = findApp(context, name, { write: true });
    if (app.access !== access) {
      store.setAccess(app.name, access);
      context.emit('apps.access_changed', { name: app.name, access });
    }
    const openLinks = store.listShares(app.name).filter((share) => shareStatus(share) === 'active').length;
    return { app: describeApp(context.cartridge, store.require(app.name)), was: app.access, openLinks };
  },
  describe: ({ app, was, openLinks }) =>
    app.access === 'public'
      ? app.access === was
        ? `${app.name} is already public; nothing changed.`
        : `${app.name} is now public: anyone with ${app.url} can open it.`
      : `${app.access === was ? `${app.name} is already private; nothing changed` : `${app.name} is now private: only you (logged in) and valid share links can open it`}${linksStillOpen(app.name, openLinks)}`,
  offline: {
    // "hide the blog", "unhide my site", "open up the gallery to everyone".
    templates: [
      ...[
        'hide {name}',
        'hide my {name}',
        'lock {name}',
        'lock down {name}',
        'make {name} invisible',
        // "unpublish the blog": stop public access; the app, its versions and links stay.
        'unpublish {name}',
        ...['app', 'site', 'website'].map((kind) => `unpublish {name} ${kind}`),
        'stop publishing {name}',
        // "take down my blog": it stops being public; the app, its versions and links stay.
        'take {name} offline',
        'take my {name} offline',
        'take {name} down',
        'take my {name} down',
        'take down {name}',
        'take down my {name}',
        'take off {name}',
        'take {name} off the internet',
        'take {name} off the web',
        'take {name} off line',
        // "pull down my blog", "make my blog offline", "unlist my blog": it stops being served to
        // the public; reversible, so never read as a delete. ("disable", "shut down" are left to
        // devices: "disable the wifi" is no app.)
        ...['', 'my '].flatMap((owner) => [
          `make ${owner}{name} offline`,
          `make ${owner}{name} unavailable`,
          `pull down ${owner}{name}`,
          `pull ${owner}{name} down`,
          `pull ${owner}{name} offline`,
          `unlist ${owner}{name}`,
          `hide ${owner}{name} from everyone`,
          `hide ${owner}{name} from the public`,
          `stop sharing ${owner}{name} publicly`,
          `stop publishing ${owner}{name}`,
        ]),
        ...['app', 'site', 'website'].flatMap((kind) => [
          `take down {name} ${kind}`,
          `take down my {name} ${kind}`,
          `take my {name} ${kind} down`,
          `take my {name} ${kind} offline`,
          `hide my {name} ${kind}`,
        ]),
        'make {name} not public',
        'make {name} no longer public',
        // "stop hosting my blog", "unhost the site", "shut down my blog": a take-down, never a delete.
        ...['', 'my ', 'the '].flatMap((owner) => [
          `stop hosting ${owner}{name}`,
          `unhost ${owner}{name}`,
          `shut down ${owner}{name}`,
          `shut ${owner}{name} down`,
        ]),
      ].map((source) => ({
        source,
        fixed: { access: 'private' as const },
        bonus: 0.5,
        // "take my shop offline" asks for it to stop being served; private is the nearest fazt has,
        // and the answer says what still opens it and what would stop it for good.
        ...(TAKE_DOWN.test(source) ? { say: STILL_SERVED } : {}),
      })),
      ...[
        'unhide {name}',
        'open {name} to everyone',
        'open up {name} to everyone',
        'let anyone see {name}',
      ].map((source) => ({ source, fixed: { access: 'public' as const } })),
    ],
    samples: { name: 'photos', access: 'private' },
    slots: { name: appNameSlot('name') },
    // "take down my blog" when it is private already: said plainly, no approval asked for nothing
    // (once approved, the call runs and says the same). Share links still open a private app, so
    // the answer counts them and says how to close them: private is not "nobody can open it".
    before: appBefore('name', false, undefined, async (app, { access }, call) => {
      if (app.access !== access || call.approved) return undefined;
      if (access !== 'private')
        return {
          kind: 'answer',
          text: `${app.name} is already ${app.access}; nothing changed.`,
          status: 'done',
        };
      const found = await call.look({ tool: 'apps_shares', input: { app: app.name } });
      const shares = found?.ok ? ((found.output as { shares?: { status: string }[] }).shares ?? []) : [];
      const open = shares.filter((share) => share.status === 'active').length;
      return {
        kind: 'answer',
        text: `${app.name} is already private; nothing changed${linksStillOpen(app.name, open)}`,
        status: 'done',
      };
    }),
    // Either way can be turned back (what was opened while public stays seen).
    undo: ({ name, access }) => `make ${name} ${access === 'private' ? 'public' : 'private'}`,
    preview: ({ name, access }) =>
      access === 'public'
        ? `make ${name} public (anyone with its address can open it)`
        : `make ${name} private`,
  },
});
