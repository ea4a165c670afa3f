import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Cartridge, openCartridge } from '../../cartridge/open.js';
import { filePathOf } from '../../shell/http/apps/request-path.js';
import { galleryCapability } from '../../test/fakes/gallery-capability.js';
import { type TempCartridge, tempCartridge } from '../../test/helpers/cli.js';
import { createDefaultRegistry, createExecutor, type Executor } from '../index.js';
import { parseShareExpiry } from './shared.js';
import { appName, appNameFrom } from './store.js';

describe('apps tools', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  let executor: Executor;
  const call = (tool: string, input: unknown, approved = false) =>
    executor.execute(tool, input, { caller: { kind: 'person', id: 'test' }, approved });

  beforeEach(async () => {
    temp = await tempCartridge('fazt-apps-');
    cartridge = openCartridge(temp.path);
    const registry = createDefaultRegistry();
    registry.addCapability(galleryCapability);
    executor = createExecutor({ cartridge, registry });
  });
  afterEach(async () => {
    cartridge.close();
    await temp.cleanup();
  });

  it('names apps from folders and refuses names that are not URL names', () => {
    expect(appNameFrom('My Site!')).toBe('my-site');
    expect(appNameFrom('Fotos Café')).toBe('fotos-cafe');
    expect(appNameFrom('🎉🎉')).toBeUndefined();
    expect(appNameFrom('2024 trip')).toBe('trip');
    expect(appName('My Photos')).toBe('photos');
    for (const bad of ['../x', 'a/b', 'café', '🎉', 'x'.repeat(64), '-x', 'a\u0000b']) {
      expect(() => appName(bad), bad).toThrow(/not a usable app name/);
    }
  });

  it('reads share expiries: default 7 days, plain words, never only by name, nothing absurd', () => {
    const now = Date.UTC(2030, 0, 1);
    expect(parseShareExpiry('7d', now)).toBe(now + 7 * 86_400_000);
    expect(parseShareExpiry('a week', now)).toBe(now + 7 * 86_400_000);
    expect(parseShareExpiry('for 2 weeks', now)).toBe(now + 14 * 86_400_000);
    expect(parseShareExpiry('a month', now)).toBe(now + 30 * 86_400_000);
    expect(parseShareExpiry('three days', now)).toBe(now + 3 * 86_400_000);
    expect(parseShareExpiry('never', now)).toBeNull();
    expect(() => parseShareExpiry('0d', now)).toThrow(/Cannot read the expiry/);
    expect(() => parseShareExpiry('999999y', now)).toThrow(/at most 10 years/);
    expect(() => parseShareExpiry('2020-01-01', now)).toThrow(/in the past/);
    expect(() => parseShareExpiry('soon', now)).toThrow(/Cannot read the expiry/);
  });

  it('refuses odd labels and names with a clear message and keeps nothing', async () => {
    const site = join(temp.dir, 'site');
    await mkdir(site);
    await writeFile(join(site, 'index.html'), 'hi');
    expect((await call('apps_deploy', { folder: site, name: 'site' })).ok).toBe(true);
    const ansi = await call('apps_share', { app: 'site', label: 'grandma\u001b[2J' });
    expect(ansi.ok).toBe(false);
    if (!ansi.ok) expect(ansi.error.message).toMatch(/control characters/);
    const huge = await call('apps_share', { app: 'site', label: 'x'.repeat(201) });
    expect(huge.ok).toBe(false);
    const emoji = await call('apps_share', { app: 'site', label: 'Oma 👵 & Opa' });
    expect(emoji.ok).toBe(true);
    const builtin = await call('apps_deploy', { folder: site, name: 'gallery' });
    expect(builtin.ok).toBe(false);
    if (!builtin.ok) expect(builtin.error.message).toMatch(/built-in app/);
    const missing = await call('apps_deploy', { folder: join(temp.dir, 'nope') });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/Cannot deploy/);
    const empty = join(temp.dir, 'empty');
    await mkdir(empty);
    const none = await call('apps_deploy', { folder: empty });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.message).toMatch(/no files to publish/);
    expect(cartridge.prepare('SELECT count(*) AS n FROM apps_shares').get()).toEqual({ n: 1 });
  });

  it('gives each recipient one link: a new link for a label replaces the old one', async () => {
    const site = join(temp.dir, 'site');
    await mkdir(site);
    await writeFile(join(site, 'index.html'), 'hi');
    await call('apps_deploy', { folder: site, name: 'site' });
    const first = await call('apps_share', { app: 'site', label: 'grandma' });
    const second = await call('apps_share', { app: 'site', label: 'grandma' });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    const firstId = (first.output as { share: { id: string } }).share.id;
    expect((second.output as { replaced: string[] }).replaced).toEqual([firstId]);
    const listed = await call('apps_shares', { app: 'site' });
    const statuses = (listed.ok ? (listed.output as { shares: { status: string }[] }).shares : []).map(
      (share) => share.status,
    );
    expect(statuses).toEqual(['revoked', 'active']);
    const publicNeedsConsent = await call('apps_set_access', { name: 'site', access: 'public' });
    expect(publicNeedsConsent.ok).toBe(false);
    if (!publicNeedsConsent.ok) expect(publicNeedsConsent.error.code).toBe('needs_approval');
    const deleteNeedsConsent = await call('apps_delete', { name: 'site' });
    expect(deleteNeedsConsent.ok).toBe(false);
    const deleted = await call('apps_delete', { name: 'site' }, true);
    expect(deleted.ok).toBe(true);
    expect(cartridge.prepare('SELECT count(*) AS n FROM apps_shares').get()).toEqual({ n: 0 });
  });

  it('numbers versions without gaps when two deploys run at once', async () => {
    const site = join(temp.dir, 'site');
    await mkdir(site);
    await writeFile(join(site, 'index.html'), 'hi');
    const results = await Promise.all(
      [1, 2, 3].map(() => call('apps_deploy', { folder: site, name: 'site' })),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    const versions = cartridge.prepare('SELECT version FROM apps_versions ORDER BY version').all();
    expect(versions).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
  });

  it('another folder deployed under an app name in use replaces it only with consent (S20 MEDIUM 5)', async () => {
    const site = join(temp.dir, 'blog');
    const other = join(temp.dir, 'other', 'blog');
    await mkdir(site);
    await mkdir(other, { recursive: true });
    await writeFile(join(site, 'index.html'), 'mine');
    await writeFile(join(other, 'index.html'), 'theirs');
    const versions = () =>
      cartridge
        .prepare('SELECT version, source FROM apps_versions WHERE app = ? ORDER BY version')
        .all('blog');
    expect((await call('apps_deploy', { folder: site })).ok).toBe(true);
    // Named after its folder, and named explicitly: both are the same app "blog".
    for (const input of [{ folder: other }, { folder: other, name: 'blog' }, { folder: `${other}/` }]) {
      const refused = await call('apps_deploy', input);
      expect(refused.ok, JSON.stringify(input)).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('needs_approval');
        expect(refused.error.message).toContain(`"blog" is already hosted from ${site} (version 1)`);
        expect(refused.error.message).toContain(`deploying ${other} under that name`);
        expect(refused.error.message).toMatch(/Nothing was changed\..*"blog-2"/);
      }
    }
    expect(versions()).toEqual([{ version: 1, source: site }]);
    // The same folder deploys again freely.
    expect((await call('apps_deploy', { folder: site })).ok).toBe(true);
    // With consent it replaces the content; the old versions stay for a rollback.
    const approved = await call('apps_deploy', { folder: other }, true);
    expect(approved.ok).toBe(true);
    expect(versions()).toEqual([
      { version: 1, source: site },
      { version: 2, source: site },
      { version: 3, source: other },
    ]);
    // Now "blog" is hosted from the other folder: the first one needs consent in turn.
    const back = await call('apps_deploy', { folder: site });
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.error.message).toContain(`already hosted from ${other} (version 3)`);
    // Rolled back to a version from the first folder, that folder deploys freely again.
    expect((await call('apps_rollback', { name: 'blog', version: 2 })).ok).toBe(true);
    expect((await call('apps_deploy', { folder: site })).ok).toBe(true);
  });

  it('two folders deployed at once under one new name: one goes live, the other asks (S20 MEDIUM 5)', async () => {
    const a = join(temp.dir, 'a');
    const b = join(temp.dir, 'b');
    await mkdir(a);
    await mkdir(b);
    await writeFile(join(a, 'index.html'), 'a');
    await writeFile(join(b, 'index.html'), 'b');
    const results = await Promise.all([
      call('apps_deploy', { folder: a, name: 'race' }),
      call('apps_deploy', { folder: b, name: 'race' }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused && !refused.ok && refused.error.code).toBe('needs_approval');
    expect(cartridge.prepare("SELECT count(*) AS n FROM apps_versions WHERE app = 'race'").get()).toEqual({
      n: 1,
    });
  });

  it('reads request paths into file paths and refuses every escape', () => {
    expect(filePathOf('/')).toBe('');
    expect(filePathOf('/docs/')).toBe('docs/');
    expect(filePathOf('/caf%C3%A9%20%E2%98%95.html')).toBe('café ☕.html');
    for (const bad of [
      '/..',
      '/%2e%2e/x',
      '/a%2fb',
      '/a%5cb',
      '/%00',

      '/%252e%252e/x',
      '/a//b',
      '/%ff',
      '/%2500',
      '/a%0ab',
    ]) {
      expect(filePathOf(bad), bad).toBeUndefined();
    }
  });
});
