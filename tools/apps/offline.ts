/**
 * What the offline planner knows about the app tools' app-name fields: a determiner or "app" alone
 * is never an app's name ("make the app public" is not an app called "the"), "the app" means the
 * only app there is, and something that is no app at all ("share my blood type with my doctor") is
 * answered with what fazt can share, never run as an app call.
 */
import { type BeforeCall, type BeforeVerdict, GO, type SlotCheck } from '../offline.js';
import { genericAppReference, resolveAppName } from './shared.js';

/** The slot check of an app-name field: determiners dropped; nothing left is not a name. */
export function appNameSlot(field: string) {
  return (value: unknown): SlotCheck => {
    const said = String(value)
      .trim()
      .replace(/^(?:(?:my|the|our|this|that|your|a|an)\s+)+/i, '')
      // "the app called blog", "the site named shop": the name is what follows.
      .replace(/^(?:(?:app|site|website|gallery|one)\s+)?(?:called|named)\s+/i, '')
      .trim();
    // "share photos with": who it is for was left out, so this is not the app's name.
    if (/\s(?:with|to|for)$/i.test(said))
      return { problem: { field: 'label', message: `nobody is named after "${said.split(/\s+/).pop()}"` } };
    // "publish /srv/site": a path is a folder to deploy, never an app's name.
    if (/^["'“‘]?(?:~|\.{1,2})?[/\\]|^["'“‘]?[a-z]:[/\\]/i.test(said))
      return {
        problem: { field, message: `"${said}" is a folder, not an app's name`, instead: 'apps_deploy' },
      };
    if (!said || /^(?:my|the|our|this|that|your|a|an|it|its|them|me)$/i.test(said))
      return { problem: { field, message: `"${String(value)}" names no app` } };
    // "the app", "my site": kept as said, so the lookup can take the only app there is.
    return { value: genericAppReference(said) ? String(value).trim() : said };
  };
}

/** What fazt shares, for a request to share something that is not an app. */
const SHARES_ONLY_APPS =
  "fazt can't send facts, notes or files to people: it has no email or messaging. It can share an app it hosts (your photo gallery or a site you deployed) with a link that opens only that app";

/** An app as `apps_list` lists it, as far as the checks read it. */
interface ListedApp {
  name: string;
  access?: string;
}

/**
 * The `before` check of an app tool: the app named must be one there is (`apps_list`); "the app" is
 * the only one, or a question listing them. `sharing`: the request is to share something, so a
 * name that is no app is answered with what fazt can share. `example`: the request to suggest.
 */
export function appBefore(
  field: string,
  sharing = false,
  example: (name: string) => string = (name) => sampleFor(field, name, sharing),
  /** What to do once the app is known (`app` as `apps_list` lists it), or undefined to go on. */
  known?: (
    app: ListedApp,
    input: Record<string, unknown>,
    call: BeforeCall,
  ) => BeforeVerdict | undefined | Promise<BeforeVerdict | undefined>,
) {
  return {
    looksUpName: true,
    async check(input: Record<string, unknown>, call: BeforeCall): Promise<BeforeVerdict> {
      const found = await call.look({ tool: 'apps_list', input: {} });
      if (!found?.ok) return GO;
      const said = input[field];
      if (typeof said !== 'string') return GO;
      const apps = (found.output as { apps?: ListedApp[] }).apps ?? [];
      const names = apps.map((app) => app.name);
      const resolved = resolveAppName(said, names);
      if ('name' in resolved) {
        const completed = { ...input, [field]: resolved.name };
        const app = apps.find((each) => each.name === resolved.name);
        return (app && (await known?.(app, completed, call))) ?? { kind: 'go', input: completed };
      }
      const list = names.length ? `Your apps: ${names.join(', ')}.` : 'You have no apps yet.';
      if ('which' in resolved)
        return {
          kind: 'answer',
          text: `Which app do you mean? ${list} Say it with the name, e.g. "${example(names[0] ?? 'photos')}".`,
        };
      if (sharing)
        return {
          kind: 'answer',
          text: `You have no app called "${said}", and ${SHARES_ONLY_APPS}. ${list} Nothing was shared.`,
        };
      return { kind: 'answer', text: `You have no app called "${said}". ${list} Nothing was changed.` };
    },
  };
}

const sampleFor = (field: string, name: string, sharing: boolean) =>
  sharing || field === 'app' ? `share ${name} with grandma` : `make ${name} private`;
