import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, tempCartridge } from '../helpers/cli.js';

/** A lease as a person saves it from a web page: entities, a script, a list, unclosed tags. */
const LEASE = [
  '<!doctype html>', // 1
  '<html><head><title>Lease &amp; rules</title><script>var pets = "no";</script></head>', // 2
  '<body>', // 3
  '<h1>Lease</h1>', // 4
  '<h2>Rent</h2>', // 5
  '<p>The rent is &euro;1,450&nbsp;a month&hellip; payable', // 6
  'on the first day (&#8364; only).</p>', // 7
  '<h2>Pets</h2>', // 8
  '<ul><li>One <b>cat</b> may be kept.<li>No dogs, sadly', // 9
  '</ul><p>Unclosed <i>text', // 10
  '</body></html>', // 11
];

interface Passage {
  text: string;
  lineStart: number;
  lineEnd: number;
  heading: string;
}

/** HTML, line endings and control characters as `fazt learn` and `fazt knowledge` see them (issue 10). */
describe('fazt learn on HTML, CR/CRLF files and terminal logs (real CLI)', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ] as const) {
    it(`cites the lines of the HTML file, entities decoded, for a ${name} file`, async () => {
      const cart = await tempCartridge('fazt-knowledge-html-');
      try {
        const docs = join(cart.dir, 'docs');
        mkdirSync(docs);
        writeFileSync(join(docs, 'lease.html'), LEASE.join(eol));
        const learned = await runCliJson<{ new: number }>(['learn', docs, '--json'], {
          cartridge: cart.path,
        });
        expect(learned.new).toBe(1);
        const pets = await runCli(['knowledge', 'ask', 'what does my lease say about pets?'], {
          cartridge: cart.path,
        });
        expect(pets.stdout).toContain('One cat may be kept. (lease.html:9)');
        const rent = await runCli(['knowledge', 'ask', 'how much is the rent?'], { cartridge: cart.path });
        expect(rent.stdout).toContain(
          'The rent is €1,450 a month… payable on the first day (€ only). (lease.html:6-7)',
        );
        const search = await runCliJson<{ passages: Passage[] }>(['knowledge', 'search', 'rent', '--json'], {
          cartridge: cart.path,
        });
        // The <title> (line 2) names the page above its <h1>, which does not say "rules" (S14 HIGH 3).
        expect(search.passages[0]).toMatchObject({
          lineStart: 2,
          lineEnd: 10,
          heading: 'lease › Lease & rules',
        });
        expect(search.passages[0]?.text).not.toMatch(/pets = |&euro;|&nbsp;|<\/?[a-z]/);
      } finally {
        await cart.cleanup();
      }
    }, 120_000);
  }

  it('cites a plain text file with lone CR line ends by the lines an editor shows', async () => {
    const cart = await tempCartridge('fazt-knowledge-cr-');
    try {
      const docs = join(cart.dir, 'docs');
      mkdirSync(docs);
      writeFileSync(join(docs, 'car.txt'), 'Car notes\r\rThe tyre pressure is 2.4 bar.\rOil: 5W-30.\r');
      await runCli(['learn', docs], { cartridge: cart.path });
      const ask = await runCli(['knowledge', 'ask', 'what is the tyre pressure of my car?'], {
        cartridge: cart.path,
      });
      expect(ask.stdout).toContain('The tyre pressure is 2.4 bar. (car.txt:3)');
    } finally {
      await cart.cleanup();
    }
  }, 120_000);

  it('reads UTF-16 and BOM pages, drops escapes spelled as entities, and skips pages with no text', async () => {
    const cart = await tempCartridge('fazt-knowledge-odd-html-');
    try {
      const docs = join(cart.dir, 'odd');
      mkdirSync(docs);
      writeFileSync(
        join(docs, 'utf16.html'),
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from('<title>Sixteen</title>\r\n<p>The zebra code is 4411.</p>', 'utf16le'),
        ]),
      );
      writeFileSync(join(docs, 'bom.html'), '\ufeff<p>Quokka &#x1F600; sees 🏠.</p>');
      writeFileSync(join(docs, 'esc.html'), '<p>Red &#27;[31malert&#27;[0m wombat \u001b]0;pwned\u0007</p>');
      writeFileSync(join(docs, 'script.html'), '<p>visible axolotl</p><script>never closed <p>hidden');
      writeFileSync(join(docs, 'blank.html'), '<html><body> \n <br><br> </body></html>');
      writeFileSync(join(docs, 'amp.html'), `<p>${'&amp;'.repeat(50_000)}</p>`);
      const learned = await runCliJson<{ new: number; skippedReasons: Record<string, number> }>(
        ['learn', docs, '--json'],
        { cartridge: cart.path },
      );
      expect(learned).toMatchObject({ new: 4, skippedReasons: { empty: 2 } });
      const search = async (query: string) =>
        (
          await runCliJson<{ passages: Passage[] }>(['knowledge', 'search', query, '--json'], {
            cartridge: cart.path,
          })
        ).passages.map((passage) => passage.text);
      expect(await search('zebra')).toEqual(['# Sixteen\n\nThe zebra code is 4411.']);
      expect(await search('quokka')).toEqual(['Quokka 😀 sees 🏠.']);
      expect(await search('wombat')).toEqual(['Red alert wombat']);
      expect(await search('axolotl')).toEqual(['visible axolotl']);
      expect(await search('hidden')).toEqual([]);
    } finally {
      await cart.cleanup();
    }
  }, 120_000);

  it('strips terminal escape sequences from a learned log before they reach results', async () => {
    const cart = await tempCartridge('fazt-knowledge-ansi-');
    try {
      const docs = join(cart.dir, 'logs');
      mkdirSync(docs);
      writeFileSync(
        join(docs, 'app.log'),
        '\u001b[32mINFO\u001b[0m\tstarted\n\u001b[1;31mERROR\u001b[0m\tdisk full on /dev/sda1\u001b[K\n\u001b]0;pwned\u0007done\n',
      );
      await runCli(['learn', docs], { cartridge: cart.path });
      const search = await runCliJson<{ passages: Passage[] }>(
        ['knowledge', 'search', 'disk full', '--json'],
        {
          cartridge: cart.path,
        },
      );
      expect(search.passages[0]?.text).toBe('INFO\tstarted\nERROR\tdisk full on /dev/sda1\ndone');
      const plain = await runCli(['knowledge', 'search', 'disk full'], { cartridge: cart.path });
      expect(plain.stdout).not.toMatch(/\[[0-9;]*[mK]|pwned/);
    } finally {
      await cart.cleanup();
    }
  }, 120_000);

  it('skips a big file whose worker runs out of memory as too large, and learns the rest', async () => {
    const cart = await tempCartridge('fazt-knowledge-oom-');
    try {
      const docs = join(cart.dir, 'web');
      mkdirSync(docs);
      writeFileSync(join(docs, 'big.html'), `<p>${'Entry costs &euro;5 &amp; ships. '.repeat(200_000)}</p>`);
      writeFileSync(join(docs, 'small.md'), 'The gecko sleeps at noon.\n');
      const run = await runCli(['learn', docs, '--json'], {
        cartridge: cart.path,
        env: { FAZT_KNOWLEDGE_WORKER_MB: '8' },
      });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        new: 1,
        skippedReasons: { 'too large': 1 },
        skippedFiles: [{ path: join(docs, 'big.html'), reason: 'too large' }],
      });
    } finally {
      await cart.cleanup();
    }
  }, 120_000);

  it('learns a 5 MB minified one-line page (in the knowledge worker), citing line 1 with the heading trail', async () => {
    const cart = await tempCartridge('fazt-knowledge-minified-');
    try {
      const docs = join(cart.dir, 'web');
      mkdirSync(docs);
      const unit = (index: number) =>
        `<section><h2>Item ${index}</h2><p>Entry ${index} costs &euro;${index} &amp; ships fast.</p></section>`;
      const body = Array.from({ length: 60_000 }, (_, index) => unit(index === 59_000 ? 424242 : index)).join(
        '',
      );
      writeFileSync(join(docs, 'shop.html'), `<html><body><h1>Shop</h1>${body}</body></html>`);
      const learned = await runCliJson<{ new: number; chunks: number }>(['learn', docs, '--json'], {
        cartridge: cart.path,
      });
      expect(learned.new).toBe(1);
      const search = await runCliJson<{ passages: Passage[] }>(['knowledge', 'search', '424242', '--json'], {
        cartridge: cart.path,
      });
      expect(search.passages[0]).toMatchObject({ lineStart: 1, lineEnd: 1 });
      expect(search.passages[0]?.text).toContain('Entry 424242 costs €424242 & ships fast.');
      expect(search.passages[0]?.heading).toMatch(/^shop › Shop › Item \d+$/);
    } finally {
      await cart.cleanup();
    }
  }, 180_000);
});
