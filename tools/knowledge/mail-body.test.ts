import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { decodedMail } from './mail-body.js';

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
