import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/helpers/pdf.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { sentenceSpans } from './sentences.js';

const caller = { kind: 'person' as const, id: 'test' };

function setup() {
  const cartridge = testCartridge();
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller, approved: false });
    if (!result.ok) throw new Error(`${tool}: ${result.error.message}`);
    // biome-ignore lint/suspicious/noExplicitAny: test access to each tool's output.
    return { output: result.output as any, text: result.text };
  };
  return { run };
}

const split = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end).trim());

describe('sentences', () => {
  it('never cuts at a period inside a number, an address, a name or an abbreviation', () => {
    for (const sentence of [
      'The parking permit costs $4.50 per day.',
      'Our lawyer is Dr. Smith at 221 Baker St. in London.',
      'The firmware version is 2.1.3 since May.',
      'The interest rate is 3.75% a year.',
      'The router IP is 192.168.1.1 on home.net today.',
      'The engine takes 4.4 quarts of oil, e.g. 5W-30 from Jan. to Mar. every year.',
      'Mr. J. Jones vs. Mrs. Lee, i.e. the case, was heard.',
    ]) {
      expect(split(`${sentence} Next one follows.`)).toEqual([sentence, 'Next one follows.']);
    }
    expect(split('First line\nwraps here. Second!')).toEqual(['First line\nwraps here.', 'Second!']);
  });
});

describe('extractive answers', () => {
  it('quotes whole sentences of the source with their true line, whatever periods they hold', async () => {
    const { run } = setup();
    const dir = testDir('fazt-answer-sentences-');
    const notes = [
      '# Notes',
      '',
      'The parking permit costs $4.50 per day. It is renewed in spring.',
      'Our lawyer is Dr. Smith at 221 Baker St. in London.',
      'The router firmware version is 2.1.3 and the router IP is 192.168.1.1 on the',
      'home.net network.',
      'The mortgage interest rate is 3.75% fixed.',
      '- Engine oil capacity: 4.4 quarts',
    ];
    writeFileSync(join(dir, 'notes.md'), notes.join('\n'));
    writeFileSync(join(dir, 'tax.py'), 'import os\nTAX_RATE = 0.19\n');
    await run('knowledge_learn', { paths: [dir] });
    for (const [question, quote, lines] of [
      ['how much does the parking permit cost?', 'The parking permit costs $4.50 per day.', 'notes.md:3'],
      ['who is our lawyer?', 'Our lawyer is Dr. Smith at 221 Baker St. in London.', 'notes.md:4'],
      [
        'what is the router IP?',
        'The router firmware version is 2.1.3 and the router IP is 192.168.1.1 on the home.net network.',
        'notes.md:5-6',
      ],
      ['what is the mortgage interest rate?', 'The mortgage interest rate is 3.75% fixed.', 'notes.md:7'],
      ['what is the engine oil capacity?', 'Engine oil capacity: 4.4 quarts', 'notes.md:8'],
      ['what is the TAX_RATE?', 'TAX_RATE = 0.19', 'tax.py:2'],
    ] as const) {
      const { output, text } = await run('knowledge_ask', { question });
      expect(output.known, question).toBe(true);
      expect(text, question).toContain(`${quote} (${lines})`);
    }
  });
});

describe('answers on the subject asked, however worded', () => {
  function papers(): string {
    const dir = testDir('fazt-answer-subject-');
    writeFileSync(
      join(dir, 'lease.md'),
      [
        '# Lease',
        '',
        '## Rent',
        'Monthly rent: $1,450, due on the first of each month.',
        'The landlord is Jane Roe.',
        '',
        '## Pets',
        'Tenant may keep one cat or one dog under 25 pounds.',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'car-manual.md'),
      [
        '# Owner handbook',
        '',
        '## Tires',
        'Tire pressure: 35 psi.',
        '',
        '## Oil',
        'Use 5W-30 synthetic oil.',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'insurance.md'),
      '# Insurance policy\n\nThe policy covers water damage.\nThe policy holder must report damage within 7 days.\n',
    );
    writeFileSync(
      join(dir, 'weekly-sync.md'),
      '# Weekly sync\n\n## Decisions\nWe move the launch to March.\n',
    );
    return dir;
  }

  it('finds the answer whatever the wording: stems, synonyms, headings, document names, full-width', async () => {
    const { run } = setup();
    await run('knowledge_learn', { paths: [papers()] });
    const pets = 'Tenant may keep one cat or one dog under 25 pounds. (lease.md:8)';
    const rent = 'Monthly rent: $1,450, due on the first of each month. (lease.md:4)';
    for (const [question, expected] of [
      ['what does my lease say about pets?', pets],
      ['are cats allowed in my apartment?', pets],
      ['is a cat ok?', pets],
      ['how heavy can my dog be?', pets],
      ['what is the pet policy?', pets],
      ['what does my car manual say about oil?', 'Use 5W-30 synthetic oil. (car-manual.md:7)'],
      ['what oil does my car need?', 'Use 5W-30 synthetic oil. (car-manual.md:7)'],
      ['what did we decide in the weekly sync?', 'We move the launch to March. (weekly-sync.md:4)'],
      ['what is my monthly payment?', rent],
      ['how much do I pay each month for the apartment?', rent],
      ['ｒｅｎｔ', rent],
    ] as const) {
      const { output, text } = await run('knowledge_ask', { question });
      expect(output.known, question).toBe(true);
      expect(text, question).toContain(expected);
      // "## Rent" makes the landlord's line part of the rent section, so "rent" alone may quote it.
      if (question !== 'ｒｅｎｔ') expect(text, question).not.toMatch(/landlord is|insurance\.md|Tire/);
    }
  });

  it("says it does not know rather than answer another subject's question, and a number alone never matches", async () => {
    const { run } = setup();
    await run('knowledge_learn', { paths: [papers()] });
    for (const question of [
      'what tire pressure does my bicycle need?',
      'what is in note 7?',
      'what does my lease say about the swimming pool?',
      'what is 7?',
      'and 2024?',
    ]) {
      const { output, text } = await run('knowledge_ask', { question });
      expect(output.known, `${question} → ${text}`).toBe(false);
      expect(text).toMatch(/^I don't know/);
    }
  });

  it('quotes no terminal escape sequence or its leftovers, and names the page of a PDF', async () => {
    const { run } = setup();
    const dir = testDir('fazt-answer-escapes-');
    writeFileSync(
      join(dir, 'log.txt'),
      'The backup \u001b[31mserver\u001b[0m is named vault.\nThe \u001b]0;PWNED\u0007alarm code is 1234.\n',
    );
    writeFileSync(
      join(dir, 'insurance.pdf'),
      makePdf([['Home insurance policy'], ['Water damage is covered.']]),
    );
    // k29: an alarm code is withheld unless asked for, as a PIN is; asked for here.
    await run('knowledge_learn', { paths: [dir], includeSecrets: true });
    const backup = await run('knowledge_ask', { question: 'what is the backup server named?' });
    expect(backup.text).toContain('The backup server is named vault. (log.txt:1)');
    const alarm = await run('knowledge_ask', { question: 'what is the alarm code?' });
    expect(alarm.text).toContain('The alarm code is 1234. (log.txt:2)');
    for (const { text } of [backup, alarm]) {
      expect(text).not.toMatch(/\[\d+m|\]0;|PWNED/);
      expect(text).not.toContain('\u001b');
    }
    const pdf = await run('knowledge_ask', { question: 'is water damage covered by my insurance?' });
    expect(pdf.text).toMatch(/Water damage is covered\. \(insurance\.pdf p\.2 l\.1\)/);
  });
});
