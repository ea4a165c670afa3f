import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { CARDINALS, cardinalsBetween, wordTable } from '../../cartridge/lexicon.js';
import type { Cartridge } from '../../cartridge/open.js';
import { parseExpiry } from '../../cartridge/tokens.js';
import type { BuiltinApp } from '../capability.js';
import type { ToolContext } from '../define-tool.js';
import type { Registry } from '../registry.js';
import { text } from '../schemas.js';
import { liveServer } from './live-server.js';
import { hasControlCharacters } from './paths.js';
import { type AppRecord, type AppsStore, appName, createAppsStore } from './store.js';

/** A person-typed app name ("Photos", "my photos" → photos). */
export const appNameInput = text(100, 'app name').describe('App name, e.g. "photos".');

/** Who a share link is for ("grandma"): person-typed text without control characters (they would reach terminals). */
export const shareLabel = text(200, 'label')
  .refine(
    (value) => !hasControlCharacters(value),
    'label must not contain control characters (tabs, escapes, newlines)',
  )
  .describe('Who the link is for, e.g. "grandma".');

export const appOutput = z.object({
  name: z.string(),
  kind: z.enum(['deployed', 'builtin']),
  access: z.enum(['private', 'public']),
  version: z.number().int().nullable(),
  path: z.string(),
  url: z.string(),
});

export const shareOutput = z.object({
  id: z.string(),
  app: z.string(),
  label: z.string(),
  status: z.enum(['active', 'expired', 'revoked']),
  createdAt: z.number().int(),
  expiresAt: z.number().int().nullable(),
  revokedAt: z.number().int().nullable(),
  lastUsedAt: z.number().int().nullable(),
  uses: z.number().int(),
});

/** Every built-in app the registry serves (capabilities' `apps`). */
export function builtinApps(registry: Registry | undefined): BuiltinApp[] {
  return (registry?.capabilities() ?? []).flatMap((capability) => capability.apps ?? []);
}

/**
 * Where `fazt serve` answers: the URL of the server running now (see live-server.ts), `live:
 * true`; else the URL it will have when started, from the server.host / server.port settings.
 */
export function serverAddress(cartridge: Cartridge): { url: string; live: boolean } {
  const running = liveServer(cartridge);
  return running ? { url: running.url, live: true } : { url: configuredBaseUrl(cartridge), live: false };
}

/** The base URL links use: the running server's, or the configured one (see serverAddress). */
export function serverBaseUrl(cartridge: Cartridge): string {
  return serverAddress(cartridge).url;
}

/** The base URL the server.host / server.port settings give (0.0.0.0 and :: as 127.0.0.1). */
export function configuredBaseUrl(cartridge: Cartridge): string {
  const configured = cartridge.config.get('server.host') as string;
  const host = ['0.0.0.0', '::', '[::]'].includes(configured) ? '127.0.0.1' : configured;
  const port = cartridge.config.get('server.port') as number;
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}

export const appPath = (name: string) => `/a/${name}/`;

export function describeApp(cartridge: Cartridge, app: AppRecord) {
  return {
    name: app.name,
    kind: app.kind,
    access: app.access,
    version: app.version,
    path: appPath(app.name),
    url: `${serverBaseUrl(cartridge)}${appPath(app.name)}`,
  };
}

/**
 * "the app", "my site", "this gallery", "it": a reference to an app that names none, so it means
 * the only app there is (and needs a question when there are several).
 */
export function genericAppReference(raw: string): boolean {
  return /^(?:(?:my|the|our|this|that|your)\s+)*(?:app|apps|site|website|web\s?site|web\s?app|gallery|page|web\s?page|one|it)$/i.test(
    raw.trim(),
  );
}

/**
 * The app `raw` names among `names`: exactly ("Photos", "my photos app"), in the other number
 * ("photo app" for "photos"), or, for a generic reference ("the app"), the only one. `which`:
 * a generic reference with several apps; `missing`: no such app.
 */
export function resolveAppName(
  raw: string,
  names: readonly string[],
): { name: string } | { which: true } | { missing: true } {
  let name: string | undefined;
  try {
    name = appName(raw);
  } catch {
    name = undefined;
  }
  if (name !== undefined && names.includes(name)) return { name };
  if (genericAppReference(raw)) {
    if (names.length === 1) return { name: names[0]! };
    return names.length === 0 ? { missing: true } : { which: true };
  }
  const found = names.find((each) => each === `${name}s` || `${each}s` === name);
  return found === undefined ? { missing: true } : { name: found };
}

/**
 * The app a tool call names: a stored app, or a built-in app of the registry (its row is made on
 * first use when `write` is true); "the app" is the only app there is. Throws a usage error naming
 * the apps there are.
 */
export function findApp(
  context: Pick<ToolContext, 'cartridge' | 'registry'>,
  raw: string,
  { write }: { write: boolean },
): { store: AppsStore; app: AppRecord } {
  const store = createAppsStore(context.cartridge);
  const all = () => [
    ...new Set([
      ...store.list().map((app) => app.name),
      ...builtinApps(context.registry).map((app) => app.name),
    ]),
  ];
  let name: string;
  // An app really called "site" is that app; otherwise "my site" is the only one there is.
  const named = (() => {
    try {
      return appName(raw);
    } catch {
      return undefined;
    }
  })();
  if (genericAppReference(raw) && !(named && all().includes(named))) {
    const resolved = resolveAppName(raw, all());
    if (!('name' in resolved))
      throw new UsageError(
        `"${raw}" does not say which app. ${all().length ? `The apps are: ${all().join(', ')}; name one.` : 'There are no apps yet.'}`,
        { code: 'app_unknown' },
      );
    name = resolved.name;
  } else name = appName(raw);
  const stored = store.get(name);
  if (stored) return { store, app: stored };
  const builtin = builtinApps(context.registry).find((app) => app.name === name);
  if (builtin) {
    if (write) return { store, app: store.ensureBuiltin(name) };
    const now = Date.now();
    return {
      store,
      app: {
        name,
        kind: 'builtin',
        access: 'private',
        spa: false,
        version: null,
        createdAt: now,
        updatedAt: now,
      },
    };
  }
  const known = all();
  throw new UsageError(
    `There is no app named "${name}". ${known.length ? `The apps are: ${known.join(', ')}.` : 'There are no apps yet.'} Deploy a folder with apps_deploy (\`fazt run apps_deploy --folder ~/site --name blog\`).`,
    { code: 'app_unknown' },
  );
}

const WORD_NUMBERS: Readonly<Record<string, number>> = wordTable({
  a: 1,
  an: 1,
  ...Object.fromEntries(cardinalsBetween(1, 100).map((word) => [word, CARDINALS[word]!])),
});
const WORD_UNITS: Record<string, string> = wordTable({
  second: 's',
  seconds: 's',
  minute: 'm',
  minutes: 'm',
  hour: 'h',
  hours: 'h',
  day: 'd',
  days: 'd',
  week: 'w',
  weeks: 'w',
  fortnight: 'd14',
  month: 'd30',
  months: 'd30',
  year: 'y',
  years: 'y',
});

/**
 * When a share link made now expires: `7d`, `12h`, `2w`, "a week", "3 days", "a month", an ISO
 * date, or `never` (null, only when asked for). Throws a usage error for anything else.
 */
export function parseShareExpiry(raw: string, now = Date.now()): number | null {
  const expiresAt = readExpiry(raw, now);
  if (expiresAt !== null && expiresAt > now + MAX_SHARE_MS) {
    throw new UsageError(
      `A share link may last at most 10 years; "${raw}" is longer. Give a shorter time, or "never" if it should not expire.`,
      { code: 'share_expiry_too_long' },
    );
  }
  return expiresAt;
}

/** The longest expiry a share link may be given (10 years); longer is "never", asked for by name. */
const MAX_SHARE_MS = 10 * 366 * 86_400_000;

function readExpiry(raw: string, now: number): number | null {
  const value = raw
    .trim()
    .toLowerCase()
    .replace(/^(for|in)\s+/, '');
  const words = /^(\d+|[a-z]+)?\s*([a-z]+)$/.exec(value);
  if (
    words &&
    WORD_UNITS[words[2]!] &&
    (words[1] === undefined || /^\d+$/.test(words[1]) || WORD_NUMBERS[words[1]] !== undefined)
  ) {
    const count =
      words[1] === undefined ? 1 : /^\d+$/.test(words[1]) ? Number(words[1]) : WORD_NUMBERS[words[1]]!;
    const unit = WORD_UNITS[words[2]!]!;
    return unit.startsWith('d') && unit.length > 1
      ? parseExpiry(`${count * Number(unit.slice(1))}d`, now)
      : parseExpiry(`${count}${unit}`, now);
  }
  return parseExpiry(value, now);
}
