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

/** Whether a label ("Home address", "E-mail", "city") names one of the fields asked. */
export function labelAnswers(label: string, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  return [...rootsOf(label)].some((stem) => asked.has(stem));
}
