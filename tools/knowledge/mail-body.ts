import type { ExtractedText } from './lines.js';

/**
 * An e-mail's body as its reader sees it (S29 MEDIUM 2): a part sent
 * `Content-Transfer-Encoding: quoted-printable` ("=C2=A3142", "ea=" / "ch month") or `base64` is
 * decoded, its charset read (UTF-8 unless said), with the file lines each text line came from
 * (lines.ts), so quotes cite the file. Headers, boundaries and other parts are kept as they are.
 * Undefined when nothing in the mail is encoded so.
 */
export function decodedMail(text: string): ExtractedText | undefined {
  if (!/^content-transfer-encoding:\s*(?:quoted-printable|base64)\s*$/imu.test(text)) return undefined;
  const lines = text.split('\n');
  const out: string[] = [];
  const map: number[] = [];
  const put = (line: string, first: number, last: number) => {
    out.push(line);
    map.push(first, last);
  };
  let encoding: string | undefined;
  let charset = 'utf-8';
  let inHeaders = true;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as string;
    if (/^--\S/u.test(line)) {
      // A multipart boundary: the part's own headers follow.
      put(line, i + 1, i + 1);
      inHeaders = true;
      encoding = undefined;
      charset = 'utf-8';
      i += 1;
      continue;
    }
    if (inHeaders) {
      const cte = /^content-transfer-encoding:\s*(\S+)/iu.exec(line);
      if (cte) encoding = cte[1]?.toLowerCase();
      const set = /charset="?([\w-]+)"?/iu.exec(line);
      if (set && /^content-type:/iu.test(line)) charset = set[1]?.toLowerCase() ?? charset;
      if (line.trim() === '') inHeaders = false;
      put(line, i + 1, i + 1);
      i += 1;
      continue;
    }
    // The body up to the next boundary.
    let end = i;
    while (end < lines.length && !/^--\S/u.test(lines[end] as string)) end += 1;
    const body = lines.slice(i, end);
    if (encoding === 'quoted-printable') {
      for (let j = 0; j < body.length; ) {
        const first = j;
        let joined = '';
        while (j < body.length) {
          const piece = (body[j] as string).replace(/\s+$/u, '');
          j += 1;
          if (piece.endsWith('=')) joined += piece.slice(0, -1);
          else {
            joined += piece;
            break;
          }
        }
        put(bytesText(joined, charset), i + first + 1, i + j);
      }
    } else if (encoding === 'base64' && body.some((l) => l.trim() !== '')) {
      const decoded = new TextDecoder(known(charset)).decode(Buffer.from(body.join(''), 'base64'));
      for (const piece of decoded.replace(/\r\n?/g, '\n').split('\n')) put(piece, i + 1, end);
    } else
      body.forEach((piece, j) => {
        put(piece, i + j + 1, i + j + 1);
      });
    i = end;
  }
  return { text: out.join('\n'), lines: map };
}

const known = (charset: string): string => {
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return 'utf-8';
  }
};

/** A quoted-printable line's `=XX` escapes as the bytes they are, read in `charset`. */
function bytesText(line: string, charset: string): string {
  const bytes: number[] = [];
  for (let k = 0; k < line.length; k += 1) {
    const hex = /^=([0-9A-Fa-f]{2})/u.exec(line.slice(k, k + 3));
    if (hex) {
      bytes.push(Number.parseInt(hex[1] as string, 16));
      k += 2;
    } else bytes.push(...Buffer.from(line[k] as string, 'utf-8'));
  }
  return new TextDecoder(known(charset)).decode(Uint8Array.from(bytes));
}

/**
 * A chunk of an e-mail learned before bodies were decoded (schema.ts version 14), decoded as
 * `decodedMail` decodes the whole mail: by the headers the chunk holds, or, for a chunk of the
 * body alone, as quoted-printable when that is the mail's one encoding (`quotedPrintable`). Its
 * `lines` are the chunk's own lines (1-based). Undefined when nothing in it changes.
 */
export function decodedChunk(text: string, quotedPrintable: boolean): ExtractedText | undefined {
  const own = /^content-transfer-encoding:/imu.test(text);
  if (!own && !quotedPrintable) return undefined;
  const head = own ? '' : 'Content-Transfer-Encoding: quoted-printable\n\n';
  const mail = decodedMail(`${head}${text}`);
  if (!mail || mail.text === `${head}${text}`) return undefined;
  if (own) return mail;
  const lines = mail.lines ?? [];
  return { text: mail.text.split('\n').slice(2).join('\n'), lines: lines.slice(4).map((line) => line - 2) };
}
