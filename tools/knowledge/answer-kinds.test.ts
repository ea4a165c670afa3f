import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ABROAD,
  BOILER_GUIDE,
  CHORES,
  CONTACTS,
  COURSE,
  GARDENING,
  HEATING_PY,
  HOUSE,
  HOUSE_RULES,
  LEASE,
  NOTEBOOK,
  NOTEBOOK_ANSWERS,
  PRICES,
  ROUTER,
  SHED_JS,
} from '../../test/fixtures/papers.js';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

describe('offline answers: the question’s subject, or "I don’t know" (issue 10)', () => {
  it('answers from label lines, and a line with the subject word beats one with a synonym (H1)', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'prices.md': PRICES });
    const landlord = await ask('who is the landlord?');
    expect(landlord.quotes).toEqual(['Landlord: Orvald Pemberton']);
    expect(landlord.citations[0]).toMatchObject({ lineStart: 5, lineEnd: 5 });
    const tenant = await ask('tenant');
    expect(tenant.quotes[0]).toBe('Tenant: Quillon Mbeki');
    expect(tenant.text).not.toContain('garage');
  });

  it('needs every word of what is asked, not one shared word; a stated number matches exactly (H2)', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'prices.md': PRICES });
    for (const question of [
      'can I sublet the apartment?',
      'how much is the water bill?',
      'what is the gas meter number?',
      'what is the vault code?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
      expect(answer.text).toMatch(/^I don't know/);
    }
    expect((await ask('which fee is 1,375 euros?')).quotes).toEqual([
      'The monthly rent is 1,375 euros, due on the fourth day of each month.',
    ]);
    expect((await ask('what is the shelter code?')).quotes).toEqual(['The shelter code is 5150.']);
    expect((await ask('what is the policy number?')).quotes).toEqual(['The policy number is ZX-4471.']);
  });

  it('quotes a hard-wrapped sentence whole, citing every line it covers, in text and HTML (H3)', async () => {
    const { ask } = await learn({
      'lease.md': LEASE,
      'appl.html':
        '<html><body>\n<h1>Appliances</h1>\n<p>The dishwasher\nwas installed by\nKroller Brothers in 2019.</p>\n<pre>\n  serial: DW-8812\n</pre>\n</body></html>\n',
    });
    const consent = await ask('who must consent to pets?');
    expect(consent.citations[0]).toMatchObject({
      quote:
        'The tenant may keep pets only with written consent from Mrs. Abernathy, and any damage caused by animals is paid by the tenant.',
      lineStart: 15,
      lineEnd: 17,
    });
    const installer = await ask('who installed the dishwasher?');
    expect(installer.citations[0]).toMatchObject({
      quote: 'The dishwasher was installed by Kroller Brothers in 2019.',
      lineStart: 3,
      lineEnd: 5,
    });
    // A label line answers with the sentence before it saying what it labels (H5).
    expect((await ask('what is the serial of the dishwasher?')).quotes).toEqual(['serial: DW-8812']);
  });

  it('quotes one log line or one line of unpunctuated text, never the whole chunk (M1)', async () => {
    const words = ['paper', 'cloud', 'window', 'bridge', 'river', 'stone', 'garden', 'lamp'];
    const filler = Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: 8 }, (_, j) => words[(i * 3 + j * 5) % 8]).join(' '),
    );
    filler.splice(12, 0, 'the boiler pressure should read 1.5 bar');
    const { ask } = await learn({
      'app.log':
        '2026-01-01 INFO server started\n2026-01-02 ERROR disk failure on sda3\n2026-01-03 INFO backup done\n',
      'notes.txt': filler.join('\n'),
    });
    const disk = await ask('disk failure');
    expect(disk.citations).toEqual([
      expect.objectContaining({ quote: '2026-01-02 ERROR disk failure on sda3', lineStart: 2, lineEnd: 2 }),
    ]);
    const boiler = await ask('boiler pressure');
    expect(boiler.citations).toEqual([
      expect.objectContaining({
        quote: 'the boiler pressure should read 1.5 bar',
        lineStart: 13,
        lineEnd: 13,
      }),
    ]);
  });

  it('matches words whatever their accents or case, as search does (H4)', async () => {
    const { ask } = await learn({ 'lease.md': LEASE });
    const sentence = 'The ground-floor café gives tenants a 15 percent discount.';
    // The café's section answers "café" with both of its sentences (they share line 21: two
    // sentences on one line are two); "cafe discount" only with the one that gives it.
    for (const question of ['café', 'CAFÉ', 'Cafe', 'cafe\u001b[31m', 'ｃａｆｅ'])
      expect((await ask(question)).quotes, question).toEqual([sentence, 'José Muñoz runs it.']);
    expect((await ask('cafe discount')).quotes).toEqual([sentence]);
    for (const question of ['José', 'Muñoz', 'jose munoz', 'MUÑOZ'])
      expect((await ask(question)).quotes, question).toEqual(['José Muñoz runs it.']);
  });

  it('finds the insurer and the key holder however the verb is worded; a title line is a heading (H5)', async () => {
    const { ask } = await learn({
      'insurance.txt': 'Insurance Policy\nThe policy number is ZX-4471.\n\nThe insurer is Halvard Mutual.\n',
      'mailbox.md': '# Mailbox\n\nThe mailbox key is kept by the concierge named Ysolde.\n',
    });
    expect((await ask('who is the insurer?')).quotes).toEqual(['The insurer is Halvard Mutual.']);
    expect((await ask('insurer')).quotes).toEqual(['The insurer is Halvard Mutual.']);
    expect((await ask('who keeps the mailbox key?')).quotes).toEqual([
      'The mailbox key is kept by the concierge named Ysolde.',
    ]);
  });

  it('quotes only the item whose number the question names (M2)', async () => {
    const { ask } = await learn({
      'manual.md': [1, 2, 3, 4]
        .map((m) => `## Module ${m}\n\nThe warranty of module ${m} lasts ${m + 2} months.\n`)
        .join('\n'),
    });
    expect((await ask('how long is the warranty of module 4?')).quotes).toEqual([
      'The warranty of module 4 lasts 6 months.',
    ]);
    expect((await ask('warranty of module 2')).quotes).toEqual(['The warranty of module 2 lasts 4 months.']);
    expect((await ask('warranty')).quotes).toHaveLength(4);
  });

  it('quotes a sentence in a section whose heading names the subject (M5)', async () => {
    const { ask } = await learn({ 'lease.md': LEASE });
    expect((await ask('pets')).quotes).toContain('Dogs must be leashed in the hallway.');
  });

  it('cites every file that holds the same sentence, in path order (M6)', async () => {
    const { ask, dir } = await learn({
      'b-copy.md': '# Lease\n\nThe rent is 900 euros.\n',
      'a-original.md': '# Lease\n\nIntro.\n\nThe rent is 900 euros.\n',
    });
    const rent = await ask('what is the rent?');
    expect(rent.citations.map((c) => [c.path, c.lineStart])).toEqual([
      [join(dir, 'a-original.md'), 5],
      [join(dir, 'b-copy.md'), 3],
    ]);
    expect(rent.text).toBe('The rent is 900 euros. (a-original.md:5; b-copy.md:3)');
  });
});

describe('offline answers quote what answers and nothing that does not (issue 10, fourth round)', () => {
  it('quotes only the record a label line belongs to: a block, a run cut at a repeated label, or its own line', async () => {
    const { ask } = await learn({ 'contacts.txt': CONTACTS });
    // Blocks split by blank lines: Anna's name and phone, not Bruno's name line after them.
    const anna = await ask("what is Anna's phone number?");
    expect(anna.quotes).toEqual(['Name: Anna Lindqvist', 'Phone: 555-7001']);
    expect(anna.citations.map((c) => c.lineStart)).toEqual([3, 4]);
    expect((await ask("what is Bruno's phone?")).quotes).toEqual(['Name: Bruno Keller', 'Phone: 555-7002']);
    // No blank line between Carla and Dmitri: "Name:" again starts the next record.
    expect((await ask("what is Carla's phone?")).quotes).toEqual(['Name: Carla Mendes', 'Phone: 555-8001']);
    expect((await ask("what is Dmitri's phone number?")).quotes).toEqual([
      'Name: Dmitri Orlov',
      'Phone: 555-8002',
    ]);
    // A phone is a mobile too.
    expect((await ask("what is Li Wei's phone number?")).quotes).toEqual([
      'Name: Li Wei',
      'Mobile: 138-0000',
    ]);
    // One contact per line: the line itself, never the next contact's.
    expect((await ask("what is Helga's phone number?")).quotes).toEqual([
      'Helga Brandt: pediatrician, phone 555-9001',
    ]);
    for (const question of ['who is the optician?', 'who is the optician according to my documents?'])
      expect((await ask(question)).quotes, question).toEqual(['Ivo Novak: optician, phone 555-9002']);
    // Jana has no phone: Ivo's line above hers does not lend her one; Bruno has no email.
    // Log lines are records of their own, however often a level comes again.
    const log = await learn({
      'app.log': 'WARN: backup skipped\nERROR: disk full\nWARN: fan slow\nINFO: started\n',
    });
    expect((await log.ask('which error was about the backup?')).known).toBe(false);
    expect((await log.ask('what was the error?')).quotes).toEqual(['ERROR: disk full']);
    for (const question of ["what is Jana's phone number?", "what is Bruno's email?"]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
  });

  it('answers a numbered thing only with that number, spelled or not; a missing one names the near ones', async () => {
    const { ask } = await learn({ 'course.md': COURSE });
    for (const question of ['what does module 2 cover?', 'what does module two cover?', 'module 2'])
      expect((await ask(question)).quotes, question).toEqual(['Module 2: Saving for emergencies.']);
    for (const question of ['what does module 4 cover?', 'what does module four cover?', 'module 4']) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(false);
      expect(answer.text, question).toBe("I don't know: your documents have modules 1–3, but no module 4.");
    }
    // A heading's number is the number of what is under it.
    for (const question of ['what is in chapter 2?', 'what does chapter two say?'])
      expect((await ask(question)).quotes, question).toEqual([
        'Tax returns are filed online before the end of May.',
      ]);
    const chapter = await ask('what does chapter ten say?');
    expect(chapter.text).toBe("I don't know: your documents have chapters 1 and 2, but no chapter 10.");
    // A numbered list item is the step of its heading's number.
    for (const question of ['what is the third step?', 'what is the 3rd kettle step?', 'kettle step 3'])
      expect((await ask(question)).quotes, question).toEqual(['Rinse it twice with clean water.']);
    expect((await ask('what is the fifth step?')).text).toBe(
      "I don't know: your documents have steps 1–3, but no step 5.",
    );
    // The numbered thing is what is asked: "include" is how, though the plan uses it elsewhere; the
    // plan's top heading names the document.
    expect((await ask('what does module 2 include?')).quotes).toEqual(['Module 2: Saving for emergencies.']);
    expect((await ask('what does my course plan say about module 3?')).quotes).toEqual([
      'Module 3: Investing with index funds.',
    ]);
    // Without a number every module may answer.
    expect((await ask('modules')).quotes).toHaveLength(3);
  });

  it('quotes a list item with its indented lines as one, cited over all of them', async () => {
    const { ask } = await learn({ 'chores.md': CHORES });
    expect((await ask('how do I lock the back door?')).citations).toEqual([
      expect.objectContaining({ quote: 'lock the back door with the brass key', lineStart: 4, lineEnd: 5 }),
    ]);
    expect((await ask('which key is for the back door?')).quotes).toEqual([
      'lock the back door with the brass key',
    ]);
    expect((await ask('when do I set the alarm?')).citations).toEqual([
      expect.objectContaining({ quote: 'set the alarm when everyone has left', lineStart: 6, lineEnd: 7 }),
    ]);
    expect((await ask('where are the ferns?')).citations).toEqual([
      expect.objectContaining({ quote: 'water the ferns on the balcony', lineStart: 8, lineEnd: 9 }),
    ]);
    // A nested item is an item of its own.
    expect((await ask('drip tray')).quotes).toEqual(['nested: check the drip tray']);
    expect((await ask('switch off the lights')).quotes).toEqual(['switch off the lights']);
  });

  it('needs the verb, the verb-like noun and the kind of value asked, not one shared word', async () => {
    const without = await learn({ 'notebook.md': NOTEBOOK });
    for (const question of [
      'how long do I boil the eggs?',
      'what is my internet speed?',
      'what is the internet price?',
      'who owns the bakery?',
      'what is the wedding date?',
    ]) {
      const answer = await without.ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
      expect(answer.text).toMatch(/^I don't know/);
    }
    // What the same notebook does answer, worded its own way.
    expect((await without.ask('how long do I boil the pasta?')).quotes).toEqual([
      'Boil the pasta for 9 minutes.',
    ]);
    expect((await without.ask('who pays the internet?')).quotes).toEqual([
      'The tenant pays electricity and internet.',
    ]);
    expect((await without.ask('where is the wedding?')).quotes).toEqual(['The wedding is in the old barn.']);

    const { ask } = await learn({ 'notebook.md': NOTEBOOK, 'answers.md': NOTEBOOK_ANSWERS });
    for (const [question, quote] of [
      ['how long do I boil the eggs?', 'Boil the eggs for 8 minutes.'],
      ['what is my internet speed?', 'Internet speed: 250 Mbit/s'],
      ['what is the internet price?', 'The internet costs 30 euros a month.'],
      ['who owns the bakery?', 'The bakery is owned by Hans Becker.'],
      ['what is the wedding date?', 'The wedding is on 12 June.'],
    ] as const)
      expect((await ask(question)).quotes, question).toEqual([quote]);
  });

  it('finds a "who" verb by its doer noun and its irregular forms', async () => {
    const { ask } = await learn({
      'shops.md': '# Shops\n\nBakery owner: Hans Becker\nThe mill was built by Greta Holm in 1911.\n',
    });
    expect((await ask('who owns the bakery?')).quotes).toEqual(['Bakery owner: Hans Becker']);
    expect((await ask('who built the mill?')).quotes).toEqual(['The mill was built by Greta Holm in 1911.']);
    expect((await ask('who sold the mill?')).known).toBe(false);
  });
});

describe('offline answers: what a question needs and what it merely asks with (issue 10, stranger round 6)', () => {
  it('never requires a light verb, a question word or "person", and reads born as a birthday and color as colour', async () => {
    const { ask } = await learn({ 'house.md': HOUSE });
    for (const [question, quote] of [
      [
        'how much notice do I need to give to end the contract?',
        'Either side may end the contract with 60 days of notice.',
      ],
      ['how many storage lockers do I get?', 'Storage locker 4 is included with the tenancy.'],
      ['what color tag does the spare key have?', 'The spare key has a green colour tag.'],
      ['whose birthday is in October?', 'Birthday: 9 October'],
      ['who was born on 21 May?', 'Birthday: 21 May'],
    ] as const)
      expect((await ask(question)).quotes, question).toContain(quote);
    expect((await ask('what is the phone number of the person born on 9 October?')).quotes).toContain(
      'Phone: 555-3100',
    );
    expect((await ask('what is the phone number of the person born on 9 October?')).quotes).not.toContain(
      'Phone: 555-3200',
    );
    // What the notes never say is still not known, however lightly asked.
    for (const question of [
      'how many parking spots do I get?',
      'whose birthday is in December?',
      'who was born in Oslo?',
      'what color is the front door?',
      'how much deposit do I need to give?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
  });

  it('reads a compound written with a hyphen or a space as one word, and a plain file’s first line as its title', async () => {
    const { ask } = await learn({ 'house.md': HOUSE, 'router.txt': ROUTER }, { includeSecrets: true });
    for (const question of [
      'what is the home wifi password?',
      'what is the wi-fi password?',
      'wifi password',
    ])
      expect((await ask(question)).quotes, question).toEqual(['The router password is maple-77.']);
    expect((await ask("what is the landlord's email?")).quotes).toEqual([
      "The landlord's e-mail address is lena@example.net.",
    ]);
    for (const question of ['what is the wifi speed?', 'what is the hotspot password?']) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
  });

  it('drops question words of French, German, Spanish and Russian, but not an English question’s words', async () => {
    const { ask } = await learn({ 'abroad.txt': ABROAD, 'house.md': HOUSE });
    for (const [question, quote] of [
      ['qui est le propriétaire ?', 'Le propriétaire s’appelle Henri Duval.'],
      ['Comment s’appelle le propriétaire ?', 'Le propriétaire s’appelle Henri Duval.'],
      ['Wann kommt der Techniker?', 'Der Techniker kommt am Montag.'],
      ['¿Dónde se guarda la llave?', 'La llave se guarda en el buzón.'],
      ['когда отправляется паром?', 'Паром отправляется в 7:30.'],
      ['Во сколько отправляется паром?', 'Паром отправляется в 7:30.'],
    ] as const)
      expect((await ask(question)).quotes, question).toEqual([quote]);
    for (const question of [
      'qui est le jardinier ?',
      'когда отправляется автобус?',
      'what is the van number?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
    // A word both English and another language's is the English word in a question of no other language.
    const english = await learn({
      'yard.md': '# Yard\n\nThe van is parked behind the shed.\nThe comment box is by the gate.\n',
    });
    for (const [question, quote] of [
      ['van', 'The van is parked behind the shed.'],
      ['van parked', 'The van is parked behind the shed.'],
      ['comment box', 'The comment box is by the gate.'],
    ] as const)
      expect((await english.ask(question)).quotes, question).toEqual([quote]);
  });
});

describe('offline answers: a section whose heading names what is asked answers in order (issue 10, stranger round 6)', () => {
  it('quotes a numbered part from its first sentence, before filler that repeats its number', async () => {
    const { ask } = await learn({ 'boiler.md': BOILER_GUIDE });
    const part = await ask('what does part 2 say?');
    expect(part.citations[0]).toMatchObject({
      quote: 'To bleed a radiator, turn the valve a quarter turn.',
      lineStart: 9,
    });
    expect(part.citations.map((c) => c.lineStart)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(part.text).toContain('(3 more sentences may answer too');
    expect(part.text).not.toContain('plumber');
    expect((await ask('what is in part 3?')).quotes).toEqual([
      'Call the plumber when the pressure stays below 1 bar.',
    ]);
    expect((await ask('what does part 4 say?')).text).toBe(
      "I don't know: your documents have parts 1–3, but no part 4.",
    );
  });

  it('quotes every sentence of a section named by the question, two on one line included', async () => {
    const { ask } = await learn({ 'rules.md': HOUSE_RULES });
    const pets = await ask('what do the house rules say about pets?');
    expect(pets.citations.map((c) => [c.quote, c.lineStart, c.lineEnd])).toEqual([
      ['One rabbit is allowed.', 5, 5],
      ['Birds are not allowed in the shared garden, which is cleaned on Fridays.', 5, 7],
    ]);
    expect(pets.text).not.toContain('Quiet hours');
    expect((await ask('what do the house rules say about parking?')).known).toBe(false);
  });

  it('reads a label line with sentences under it as their heading ("Week 2: Seeds")', async () => {
    const { ask } = await learn({ 'gardening.txt': GARDENING });
    for (const question of ['what is covered in week 2?', 'what does week 2 cover?', 'week two'])
      expect((await ask(question)).quotes, question).toEqual([
        'Week 2: Seeds',
        'Sowing trays, labels and watering.',
      ]);
    expect((await ask('what is covered in week 3?')).text).toBe(
      "I don't know: your documents have weeks 1 and 2, but no week 3.",
    );
  });

  it('counts a numbered Markdown heading ("## 2. Lockers") as that section', async () => {
    const { ask } = await learn({ 'rules.md': HOUSE_RULES });
    expect((await ask('what does section 2 say?')).quotes).toEqual(['Lockers are emptied every Sunday.']);
    expect((await ask('what is in section 1?')).quotes).toEqual(['Membership costs 20 euros a year.']);
    // No document says "section" nor "5": nothing is found, and nothing is guessed.
    expect((await ask('what does section 5 say?')).known).toBe(false);
    expect((await ask('what does section 3 say?')).known).toBe(false);
  });

  it('prefers the file a word of the question names by its folder over one its synonym names', async () => {
    const { ask } = await learn({
      'flat/lease.md': '# Lease\n\n## Pets\n\nOne small dog may live here.\n',
      'studio/lease.md': '# Lease\n\n## Pets\n\nNo pets are allowed in the studio.\n',
    });
    expect((await ask('what are the pet rules for the flat?')).quotes).toEqual([
      'One small dog may live here.',
    ]);
    const both = await ask('what does the lease say about pets?');
    expect(both.quotes.sort(), both.text).toEqual([
      'No pets are allowed in the studio.',
      'One small dog may live here.',
    ]);
  });
});

describe('offline answers: code answers with its comments and docstrings (issue 10, stranger round 6)', () => {
  it('quotes the comment or docstring that answers, never the code lines beside it', async () => {
    const { ask } = await learn({ 'heating.py': HEATING_PY, 'shed.js': SHED_JS });
    for (const question of [
      'what is the boiler service interval?',
      'how often is the boiler serviced?',
      'what is 12 months?',
    ])
      expect((await ask(question)).citations, question).toEqual([
        expect.objectContaining({
          quote: 'The boiler service interval is 12 months.',
          lineStart: 8,
          lineEnd: 8,
        }),
      ]);
    // A docstring is about the definition above it: "heating_cost" is there, "return" in the docstring.
    expect((await ask('what does heating_cost return?')).citations).toEqual([
      expect.objectContaining({ quote: 'Return the heating cost in euros.', lineStart: 4 }),
    ]);
    expect((await ask('what is the default price?')).quotes).toEqual([
      'The default price is 32 cents per kWh.',
    ]);
    // Block comments and `//` comments, a wrapped comment sentence whole.
    expect((await ask('what is the shed code?')).citations).toEqual([
      expect.objectContaining({ quote: 'The shed code is 7788.', lineStart: 3 }),
    ]);
    expect((await ask('when does the shed light turn off?')).citations).toEqual([
      expect.objectContaining({
        quote: 'The shed light turns off after 5 minutes.',
        lineStart: 6,
        lineEnd: 7,
      }),
    ]);
  });

  it('quotes a code line only when it is what is asked, and no code line for a question nothing answers', async () => {
    const { ask } = await learn({ 'heating.py': HEATING_PY, 'shed.js': SHED_JS });
    expect((await ask('json')).quotes).toEqual(['import json']);
    // An empty block comment ("/**/") closes itself: the code after it is code.
    const c = await learn({
      'main.c': '/**/\n/* a */\nint main() { return 0; }\n// The exit status is zero.\n',
    });
    expect((await c.ask('what is the exit status?')).citations).toEqual([
      expect.objectContaining({ quote: 'The exit status is zero.', lineStart: 4, lineEnd: 4 }),
    ]);
    expect((await ask('openShed')).quotes).toEqual(['function openShed() {']);
    for (const question of [
      'what does service return?',
      'what does the boiler weigh?',
      'what is the shed alarm code?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
  });
});
