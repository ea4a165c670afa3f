import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { chunkText } from './chunk.js';
import { knowledgeCapability } from './index.js';
import { decodedMail } from './mail-body.js';
import { cleanText } from './prepare.js';

const caller = { kind: 'person' as const, id: 'test' };

const QP =
  'From: Octopus Energy <hello@octopus.energy>\nSubject: Your new direct debit\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nHi Hannah,\n\nYour new monthly direct debit is =C2=A3142 and will be taken on the 12th of ea=\nch month, starting 12 June 2025.\n\nYour meter reading is due on 5 June.\n';
const B64 = `From: Bank <bank@example.com>\nSubject: Statement\nContent-Transfer-Encoding: base64\n\n${Buffer.from('Your balance is £1,204.50.\n').toString('base64')}\n`;

describe('an e-mail body sent encoded is read decoded (S29 MEDIUM 2)', () => {
  it('decodes quoted-printable escapes and soft line breaks, keeping the file lines', () => {
    const mail = decodedMail(QP);
    expect(mail?.text).toContain(
      'Your new monthly direct debit is £142 and will be taken on the 12th of each month, starting 12 June 2025.',
    );
    const lines = mail?.text.split('\n') ?? [];
    const at = lines.findIndex((line) => line.startsWith('Your new monthly'));
    expect(mail?.lines?.slice(2 * at, 2 * at + 2)).toEqual([8, 9]);
    expect(decodedMail(B64)?.text).toContain('Your balance is £1,204.50.');
    expect(decodedMail('From: a\n\nPlain =C2=A3 text\n')).toBeUndefined();
  });

  it('answers from the decoded body, citing the file lines', async () => {
    const { ask } = await learn({ 'octopus.eml': QP });
    const a = await ask('how much is my new monthly direct debit?');
    expect(a.quotes).toEqual([
      'Your new monthly direct debit is £142 and will be taken on the 12th of each month, starting 12 June 2025.',
    ]);
    expect(a.citations[0]).toMatchObject({ lineStart: 8, lineEnd: 9 });
  });
});

describe('e-mails learned before their bodies were decoded (migration 14)', () => {
  it('decodes and re-indexes the chunks the learner wrote before, once, and leaves other mail as it is', async () => {
    const first = testCartridge();
    const executor = createExecutor({ cartridge: first, registry: createDefaultRegistry() });
    const dir = testDir('fazt-mail-qp-');
    const plain =
      'From: Sam <sam@example.com>\nSubject: Settings\n\nSet retries=3 and timeout=10 in the config.\n';
    writeFileSync(join(dir, 'octopus.eml'), QP);
    writeFileSync(join(dir, 'settings.eml'), plain);
    const learned = await executor.execute('knowledge_learn', { paths: [dir] }, { caller, approved: true });
    expect(learned.ok).toBe(true);
    // The chunks as the learner wrote them before the decoding: chunkText of the file's text as it is.
    const file = first.prepare("SELECT id FROM knowledge_files WHERE path LIKE '%octopus.eml'").pluck().get();
    const old = await chunkText(cleanText(QP), { type: 'text' }, 'octopus');
    first
      .prepare('DELETE FROM knowledge_fts WHERE rowid IN (SELECT id FROM knowledge_chunks WHERE file_id = ?)')
      .run(file);
    first.prepare('DELETE FROM knowledge_chunks WHERE file_id = ?').run(file);
    old.forEach((chunk, ordinal) => {
      const id = first
        .prepare(
          'INSERT INTO knowledge_chunks (file_id, ordinal, heading, text, line_start, line_end) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(file, ordinal, chunk.heading, chunk.text, chunk.lineStart, chunk.lineEnd).lastInsertRowid;
      first
        .prepare('INSERT INTO knowledge_fts (rowid, heading, text) VALUES (?, ?, ?)')
        .run(id, chunk.heading, chunk.text);
    });
    first.prepare("UPDATE capability_schema SET version = 13 WHERE capability = 'knowledge'").run();
    const texts = (cartridge: typeof first) =>
      cartridge
        .prepare('SELECT text, line_start, line_end, line_map FROM knowledge_chunks ORDER BY id')
        .all();
    expect(JSON.stringify(texts(first))).toContain('=C2=A3142');
    const before = texts(first);
    first.close();

    const again = testCartridge({ path: first.path });
    applyCapabilityMigrations(again, knowledgeCapability);
    const once = texts(again);
    expect(JSON.stringify(once)).not.toContain('=C2=A3');
    expect(JSON.stringify(once)).not.toContain('ea=');
    // The plain mail's "retries=3" is its own text, not an escape.
    expect(once.filter((row) => JSON.stringify(row).includes('retries=3'))).toEqual(
      before.filter((row) => JSON.stringify(row).includes('retries=3')),
    );
    again.prepare("UPDATE capability_schema SET version = 13 WHERE capability = 'knowledge'").run();
    again.close();
    const third = testCartridge({ path: first.path });
    applyCapabilityMigrations(third, knowledgeCapability);
    expect(texts(third)).toEqual(once);
    const ask = createExecutor({ cartridge: third, registry: createDefaultRegistry() });
    const asked = await ask.execute(
      'knowledge_ask',
      { question: 'how much is my new monthly direct debit?' },
      { caller, approved: false },
    );
    const output = asked.ok
      ? (asked.output as { citations: { quote: string; lineStart: number; lineEnd: number }[] })
      : undefined;
    expect(output?.citations.map((c) => c.quote)).toEqual([
      'Your new monthly direct debit is £142 and will be taken on the 12th of each month, starting 12 June 2025.',
    ]);
    expect(output?.citations[0]).toMatchObject({ lineStart: 8, lineEnd: 9 });
  });
});
