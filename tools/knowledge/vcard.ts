import { wordTable } from '../../cartridge/lexicon.js';

/**
 * vCard lines read as label lines (issue 10, stranger round 9, MEDIUM 6). A `.vcf` card
 * (RFC 6350, and the 2.1/3.0 forms before it) is a record like a "Name:/Phone:" block, written
 * `GROUP.NAME;PARAM=…:value`: `FN:Ingrid Solberg`, `TEL;TYPE=CELL:+47 912 34 567`,
 * `ADR;TYPE=HOME:;;Storgata 7;Oslo;;0155;Norway`. Each line becomes the label line a person
 * would write, one for one, so line numbers stay: "Name: Ingrid Solberg", "Phone (cell): +47 912
 * 34 567", "Address (home): Storgata 7, Oslo, 0155, Norway". BEGIN/END and bookkeeping lines
 * (VERSION, PRODID, UID, REV…) become blank lines, so each card is its own record, opened by its
 * name. Values are unescaped (`\,` → `,`, `\n` → a space); a property without a known name keeps
 * its own name ("X-SKYPE: …").
 */

const NAMES: Record<string, string> = wordTable({
  FN: 'Name',
  N: 'Name parts',
  NICKNAME: 'Nickname',
  TEL: 'Phone',
  EMAIL: 'Email',
  ADR: 'Address',
  ORG: 'Organization',
  TITLE: 'Job title',
  ROLE: 'Role',
  BDAY: 'Birthday',
  ANNIVERSARY: 'Anniversary',
  NOTE: 'Note',
  URL: 'Website',
  IMPP: 'Messenger',
  LANG: 'Language',
  TZ: 'Time zone',
  GEO: 'Location',
  CATEGORIES: 'Categories',
  GENDER: 'Gender',
  RELATED: 'Related',
});
/** Lines that say nothing of the person: blank, so each card stays one record. */
const BOOKKEEPING = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'PRODID',
  'UID',
  'REV',
  'KIND',
  'SOURCE',
  'PHOTO',
  'LOGO',
  'SOUND',
  'KEY',
  'CLIENTPIDMAP',
  'XML',
]);
/** TYPE values that are no more than the kind of value ("internet" for an email, "voice" for a phone). */
const PLAIN_TYPES = new Set(['internet', 'voice', 'pref', 'x400', 'msg']);

/** Whether a passage is a vCard: its file ends in .vcf/.vcard, or it holds a card's BEGIN line. */
export function isVcard(path: string, text: string): boolean {
  return /\.(?:vcf|vcard)$/iu.test(path) || /^BEGIN:VCARD\s*$/imu.test(text);
}

/** A value unescaped: "\," → ",", "\;" → ";", "\n" → a space, "\\" → "\". */
const unescaped = (value: string) =>
  value.replace(/\\([nN])|\\(.)/gu, (_, newline, char) => (newline ? ' ' : char));

/** One vCard line as a label line, or "" for a line that says nothing, or the line itself if it is no property. */
export function vcardLine(line: string): string {
  const match = /^\s*(?:[\p{L}\p{N}-]+\.)?([\p{L}\p{N}-]+)((?:;[^:]*)?):(.*)$/u.exec(line);
  if (!match) return line;
  const name = (match[1] as string).toUpperCase();
  if (BOOKKEEPING.has(name)) return '';
  const value = (match[3] as string).trim();
  // Parameters: "TYPE=CELL", "TYPE=home,pref", 2.1's bare "HOME", "PREF=1".
  const types = (match[2] as string)
    .split(';')
    .filter(Boolean)
    .flatMap((param) => {
      const [key, raw] = param.includes('=') ? param.split('=', 2) : ['TYPE', param];
      return key?.toUpperCase() === 'TYPE' ? (raw ?? '').replace(/"/g, '').split(',') : [];
    })
    .map((type) => type.trim().toLowerCase())
    .filter((type) => type !== '' && !PLAIN_TYPES.has(type));
  const label = NAMES[name] ?? (match[1] as string);
  const parts = value.split(/(?<!\\);/u).map((part) => unescaped(part).trim());
  let text: string;
  if (name === 'N') {
    // Family; given; additional; prefixes; suffixes → "Sigrid Haugen".
    const [family = '', given = '', additional = '', prefix = '', suffix = ''] = parts;
    text = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
  } else text = parts.filter(Boolean).join(', ');
  if (text === '') return '';
  return `${label}${types.length > 0 ? ` (${types.join(', ')})` : ''}: ${text}`;
}

/** The lines of a vCard passage, each as `vcardLine` reads it (as many lines, in order). */
export function vcardLines(lines: readonly string[]): string[] {
  return lines.map(vcardLine);
}
