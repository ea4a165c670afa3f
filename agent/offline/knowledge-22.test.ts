import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * Round k22 (S35 items 1, 2): the planner asks the documents when memory holds no answer, and
 * quotes the line worded otherwise than the question ("Premises: …", "Please reply by … to accept.").
 */
describe('where I live and by when to reply, from the documents', () => {
  const world = async () => {
    const { ask } = offlineWorld();
    const dir = testDir('fazt-knowledge-22-');
    writeFileSync(
      join(dir, 'lease.md'),
      '# Residential Lease Agreement\n\nLandlord: Harborview Properties LLC. Tenant: Dana Whitfield.\nPremises: 42 Alder Street, Apartment 3B, Portland, OR.\n',
    );
    writeFileSync(
      join(dir, 'letter.txt'),
      'October 12, 2025\n\nDear Ms. Whitfield,\n\nWe are pleased to offer you the position of Senior Data Analyst, starting November 3, 2025. The offer does not include relocation assistance.\n\nPlease reply by October 24, 2025 to accept.\n',
    );
    await ask(`learn ${dir}`);
    return ask;
  };

  it('"where do I live?" with no address remembered quotes the lease’s Premises line', async () => {
    const ask = await world();
    const { answer, names } = await ask('where do I live?');
    expect(names).toContain('knowledge_ask');
    expect(answer).toContain('Premises: 42 Alder Street, Apartment 3B, Portland, OR. (lease.md:4)');
  });

  it('"by when must I accept the offer?" quotes the reply-by line, not the start date', async () => {
    const ask = await world();
    const { answer, names } = await ask('by when must I accept the offer?');
    expect(names).toContain('knowledge_ask');
    expect(answer).toContain('Please reply by October 24, 2025 to accept. (letter.txt:7)');
    expect(answer).not.toContain('starting November 3');
  });
});
