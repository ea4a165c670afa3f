/**
 * How a new user introduces their household (round 32): "I live in Lyon with my husband Marc",
 * "I have two kids, Théo who is 9 and Léonie who is 6", "Deniz is 9, Elif is 6 and Can is 3",
 * "our kids are Mia (7) and Jonas (4)", "Grandma Ayşe lives in Üsküdar", "my son Deniz goes to
 * Moda Primary School", "Zoë works from home", "Marc works nights". Each is said again in forms
 * the templates already read ("my husband is Marc", "Théo's age is 9", "my son's school is …"),
 * the facts joined with ", " so the clause reader keeps each on its own. A sentence that fits none
 * of these is returned unchanged; a question never fits one.
 */

import { relationOf } from '../../tools/memory/people.js';

/** One capitalised name, accents and all ("Zoë", "Ayşe", "Ñuño", "Øystein", "Jean-Luc"). */
const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]*`;

/** "remember (that)", "please remember": kept before what is said again. */
const KEEP = String.raw`((?:(?:[Pp]lease\s+)?[Rr]emember\s+(?:that\s+)?)?)`;

/** Capitalised words that open a sentence and are never a person's name ("The bus", "Paris"). */
const NOT_A_PERSON =
  /^(?:I|He|She|They|It|We|You|This|That|These|Those|There|Here|The|A|An|My|Our|Your|His|Her|Their|Who|What|Which|Where|When|How|Why|Yes|No|Hi|Hello|Hey|Gate|Room|Door|Locker|Code|Pin|Table|Seat|Platform|Flight|Bus|Train|Tram|Level|Floor|Score|Total|Price|Paris|London|Lyon|Berlin|Rome|Madrid|Istanbul|Ankara|Izmir|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Whether `word` is a person's name: capitalised, no pronoun, no place or thing word. */
const isPerson = (word: string) => new RegExp(`^${NAME}$`, 'u').test(word) && !NOT_A_PERSON.test(word);

/** A relation said before a name as a title: "Grandma Ayşe", "Aunt Inès", "Uncle Can" (group 1). */
const TITLE =
  /^(grandma|grandpa|granny|grandad|granddad|nana|nan|nanny|gran|auntie|aunty|aunt|uncle|cousin)$/i;

/**
 * "Grandma Ayşe lives in Üsküdar" → "my grandma Ayşe lives in Üsküdar": a relation said as a title
 * at the start is the user's own relation, so the readers of "my <relation> <Name> …" take it.
 */
export function titledRelation(text: string): string {
  return text.replace(
    new RegExp(String.raw`^${KEEP}(\p{L}+)\s+(${NAME})(?=\s+(?:is\s+\d|(?!is\b|are\b)\p{Ll}))`, 'u'),
    (whole, keep: string, title: string, name: string) =>
      TITLE.test(title) && isPerson(name) ? `${keep}my ${title.toLowerCase()} ${name}` : whole,
  );
}

/** "I live in Lyon with my husband Marc (and my son Leo)": group 2 the place, 3 who with. */
const LIVES_WITH = new RegExp(
  String.raw`^${KEEP}(?:I|i|[Ww]e)\s+live\s+in\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s+with\s+(\S.*?)\s*[.!]*$`,
  'u',
);

/** One person lived with: "my husband Marc", "our son Leo" (group 1 the relation, 2 the name). */
const WITH_ONE = new RegExp(String.raw`^(?:my|our)\s+(\p{Ll}+)\s+(${NAME})$`, 'u');

/**
 * "I live in Lyon with my husband Marc" → "I live in Lyon and my husband is Marc"; several people
 * ("with my husband Marc and my son Leo") each get their own fact. Anything else after "with"
 * ("with two cats", "with my parents") leaves the sentence unchanged.
 */
export function livesWithTurned(text: string): string {
  const said = LIVES_WITH.exec(text.trim());
  if (!said) return text;
  const [, keep, place, company] = said;
  const people = company!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((one) => WITH_ONE.exec(one));
  if (people.some((one) => !one || !relationOf(one[1]!) || !isPerson(one[2]!))) return text;
  const facts = people.map((one) => `my ${one![1]} is ${one![2]}`);
  return `${keep}I live in ${place} and ${facts.join(' and ')}`;
}

/** An age in a list: "Théo who is 9", "Deniz is 9", "Mia (7)", "Jonas, 4" (group 1 name, 2/3/4 age). */
const AGED = new RegExp(
  String.raw`^(${NAME})\s*(?:(?:,\s*)?(?:who|that)\s+is\s+(\d{1,3})|is\s+(\d{1,3})|\((\d{1,3})\)|,\s*(\d{1,3}))(?:\s+(?:years?|yrs?)(?:\s+old)?|\s*(?:yo|y\/o))?$`,
  'u',
);

/** Each person and age of a list ("Deniz is 9, Elif is 6 and Can is 3"), or undefined when one is no such item. */
function agesListed(list: string): [string, string][] | undefined {
  const items = list.split(/\s*,\s*(?:and\s+)?(?=\p{Lu})|\s+and\s+/u);
  if (items.length < 2) return undefined;
  const found: [string, string][] = [];
  for (const item of items) {
    const aged = AGED.exec(item.trim());
    const age = aged?.[2] ?? aged?.[3] ?? aged?.[4] ?? aged?.[5];
    if (!aged || !age || !isPerson(aged[1]!) || Number(age) > 120) return undefined;
    found.push([aged[1]!, age]);
  }
  return found;
}

/** Words for children or pets said as a group: "two kids", "our children", "three sons". */
const GROUP = String.raw`(?:(?:a\s+)?(?:one|two|three|four|five|six|\d)\s+)?(kids|children|sons|daughters|boys|girls|twins|grandkids|grandchildren)`;

/** "I have two kids, Théo who is 9 and …", "we've got three children: …" (group 2 the group, 3 the list). */
const HAVE_GROUP = new RegExp(
  String.raw`^${KEEP}(?:i|we)(?:(?:\s+have|['’]ve)(?:\s+got)?|\s+got)\s+${GROUP}\s*[,:;-]\s*(\S.*?)\s*[.!]*$`,
  'iu',
);

/** "our kids are Mia (7) and Jonas (4)", "my children are Théo, 9, and Léonie, 6" (group 3 the group, 4 the list). */
const GROUP_ARE = new RegExp(String.raw`^${KEEP}(my|our)\s+${GROUP}\s+are\s+(\S.*?)\s*[.!]*$`, 'iu');

/**
 * A household said before or after a plain list: "the kids: Deniz is 9 and Elif is 6", "my family
 * - …", "we have Deniz who is 9 and …", "… - they're my grandchildren" (groups 1 and 4 what is kept before, 3 and 5 the list).
 */
const CUED_LIST = new RegExp(
  String.raw`^${KEEP}(?:(?:(?:my|our|the)\s+)?(?:${GROUP}|family)\s*[:,;–—-]\s*|(?:we|i)(?:(?:\s+have|['’]ve)(?:\s+got)?|\s+got)\s+)(\S.*?)\s*[.!]*$|^${KEEP}(\S.*?)\s*[,;:–—-]\s*(?:(?:they|these|those)(?:\s+are|['’]re)\s+)?(?:my|our)\s+(?:${GROUP}|family)\s*[.!]*$`,
  'iu',
);

/** "Deniz's age is 9, Elif's age is 6": each person's age as its own fact, after what is kept before. */
const agesSaid = (keep: string, ages: [string, string][]) =>
  `${keep}${ages.map(([name, age]) => `${name}'s age is ${age}`).join(', ')}`;

/**
 * The ages of people said in one sentence, each as its own fact, when the sentence says they are
 * people: "I have two kids, Théo who is 9 and Léonie who is 6" and "our kids are Mia (7) and Jonas
 * (4)" say who the kids are too ("my kids are Théo and Léonie, Théo's age is 9, …"); "the kids:
 * Deniz is 9 and Elif is 6" and "we have Deniz who is 9 and Elif who is 6" only their ages. A
 * plain list with no such word ("Deniz is 9, Elif is 6 and Can is 3", "Python is 3 and Node is
 * 22") may be about anything, so it stays as typed: it is read as ages only when fazt knows every
 * name as a person's (`keptAgesTurned`, R32). A single "Paris is 40" is no list either.
 */
export function agesTurned(text: string): string {
  const trimmed = text.trim();
  const group = HAVE_GROUP.exec(trimmed) ?? GROUP_ARE.exec(trimmed);
  if (group) {
    const [keep, whose, kind, list] =
      group.length === 5 ? [group[1], group[2], group[3], group[4]] : [group[1], 'my', group[2], group[3]];
    const ages = agesListed(list!);
    if (!ages) return text;
    const names = ages.map(([name]) => name);
    const who = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    return `${keep}${whose!.toLowerCase()} ${kind!.toLowerCase()} are ${who}, ${ages.map(([name, age]) => `${name}'s age is ${age}`).join(', ')}`;
  }
  const cued = CUED_LIST.exec(trimmed);
  if (!cued) return text;
  const [keep, list] = cued[3] !== undefined ? [cued[1]!, cued[3]] : [cued[4]!, cued[5]!];
  const ages = agesListed(list);
  return ages ? agesSaid(keep, ages) : text;
}

/**
 * "Deniz is 9, Elif is 6 and Can is 3" with Deniz, Elif and Can kept as people (`names`: a
 * relation's name as "son: Deniz", an owner as "Elif's school"): each one's age (R32). A list with
 * a name fazt does not know as a person's ("Python is 3 and Node is 22", "Chapter is 3 and Verse
 * is 16") stays as typed, so nothing is guessed.
 */
export function keptAgesTurned(text: string, names: readonly string[]): string {
  const plain = new RegExp(String.raw`^${KEEP}(\S.*?)\s*[.!]*$`, 'u').exec(text.trim());
  if (!plain) return text;
  const ages = agesListed(plain[2]!);
  const kept = (name: string) => names.some((one) => one.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (!ages?.every(([name]) => kept(name))) return text;
  return agesSaid(plain[1]!, ages);
}

/** Words that make a place one's school ("Moda Primary School", "Sorbonne", "Lycée Ampère"). */
const SCHOOLISH =
  /\b(?:school|primary|secondary|high|academy|college|university|uni|nursery|kindergarten|preschool|daycare|lycée|lycee|collège|école|ecole|okulu|okul|lisesi|üniversitesi|universität|gymnasium|sorbonne)\b/iu;

/**
 * "my son Deniz goes to Moda Primary School", "my sister Inès studies at Sorbonne", "Elif goes to
 * Moda Primary School": group 2 whose (my/our and a relation, or a name), 3 the name beside the
 * relation, 4 the verb, 5 the place.
 */
const GOES_TO = new RegExp(
  String.raw`^${KEEP}((?:my|our)\s+\p{Ll}+|${NAME})(?:\s+(${NAME}))?\s+(goes\s+to|attends|studies\s+at|is\s+at|is\s+in|is\s+a\s+student\s+at|started\s+at)\s+(\S.*?)\s*[.!]*$`,
  'u',
);

/**
 * Where someone goes to school, said as "my son's school is …" (and "my son's name is Deniz" for
 * a name said beside the relation). Only a place that names a school counts: "the bus goes to
 * Kadıköy" and "Marc goes to Paris" stay as typed.
 */
export function schoolTurned(text: string): string {
  const said = GOES_TO.exec(text.trim());
  if (!said) return text;
  const [, keep, who, besideName, verb, place] = said;
  if (!SCHOOLISH.test(place!) && !/^studies/i.test(verb!)) return text;
  if (/^is\s/i.test(verb!) && !SCHOOLISH.test(place!)) return text;
  const relation = /^(?:my|our)\s+(\p{Ll}+)$/u.exec(who!)?.[1];
  if (relation ? !relationOf(relation) : !isPerson(who!)) return text;
  if (besideName && (!relation || !isPerson(besideName))) return text;
  const whose = relation ? `${who!.split(/\s+/)[0]!.toLowerCase()} ${relation}'s` : `${who}'s`;
  const value = place!.replace(/^the\s+(?=\p{Lu})/u, '');
  return `${keep}${besideName ? `${whose} name is ${besideName}, ` : ''}${whose} school is ${value}`;
}

/**
 * "Zoë works from home", "Marc works nights", "my wife works nights": how or when they work, kept
 * as their workplace ("home") or their work hours ("nights"), always with "remember" so it is
 * kept as the fact it plainly is. Group 2 whose, 3 the name beside a relation, 4 how.
 */
const WORKS_HOW = new RegExp(
  String.raw`^${KEEP}((?:my|our)\s+\p{Ll}+|${NAME})(?:\s+(${NAME}))?\s+works\s+(from\s+home|remotely|(?:the\s+|at\s+|on\s+|in\s+the\s+)?(?:nights|night\s+shifts?|nightshifts?|evenings|mornings|weekends|days|early\s+shifts?|late\s+shifts?|part[-\s]time|full[-\s]time))\s*[.!]*$`,
  'iu',
);

/** How or when a person works, said as their workplace or work hours; other text unchanged. */
export function worksHowTurned(text: string): string {
  const said = WORKS_HOW.exec(text.trim());
  if (!said) return text;
  const [, , who, besideName, how] = said;
  const relation = /^(?:my|our)\s+(\p{Ll}+)$/iu.exec(who!)?.[1]?.toLowerCase();
  if (relation ? !relationOf(relation) : !isPerson(who!)) return text;
  if (besideName && (!relation || !isPerson(besideName))) return text;
  const whose = relation ? `my ${relation}'s` : `${who}'s`;
  const fact = /^(?:from\s+home|remotely)$/i.test(how!)
    ? `${whose} workplace is home`
    : `${whose} work hours are ${how!.toLowerCase().replace(/^(?:the|at|on|in\s+the)\s+/, '')}`;
  return `remember ${besideName ? `${whose} name is ${besideName}, ` : ''}${fact}`;
}

/** "We live in Lyon", "we live at 4 Elm Road": the user lives there too, said as "I live in Lyon". */
export function weLiveTurned(text: string): string {
  return text.replace(
    /^((?:(?:please\s+)?remember\s+(?:that\s+)?)?)we\s+(live\s+(?:in|at)\s+\S)/iu,
    '$1I $2',
  );
}

/** A place said as a name: capitalised, at most four words ("Recife", "Busan", "São Paulo"). */
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,3}`;

/** One "<who> lives in <Place>" of a list: group 1 who, 2 the place. */
const LIVES_ONE = new RegExp(String.raw`^(\S.*?)\s+(?:now\s+)?lives\s+in\s+(${PLACE})$`, 'u');

/**
 * Who one "… lives in …" is about, as a fact's owner: "Grandma Soon-ja" → the relation and name
 * ("my grandma", "Soon-ja"); "my sister", "my wife's mother", "João's father", "Raimundo" → their
 * owner ("my sister's", "João's father's", "Raimundo's"). Undefined when it names no person.
 */
function livesWho(who: string): { relation: string; name: string } | { owner: string } | undefined {
  const titled = new RegExp(String.raw`^(?:(?:my|our)\s+)?(\p{L}+)\s+(${NAME})$`, 'iu').exec(who);
  if (titled && (TITLE.test(titled[1]!) || relationOf(titled[1]!)) && isPerson(titled[2]!))
    return { relation: `my ${titled[1]!.toLowerCase()}`, name: titled[2]! };
  const mine = /^(?:my|our)\s+(\p{L}+)(?:['’]s\s+(\p{L}+))?$/iu.exec(who);
  if (mine)
    return relationOf(mine[1]!) && (!mine[2] || relationOf(mine[2]))
      ? { owner: `my ${mine[1]!.toLowerCase()}${mine[2] ? `'s ${mine[2].toLowerCase()}` : ''}'s` }
      : undefined;
  const named = new RegExp(String.raw`^(${NAME}?)(?:['’]s\s+(\p{Ll}+))?$`, 'u').exec(who);
  if (!named || !isPerson(named[1]!.replace(/['’]s$/u, ''))) return undefined;
  if (named[2] && !relationOf(named[2])) return undefined;
  return { owner: `${named[1]}${named[2] ? `'s ${named[2]}` : ''}'s` };
}

/**
 * "Grandma Soon-ja lives in Busan and Grandpa Raimundo lives in Recife", "my sister lives in Lyon
 * and João's father lives in Recife" (s48): each one's home as its own fact, joined with "and" as
 * the clause reader keeps them ("my grandma is Soon-ja and lives in Busan and João's father's home
 * is Recife"). Only when every part names a person and a place with its capital; one part alone
 * is read as before ("my mum lives in Leeds").
 */
export function livesAndTurned(text: string): string {
  const said = new RegExp(String.raw`^${KEEP}(\S.*?)\s*[.!]*$`, 'u').exec(text.trim());
  const parts = said?.[2]?.split(/\s*,\s*and\s+|\s*,\s*|\s+and\s+/u) ?? [];
  if (parts.length < 2) return text;
  const facts: string[] = [];
  for (const part of parts) {
    const lives = LIVES_ONE.exec(part);
    const who = lives ? livesWho(titledRelation(lives[1]!)) : undefined;
    if (!who) return text;
    facts.push(
      'name' in who
        ? `${who.relation} is ${who.name} and lives in ${lives![2]}`
        : `${who.owner} home is ${lives![2]}`,
    );
  }
  // "João's father's home is …", "my wife's mother's home is …" are read as a clause of their own
  // only first, never after "and":
  // said first (the order is no part of the facts); two of them are left as typed (asked).
  const chained = facts.filter((fact) => /^(?:my\s+)?\S+['’]s\s+\p{Ll}+'s\s/u.test(fact));
  if (chained.length > 1) return text;
  return `${said![1]}${[...chained, ...facts.filter((fact) => !chained.includes(fact))].join(' and ')}`;
}

/** Every household reading above, in turn: the sentence as the templates read it. */
export function householdTurned(text: string): string {
  const lived = livesAndTurned(text);
  if (lived !== text) return lived;
  const titled = titledRelation(text);
  for (const turn of [livesWithTurned, agesTurned, schoolTurned, worksHowTurned, weLiveTurned]) {
    const turned = turn(titled);
    if (turned !== titled) return turned;
  }
  return titled;
}

/** Whose a question asks about: "my son" → "my son's", "Deniz" → "Deniz's", "Grandma Ayşe" → "my grandma Ayşe's". */
function askedOwner(who: string): string | undefined {
  const titled = new RegExp(String.raw`^(\p{L}+)\s+(${NAME})$`, 'u').exec(who);
  if (titled && TITLE.test(titled[1]!) && isPerson(titled[2]!))
    return `my ${titled[1]!.toLowerCase()} ${titled[2]}'s`;
  const mine = /^(my|our)\s+(\p{L}+)(?:\s+(\S+))?$/iu.exec(who);
  if (mine) {
    if (!relationOf(mine[2]!) || (mine[3] && !isPerson(mine[3]))) return undefined;
    return `${mine[1]!.toLowerCase()} ${mine[2]!.toLowerCase()}${mine[3] ? ` ${mine[3]}` : ''}'s`;
  }
  return isPerson(who) ? `${who}'s` : undefined;
}

/** Who: "my son", "our daughter Elif", "Deniz", "Grandma Ayşe". */
const WHO = String.raw`((?:my|our)\s+\p{L}+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]*)?|\p{L}+\s+\p{Lu}[\p{Ll}\p{M}'’-]*|\p{Lu}[\p{Ll}\p{M}'’-]*)`;

/** Questions about the facts above: group 1 who; the fact each asks for. */
const ASKED: readonly [RegExp, string][] = [
  [
    new RegExp(
      String.raw`^(?:which|what)\s+school\s+does\s+${WHO}\s+(?:go\s+to|attend|go\s+at)|^where\s+does\s+${WHO}\s+(?:go\s+to\s+school|study|go\s+to\s+university|go\s+to\s+college)`,
      'iu',
    ),
    'school',
  ],
  [
    new RegExp(
      String.raw`^(?:when|what\s+hours|what\s+shifts?)\s+does\s+${WHO}\s+work|^does\s+${WHO}\s+work\s+(?:nights|days|from\s+home)`,
      'iu',
    ),
    'work hours',
  ],
  [new RegExp(String.raw`^where\s+does\s+${WHO}\s+(?:still\s+|now\s+)?(live|work)`, 'iu'), ''],
  [new RegExp(String.raw`^how\s+old\s+is\s+${WHO}`, 'iu'), 'age'],
];

/**
 * "which school does Deniz go to?", "where does my son go to school?", "when does Marc work?",
 * "where does Grandma Ayşe live?": the question said as "what is Deniz's school?", the form the
 * recall reads. Other text (and a question about no person: "where does the bus go?") unchanged.
 */
export function householdAsked(text: string): string {
  const asked = text
    .trim()
    .replace(/\s*[?!.]+$/, '')
    .trim();
  for (const [pattern, fact] of ASKED) {
    const found = pattern.exec(asked);
    if (!found || found[0].length !== asked.length) continue;
    const who = found.slice(1).find((group) => group !== undefined && !/^(?:live|work)$/i.test(group));
    const owner = who ? askedOwner(who) : undefined;
    if (!owner) return text;
    const what = fact || (/live$/i.test(found.at(-1)!) ? 'home' : 'workplace');
    // Only a titled relation needs saying again: "where does my sister live?", "how old is Leo?"
    // are read already.
    const titled = /^my\s+\p{Ll}+\s+\p{Lu}/u.test(owner) && !/^(?:my|our)\s/i.test(who!);
    if ((!fact || fact === 'age') && !titled) return text;
    if (fact === 'age') return `how old is ${owner.replace(/['’]s$/u, '')}?`;
    return `what is ${owner} ${what}?`;
  }
  return text;
}
