import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/helpers/pdf.js';
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
