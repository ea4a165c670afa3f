import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { ownedValueAsked, statesContact } from './owned-value.js';

/**
 * Stranger S48 items 1–2: a contact value asked with an owner is answered by a line of that
 * owner's holding a value of that kind — never the technician's phone for "my phone", never a
 * NIF for "the landlord's phone".
 */
const NOTES = `Casa — notas
Router admin: 192.168.1.1 (MEO Fibra), technician phone 16200.
Baby-sitter: Dona Conceição Alves, 912 345 678, €8 per hour.
Plumber Senhor Rui: call 913 222 111.
`;
const LEASE = `# Contrato de arrendamento
Landlord: Sra. Maria do Rosário Gonçalves (NIF 198 765 432).
Tenants: Ana Souza and Min-ho Park.
Insurance policy number 55 221 908 77.
`;
const CARD = `Contacto
Phone: +351 912 000 111.
`;

describe('an owned contact value (S48 items 1–2)', () => {
  it('does not offer another party’s phone as mine', async () => {
    const { ask } = await learn({ 'notes.txt': NOTES });
    for (const q of ['what is my phone number?', "what's my mobile number?", 'what is our phone number?']) {
      const a = await ask(q);
      expect(a.known, q).toBe(false);
      expect(a.text, q).toContain('do not say your phone number');
    }
    // Guards: the owner named gets their own line.
    expect((await ask("what is the technician's phone number?")).text).toContain('technician phone 16200');
    expect((await ask("what is the baby-sitter's phone number?")).text).toContain('912 345 678');
  });

  it('answers my phone from a line that gives it to no other party', async () => {
    const { ask } = await learn({ 'card.txt': CARD });
    expect((await ask('what is my phone number?')).text).toContain('+351 912 000 111');
  });

  it('does not read a tax or policy number as a phone', async () => {
    const { ask } = await learn({ 'lease.md': LEASE });
    const a = await ask("what is the landlord's phone number?");
    expect(a.known).toBe(false);
    expect(a.text).toContain("the landlord's phone number");
    expect((await ask("what is the landlord's telephone number?")).known).toBe(false);
    // Guard: the NIF asked by its own name is still found.
    expect((await ask("what is the landlord's NIF?")).text).toContain('NIF 198 765 432');
  });

  it('reads which kind and whose', () => {
    expect(ownedValueAsked('what is my phone number?')).toMatchObject({ kind: 'phone', owner: 'self' });
    expect(ownedValueAsked("what is João's phone number?")).toMatchObject({ kind: 'phone', owner: 'joao' });
    expect(ownedValueAsked("what's the landlord's telephone number?")).toMatchObject({ owner: 'landlord' });
    expect(ownedValueAsked("what is Ana's email?")).toMatchObject({ kind: 'email' });
    expect(ownedValueAsked('what did the email say?')).toBeUndefined();
    expect(ownedValueAsked('what is my new phone plan?')).toBeUndefined();
    expect(statesContact('phone', 'Landlord: Sra. Maria (NIF 198 765 432).')).toBe(false);
    expect(statesContact('phone', 'Contract number 3001 4556 778.')).toBe(false);
    expect(statesContact('phone', 'Total paid: €2.148,60 by Visa ending 4471.')).toBe(false);
    expect(statesContact('phone', 'Microchip: 620098100654321.')).toBe(false);
    expect(statesContact('phone', 'Baby-sitter: Dona Conceição Alves, 912 345 678.')).toBe(true);
    expect(statesContact('phone', 'technician phone 16200')).toBe(true);
  });
});
