/**
 * Which field of a record a question asks for (issue 10, stranger round 7, HIGH 2): "where does
 * Maria live?" asks for her `Address:` (or a `city` column), "when was Maria born?" for her
 * `Birthday:`, "how do I reach Maria?" for her `Phone:` or `Email:`. A record's field is named by
 * its label ("Address: 12 Rue X") or, for a table row, by its column's header. Hand-made from the
 * labels of address books, contact exports (vCard, Google/Outlook CSV) and forms.
 */
import { root, rootsOf } from './lexicon.js';

/** A kind of field: the words of labels that name it, and question words that ask for it without naming it. */
interface FieldKind {
  labels: string;
  cues: string;
}

const KINDS: FieldKind[] = [
  {
    labels: 'address addresses adr addr street city town home location residence lives located premises',
    cues: 'live lives living reside resides located',
  },
  {
    labels: 'birthday birthdate birth born dob',
    cues: 'born',
  },
  {
    labels: 'phone telephone tel mobile cell cellphone number landline whatsapp',
    cues: 'call ring text reach contact',
  },
  {
    labels: 'email mail',
    cues: 'reach contact write',
  },
  {
    labels: 'postcode zip postal',
    cues: 'postal',
  },
];

const stemsOf = (list: string) => new Set(list.split(' ').map(root));
const LABELS = KINDS.map((kind) => stemsOf(kind.labels));
const CUES = KINDS.map((kind) => stemsOf(kind.cues));

/**
 * The label stems a question word asks for as a field (stem → label stems), for the words that
 * cue a field ("live", "born", "reach") and the label words of one ("cell" is a Phone:, "home" an
 * Address:), or undefined.
 */
export function fieldLabelsOf(stem: string): Set<string> | undefined {
  let out: Set<string> | undefined;
  CUES.forEach((cues, index) => {
    const labels = LABELS[index] as Set<string>;
    if (cues.has(stem) || labels.has(stem)) out = new Set([...(out ?? []), ...labels]);
  });
  return out;
}

/** Every label stem of a kind a question word cues, and of the kinds its label words name ("number" → phone). */
export function askedFields(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const stem of stems) {
    for (const label of fieldLabelsOf(stem) ?? []) out.add(label);
    LABELS.forEach((labels) => {
      if (labels.has(stem)) for (const label of labels) out.add(label);
    });
  }
  return out;
}

/**
 * Labels of the place a person lives that are no address label ("Property: Flat 3, 27 Canal Street,
 * Bristol BS1 4QT" in a lease; k24): their line answers "where do I live?" when it states an address.
 */
const DWELLING = stemsOf('property flat apartment house dwelling accommodation tenancy let rental');
const ADDRESS = LABELS[0] as Set<string>;

/** Whether a label ("Property", "Flat") names a dwelling and `asked` is the address field. */
export function dwellingLabel(label: string, asked: ReadonlySet<string>): boolean {
  return (
    [...ADDRESS].every((stem) => asked.has(stem)) && [...rootsOf(label)].some((stem) => DWELLING.has(stem))
  );
}

/**
 * The labels a line writes before a value inside it, after a comma, a semicolon or a bar ("Patient:
 * Alex Morgan, DOB 9 July 1988" → "DOB"; "Tel. 0117 496 0000"; "NHS no. 485 777 3456"; k24): one
 * to three words right before a number.
 */
export function inlineLabels(text: string): string[] {
  return text
    .split(/\s*[,;|]\s*/u)
    .flatMap((part) => /^((?:\p{L}[\p{L}.'’]*\s+){1,3})[:#]?\s*\d/u.exec(part)?.[1]?.trim() ?? []);
}

/** The label stems a field's word searches: its field's labels, and for an address a dwelling's ("House:"; k24). */
export function searchedLabels(stem: string): string[] {
  const labels = fieldLabelsOf(stem);
  if (!labels) return [];
  return [...labels, ...([...ADDRESS].every((label) => labels.has(label)) ? DWELLING : [])];
}

/** Whether a label ("Home address", "E-mail", "city") names one of the fields asked. */
export function labelAnswers(label: string, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  return [...rootsOf(label)].some((stem) => asked.has(stem));
}
