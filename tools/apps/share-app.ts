import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { text } from '../schemas.js';
import { endSentence } from '../sentence.js';
import { appBefore, appNameSlot } from './offline.js';
import { appNameInput, findApp, parseShareExpiry, serverAddress, shareLabel, shareOutput } from './shared.js';
import { shareStatus } from './store.js';

/**
 * The longest a share link may last without the person's approval (a month, and a day to spare).
 * A link that never expires, or lasts longer, opens a private app to whoever holds it for good:
 * nearly what making the app public does, so it needs the same consent (S36). 31 days lets the
 * ordinary "for a month" through.
 */
export const SHARE_DAYS_WITHOUT_CONSENT = 31;

/** Whether an expiry asks for a link that outlives `SHARE_DAYS_WITHOUT_CONSENT` (or never ends). */
export function shareNeedsConsent(expires: string, now = Date.now()): boolean {
  try {
    const expiresAt = parseShareExpiry(expires, now);
    return expiresAt === null || expiresAt > now + SHARE_DAYS_WITHOUT_CONSENT * 86_400_000;
  } catch {
    return false; // an expiry that cannot be read is refused by the call itself
  }
}

export const appsShare = defineTool({
  name: 'apps_share',
  title: 'Share an app',
  description:
    "Make a link that opens one app without login, for one labelled recipient. Expires in 7 days unless told; a link that never expires or lasts over 31 days needs the person's approval, as making the app public does. A new link for a label replaces that label's earlier one.",
  risk: 'write',
  consent: ({ expires }) => shareNeedsConsent(expires),
  input: z.object({
    app: appNameInput,
    label: shareLabel.optional(),
    expires: text(100, 'expires').default('7d').describe('7d (default), 12h, "a week", a date, or never.'),
  }),
  output: z.object({
    share: shareOutput,
    url: z.string(),
    serving: z
      .boolean()
      .describe('Whether `fazt serve` runs now (the URL is its address); if not, the URL it will have.'),
    replaced: z.array(z.string()),
  }),
  examples: [
    'share my {app} with {label} for {expires}',
    'share {app} with {label} for {expires}',
    'share my {app} with {label}',
    'share {app} with {label}',
    'make a share link for {app}',
    'share link for {app} for {label}',
    'share {app}',
    'give {label} a link to {app}',
  ],
  run({ app: name, label, expires }, context) {
    const expiresAt = parseShareExpiry(expires);
    const { store, app } = findApp(context, name, { write: true });
    const created = store.createShare({ app: app.name, label: label?.trim(), expiresAt });
    context.emit('apps.shared', { app: app.name, id: created.share.id, expiresAt });
    const server = serverAddress(context.cartridge);
    return {
      share: { ...created.share, status: shareStatus(created.share) },
      url: `${server.url}/a/${app.name}/?share=${created.token}`,
      serving: server.live,
      replaced: created.replaced,
    };
  },
  describe: ({ share, url, serving, replaced }) =>
    `${endSentence(`Share link for ${share.app} (${share.label}, id ${share.id}), ${share.expiresAt === null ? 'never expiring' : `expiring ${new Date(share.expiresAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`}${replaced.length ? `; it replaces the earlier link for ${share.label}` : ''}`)} It opens only ${share.app}; revoke it with \`fazt share --revoke ${share.id}\`.${serving ? '' : ' fazt serve is not running: the link works once `fazt serve` runs (this URL is the address it will have with the configured server.host and server.port).'}\n${url}`,
  offline: {
    questions: { label: () => 'Who is the link for? Say it like "share photos with grandma".' },
    templates: [
      'give {label} a link to {app} for {expires}',
      'share {app} with {label} until {expires}',
      'share my {app} with {label} until {expires}',
      { source: 'share {app} with {label} forever', fixed: { expires: 'never' } },
      'give {label} a link to the {app} for {expires}',
      'let {label} see my {app}',
      'let {label} see {app} for {expires}',
      'make a link to {app} for {label}',
      'make a link for {label} to {app}',
    ].map((source) => (typeof source === 'string' ? { source } : source)),
    samples: { app: 'photos', label: 'grandma', expires: 'a week' },
    slots: { app: appNameSlot('app') },
    before: appBefore('app', true),
    preview: ({ app, label, expires }) =>
      `share ${app}${label ? ` with ${label}` : ''}${expires && shareNeedsConsent(expires) ? (/^\s*never\s*$/i.test(expires) ? ' with a link that never expires' : ` with a link that lasts ${expires.trim()}`) : ''}`,
    undo: ({ app, label }) => (label ? `stop sharing ${app} with ${label}` : `stop sharing ${app}`),
  },
});
