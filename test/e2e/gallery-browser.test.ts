import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import exifr from 'exifr';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SERIAL } from '../../tools/photos/test-images.js';
import { ROOT, runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { type ServeProcess, startServe } from './mcp-helpers.js';
import { freePort, pictures } from './photo-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Screenshots land here (git-ignored). */
const OUTPUT = join(ROOT, 'reports', 'gallery-browser');
const PASSWORD = 'a long enough passphrase';

/** What an image served to a guest must not carry: EXIF/XMP at all, GPS, the camera serial. */
async function expectNoLocation(bytes: Buffer, what: string) {
  const metadata = await sharp(bytes).metadata();
  expect(metadata.exif, `${what}: EXIF block`).toBeUndefined();
  expect(metadata.xmp, `${what}: XMP block`).toBeUndefined();
  expect(await exifr.gps(bytes).catch(() => undefined), `${what}: GPS`).toBeUndefined();
  expect(bytes.includes(TEST_SERIAL), `${what}: camera serial`).toBe(false);
}

/** The little of the DOM the page functions below touch (this project compiles without DOM types). */
interface PageImage {
  complete: boolean;
  naturalWidth: number;
  src: string;
}
interface PageGlobals {
  document: {
    querySelectorAll(selector: string): Iterable<PageImage>;
    documentElement: { scrollWidth: number };
  };
  innerWidth: number;
}

/**
 * Waits until exactly `count` thumbnails are in the grid and every one has decoded. Page code is
 * passed as functions (string expressions would be `eval`, which the gallery's CSP refuses).
 */
const thumbnailsShown = (page: Page, count: number) =>
  page.waitForFunction(
    (expected) => {
      const all = [...(globalThis as unknown as PageGlobals).document.querySelectorAll('.tile img')];
      return all.length === expected && all.every((image) => image.complete && image.naturalWidth > 0);
    },
    count,
    { timeout: 30_000 },
  );

describe('the private photo gallery in Chromium', () => {
  let temp: TempCartridge;
  let serve: ServeProcess;
  let browser: Browser;
  let base: string;
  const fazt = (args: string[], input?: string) => runCli(args, { cartridge: temp.path, input });
  const share = async (args: string[]) => {
    const result = await fazt(['share', 'photos', ...args]);
    expect(result.code, result.stderr).toBe(0);
    const link = result.stdout.trim().split('\n').at(-1)!;
    return { link, id: /share=([A-Za-z0-9_-]{12})\./.exec(link)![1]! };
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}; this test needs it: apt-get install -y chromium`,
      );
    }
    await mkdir(OUTPUT, { recursive: true });
    temp = await tempCartridge('fazt-gallery-browser-');
    const folder = await pictures(temp.dir);
    const port = await freePort();
    await fazt(['config', 'set', 'server.port', String(port)]);
    const hosted = await fazt(['ask', `host my photos in ${folder} privately`]);
    expect(hosted.code, hosted.stderr).toBe(0);
    expect((await fazt(['passwd', '--stdin'], `${PASSWORD}\n`)).code).toBe(0);
    serve = await startServe(temp.path, ['--port', String(port)], 900_000);
    base = serve.url;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    await temp?.cleanup();
  });

  it('asks for the owner login, refuses a wrong password, shows thumbnails, opens and navigates the lightbox', async () => {
    const owner = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await owner.newPage();
    await page.goto(`${base}/a/photos/`);
    expect(new URL(page.url()).pathname).toBe('/_fazt/login');
    expect(await page.locator('.tile').count()).toBe(0);

    await page.fill('#password', 'not the password');
    await page.click('button[type=submit]');
    await page.locator('[role=alert]').waitFor({ timeout: 20_000 });
    expect(await page.textContent('[role=alert]')).toContain('Wrong password');
    expect(new URL(page.url()).pathname).toBe('/_fazt/login');

    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/a/photos/`), page.click('button[type=submit]')]);
    await thumbnailsShown(page, 3);
    await page.screenshot({ path: join(OUTPUT, 'gallery-desktop.png'), fullPage: true });

    await page.locator('.tile').first().click();
    await page.locator('.pswp.pswp--open').waitFor({ state: 'visible', timeout: 20_000 });
    await expect
      .poll(() => page.textContent('.pswp__counter'), { timeout: 20_000 })
      .toMatch(/^\s*1\s*\/\s*3\s*$/);
    // PhotoSwipe takes keys once its opening animation has ended: press again only while still on 1.
    await expect
      .poll(
        async () => {
          if (/^\s*1\s*\//.test((await page.textContent('.pswp__counter')) ?? ''))
            await page.keyboard.press('ArrowRight');
          return page.textContent('.pswp__counter');
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toMatch(/^\s*2\s*\/\s*3\s*$/);
    await page.waitForFunction(() =>
      [...(globalThis as unknown as PageGlobals).document.querySelectorAll('.pswp__item img')].some(
        (image) => image.complete && image.naturalWidth > 0,
      ),
    );
    await page.screenshot({ path: join(OUTPUT, 'lightbox-desktop.png') });
    await page.keyboard.press('Escape');
    await page.locator('.pswp').waitFor({ state: 'detached' });

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await phone.addCookies(await owner.cookies());
    const small = await phone.newPage();
    await small.goto(`${base}/a/photos/`);
    await thumbnailsShown(small, 3);
    const overflow = await small.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return page.document.documentElement.scrollWidth - page.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await small.screenshot({ path: join(OUTPUT, 'gallery-390.png'), fullPage: true });
    await phone.close();
    await owner.close();
    for (const file of ['gallery-desktop.png', 'lightbox-desktop.png', 'gallery-390.png']) {
      expect((await readFile(join(OUTPUT, file))).length).toBeGreaterThan(1000);
    }
  }, 180_000);

  it('opens through a share link in a fresh context without login; the images carry no GPS; revoked and expired links stop', async () => {
    const { link, id } = await share(['--label', 'grandma']);
    const guest: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await guest.newPage();
    await page.goto(link);
    expect(page.url()).toBe(`${base}/a/photos/`);
    await thumbnailsShown(page, 3);

    const sources = await page.evaluate<string[]>(
      `[...document.querySelectorAll('.tile img')].map((image) => image.src)`,
    );
    const first = sources[0]!;
    const thumb = await guest.request.get(first);
    expect(thumb.status()).toBe(200);
    expect(thumb.headers()['cache-control']).toBe('private, no-store');
    await expectNoLocation(Buffer.from(await thumb.body()), 'thumbnail');
    const web = await guest.request.get(first.replace(/\/thumb$/, '/web'));
    expect(web.status()).toBe(200);
    await expectNoLocation(Buffer.from(await web.body()), 'web copy');
    const original = await guest.request.get(first.replace(/\/thumb$/, '/original'));
    expect(original.status()).toBe(403);
    // The check can fail: the original on disk does carry GPS.
    const onDisk = await readFile(join(temp.dir, 'Pictures', 'one.jpg'));
    expect((await exifr.gps(onDisk))?.latitude).toBeCloseTo(48.8584, 3);
    await page.screenshot({ path: join(OUTPUT, 'shared-desktop.png') });

    expect((await fazt(['share', '--revoke', id])).code).toBe(0);
    await page.reload();
    expect(await page.textContent('h1')).toContain('revoked');
    // Refused (403 on the first refused request, which clears the link's cookie; 401 after that).
    expect([401, 403]).toContain((await guest.request.get(first)).status());
    await guest.close();

    const soon = await share(['--label', 'soon', '--expires', '20s']);
    const madeAt = Date.now();
    const later: BrowserContext = await browser.newContext();
    const second = await later.newPage();
    await second.goto(soon.link);
    await thumbnailsShown(second, 3);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, madeAt + 21_000 - Date.now())));
    await second.reload();
    expect(await second.textContent('h1')).toContain('expired');
    expect([401, 403]).toContain((await later.request.get(first)).status());
    await later.close();
  }, 180_000);
});
