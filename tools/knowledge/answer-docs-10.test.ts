import { describe, expect, it } from 'vitest';
import { typeNamed } from '../../shell/commands/knowledge.js';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { settingName } from './fences.js';

/** A lease with its settings in a Markdown fence (issue 10, stranger S14 HIGH 1). */
const FLAT = `# Flat agreement

## Rent
The monthly rent is 1,400 euros, due on the 1st.

## Deposit
A deposit of two months' rent is held by the landlord.

\`\`\`yaml
wifi_ssid: Heron-7C
wifi_password: badger-lime-31
\`\`\`
`;

const ROUTER = `Router notes
The wifi password for the guest network is daisy-12.
The admin page is at 10.0.0.1.
`;

/** Settings in a fence of another file, with prose that also answers. */
const SERVER = `# Server notes

The backup port is 2200 on the old machine.

\`\`\`ini
BACKUP_PORT = 2222
timeout = 30
\`\`\`
`;

const EXAMPLE = `# Budget template

Copy this block into your own notes:

\`\`\`yaml
rent: 9999
\`\`\`
`;

const PROSE_RENT = `# Lease

The rent is 1,200 euros a month.
`;

/** A recipe whose name is only its file name and its heading (S14 HIGH 2). */
const FRITTATA = `# Frittata

Serves 2. Takes 20 minutes.

## Steps
1. Warm 1 tablespoon of butter in a small pan.
2. Whisk in 5 eggs with salt and chives.
3. Cook 8 minutes on low heat.
`;

/** An HTML manual named only by its <title> (S14 HIGH 3). */
const GRINDER_HTML = `<!DOCTYPE html>
<html><head><title>Coffee Grinder Handbook</title></head>
<body>
<h1>Millstone X2 Handbook</h1>
<h2>Cleaning</h2>
<p>Brush the burrs every 2 weeks and run rice pellets once a month.</p>
<h2>Specifications</h2>
<table>
<tr><th>Setting</th><th>Value</th></tr>
<tr><td>Hopper</td><td>250 g</td></tr>
<tr><td>Warranty</td><td>3 years</td></tr>
</table>
</body></html>
`;

/** An address book of several records and a vCard (S14 HIGH 6, MEDIUM 7). */
const FRIENDS = `Name: Lucia Bianchi
Phone: +39 06 5550 1234
Email: lucia@bianchi.example

Name: Sven Larsen
Phone: +47 22 55 01 02
Email: sven@larsen.example
Address: Bergen

Name: Amara Diallo
Phone: +221 33 555 0199
Email: amara@diallo.example
Address: Dakar
`;

const UNCLE_VCF = `BEGIN:VCARD
VERSION:3.0
FN:Rafael Moreno
TEL;TYPE=CELL:+34 91 555 0177
EMAIL:rafael@moreno.example
ADR;TYPE=HOME:;;9 Calle Olmo;Sevilla;;41001;Spain
END:VCARD
`;

describe('settings in a Markdown fence answer like label lines (S14 HIGH 1)', () => {
  it('quotes a fenced key: value setting whose key words are asked, and never says the document is silent', async () => {
    const { ask } = await learn(
      { 'home/flat.md': FLAT, 'home/router.txt': ROUTER },
      { includeSecrets: true },
    );
    const password = await ask("what's the wifi password in my flat agreement?");
    expect(password.known).toBe(true);
    expect(password.answer).not.toMatch(/does not say/u);
    expect(password.quotes.join('\n')).toContain('badger-lime-31');
    expect(password.citations.some((c) => c.path.endsWith('flat.md') && c.lineStart === 11)).toBe(true);
    // Asked of no document, the router's sentence wins over the fenced setting.
    const anywhere = await ask('what is the wifi password?');
    expect(anywhere.quotes).toEqual(['The wifi password for the guest network is daisy-12.']);
    const ssid = await ask('what is the wifi ssid?');
    expect(ssid.known).toBe(true);
    expect(ssid.quotes.join('\n')).toContain('Heron-7C');
  });

  it('reads the key of YAML, INI, .env and JSON settings as words', () => {
    expect(settingName('wifi_password: otter-maple-92')).toBe('wifi password');
    expect(settingName('BACKUP_PORT = 2222')).toBe('backup port');
    expect(settingName('  "maxRetries": 3,')).toBe('max retries');
    expect(settingName('export DB_HOST=nas.local')).toBe('db host');
    expect(settingName('- log.level: debug')).toBe('log level');
    expect(settingName('services:')).toBeUndefined();
    expect(settingName('if x == 3:')).toBeUndefined();
    expect(settingName('echo hello')).toBeUndefined();
  });

  it('a fenced KEY = value setting answers too, and prose wins when both answer', async () => {
    const { ask } = await learn({ 'server.md': SERVER, 'example.md': EXAMPLE, 'lease.md': PROSE_RENT });
    // An example block's `rent: 9999` is no rent where a sentence states one (S12 LOW).
    const rent = await ask('what is the rent?');
    expect(rent.quotes.join('\n')).toContain('1,200');
    expect(rent.quotes.join('\n')).not.toContain('9999');
    const port = await ask('what is the backup port?');
    expect(port.known).toBe(true);
    expect(port.quotes[0]).toContain('2200');
    const timeout = await ask('what is the timeout?');
    expect(timeout.known).toBe(true);
    expect(timeout.quotes.join('\n')).toContain('timeout = 30');
  });
});

/** A lease whose only wifi words are a command in a fence: no setting, no prose. */
const COTTAGE = `# Cottage lease

## Rent
The rent is 900 euros a month.

\`\`\`sh
nmcli dev wifi connect Heron-7C password badger-lime-31
\`\`\`
`;

describe('"X does not say" is never claimed when a passage of X holds the words asked (S14 HIGH 1)', () => {
  it('says the lease mentions it, where, and what the other document says', async () => {
    const { ask } = await learn(
      { 'home/cottage-lease.md': COTTAGE, 'home/router.txt': ROUTER },
      { includeSecrets: true },
    );
    const password = await ask('what is the wifi password in my lease?');
    expect(password.known).toBe(true);
    expect(password.answer).not.toMatch(/does not say/u);
    expect(password.answer).toMatch(
      /^Your lease mentions it \(cottage-lease\.md:\d+(?:-\d+)?\) but no sentence there answers; router\.txt says:\n/u,
    );
    // Words the lease never holds: it does not say.
    const admin = await ask('what is the admin page in my lease?');
    expect(admin.answer).toMatch(/^Your lease does not say; router\.txt says:\n/u);
  });
});

describe('a word naming the document is never required of the quote (S14 HIGH 2, 3)', () => {
  it("the file name and heading: 'how many eggs in the frittata?'", async () => {
    const { ask } = await learn(
      { 'recipes/frittata.md': FRITTATA, 'home/flat.md': FLAT },
      { includeSecrets: true },
    );
    for (const question of [
      'how many eggs in the frittata?',
      'how many eggs go in the frittata',
      'how many eggs does my frittata recipe use?',
    ]) {
      const eggs = await ask(question);
      expect(eggs.known, question).toBe(true);
      expect(eggs.citations[0]?.lineStart, question).toBe(7);
      expect(eggs.quotes[0], question).toContain('5 eggs');
    }
  });

  it("the first heading when the file name differs: 'how much milk goes in the pancakes?'", async () => {
    const { ask } = await learn({
      'recipes/r2.md':
        '# Pancakes\n\nWhisk 300 ml of milk with 2 eggs and 200 g of flour.\nThe batter makes 12 small ones.\n',
      'recipes/frittata.md': FRITTATA,
    });
    const milk = await ask('how much milk goes in the pancakes?');
    expect(milk.known).toBe(true);
    expect(milk.quotes[0]).toContain('300 ml of milk');
    const eggs = await ask('how many eggs in the pancakes?');
    expect(eggs.citations.map((c) => c.path.split('/').at(-1))).toEqual(['r2.md']);
  });

  it("an HTML <title>: 'how often should I clean the coffee grinder?'", async () => {
    const { ask } = await learn(
      { 'work/grinder.html': GRINDER_HTML, 'home/flat.md': FLAT },
      { includeSecrets: true },
    );
    const clean = await ask('how often should I brush the burrs of the coffee grinder?');
    expect(clean.known).toBe(true);
    expect(clean.quotes[0]).toContain('every 2 weeks');
    const warranty = await ask('what does my coffee grinder handbook say about warranty?');
    expect(warranty.known).toBe(true);
    expect(warranty.quotes.join('\n')).toContain('3 years');
  });
});

describe("a record's field comes with the line naming whose record (S14 HIGH 6, MEDIUM 7)", () => {
  it('several records answering one field: each field line with its name line', async () => {
    const { ask } = await learn({ 'friends.txt': FRIENDS, 'uncle.vcf': UNCLE_VCF });
    const phones = await ask('what is the phone number?');
    expect(phones.known).toBe(true);
    // Every quoted Phone line comes right after the line naming whose record it is.
    const quotes = phones.quotes;
    const phoneAt = quotes.flatMap((quote, index) => (/^Phone/u.test(quote) ? [index] : []));
    expect(phoneAt.length).toBeGreaterThanOrEqual(3);
    for (const index of phoneAt) expect(quotes[index - 1], quotes[index]).toMatch(/^Name: /u);
    const text = quotes.join('\n');
    for (const name of ['Lucia Bianchi', 'Sven Larsen', 'Amara Diallo']) expect(text, name).toContain(name);
    // A vCard's phone says whose too.
    const rafael = await ask("what is Rafael's phone?");
    expect(rafael.quotes).toEqual(['Name: Rafael Moreno', 'Phone (cell): +34 91 555 0177']);
  });

  it('a single vCard answer names whose it is', async () => {
    const { ask } = await learn({ 'friends.txt': FRIENDS, 'uncle.vcf': UNCLE_VCF });
    const lives = await ask('where does my uncle live?');
    expect(lives.known).toBe(true);
    expect(lives.quotes.join('\n')).toContain('Sevilla');
    expect(lives.quotes.join('\n')).toContain('Rafael Moreno');
  });

  it("a question that is only a record's name gives the whole record", async () => {
    const { ask } = await learn({ 'friends.txt': FRIENDS, 'uncle.vcf': UNCLE_VCF });
    const sven = await ask('Sven');
    expect(sven.known).toBe(true);
    const text = sven.quotes.join('\n');
    for (const part of ['Sven Larsen', '+47 22 55 01 02', 'sven@larsen.example', 'Bergen'])
      expect(text, part).toContain(part);
    expect(text).not.toContain('Lucia');
    // Asked with its possessive, a name first in the question is a name too.
    const amara = await ask("Amara's email?");
    expect(amara.quotes.join('\n')).toContain('amara@diallo.example');
    expect(amara.quotes.join('\n')).toContain('Name: Amara Diallo');
  });
});

describe('--type words: any learned extension, and formats fazt does not read said so (S14 MEDIUM 10)', () => {
  it('reads an extension of a learned file as an extension filter, and a known unreadable format as such', () => {
    expect(typeNamed('vcf', new Set(['vcf', 'txt']))).toEqual({ extension: 'vcf' });
    expect(typeNamed('.VCF', new Set(['vcf']))).toEqual({ extension: 'vcf' });
    expect(typeNamed('vcf')).toBeUndefined();
    expect(typeNamed('docx')).toEqual({ unreadable: 'docx', kind: 'Word documents' });
    expect(typeNamed('.XLSX', new Set(['xlsx']))).toEqual({ unreadable: 'xlsx', kind: 'spreadsheets' });
    expect(typeNamed('md', new Set(['vcf']))).toEqual({ type: 'markdown' });
    expect(typeNamed('v/cf', new Set(['v/cf']))).toBeUndefined();
  });
});
