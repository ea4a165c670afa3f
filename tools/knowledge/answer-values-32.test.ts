import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round S47 M1: a value asked by its kind (an IBAN, an e-mail, a phone, a cost) is found on the
 * line holding a value of that kind near the subject, though the line's words differ.
 */
const NOTES = `House notes
Bin days: grey container Tuesday.
Oma Greet Peeters lives in Gent. Phone: +32 9 223 44 10.
Uncle Tomasz Nowak lives in Łódź. Phone: +48 42 630 11 22.
`;
const LEASE = `# Lease summary — Kanaalstraat 9, Utrecht
Landlord: Mitros (contact: Mrs. Ilse de Wit).
Rent is paid monthly by bank transfer to DE89 3704 0044 0532 0130 00.
`;
const LETTER = `Letter to parents of group 4
The museum visit to Naturalis will take place on Friday 12 March 2027.
Children must be at school at 8:30.
Please bring a packed lunch. The contribution is €7.50, to be paid before 1 March.
Teacher: Meester Joris Claes (j.claes@zonnebloem-school.be).
`;

describe('a value asked by its kind (S47 M1)', () => {
  it("finds a person's phone in a labelled sentence after the one naming them", async () => {
    const { ask } = await learn({ 'notes.txt': NOTES });
    expect((await ask("what is Oma Greet's phone number?")).quotes).toEqual(['Phone: +32 9 223 44 10.']);
    expect((await ask("what is Tomasz's phone?")).quotes).toEqual(['Phone: +48 42 630 11 22.']);
  });

  it('finds an IBAN and an e-mail address without their word', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'letter.txt': LETTER });
    expect((await ask('what is the IBAN for the rent?')).text).toContain('DE89 3704 0044 0532 0130 00');
    expect((await ask("what is the teacher's email?")).text).toContain('j.claes@zonnebloem-school.be');
    expect((await ask("what is the landlord's email?")).known).toBe(false);
  });

  it('prices a thing named a line or two before its contribution', async () => {
    const { ask } = await learn({ 'letter.txt': LETTER });
    for (const question of ['how much does the museum visit cost?', 'what does the museum visit cost?']) {
      const a = await ask(question);
      expect(a.text, question).toContain('The contribution is €7.50');
    }
    expect((await ask('how much does the swimming course cost?')).known).toBe(false);
  });
});
