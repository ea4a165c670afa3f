import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { headingStatesValue } from './heading-values.js';
import { knowledgeCapability } from './index.js';
import { meaningsOf, settingMeasure } from './key-words.js';
import { withoutLogStamp } from './line-shapes.js';
import { matchForm } from './match-form.js';
import { namedFiles } from './names.js';
import { words } from './text.js';

const caller = { kind: 'person' as const, id: 'test' };

/** Stranger round 15, mediums: logs, headings, Unicode forms, config keys, counters, e-mail, file names. */

const APP_LOG = [
  '2026-03-01 10:00:01 INFO starting server version 2.4.1',
  '2026-03-01 10:00:01 INFO log level: debug',
  '2026-03-01 10:00:02 INFO listening on port 8080',
  '2026-03-01 10:00:04 INFO backup finished, keeping 7 backups',
  '2026-03-01 10:00:05 WARN backup target almost full',
  '',
].join('\n');
const BACKUP_CONF = 'log_level = warn\nretain_backups = 7\nschedule = daily\ntarget = /mnt/nas\n';

describe('a log or config line answers alone (item 1)', () => {
  it('reads a log line without its stamp', () => {
    expect(withoutLogStamp('2026-03-01 10:00:05 WARN backup target almost full')).toBe(
      'backup target almost full',
    );
    expect(withoutLogStamp('[2026-03-01T10:00:05Z] [error] disk full')).toBe('disk full');
    expect(withoutLogStamp('Mar  1 10:00:05 host sshd: accepted')).toBe('host sshd: accepted');
    expect(withoutLogStamp('Keep 7 backups.')).toBe('Keep 7 backups.');
  });

  it('the log level and the number of backups from a log', async () => {
    const { ask } = await learn({ 'app.log': APP_LOG });
    const level = await ask('what log level is set?');
    expect(level.quotes).toEqual([expect.stringContaining('log level: debug')]);
    // The next line's time stamp is no count of backups.
    const backups = await ask('how many backups are kept?');
    expect(backups.quotes).toEqual([expect.stringContaining('keeping 7 backups')]);
  });

  it('the log level and the number of backups from a config file', async () => {
    const { ask } = await learn({ 'backup.conf': BACKUP_CONF });
    expect((await ask('what log level is set?')).quotes).toEqual(['log_level = warn']);
    expect((await ask('how many backups are kept?')).quotes).toEqual(['retain_backups = 7']);
  });
});

const SERVER_YAML =
  'server:\n  listen_port: 8443\n  tls_cert_path: /etc/ssl/certs/app.pem\ncache:\n  ttl_seconds: 3600\ndb:\n  db_user: app\n  db_pass: s3cret\n';

describe('config keys by what they mean (item 4)', () => {
  it('adds what short key words mean', () => {
    expect(meaningsOf('db pass')).toBe('db pass database password');
    expect(meaningsOf('tls cert path')).toContain('certificate');
    expect(meaningsOf('port')).toBe('port');
    expect(settingMeasure('cache › ttl_seconds: 3600')).toBe('3600 seconds');
    expect(settingMeasure('"timeoutMs": 250,')).toBe('250 milliseconds');
    expect(settingMeasure('backup › port: 2222')).toBeUndefined();
    expect(settingMeasure('ttl_seconds: forever')).toBeUndefined();
  });

  it('answers with the setting the question means', async () => {
    const { ask } = await learn({ 'server.yaml': SERVER_YAML, 'notes.md': '# Notes\n\nPass the salt.\n' });
    for (const [question, quote, line] of [
      ['where is the TLS certificate?', 'server › tls_cert_path: /etc/ssl/certs/app.pem', 3],
      ['how long is the cache kept?', 'cache › ttl_seconds: 3600', 5],
      ['what port does it listen on?', 'server › listen_port: 8443', 2],
      ["what's the db password?", 'db › db_pass: s3cret', 8],
      ['what is the database user?', 'db › db_user: app', 7],
    ] as const) {
      const a = await ask(question);
      expect(a.quotes, question).toEqual([quote]);
      expect(a.citations[0]?.lineStart, question).toBe(line);
    }
    expect((await ask('how long is the cache kept?')).answer).toBe(
      'cache › ttl_seconds: 3600 (server.yaml:5)\nThat is 3600 seconds.',
    );
    // "pass" in prose is no password.
    expect((await ask('what is the wifi password?')).known).toBe(false);
  });

  it('reads INI keys the same way', async () => {
    const { ask } = await learn(
      { 'app.ini': '[cache]\nttl = 600\n[auth]\npwd = hunter2\n' },
      { includeSecrets: true },
    );
    expect((await ask('how long is the cache kept?')).quotes).toEqual(['cache › ttl = 600']);
    expect((await ask('what is the auth password?')).quotes).toEqual(['auth › pwd = hunter2']);
  });
});

const INSURANCE =
  '# Home insurance — policy HX-22817\n\nInsurer: Northfield Mutual\nCover starts 1 March 2026.\nExcess: £250.\n';
const PLAN =
  '# Couch to 5k\n\n## Weeks 1–2\n\nWalk 20 minutes a day.\n\n## Weeks 3–4\n\nJog 10 minutes, walk 10 minutes, three times a week.\n\n## Week 5\n\nJog 20 minutes.\n';

describe('a heading states a value and names its weeks (item 2)', () => {
  it('tells identifiers in headings from section numbers, years and ranges', () => {
    expect(headingStatesValue('Home insurance — policy HX-22817')).toBe(true);
    expect(headingStatesValue('Order 4471829')).toBe(true);
    expect(headingStatesValue('Car AB1234')).toBe(true);
    expect(headingStatesValue('3. Expenses')).toBe(false);
    expect(headingStatesValue('Budget 2026')).toBe(false);
    expect(headingStatesValue('Weeks 3–4')).toBe(false);
  });

  it('the policy number in the title is the answer, not the lines under it', async () => {
    const { ask } = await learn({ 'insurance.md': INSURANCE });
    for (const question of ['what is my policy number?', 'what is policy HX-22817?']) {
      const a = await ask(question);
      expect(a.quotes, question).toEqual(['Home insurance — policy HX-22817']);
      expect(a.citations[0]?.lineStart, question).toBe(1);
    }
    // The lines under the title still answer what they say.
    expect((await ask('what is the excess?')).quotes).toEqual(['Excess: £250.']);
  });

  it('a week of a range heading is found under it', async () => {
    const { ask } = await learn({ 'plan.md': PLAN });
    for (const [question, quote] of [
      ['what do I do in week 3?', 'Jog 10 minutes, walk 10 minutes'],
      ['what do I do in week 4?', 'Jog 10 minutes, walk 10 minutes'],
      ['what do I do in week 1?', 'Walk 20 minutes a day.'],
      ['what about week 5?', 'Jog 20 minutes.'],
    ] as const)
      expect((await ask(question)).quotes, question).toEqual([expect.stringContaining(quote)]);
  });
});

describe('Unicode forms do not stop a match (item 3)', () => {
  it('folds full-width forms and Arabic vowel marks, leaves other text as it is', () => {
    expect(matchForm('ＨＸ２２８１７')).toBe('HX22817');
    expect(matchForm('الكِتَاب')).toBe('الكتاب');
    expect(matchForm('المفتــاح')).toBe('المفتاح');
    for (const text of ['HX‑22817', 'Room\u00a0code – 4471', 'The rent is 1200 euros.', 'الكتاب'])
      expect(matchForm(text)).toBe(text);
    // Both sides: a non-breaking hyphen and a hyphen part the same words.
    expect(words('HX‑22817')).toEqual(words('HX-22817'));
    expect(words('ＨＸ－２２８１７')).toEqual(['hx', '22817']);
  });

  it('finds a value however either side writes it', async () => {
    const { ask } = await learn({
      'policy.md': '# Documents\n\nPolicy number: HX‑22817\nMember ID: ＡＢ７７１２\nRoom\u00a0code: 4471\n',
      'ar.md': 'الكِتَاب مُهِمّ جداً\nرقم الغرفة: ١٢\nالمفتــاح عند الجار\n',
    });
    for (const [question, quote] of [
      ['HX-22817', 'Policy number: HX‑22817'],
      ['ＨＸ－２２８１７', 'Policy number: HX‑22817'],
      ['what is my policy number?', 'Policy number: HX‑22817'],
      ['what is AB7712?', 'Member ID: ＡＢ７７１２'],
      ['what is the room code?', 'Room code: 4471'],
      ['الكتاب', 'الكِتَاب مُهِمّ جداً'],
      ['أين المفتاح؟', 'المفتــاح عند الجار'],
      ['المِفتاح', 'المفتــاح عند الجار'],
    ] as const)
      expect((await ask(question)).quotes, question).toEqual([quote]);
  });

  it('re-indexes chunks learned before the fold (migration 12, idempotent)', async () => {
    const first = testCartridge();
    const executor = createExecutor({ cartridge: first, registry: createDefaultRegistry() });
    const dir = testDir('fazt-match-form-');
    writeFileSync(join(dir, 'ar.md'), 'المفتــاح عند الجار\nMember ID: ＡＢ７７１２\n');
    const learned = await executor.execute('knowledge_learn', { paths: [dir] }, { caller, approved: true });
    expect(learned.ok).toBe(true);
    const terms = (cartridge: typeof first) =>
      cartridge.prepare('SELECT term FROM knowledge_fts_vocab ORDER BY term').pluck().all() as string[];
    expect(terms(first)).toContain('المفتاح');
    // A cartridge learned before: its index holds the text as written.
    first.db.exec(`
      DELETE FROM knowledge_fts;
      INSERT INTO knowledge_fts (rowid, heading, text) SELECT id, heading, text FROM knowledge_chunks;
      UPDATE capability_schema SET version = 11 WHERE capability = 'knowledge';`);
    expect(terms(first)).not.toContain('المفتاح');
    expect(terms(first)).not.toContain('ab7712');
    first.close();
    const again = testCartridge({ path: first.path });
    applyCapabilityMigrations(again, knowledgeCapability);
    const once = terms(again);
    expect(once).toContain('المفتاح');
    expect(once).toContain('ab7712');
    again.prepare("UPDATE capability_schema SET version = 11 WHERE capability = 'knowledge'").run();
    again.close();
    const third = testCartridge({ path: first.path });
    applyCapabilityMigrations(third, knowledgeCapability);
    expect(terms(third)).toEqual(once);
    const ask = createExecutor({ cartridge: third, registry: createDefaultRegistry() });
    const asked = await ask.execute('knowledge_ask', { question: 'المفتاح' }, { caller, approved: false });
    expect(asked.ok && (asked.output as { known: boolean }).known).toBe(true);
  });
});

describe('a Japanese counter is the thing it counts (item 5)', () => {
  it('nights asked in English or Japanese, stated either way', async () => {
    const { ask } = await learn({
      'ryokan.md': '# 京都旅行\n\n旅館さくら 2泊3日\n夕食付き\nチェックイン 15時\n',
    });
    for (const question of ['何泊?', '何泊しますか?', 'how many nights?', 'how many nights at the ryokan?'])
      expect((await ask(question)).quotes, question).toEqual(['旅館さくら 2泊3日']);
    const hotel = await learn({
      'hotel.md': '# Booking\n\nHotel Lumen, 3 nights, check-in 4 May.\nBreakfast included.\n',
    });
    for (const question of ['何泊?', 'how many nights?'])
      expect((await hotel.ask(question)).quotes, question).toEqual([
        'Hotel Lumen, 3 nights, check-in 4 May.',
      ]);
    // A count of something else is not a count of nights.
    expect((await ask('how many rooms?')).known).toBe(false);
  });
});

const BOILER_MAIL =
  'From: Dana Whitfield <dana@heatwise.example>\nTo: Sam Reid <sam@example.com>\nSubject: Boiler service next week\nDate: Tue, 3 Mar 2026 09:12:00 +0000\n\nHi Sam,\n\nThe engineer will come on Thursday to service the boiler.\n\nDana\n';
const ROOF_MAIL =
  'From: Lee Roofing <office@leeroof.example>\nTo: Sam Reid <sam@example.com>\nSubject: Roof quote\n\nHi Sam,\n\nOur quote is attached.\n';

describe('an e-mail address asked is its From: or To: line (item 6)', () => {
  it('quotes the header with the name and address of the person asked about', async () => {
    const { ask } = await learn({
      'boiler.eml': BOILER_MAIL,
      'roof.eml': ROOF_MAIL,
      'note.md': 'Call the plumber about the sink.\n',
    });
    const dana = 'From: Dana Whitfield <dana@heatwise.example>';
    for (const [question, quote] of [
      ['who sent the email about the boiler?', dana],
      ["what's Dana's email address?", dana],
      ['what is the email address of the boiler email sender?', dana],
      ["what is the sender's address of the boiler email?", dana],
      ['what is the email address of Lee Roofing?', 'From: Lee Roofing <office@leeroof.example>'],
    ] as const) {
      const a = await ask(question);
      expect(a.quotes, question).toEqual([quote]);
      expect(a.citations[0]?.lineStart, question).toBe(1);
    }
    // The person named is the recipient: their To: line.
    const sam = await ask("what's Sam's email address?");
    expect(sam.quotes.length).toBeGreaterThan(0);
    for (const quote of sam.quotes) expect(quote).toBe('To: Sam Reid <sam@example.com>');
    // An address of something no e-mail is about stays unknown.
    expect((await ask('what is the email address of the plumber?')).known).toBe(false);
  });
});

describe('files named in a question, however the name is written (item 7)', () => {
  const paths = [
    '/d/contracts/employment-contract.md',
    '/d/phone_contract.md',
    '/d/newsletter.md',
    '/d/recipes/shakshuka.md',
    '/d/Car Manual.pdf',
  ];
  it('reads a leading "the"/"my", plurals, hyphens and underscores; exact names first', () => {
    expect(namedFiles(paths, 'contracts').all).toEqual(['/d/contracts/employment-contract.md']);
    expect(namedFiles(paths, 'the contracts').all).toEqual(['/d/contracts/employment-contract.md']);
    expect(namedFiles(paths, 'contract files').all).toEqual(['/d/contracts/employment-contract.md']);
    expect(namedFiles(paths, 'phone contracts').all).toEqual(['/d/phone_contract.md']);
    expect(namedFiles(paths, 'phone-contract').files).toEqual(['/d/phone_contract.md']);
    expect(namedFiles(paths, 'recipe').all).toEqual(['/d/recipes/shakshuka.md']);
    expect(namedFiles(paths, 'car manuals').all).toEqual(['/d/Car Manual.pdf']);
    // No exact name: the name's words among others; picked so, they are no file's own name.
    const among = namedFiles(
      ['/d/work/phone_contract.md', '/d/home/gym-contract.md', '/d/news.md'],
      'contracts',
    );
    expect(among).toEqual({ all: ['/d/work/phone_contract.md', '/d/home/gym-contract.md'], files: [] });
    expect(namedFiles(paths, 'leases').all).toEqual([]);
  });
});
