import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/helpers/pdf.js';
import { withoutRunningLines } from './extract.js';
import { prepareFile } from './prepare.js';
import { cite, toPassage } from './schemas.js';

describe('PDF passages are cited by page and line within that page', () => {
  it('numbers lines as each page shows them, not the joined text with its "# Page N" lines', async () => {
    const bytes = makePdf([
      ['Insurance Policy', 'The policy number is ZX-4471.', 'Coverage includes water damage.'],
      ['Page two heading', 'Flood coverage is excluded from the policy.', 'The insurer is Halvard Mutual.'],
    ]);
    const prepared = await prepareFile(bytes, '/docs/insurance.pdf');
    if (!('chunks' in prepared)) throw new Error(`not prepared: ${prepared.skip}`);
    const [chunk] = prepared.chunks;
    if (!chunk) throw new Error('no chunk');
    const passage = { ...chunk, path: '/docs/insurance.pdf', type: 'pdf', score: 1, modifiedAt: 0 };
    // One chunk spans both pages: headed by the first page, with both pages named.
    expect(cite(passage)).toBe('insurance.pdf pp.1–2 (p.1 l.1 to p.2 l.3)');
    expect(toPassage(passage)).toMatchObject({ lineStart: 1, lineEnd: 3, page: 1, pageEnd: 2 });
    expect(chunk.heading).toBe('insurance › Page 1');
  });

  it('cites one page "p.2 l.2", a range "l.2-3", and old plain-line PDFs and other files as before', () => {
    const at = (page: number, line: number) => page * 1_000_000 + line;
    expect(cite({ path: '/a/insurance.pdf', lineStart: at(2, 2), lineEnd: at(2, 2) })).toBe(
      'insurance.pdf p.2 l.2',
    );
    expect(cite({ path: '/a/insurance.pdf', lineStart: at(2, 2), lineEnd: at(2, 3) })).toBe(
      'insurance.pdf p.2 l.2-3',
    );
    expect(cite({ path: '/a/insurance.pdf', lineStart: 7, lineEnd: 9 })).toBe('insurance.pdf:7-9');
    expect(cite({ path: '/a/lease.md', lineStart: 3, lineEnd: 3 })).toBe('lease.md:3');
  });
});

describe('withoutRunningLines: page furniture is blanked, text is kept (S19 HIGH 4)', () => {
  it('blanks a header repeated on every page and a footer with the page number, keeping line numbers', () => {
    const pages = [1, 2, 3].map(
      (n) =>
        `11/30/26, 4:00 PM\nEmployment contract\nSection ${n} text line one.\nSection ${n} text line two.\nfile:///tmp/contract.html ${n}/3`,
    );
    const out = withoutRunningLines(pages);
    for (const [index, page] of out.entries()) {
      const lines = page.split('\n');
      expect(lines).toHaveLength(5);
      expect(lines[0]).toBe('');
      expect(lines[4]).toBe('');
      expect(lines[2]).toBe(`Section ${index + 1} text line one.`);
    }
    // "Employment contract" stands at the top edge of every page too: the same text is furniture.
    expect(out[0]?.split('\n')[1]).toBe('');
  });

  it('keeps numbered headings, one-page documents and text that differs page by page', () => {
    const modules = [1, 2, 3].map((n) => `Module ${n}\nThe garden part ${n} is shared.\nPage ${n} of 3`);
    const out = withoutRunningLines(modules);
    expect(out.map((page) => page.split('\n')[0])).toEqual(['Module 1', 'Module 2', 'Module 3']);
    expect(out.map((page) => page.split('\n')[2])).toEqual(['', '', '']);
    expect(withoutRunningLines(['Title\nBody 1\n1'])).toEqual(['Title\nBody 1\n1']);
  });
});
