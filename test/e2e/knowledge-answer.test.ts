import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ABROAD,
  BOILER_GUIDE,
  BOILER_MANUAL,
  CHORES,
  CONTACTS,
  COURSE,
  GARDENING,
  HEATING_PY,
  HOUSE,
  HOUSE_RULES,
  INVOICES_CSV,
  LEASE,
  NOTEBOOK,
  ONE_LINE,
  ORDERS_TSV,
  PRICES,
  ROUTER,
  RUN_ON_LOG,
  TRAVEL_POLICY,
} from '../fixtures/papers.js';
import { runCli, tempCartridge } from '../helpers/cli.js';

/** `fazt knowledge ask` offline, as a stranger asks it of their own papers (issue 10). */
describe('fazt knowledge ask answers the subject asked, or says it does not know (real CLI)', () => {
  it('quotes label lines, whole wrapped sentences and accented words; never a one-word guess', async () => {
    const cart = await tempCartridge('fazt-knowledge-answer-');
    try {
      const docs = join(cart.dir, 'docs');
      mkdirSync(docs);
      writeFileSync(join(docs, 'lease.md'), LEASE);
      writeFileSync(join(docs, 'prices.md'), PRICES);
      await runCli(['learn', docs], { cartridge: cart.path });
      const ask = async (question: string) =>
        (await runCli(['knowledge', 'ask', question], { cartridge: cart.path })).stdout.trim();
      expect(await ask('who is the landlord?')).toBe('Landlord: Orvald Pemberton (lease.md:5)');
      expect(await ask('who must consent to pets?')).toContain(
        'The tenant may keep pets only with written consent from Mrs. Abernathy, and any damage caused by animals is paid by the tenant. (lease.md:15-17)',
      );
      expect(await ask('CAFE DISCOUNT')).toBe(
        'The ground-floor café gives tenants a 15 percent discount. (lease.md:21)',
      );
      for (const question of ['how much is the water bill?', 'can I sublet the apartment?'])
        expect(await ask(question), question).toMatch(/^I don't know/);
      const top = await runCli(['ask', 'what is the name of my dentist?'], { cartridge: cart.path });
      expect(top.stdout).toContain('I searched your learned documents too: they do not say.');
    } finally {
      await cart.cleanup();
    }
  }, 120_000);

  it('quotes one record, one numbered thing, a whole list item, and no one-shared-word guess (stranger round 4)', async () => {
    const cart = await tempCartridge('fazt-knowledge-answer-4-');
    try {
      const docs = join(cart.dir, 'docs');
      mkdirSync(docs);
      writeFileSync(join(docs, 'contacts.txt'), CONTACTS);
      writeFileSync(join(docs, 'course.md'), COURSE);
      writeFileSync(join(docs, 'chores.md'), CHORES);
      writeFileSync(join(docs, 'notebook.md'), NOTEBOOK);
      await runCli(['learn', docs], { cartridge: cart.path });
      const ask = async (question: string) =>
        (await runCli(['knowledge', 'ask', question], { cartridge: cart.path })).stdout.trim();
      expect(await ask("what is Anna's phone number?")).toBe(
        'Name: Anna Lindqvist (contacts.txt:3)\nPhone: 555-7001 (contacts.txt:4)',
      );
      expect(await ask("what is Helga's phone number?")).toBe(
        'Helga Brandt: pediatrician, phone 555-9001 (contacts.txt:15)',
      );
      expect(await ask("what is Jana's phone number?")).toMatch(/^I don't know/);
      expect(await ask('what does module four cover?')).toBe(
        "I don't know: your documents have modules 1–3, but no module 4.",
      );
      expect(await ask('what does module 2 cover?')).toBe('Module 2: Saving for emergencies. (course.md:4)');
      expect(await ask('what is the third step?')).toBe('Rinse it twice with clean water. (course.md:20)');
      expect(await ask('how do I lock the back door?')).toBe(
        'lock the back door with the brass key (chores.md:4-5)',
      );
      for (const question of [
        'how long do I boil the eggs?',
        'what is my internet speed?',
        'who owns the bakery?',
      ])
        expect(await ask(question), question).toMatch(/^I don't know/);
      // The planner's "what does my … say about …" reaches the same answerer.
      const top = await runCli(['ask', "what does my contacts file say about Carla's phone?"], {
        cartridge: cart.path,
      });
      expect(top.stdout).toContain('Name: Carla Mendes (contacts.txt:10)\nPhone: 555-8001 (contacts.txt:11)');
      expect(top.stdout).not.toContain('Dmitri');
      const missing = await runCli(['ask', 'what does my course plan say about chapter 3?'], {
        cartridge: cart.path,
      });
      expect(missing.stdout).toContain(
        "I don't know: your documents have chapters 1 and 2, but no chapter 3.",
      );
    } finally {
      await cart.cleanup();
    }
  }, 120_000);

  it('answers from code comments, whole sections, compounds and other languages, and still not one light word (stranger round 6)', async () => {
    const cart = await tempCartridge('fazt-knowledge-answer-6-');
    try {
      const docs = join(cart.dir, 'docs');
      mkdirSync(docs);
      const files = {
        'heating.py': HEATING_PY,
        'boiler.md': BOILER_GUIDE,
        'rules.md': HOUSE_RULES,
        'gardening.txt': GARDENING,
        'router.txt': ROUTER,
        'abroad.txt': ABROAD,
        'house.md': HOUSE,
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(docs, name), text);
      await runCli(['learn', docs, '--include-secrets'], { cartridge: cart.path });
      const ask = async (question: string) =>
        (await runCli(['knowledge', 'ask', question], { cartridge: cart.path })).stdout.trim();
      expect(await ask('what is the boiler service interval?')).toBe(
        'The boiler service interval is 12 months. (heating.py:8)',
      );
      expect(await ask('what does heating_cost return?')).toBe(
        'Return the heating cost in euros. (heating.py:4)',
      );
      const part = await ask('what does part 2 say?');
      expect(part.split('\n')[0]).toBe('To bleed a radiator, turn the valve a quarter turn. (boiler.md:9)');
      expect(part).not.toContain('plumber');
      expect(await ask('what is covered in week 2?')).toBe(
        'Week 2: Seeds (gardening.txt:6)\nSowing trays, labels and watering. (gardening.txt:7)',
      );
      expect(await ask('what does section 2 say?')).toBe('Lockers are emptied every Sunday. (rules.md:19)');
      expect(await ask('what is the wifi password?')).toBe('The router password is maple-77. (router.txt:3)');
      expect(await ask('how many storage lockers do I get?')).toBe(
        'Storage locker 4 is included with the tenancy. (house.md:4)',
      );
      expect(await ask('когда отправляется паром?')).toBe('Паром отправляется в 7:30. (abroad.txt:4)');
      for (const question of [
        'how many parking spots do I get?',
        'qui est le jardinier ?',
        'what does part 4 say?',
      ])
        expect(await ask(question), question).toMatch(/^I don't know/);
      // The planner's "what does my … say about …" reaches the same answerer.
      const top = await runCli(['ask', 'what do my house rules say about pets?'], { cartridge: cart.path });
      expect(top.stdout).toContain(
        'One rabbit is allowed. (rules.md:5)\nBirds are not allowed in the shared garden, which is cleaned on Fridays. (rules.md:5-7)',
      );
    } finally {
      await cart.cleanup();
    }
  }, 120_000);

  it('lists numbered things from the whole store, quotes table rows with their header, says whose record, cuts unpunctuated text (stranger round 6)', async () => {
    const cart = await tempCartridge('fazt-knowledge-answer-6-');
    try {
      const docs = join(cart.dir, 'docs');
      mkdirSync(docs);
      for (const [name, text] of Object.entries({
        'boiler.md': BOILER_MANUAL,
        'course.md': COURSE,
        'invoices.csv': INVOICES_CSV,
        'orders.tsv': ORDERS_TSV,
        'travel.md': TRAVEL_POLICY,
        'contacts.txt': CONTACTS,
        'oneline.txt': ONE_LINE,
        'log.txt': RUN_ON_LOG,
      }))
        writeFileSync(join(docs, name), text);
      await runCli(['learn', docs, '--include-secrets'], { cartridge: cart.path });
      const ask = async (question: string) =>
        (await runCli(['knowledge', 'ask', question], { cartridge: cart.path })).stdout.trim();
      for (const question of ['what is in part 12 of the manual?', 'what is part 12 about?'])
        expect(await ask(question), question).toBe(
          "I don't know: your documents have parts 1–9, but no part 12.",
        );
      expect(await ask('how much did Soylent pay?')).toBe(
        'invoice: 7002, client: Soylent Inc, total: 1999.95, paid on: 2025-04-11 (invoices.csv:3)',
      );
      expect(await ask('what does the Cornerstore order weigh?')).toBe(
        'order: A-2, shop: Cornerstore, weight: 15 kg (orders.tsv:3)',
      );
      expect(await ask('what is the lodging cap?')).toBe(
        'Expense: Lodging, Cap: 180 EUR per night (travel.md:10)',
      );
      expect(await ask('what are the allowances?')).not.toMatch(/-{3}/);
      expect(await ask("what is Anna's email?")).toBe(
        'Name: Anna Lindqvist (contacts.txt:3)\nEmail: anna@example.org (contacts.txt:5)',
      );
      expect(await ask('what is the attic safe combination?')).toBe(
        '… The attic safe combination is 8812. … (oneline.txt:1)',
      );
      expect(await ask('what is the boathouse alarm pin?')).toBe(
        'The boathouse alarm pin is 6402.entry3 (log.txt:3)',
      );
      // The planner gives the documents' own answer for a numbered thing they lack, exit 0.
      const top = await runCli(['ask', "what's in module 4 of my finance course?"], { cartridge: cart.path });
      expect(top.stdout).toContain("I don't know: your documents have modules 1–3, but no module 4.");
      expect(top.stdout).not.toContain('they do not say');
      expect(top.code).toBe(0);
    } finally {
      await cart.cleanup();
    }
  }, 120_000);
});
