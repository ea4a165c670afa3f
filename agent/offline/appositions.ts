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
  String.raw`^((?:[Aa]ctually|[Nn]o|[Nn]ope)[\s,]+)?((?:(?:[Pp]lease\s+)?(?:[Rr]emember|[Nn]ote)\s*:?\s+(?:that\s+)?)?(?:[Mm]y|[Oo]ur)\s+)((?:best\s+|guinea\s+)?\p{Ll}+)(?:\s*,\s*(${NAME})\s*,\s*|\s+(${NAME})\s+)(?:is|was)\s+(\S.*)$`,
  'u',
);

/** An age said alone: "7", "7 years old", "18 months old", "seven"? (digits only). */
const AGE = /^(\d{1,3})(?:\s+(?:years?|yrs?|months?|weeks?)(?:\s+old)?)?[.!]*$/i;

/**
 * The request said as the facts it holds ("my son's name is Tim and my son Tim's age is 7"), or
 * undefined when it names nobody beside a relation.
 */
export function apposition(text: string): string | undefined {
  const said = NAMED.exec(text.trim());
  if (!said) return undefined;
  const [, correcting, opening, relation, commaName, bareName, rest] = said;
  const name = (commaName ?? bareName)!.trim();
  if (!RELATION.test(relation!)) return undefined;
  const value = rest!.trim();
  if (!value) return undefined;
  const owner = `${opening}${relation!.toLowerCase()}`;
  const age = AGE.exec(value);
  const of = age ? `${relation!.toLowerCase()} ${name}'s age` : `${relation!.toLowerCase()} ${name}`;
  // "actually my son Leo is 8": a correction of what is said of him, whose name was said before.
  if (correcting) return `actually ${opening}${of} is ${value}`;
  return `${owner}'s name is ${name} and my ${of} is ${value}`;
}
