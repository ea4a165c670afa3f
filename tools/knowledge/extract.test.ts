import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, chunkText, WINDOW, windowEnd } from './chunk.js';
import { decodeText } from './extract.js';
import { htmlToText } from './html.js';
import { cleanText } from './ingest.js';
import { decodeLineMap } from './lines.js';

/** Each text line with the file lines it came from: "12-14 text". */
async function mapped(html: string): Promise<string[]> {
  const { text, lines } = await htmlToText(html);
  return text.split('\n').map((line, index) => `${lines?.[2 * index]}-${lines?.[2 * index + 1]} ${line}`);
}

const PAGE = [
  '<!doctype html>', // 1
  '<html><head><title>My &amp; lease</title>', // 2
  '<style>p { color: red }</style><script>var s = "<p>not text</p>";</script></head>', // 3
  '<body>', // 4
  '<h1>Lease</h1>', // 5
  '<p>Rent is &euro;1,450&nbsp;a month&hellip; paid', // 6
  'on the first (&#8364;/&#x20AC;) day.</p>', // 7
  '<h2>Pets</h2>', // 8
  '<ul><li>One <b>cat</b> allowed.<li>No dogs', // 9
  '</ul>', // 10
  '<noscript>enable js</noscript><template><p>template</p></template>', // 11
  '<p>Unclosed <i>italic <a href="x">link', // 12
  '<table><tr><td>Deposit<td>&pound;900</tr></table>', // 13
  'a < b, stray &unknown; and &amp legacy', // 14
  '</body></html>', // 15
];

describe('htmlToText (parse5 SAX)', () => {
  it('decodes entities, drops scripts and styles, keeps headings and cites the lines of the file', async () => {
    // The <title> ("My &amp; lease") names the page above its first heading; headings go one level down (S14 HIGH 3).
    expect(await mapped(PAGE.join('\n'))).toEqual([
      '2-2 # My & lease',
      '2-2 ',
      '5-5 ## Lease',
      '5-5 ',
      '6-6 Rent is €1,450 a month… paid',
      '7-7 on the first (€/€) day.',
      '7-7 ',
      '8-8 ### Pets',
      '8-8 ',
      '9-9 - One cat allowed.',
      '9-9 - No dogs',
      '9-9 ',
      '12-12 Unclosed italic link',
      '12-12 ',
      '13-13 Deposit\t£900',
      '13-13 ',
      '14-14 a < b, stray &unknown; and & legacy',
    ]);
  });

  it('reads the title as a heading when the page does not open with one', async () => {
    const { text } = await htmlToText('<title>Trip\n notes</title><p>We fly on May 3rd.</p>');
    expect(text).toBe('# Trip notes\n\nWe fly on May 3rd.');
  });

  it('keeps no title the first heading repeats, and a heading line is never text that starts with "#"', async () => {
    const same = await htmlToText(
      '<title>Boat  log</title><h1>Boat log</h1><p># not a heading</p><h2>Trips</h2>',
    );
    expect(same.text).toBe('# Boat log\n\n# not a heading\n\n## Trips');
    const other = await htmlToText('<title>Boat log</title><h1>Skerry</h1><pre># comment</pre><h6>Deep</h6>');
    expect(other.text).toBe('# Boat log\n\n## Skerry\n\n# comment\n\n###### Deep');
    expect(other.text).not.toContain('\u0000');
  });

  it('cites the same lines for CRLF, CR and LF files', async () => {
    const lf = await mapped(PAGE.join('\n'));
    expect(await mapped(PAGE.join('\r\n'))).toEqual(lf);
    expect(await mapped(PAGE.join('\r'))).toEqual(lf);
  });

  it('reads a huge minified one-line page whole, every line citing line 1', async () => {
    const unit = '<div><h2>Part</h2><p>Rent is &euro;1 &amp; more.<br>Next</p><ul><li>a</li></ul></div>';
    const count = Math.ceil((2 * 1024 * 1024) / unit.length);
    const { text, lines } = await htmlToText(`<html><body>${unit.repeat(count)}</body></html>`);
    expect(text.split('Rent is €1 & more.').length - 1).toBe(count);
    expect(new Set(lines)).toEqual(new Set([1]));
    expect(lines?.length).toBe(text.split('\n').length * 2);
  });

  it('collapses a flood of <br> into one line break and a flood of &amp; into ampersands', async () => {
    const { text } = await htmlToText(`<p>a${'<br>'.repeat(100_000)}b</p><p>${'&amp;'.repeat(200_000)}</p>`);
    expect(text).toBe(`a\nb\n\n${'&'.repeat(200_000)}`);
  });

  it('reads emoji, odd Unicode and an unclosed comment without losing what came before', async () => {
    const { text } = await htmlToText(
      '<p>🏠 café ｒｅｎｔ \u202eevil</p><p>kept</p><!-- never closed <p>lost',
    );
    expect(text).toBe('🏠 café ｒｅｎｔ \u202eevil\n\nkept');
    expect((await htmlToText('')).text).toBe('');
    expect((await htmlToText('<html><body>   </body></html>')).text).toBe('');
  });
});

describe('decodeText', () => {
  it('reads UTF-16 files with a byte order mark and HTML in its declared charset', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Rent €5</p>', 'utf16le')]);
    expect(decodeText(utf16, true)).toEqual({ text: '<p>Rent €5</p>', encoding: 'utf-16' });
    // "Привет" in windows-1251, declared in a <meta>: not UTF-8, and not windows-1252 either.
    const cyrillic = Buffer.concat([
      Buffer.from('<meta charset="windows-1251"><p>'),
      Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
    ]);
    expect(decodeText(cyrillic, true)?.text).toContain('Привет');
    expect(decodeText(cyrillic, false)?.encoding).toBe('windows-1252');
    // A UTF-8 byte order mark is not text.
    expect(decodeText(Buffer.from('\ufeffhello'))?.text).toBe('hello');
  });
});

describe('cleanText', () => {
  it('removes terminal escape sequences whole and keeps tabs and line breaks', () => {
    const log =
      '\u001b[31mERROR\u001b[0m\tdisk full\n\u001b]0;pwned\u0007title \u001b[2K\u001b(Bok\u009b1mC1\u001b';
    expect(cleanText(log)).toBe('ERROR\tdisk full\ntitle okC1');
    // An unterminated OSC ends at the line's end, never eating the file.
    expect(cleanText('a\u001b]0;x\nkept')).toBe('a\nkept');
    expect(cleanText('bell\u0007 nul\u0000 del\u007f')).toBe('bell  nul  del ');
  });

  it('counts CRLF, a lone CR and LF each as one line break, as VS Code does', () => {
    expect(cleanText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(cleanText('a\r\n\r\nb')).toBe('a\n\nb');
  });
});

describe('chunkText window by window', () => {
  it('cuts windows after a break, never inside a surrogate pair', () => {
    const text = `${'x'.repeat(WINDOW - 1)}🏠${'y'.repeat(10)}`;
    const end = windowEnd(text, 0);
    expect(text.slice(0, end).endsWith('x')).toBe(true);
    const spaced = `${'word '.repeat(WINDOW / 2)}`;
    expect(spaced[windowEnd(spaced, 0) - 1]).toBe(' ');
  });

  it('ends each window after the last paragraph break, else line break, else space of its last half', () => {
    // The rule spelled out on the whole text, to hold the fast version (breaks looked for in the
    // last half only) to it: a break before the half is never taken, one right at the end is.
    const reference = (text: string, start: number, size: number) => {
      const limit = start + size;
      if (limit >= text.length) return text.length;
      const half = start + Math.floor(size / 2);
      for (const separator of ['\n\n', '\n', ' ']) {
        const at = text.lastIndexOf(separator, limit - separator.length);
        if (at >= half) return at + separator.length;
      }
      return limit;
    };
    let seed = 3;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 300; round++) {
      const text = Array.from(
        { length: 40 + Math.floor(pick() * 80) },
        () => 'ab\n \n\n'[Math.floor(pick() * 6)],
      ).join('');
      const size = 4 + Math.floor(pick() * 30);
      for (let start = 0; start < text.length; start += 1 + Math.floor(pick() * 7))
        expect(windowEnd(text, start, size)).toBe(reference(text, start, size));
    }
  });

  it('keeps exact line numbers and the heading trail across windows of a long many-line file', async () => {
    const lines = ['# Log'];
    for (let index = 2; lines.join('\n').length < 3 * WINDOW; index++)
      lines.push(index % 500 === 0 ? `## Part ${index}` : `line ${index} says value-${index} is fine.`);
    const text = lines.join('\n');
    const chunks = await chunkText(text, { type: 'markdown' }, 'app');
    expect(chunks.length).toBeGreaterThan(3 * (WINDOW / CHUNK_SIZE) * 0.8);
    for (const chunk of chunks) {
      // The chunk's text is in the lines it names, and starts on its first line.
      const span = lines.slice(chunk.lineStart - 1, chunk.lineEnd).join('\n');
      expect(span).toContain(chunk.text);
      expect(lines[chunk.lineStart - 1]).toContain(chunk.text.split('\n')[0] as string);
    }
    const last = chunks.at(-1);
    const part = [...lines.keys()].reverse().find((index) => lines[index]?.startsWith('## '));
    expect(last?.heading).toBe(`app › Log › ${(lines[part as number] as string).slice(3)}`);
  });

  it('cuts a long single line in windows, every chunk on line 1, nothing lost', async () => {
    const words = Array.from({ length: 120_000 }, (_, index) => `w${index}`);
    const text = `${words.join(' ')}\nsecond line`;
    const chunks = await chunkText(text, { type: 'text' }, 'one');
    const lineOne = chunks.filter((chunk) => chunk.lineStart === 1);
    expect(lineOne.every((chunk) => chunk.lineEnd <= 2)).toBe(true);
    const seen = new Set(lineOne.flatMap((chunk) => chunk.text.split(/\s+/)));
    for (const word of [words[0], words[60_000], words.at(-1)]) expect(seen).toContain(word);
    expect(chunks.at(-1)).toMatchObject({ lineEnd: 2 });
  });

  it('leaves out pieces with no letter or digit', async () => {
    const chunks = await chunkText(`${'&'.repeat(20_000)}\n\nnarwhal`, { type: 'text' }, 'amp');
    expect(chunks.map((chunk) => chunk.text)).toEqual(['narwhal']);
    expect(chunks[0]).toMatchObject({ lineStart: 3, lineEnd: 3 });
    expect(await chunkText('}\n}\n---', { type: 'code', language: 'js' }, 'x')).toEqual([]);
  });

  it('maps chunk lines to the file lines of extracted HTML', async () => {
    const html = PAGE.join('\n');
    const { text, lines } = await htmlToText(html);
    const chunks = await chunkText(text, { type: 'html' }, 'lease', lines);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ lineStart: 2, lineEnd: 14, heading: 'lease › My & lease' });
    const map = decodeLineMap(chunks[0]?.lineMap);
    expect(map).toHaveLength(text.split('\n').length);
    expect(map[4]).toEqual([6, 6]);
  });
});
