/**
 * A person or pet named beside who they are to the person (issue 7, m15): "my son Tim is 7", "my
 * boss, Priya, is strict", "my cat Mochi is 3", "my neighbour, Mr Okafor, is away till June", "my
 * dentist Dr Lee is on Main St". The name is who the relation is, never part of a key a question
 * cannot find ("son Tim" = 7 was kept before): it is kept as the relation's name ("son's name" =
 * Tim, found by "who is my son?" and "what's my son's name?"), and what is said of them under
 * both words ("son Tim's age" = 7, found by "how old is Tim?" and "how old is my son?"; "boss
 * Priya" = strict, found by "what is Priya like?"). A number alone said of a person or a pet is
 * their age.
 */

/** Who somebody is to the person: family, people around them, the ones they see for a service, pets. */
const RELATION =
  /^(?:mom|mum|mam|mother|dad|father|parent|sister|brother|sibling|wife|husband|spouse|son|daughter|partner|boyfriend|girlfriend|fianc[eé]e?|friend|best\s+friend|boss|manager|kid|child|baby|grandma|grandpa|grandad|grandmother|grandfather|granny|gran|nana|aunt|auntie|uncle|cousin|niece|nephew|neighbou?r|colleague|coworker|roommate|flatmate|landlady|landlord|tenant|teacher|tutor|coach|doctor|gp|dentist|vet|plumber|electrician|builder|mechanic|lawyer|solicitor|accountant|therapist|hairdresser|barber|nanny|babysitter|cleaner|dog|cat|puppy|kitten|rabbit|hamster|parrot|horse|pony|tortoise|turtle|goldfish|fish|snake|lizard|ferret|guinea\s+pig)$/i;

/** A name: "Tim", "Zoë", "Jean-Luc", "O'Brien", "Mr Okafor", "Dr. Lee", "Mary Ann". */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}`;

/**
 * "(remember (that)) my son Tim is 7", "my boss, Priya, is strict", "actually my son Tim is 8":
 * group 1 a correction word, 2 the opening words, 3 the relation, 4 and 5 the name, 6 the value.
 */
const NAMED = new RegExp(
  String.raw`^((?:[Aa]ctually|[Nn]o|[Nn]ope)[\s,]+)?((?:(?:[Pp]lease\s+)?(?:[Rr]emember|[Nn]ote)\s*:?\s+(?:that\s+)?)?(?:[Mm]y|[Oo]ur)\s+)((?:best\s+|guinea\s+)?\p{Ll}+(?:[-\s]in[-\s]law)?)(?:\s*,\s*(${NAME})\s*,\s*|\s+(${NAME})\s+)(?:is|was)\s+(\S.*)$`,
  'u',
);

/** Family by marriage: "mother-in-law", "brother in law". */
const IN_LAW = /^(mother|father|sister|brother|son|daughter|parent)[-\s]in[-\s]law$/i;

/**
 * An age with more said after it (S45): "78 and lives with us", "9, and plays football", "6 years
 * old and is at school": group 1 the age, 2 what follows, never part of the age's value.
 */
const AGE_AND =
  /^(\d{1,3}(?:\s+(?:years?|yrs?|months?|weeks?)(?:\s+old)?)?)\s*,?\s+(?:and|but)\s+(\S.*?)[.!]*$/i;

/** What an apposition holds: the facts as one request, and a clause said beside them that is not kept. */
export interface Apposition {
  /** The facts in the templates' form ("my son's name is Tim and my son Tim's age is 7"). */
  facts: string;
  /** Words said of them that name no fact ("lives with us"), said back as not kept. */
  left?: string;
}

/** An age said alone: "7", "7 years old", "18 months old", "seven"? (digits only). */
const AGE = /^(\d{1,3})(?:\s+(?:years?|yrs?|months?|weeks?)(?:\s+old)?)?[.!]*$/i;

/**
 * The request said as the facts it holds ("my son's name is Tim and my son Tim's age is 7"), or
 * undefined when it names nobody beside a relation. An age with a clause after it keeps the age
 * alone: "… is retired" as a fact of its own, a clause with another verb ("lives with us") left.
 */
export function appositionParts(text: string): Apposition | undefined {
  const said = NAMED.exec(text.trim());
  if (!said) return undefined;
  const [, correcting, opening, said3, commaName, bareName, rest] = said;
  const name = (commaName ?? bareName)!.trim();
  const inLaw = IN_LAW.exec(said3!);
  if (!(inLaw || RELATION.test(said3!))) return undefined;
  const relation = inLaw ? `${inLaw[1]!.toLowerCase()}-in-law` : said3!.toLowerCase();
  let value = rest!.trim();
  if (!value) return undefined;
  const extra = AGE_AND.exec(value);
  let also: string | undefined;
  let left: string | undefined;
  if (extra) {
    value = extra[1]!;
    const is = /^(?:is|was)\s+(\S.*)$/i.exec(extra[2]!);
    if (is) also = `my ${relation} ${name} is ${is[1]}`;
    else left = extra[2]!;
  }
  const owner = `${opening}${relation}`;
  const age = AGE.exec(value);
  const of = age ? `${relation} ${name}'s age` : `${relation} ${name}`;
  const more = also ? ` and ${also}` : '';
  // "actually my son Leo is 8": a correction of what is said of him, whose name was said before.
  if (correcting) return { facts: `actually ${opening}${of} is ${value}${more}`, left };
  return { facts: `${owner}'s name is ${name} and my ${of} is ${value}${more}`, left };
}

/** The facts an apposition holds as one request (`appositionParts`), or undefined. */
export function apposition(text: string): string | undefined {
  return appositionParts(text)?.facts;
}
