/**
 * Whose value, and of which kind (stranger S48): "what is my phone number?" must not be answered
 * by "Router admin: 192.168.1.1 (MEO Fibra), technician phone 16200." — the technician's phone is
 * no one's but the technician's — nor "what is the landlord's phone number?" by "Landlord: Sra.
 * Maria do Rosário Gonçalves (NIF 198 765 432)." — a tax number is no phone however many digits
 * it has. A question asking a contact value (a phone number, an e-mail, an IBAN) with an owner
 * ("my", "our", "João's") is answered only by a line that states a value of that kind once the
 * numbers it labels as something else are set aside (NIF, VAT, policy, account, microchip …), and,
 * for "my", by a line that gives it to no other party (technician, landlord, school, vet …); for a
 * name ("João's"), by a line saying that name or no other party. An answer none of whose lines does so is "I don't know".
 */
import { wordSet } from '../../cartridge/lexicon.js';
import type { Answer } from './answer.js';
import { datesIn, withoutDates } from './dates.js';
import { fold } from './lexicon.js';
import { words } from './text.js';
import { EMAIL_STATED, IBAN_STATED } from './value-kinds.js';

/**
 * A contact value asked, and the words asking it (English, Portuguese, Spanish, German, French,
 * Italian): a phone's number ("phone number", "mobile no.", "telemóvel", "the landlord's phone?"),
 * an e-mail's address ("email address", "Ana's email", never "the email" a message is), an IBAN.
 * "my new phone plan", "the mobile contract" ask no number.
 */
const KIND_WORDS: readonly [ContactKind, RegExp][] = [
  [
    'phone',
    /\b(?:phone|telephone|mobile|cell|tel|contact)\s*(?:number|no\.?|nr\.?|#)(?!\p{L})|\b(?:phone|telephone|telefone|telemóvel|telemovel|teléfono|telefono|celular|handynummer|telefonnummer|número\s+de\s+telefone)\s*\??\s*$/iu,
  ],
  ['email', /\be-?mail\s+address|(?:['’]s|\bmy|\bour|\bhis|\bher|\btheir)\s+e-?mail\s*\??\s*$/iu],
  ['iban', /\biban\b/iu],
];
type ContactKind = 'phone' | 'email' | 'iban';

/** How a line states each kind of value. */
const STATED: Record<ContactKind, RegExp> = {
  // Six digits or more, spaced or not ("912 345 678", "+351 21 123 4567"); or a short number said
  // right after a phone word ("phone 16200", "Tel.: 112").
  phone:
    /(?:\d[\s\-().]*){6,}|\b(?:phone|telephone|mobile|cell|tel|telefone|telemóvel|call|ligar)\b\.?\s*:?\s*\+?\d{3,}/iu,
  email: EMAIL_STATED,
  iban: IBAN_STATED,
};

/**
 * A number labelled as something other than a phone: "NIF 198 765 432", "VAT no. GB123456789",
 * "Policy number: 55-221-908", "Contract number 3001 4556 778", "Microchip: 620098100654321",
 * "Visa ending 4471", "IBAN PT50 …". Set aside before a phone number is looked for.
 */
const OTHER_NUMBER =
  /\b(?:NIF|NIPC|NISS|NIB|CPF|CNPJ|RG|BSN|SSN|TIN|VAT|IVA|tax|NHS|NINO|ID|policy|account|acct|contract|customer|client|member(?:ship)?|microchip|chip|passport|licen[cs]e|card|serial|meter|reference|ref|booking|invoice|order|IBAN|BIC|SWIFT|sort\s+code|registration|reg|plate|ending|contribuinte|cart[aã]o|conta|ap[oó]lice)\b\.?(?:\s+(?:no|nº|n\.º|number|num|code|id))?\.?\s*[:#]?\s*[A-Z]{0,4}[\d][\d\s\-./A-Z]*/giu;
/** Amounts of money: "€2.148,60", "119,54 €", "EUR 612". */
const MONEY = /[$€£¥₹₩₽]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₹₩₽]|(?:eur|usd|gbp|brl|krw)\b)/giu;
/** An IP address ("192.168.1.1"): a router's, never a phone. */
const IP = /\b\d{1,3}(?:\.\d{1,3}){3}\b/gu;

/**
 * Parties a value may belong to that are not the person asking (hand-made from bills, leases,
 * school letters and vet records, in English and Portuguese).
 */
const PARTIES = wordSet(
  `technician technicians engineer plumber electrician installer mechanic landlord landlady lessor agent agency
letting owner tenant neighbour neighbor babysitter baby-sitter sitter nanny cleaner school teacher director
principal headteacher class vet veterinary clinic hospital doctor dr gp dentist surgery pharmacy nurse
office support helpline hotline emergency company bank insurer insurance airline hotel shop store
restaurant employer manager reception receptionist police fire taxi senhorio senhoria técnico tecnico
escola professora professor veterinário veterinario clínica clinica médico medico dentista empresa`,
);

/** The contact kind `question` asks and whose it is: "self" for my/our, a name for "João's", "any" for none. */
export function ownedValueAsked(
  question: string,
): { kind: ContactKind; owner: string; as?: string } | undefined {
  const text = question.normalize('NFKC');
  const kind = KIND_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
  if (!kind) return undefined;
  // "João's phone number", "the landlord's email", "my landlord's phone": whose is named.
  const named = [...text.matchAll(/(\p{L}[\p{L}-]+)['’]s?\s/gu)]
    .map((m) => m[1] as string)
    .find((word) => !/^(?:it|that|what|who|where|when|how|there|here|one|let)$/iu.test(word));
  if (named) return { kind, owner: fold(named), as: PARTIES.has(fold(named)) ? `the ${named}` : named };
  // "my phone number", "our home phone", "o meu telemóvel": the person asking.
  if (/\b(?:my|our|mine|meu|minha|nosso|nossa|mein|meine|mon|ma|mi|mio|mia)\b/iu.test(text))
    return { kind, owner: 'self' };
  // "what is the phone number?": no owner, but the kind still holds.
  return { kind, owner: 'any' };
}

/** `line` without the numbers it labels as something else, its dates, amounts and IP addresses. */
function phoneReading(line: string): string {
  const dated = withoutDates(line, datesIn(line));
  return dated.replace(OTHER_NUMBER, ' ').replace(MONEY, ' ').replace(IP, ' ');
}

/** Whether `line` states a value of `kind` (a phone once its other numbers are set aside). */
export function statesContact(kind: ContactKind, line: string): boolean {
  return STATED[kind].test(kind === 'phone' ? phoneReading(line) : line);
}

/** Whether `line` gives its value to a party other than the person asking ("technician phone 16200"). */
export function othersValue(line: string): boolean {
  if (/\b(?:my|our|mine|meu|minha)\b/iu.test(line)) return false;
  return words(line).some((word) => PARTIES.has(fold(word)));
}

/** Whether `line` answers the owned value asked. */
function answersOwned(asked: { kind: ContactKind; owner: string }, line: string): boolean {
  if (!statesContact(asked.kind, line)) return false;
  if (asked.owner === 'any') return true;
  if (asked.owner === 'self') return !othersValue(line);
  // "baby-sitter's" of "Baby-sitter: …": the owner's words in the line; a line of another party's
  // ("technician phone 16200" for João's) is not; one naming no party was found by its name
  // in the sentence before ("Oma Greet … Phone: +32 9 223 44 10") and stands.
  const owner = asked.owner.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return ` ${words(line).map(fold).join(' ')} `.includes(` ${owner} `) || !othersValue(line);
}

/** `answer`, or "I don't know" when none of its lines answers the owned contact value asked. */
export function withOwnedValue(question: string, answer: Answer): Answer {
  const asked = ownedValueAsked(question);
  if (!asked || !answer.known || answer.citations.length === 0) return answer;
  // All or none: an answer's other cited lines (a record's Name line) state no value themselves.
  if (answer.citations.some((c) => answersOwned(asked, c.quote))) return answer;
  const whose = asked.as ? `${asked.as}'s` : asked.owner === 'self' ? 'your' : 'the';
  const said = { phone: 'phone number', email: 'e-mail address', iban: 'IBAN' }[asked.kind];
  return {
    known: false,
    answer: `I don't know: your documents do not say ${whose} ${said}.`,
    citations: [],
    passages: answer.passages,
  };
}
