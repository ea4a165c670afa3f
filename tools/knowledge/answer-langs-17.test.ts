import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { learnPapers } from '../../test/helpers/knowledge.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { cronInWords } from './cron.js';
import { knowledgeCapability } from './index.js';
import { words } from './text.js';

const caller = { kind: 'person' as const, id: 'test' };

/**
 * Questions in Chinese, Hindi and Italian (stranger round 27, MEDIUM 11–12, LOW 21): a Chinese
 * word inside a longer word is mentioned, Devanagari words are whole (their vowel signs and
 * virama belong to them), and the question words of Hindi and Italian are framing, never the
 * subject ("do not mention 'कब'").
 */
const MEDICINES = `दादी जी की दवाइयाँ

डॉक्टर: डॉ. सुनीता शर्मा, अपोलो अस्पताल, दिल्ली
1. मेटफॉर्मिन 500 मिलीग्राम — सुबह और रात खाने के बाद।
2. एम्लोडिपिन 5 मिलीग्राम — रोज़ सुबह एक गोली।
अगली जाँच: 15 मई 2026 को सुबह 10 बजे।
ब्लड शुगर खाली पेट 130 से कम रहनी चाहिए।
`;
const LEASE = `房屋租赁合同

出租方：王建国
承租方：李明
月租金：人民币6500元，每三个月支付一次。
押金：人民币13000元。
承租方不得饲养宠物。
`;
const TIRAMISU = `Tiramisù della nonna Rosa (per 8 persone)

Ingredienti: 500 g di mascarpone, 4 uova freschissime, 100 g di zucchero.

Preparazione:
1. Separare i tuorli dagli albumi.
2. Lasciare in frigorifero per almeno 6 ore. Spolverare con il cacao prima di servire.
`;

describe('questions in other languages (S27)', () => {
  it('tokenises Devanagari words whole', () => {
    expect(words('डॉक्टर का नाम क्या है?')).toEqual(['डॉक्टर', 'का', 'नाम', 'क्या', 'है']);
    expect(words('अगली जाँच कब है?')).toEqual(['अगली', 'जाँच', 'कब', 'है']);
  });

  it('answers Hindi questions, their question words framing', async () => {
    const { ask } = await learnPapers({
      'दवाई-की-सूची.txt': MEDICINES,
      'other.txt': 'The boiler was serviced in May.\n',
    });
    const next = await ask('अगली जाँच कब है?');
    expect(next.quotes).toEqual(['अगली जाँच: 15 मई 2026 को सुबह 10 बजे।']);
    const metformin = await ask('मेटफॉर्मिन कब लेनी है?');
    expect(metformin.quotes).toEqual(['मेटफॉर्मिन 500 मिलीग्राम — सुबह और रात खाने के बाद।']);
    const doctor = await ask('डॉक्टर का नाम क्या है?');
    expect(doctor.quotes).toEqual(['डॉक्टर: डॉ. सुनीता शर्मा, अपोलो अस्पताल, दिल्ली']);
    // Nothing about a dentist: still "I don't know", naming the whole word.
    const dentist = await ask('दंत चिकित्सक कौन है?');
    expect(dentist.known).toBe(false);
    expect(dentist.answer).not.toMatch(/"(?:कौन|है|य)"/u);
  });

  it('counts a Chinese word inside a longer one as mentioned', async () => {
    const { ask } = await learnPapers({ '租房合同.txt': LEASE });
    const pets = await ask('可以养宠物吗？');
    expect(pets.known).toBe(true);
    expect(pets.quotes).toEqual(['承租方不得饲养宠物。']);
    expect((await ask('可以养猫吗？')).known).toBe(false);
  });

  it('reads Italian, French and Spanish "how many" as framing', async () => {
    const { ask } = await learnPapers({ 'ricetta-tiramisu.txt': TIRAMISU });
    const hours = await ask('quante ore in frigorifero?');
    expect(hours.quotes).toEqual(['Lasciare in frigorifero per almeno 6 ore.']);
    expect((await ask('quanti tuorli?')).answer).not.toMatch(/quanti/u);
  });

  it('re-indexes a cartridge whose index cut Devanagari at its marks (migration 13, idempotent)', async () => {
    const first = testCartridge();
    const executor = createExecutor({ cartridge: first, registry: createDefaultRegistry() });
    const dir = testDir('fazt-devanagari-');
    writeFileSync(join(dir, 'दवाई.txt'), MEDICINES);
    const learned = await executor.execute('knowledge_learn', { paths: [dir] }, { caller, approved: true });
    expect(learned.ok).toBe(true);
    const terms = (cartridge: typeof first) =>
      cartridge.prepare('SELECT term FROM knowledge_fts_vocab ORDER BY term').pluck().all() as string[];
    expect(terms(first)).toContain('जाँच');
    // A cartridge learned before: its index was made by the tokenizer that ends a word at a mark.
    first.db.exec(`
      DROP TABLE knowledge_fts_vocab;
      DROP TABLE knowledge_fts;
      CREATE VIRTUAL TABLE knowledge_fts USING fts5(heading, text, tokenize='porter unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE knowledge_fts_vocab USING fts5vocab(knowledge_fts, 'row');
      INSERT INTO knowledge_fts (rowid, heading, text) SELECT id, heading, text FROM knowledge_chunks;
      UPDATE capability_schema SET version = 12 WHERE capability = 'knowledge';`);
    expect(terms(first)).not.toContain('जाँच');
    expect(terms(first)).toContain('ज');
    first.close();
    const again = testCartridge({ path: first.path });
    applyCapabilityMigrations(again, knowledgeCapability);
    const once = terms(again);
    expect(once).toContain('जाँच');
    expect(once).not.toContain('ज');
    again.prepare("UPDATE capability_schema SET version = 12 WHERE capability = 'knowledge'").run();
    again.close();
    const third = testCartridge({ path: first.path });
    applyCapabilityMigrations(third, knowledgeCapability);
    expect(terms(third)).toEqual(once);
    const ask = createExecutor({ cartridge: third, registry: createDefaultRegistry() });
    const asked = await ask.execute(
      'knowledge_ask',
      { question: 'अगली जाँच कब है?' },
      { caller, approved: false },
    );
    const citations = asked.ok ? (asked.output as { citations: { quote: string }[] }).citations : [];
    expect(citations.map((citation) => citation.quote)).toEqual(['अगली जाँच: 15 मई 2026 को सुबह 10 बजे।']);
  });
});

describe('a month asked by its end or start (S27 MEDIUM 13)', () => {
  const STATEMENT = `date,description,category,amount,balance
2026-03-01,Salary Brightwave,income,5120.44,7320.44
2026-03-03,Tesco Harrogate,groceries,-86.12,5592.27
2026-03-17,Waitrose,groceries,-54.30,4678.04
2026-03-30,Octopus Energy,utilities,-142.00,4359.22
2026-03-28,Refund Amazon,shopping,19.99,4501.22
`;
  it('answers with the row dated last (or first) in the month', async () => {
    const { ask } = await learnPapers({ 'statement-2026-03.csv': STATEMENT });
    const end = await ask('what was my balance at the end of March?');
    expect(end.quotes).toHaveLength(1);
    expect(end.quotes[0]).toMatch(/2026-03-30.*balance: 4359\.22/u);
    const start = await ask('what was my balance at the start of March?');
    expect(start.quotes).toHaveLength(1);
    expect(start.quotes[0]).toMatch(/2026-03-01.*balance: 7320\.44/u);
    // A month the statement does not cover still says so.
    expect((await ask('what was my balance at the end of April?')).known).toBe(false);
  });
});

describe('a verb is not a document, a noun finds its verb (S27 MEDIUM 16–17)', () => {
  it('reads "report" before an article as a verb, not the school report', async () => {
    const { ask } = await learnPapers({
      'ada-spring-report.txt': 'Spring report for Ada\nMaths: working at the expected standard.\n',
      'nas-syslog.log':
        '2026-03-16 15:25:10 INFO disk /dev/sda ok\n2026-03-16 15:25:17 CRIT disk /dev/sdb SMART failure predicted: replace drive\n',
    });
    const answer = await ask('did any disk report a SMART failure?');
    expect(answer.known).toBe(true);
    expect(answer.answer).not.toMatch(/Your report/u);
    expect(answer.quotes).toEqual([
      '2026-03-16 15:25:17 CRIT disk /dev/sdb SMART failure predicted: replace drive',
    ]);
    // The report named as a document still narrows to it.
    expect((await ask('what does my report say about maths?')).quotes).toEqual([
      'Maths: working at the expected standard.',
    ]);
  });

  it('finds "overpay" for overpayments and "repay" for repayment', async () => {
    const { ask } = await learnPapers({
      'offer.txt':
        'Mortgage offer\nYou may overpay up to 10% of the outstanding balance each year without a charge.\nYou must repay the loan by 2051.\n',
    });
    for (const question of ['overpayment', 'what about overpayments?', 'can I make overpayments?'])
      expect((await ask(question)).quotes, question).toEqual([
        'You may overpay up to 10% of the outstanding balance each year without a charge.',
      ]);
    expect((await ask('when is the repayment due?')).quotes).toEqual(['You must repay the loan by 2051.']);
  });
});

describe('config keys asked in plain words (S27 MEDIUM 15)', () => {
  const SETTINGS = `# home server settings
backup:
  destination: /mnt/nas/backups
  schedule: "0 3 * * *"
  keep_daily: 7
  keep_weekly: 4
network:
  hostname: larkspur-nas
  static_ip: 192.168.1.40
photos:
  library: /mnt/nas/photos
`;
  const THERMOSTAT = `{
  "device": "Tado V3+",
  "zones": {
    "living_room": {"day_temp_c": 20.5, "night_temp_c": 17},
    "bedroom": {"day_temp_c": 18, "night_temp_c": 16}
  },
  "away_mode_temp_c": 12
}
`;
  const LOG = Array.from({ length: 8 }, (_, i) => `2026-03-13 12:32:0${i} INFO cron job backup started`).join(
    '\n',
  );

  it('reads a setting by its parents, its block name and its key words', async () => {
    const { ask } = await learnPapers({
      'settings.yaml': SETTINGS,
      'thermostat.json': THERMOSTAT,
      'nas-syslog.log': `${LOG}\n`,
    });
    expect((await ask('what is the static IP of the NAS?')).quotes).toEqual([
      'network › static_ip: 192.168.1.40',
    ]);
    expect((await ask('how many daily backups are kept?')).quotes).toEqual(['backup › keep_daily: 7']);
    expect((await ask('what temperature is the bedroom at night?')).quotes).toEqual([
      'zones › bedroom › night_temp_c: 16',
    ]);
    const when = await ask('when does the backup run?');
    expect(when.quotes[0]).toBe('backup › schedule: "0 3 * * *"');
    expect(when.answer).toMatch(/daily at 03:00/u);
  });
});

describe('a plain-text table aligned with spaces (S27 MEDIUM 18)', () => {
  const REPORT = `Oakwood Primary School — Spring Term Report 2026
Pupil: Ada Okafor     Class: 4B     Teacher: Mrs Joanna Pritchard

Subject      Attainment          Effort
English      Working above       Excellent
Maths        Working at          Good
Music        Working towards     Satisfactory

Teacher's comment: Ada is a thoughtful and kind member of the class.
`;
  it('reads a row with its column headers', async () => {
    const { ask } = await learnPapers({ 'ada-spring-report.txt': REPORT });
    expect((await ask('how is Ada doing in maths?')).quotes).toEqual([
      'Maths — Attainment: Working at; Effort: Good',
    ]);
    expect((await ask("what is Ada's effort in music?")).quotes).toEqual([
      'Music — Attainment: Working towards; Effort: Satisfactory',
    ]);
  });

  it('says a cron schedule in words', () => {
    expect(cronInWords('backup › schedule: "0 3 * * *"')).toBe('a cron schedule: daily at 03:00');
    expect(cronInWords('sync: "30 6 * * 1"')).toBe('a cron schedule: every Monday at 06:30');
    expect(cronInWords('note: see the 5 of 7 * * options')).toBeUndefined();
  });
});
