import { wordSet } from '../../cartridge/lexicon.js';
import { datesIn } from '../../tools/knowledge/dates.js';
import { folded } from '../../tools/memory/people.js';
/**
 * Plain statements about a person said the other way round from the templates' "my {key} is
 * {value}" (m25, S38/S39): "Leo is my son" is "my son is Leo"; "Mia is allergic to peanuts" is
 * "Mia's allergy is peanuts" (the form the reply used to ask for). Each is said again in the form
 * the templates read, so every check of a plain statement (replacing a stored value asks first)
 * still applies. Only a name with a capital counts: "this is my son" and "emma is allergic to
 * peanuts" are left as typed.
 */

/** A fact name that is a relation alone ("son", "wife", "best friend"): its value names the person. */
export const RELATION_ONLY =
  /^(?:son|daughter|wife|husband|partner|brother|sister|mum|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|boss|coworker|colleague|best friend|friend|fianc[eé]e?|girlfriend|boyfriend|flatmate|roommate|housemate|neighbou?r|landlord|stepson|stepdaughter|stepmother|stepfather)$/iu;

/** A pet, named as a person is ("Max is my dog": "my dog is Max"). */
const PET =
  /^(?:dog|cat|puppy|kitten|rabbit|bunny|hamster|gerbil|guinea\s+pig|horse|pony|parrot|budgie|tortoise|turtle|snake|lizard|ferret|goldfish|fish)$/i;

/** Capitalised words that open a sentence and are no name ("This is my son", "He is my son"). */
const NOT_A_NAME =
  /^(?:I|He|She|They|It|We|You|This|That|These|Those|There|Here|Who|What|Which|Everyone|Nobody|Someone|Somebody|Mine|Yes|No|Hi|Hello|Hey|Everything|Nothing|Everyone|Time|Now|Today|Tomorrow|Gate|Room|Door|Locker|Code|Pin|Table|Seat|Platform|Flight|Bus|Level|Floor|Score|Total|Price)$/;

/** A person's name: one or two capitalised words ("Leo", "Ana Smith", "Jean-Luc"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?`;

/** "remember (that)", "please remember": kept before the statement as said. */
const KEEP = String.raw`((?:(?:please\s+)?remember\s+(?:that\s+)?)?)`;

/** A run of emoji (with joiners and variation selectors), perhaps spaced: "🐱", " 😺 🐾"; may be empty. */
const EMOJI = String.raw`(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+)*`;

const NAME_IS_RELATION = new RegExp(
  String.raw`^${KEEP}(${NAME})(?:\s+is|['’]s)\s+(my|our)\s+(\p{L}+(?:\s+friend)?)\s*[.!]*$`,
  'iu',
);

const NAME_IS_ALLERGIC = new RegExp(
  String.raw`^${KEEP}(${NAME})\s+is\s+(?:(?:very|severely|really)\s+)?allergic\s+to\s+(\S.*?)\s*[.!]*$`,
  'u',
);

const RELATION_IS_ALLERGIC = new RegExp(
  String.raw`^${KEEP}(my|our)\s+(\p{L}+(?:\s+friend)?)\s+is\s+(?:(?:very|severely|really)\s+)?allergic\s+to\s+(\S.*?)\s*[.!]*$`,
  'iu',
);

/**
 * "dad is called Peter", "my dad's called Peter", "my dad is named Peter": the name alone is the
 * value ("Peter", S40 #16 kept "called Peter", so "who is Peter?" found nothing).
 */
const RELATION_IS_CALLED = new RegExp(
  String.raw`^${KEEP}(?:(my|our)\s+)?(\p{L}+(?:\s+friend)?)(?:\s+is|['’]s)\s+(?:called|named)\s+(\S+(?:\s+\S+)?)\s*[.!]*$`,
  'iu',
);

/**
 * The family, whose name "is called" is the person's name: "my dad is called Peter" is dad = Peter.
 * Others keep "… name" as before ("my landlord is called Mr Patel": landlord name; "my nephew is
 * called Omar": nephew name, as stranger-values-8 expects).
 */
const FAMILY =
  /^(?:son|daughter|wife|husband|partner|brother|sister|mum|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|stepson|stepdaughter|stepmother|stepfather)$/i;

/**
 * "I have a cat called Mochi", "we've got a rabbit named Flopsy": group 2 the pet or relation,
 * 3 the name, 4 what follows (nothing, or a clause about them after a joint).
 */
const HAVE_CALLED = new RegExp(
  String.raw`^${KEEP}(?:i|we)(?:(?:\s+have|['’]ve)(?:\s+got)?|\s+got|\s+own)\s+(?:a|an|one)\s+(\p{L}+)\s+(?:called|named)\s+(\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)(${EMOJI}\s*(?:[,;]\s*|\s+and\s+)?(?:(?:she|he|they|it)(?:\s+|['’])\S.*)?)[\s.!]*$`,
  'iu',
);

/** Emoji after a name and before what follows it: no part of the name. */
const EMOJI_RUN = new RegExp(`^${EMOJI}`, 'u');

/**
 * "my daughter élodie turns 6 on 14 march": group 2 the relation, 3 the name, 4 the day (the age
 * is the one she turns then, no age she is now).
 */
const TURNS_ON = new RegExp(
  String.raw`^${KEEP}(?:my|our)\s+(\p{L}+)\s+(\p{L}[\p{L}\p{M}'’-]*)\s+(?:turns|will\s+turn|is\s+turning)\s+\d{1,3}\s+on\s+(\S.*?)[\s.!]*$`,
  'iu',
);

/**
 * "my daughter élodie turns 6 on 14 march": who she is and her birthday (m29), said as "my daughter
 * is élodie and her birthday is 14 march"; the name as typed. Other text is returned unchanged.
 */
export function turnsOnTurned(text: string): string {
  const turns = TURNS_ON.exec(text.trim());
  if (!turns || !(FAMILY.test(turns[2]!) || PET.test(turns[2]!) || RELATION_ONLY.test(turns[2]!)))
    return text;
  if (NOT_A_LOWER_NAME.test(turns[3]!) || NOT_A_NAME.test(turns[3]!)) return text;
  return `${turns[1]}my ${turns[2]!.toLowerCase()} is ${turns[3]} and their birthday is ${turns[4]}`;
}

/**
 * "remember my work is at Brackenridge Lettings?? no wait, I work at Fenland Water" (S44): a
 * statement taken back by a strong correction word and said again whole, with its own subject
 * ("I …", "my …", "our …"). Group 1 "remember" as said, 2 the statement said again. What is
 * taken back is a statement of three words or more: "sorry, I meant my locker is 41" is one
 * correction of a kept value, read as such elsewhere.
 */
const RESTATED = new RegExp(
  String.raw`^${KEEP}(?:[\p{L}\p{N}'’]+\s+){2,}\S.*?(?:[?!.,;…]+\s*|\s+[-–—]+\s*)(?:no[\s,!.]+wait|wait[\s,!.]+no|no[\s,!.]+actually|actually[\s,!.]+no|sorry[\s,!.]+i\s+meant?|i\s+meant?|scratch\s+that|correction\s*:|oops|whoops|my\s+(?:bad|mistake))[\s,!.:;-]+((?:i|my|our)\s+\S.*)$`,
  'iu',
);

/**
 * The statement said again after the person took back what they first said ("my work is at A??
 * no wait, I work at B"): only the second is read, so the first is never kept. Other text is
 * returned unchanged.
 */
export function restatedTurned(text: string): string {
  const said = RESTATED.exec(text.trim());
  return said ? `${said[1]}${said[2]}` : text;
}

/** Emoji at the end, after what was said ("he's 2 🐰"): no part of a value. */
const TRAILING_EMOJI = new RegExp(String.raw`${EMOJI}[\s.!]*$`, 'u');

/** A question by its first word ("when is …", "whats …", "how old …"). */
const QUESTION_OPEN =
  /^(?:when|what|whats|what['’]s|where|wheres|where['’]s|who|whos|who['’]s|which|how|is|are|do|does|did)\s/i;

/**
 * "when is my daughters bday 🎂" (S44): an emoji after the last word of a question is no part of
 * what is asked, so it goes; a question about an emoji itself ("what is my 🍕") and every statement
 * (an emoji may be a value: "my cat is called Mochi 😺") keep theirs. Other text is returned unchanged.
 */
export function askedEmojiDropped(text: string): string {
  const said = text.trim();
  if (!QUESTION_OPEN.test(said)) return text;
  const before = said.replace(new RegExp(String.raw`${EMOJI}\s*([?!.]*)$`, 'u'), '$1');
  if (before === said) return text;
  // The word the emoji followed must be a word of what is asked, not "my" or "the" before it.
  return /(?<!\b(?:my|our|the|a|an|your|is))\s+\p{L}{2,}[?!.]*$/iu.test(before) ? before : text;
}

/** A name with its capital ("Orla", "Mary Ann"), or any word after "called"/"named" ("mochi"). */
const CAPITAL_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?`;
const CALLED_NAME = String.raw`\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?`;

/**
 * "my wife's called Orla and she's a pharmacist", "our cat is called Mochi 😺 she is 7", "our
 * daughter is Kasia, she's 9": group 2 whose (my/our and the relation or pet), 3 "called"/"named",
 * 4 or 5 the name, 6 an emoji after it, 7 the joint, 8 a clause about them opening with a pronoun.
 */
const NAMED_CLAUSE = new RegExp(
  String.raw`^${KEEP}((?:[Mm]y|[Oo]ur)\s+(?:guinea\s+)?\p{Ll}+)(?:['’]s|\s+is)\s+(?:(called|named)\s+(${CALLED_NAME})|(${CAPITAL_NAME}))(${EMOJI})(\s*[,;]\s*|\s+and\s+|\s+)?((?:[Ss]he|[Hh]e|[Tt]hey|[Ii]t)(?:\s+|['’])\S.*?)?[\s.!]*$`,
  'u',
);

/**
 * A relation or pet named and then spoken of with a pronoun (S44), said as the joined form the
 * planner reads ("my cat is called Mochi and she is 7"): "'s called" is "is called", an emoji
 * between the name and the clause or at the end goes, and a clause right after the name, after a
 * comma or an emoji, is theirs. Other text is returned unchanged.
 */
export function namedClauseTurned(text: string): string {
  const said = NAMED_CLAUSE.exec(text.trim());
  if (!said) return text;
  const [, keep, owner, called, calledName, name, emoji, joint, clause] = said;
  const relation = owner!.replace(/^\S+\s+/, '');
  if (!(FAMILY.test(relation) || RELATION_ONLY.test(relation) || PET.test(relation))) return text;
  // A pronoun clause needs a joint or an emoji before it; "my son is Leo he" is no sentence to mend.
  if (clause && !joint?.trim() && !emoji) return text;
  const head = `${keep}${owner} is ${called ? `${called.toLowerCase()} ${calledName}` : name}`;
  // "remember my parrot is called Kiwi 🦜": with nothing after it, the name is kept as typed.
  return clause ? `${head} and ${clause.replace(TRAILING_EMOJI, '')}` : `${head}${emoji}`;
}

/**
 * "I have a cat called Mochi", "we've got a rabbit named Flopsy", "I have a brother called Tom":
 * a pet or a relation and its name (m29), said as "my cat is called Mochi", "my brother is Tom";
 * an emoji after the name goes, and a clause after it about them ("🐱 she is 3") is joined with
 * "and", so it is read as theirs. Other text is returned unchanged.
 */
export function haveCalledTurned(text: string): string {
  const had = HAVE_CALLED.exec(text.trim());
  if (!had || !(FAMILY.test(had[2]!) || PET.test(had[2]!))) return text;
  const rest = had[4]!
    .replace(EMOJI_RUN, '')
    .replace(TRAILING_EMOJI, '')
    .replace(/^\s*(?:[,;]\s*|and\s+)?/i, '');
  const head = `${had[1]}my ${had[2]!.toLowerCase()} ${FAMILY.test(had[2]!) ? 'is' : 'is called'} ${had[3]}`;
  return rest ? `${head} and ${rest}` : head;
}

/** People said as a group ("my kids", "our parents"): their allergy is its own fact, never the group's value. */
const GROUP =
  /^(?:kids|children|sons|daughters|boys|girls|twins|parents|grandparents|grandkids|grandchildren)$/i;

/** "my kids are allergic to cats": the group's allergy, kept apart from who the kids are (S40 #44). */
const GROUP_IS_ALLERGIC = new RegExp(
  String.raw`^${KEEP}(my|our)\s+(\p{L}+)\s+are\s+(?:(?:very|severely|really|both|all)\s+)?allergic\s+to\s+(\S.*?)\s*[.!]*$`,
  'iu',
);

/** "Bruno is 8 now", "Mia is 7 years old", "Leo just turned 9", "Bruno is now 8": an age said of a name. */
const NAME_IS_AGE = new RegExp(
  String.raw`^((?:(?:actually|no|nope|oh)[\s,]+)?)(${NAME})\s+(?:is\s+(?:now\s+)?|(?:just\s+)?turned\s+)(\d{1,3})(\s+(?:years?|yrs?)(?:\s+old)?)?(\s+(?:now|actually|then))?(?:,?\s+not\s+\d{1,3})?\s*[.!]*$`,
  'u',
);

/**
 * "Elif was born on 23 July 2020", "Théo was born 3 mars 2017", "my daughter was born on the 12th
 * of October": group 2 whose (a name, or my/our and a relation), 3 what follows "born (on)".
 * Only a day and month read as the whole of group 3 (`dateSaid`) is a birthday (D32 1); "born in
 * Paris" or "born in 1990" is left as typed.
 */
const WAS_BORN = new RegExp(
  String.raw`^${KEEP}(${NAME}|(?:[Mm]y|[Oo]ur)\s+\p{L}+(?:\s+friend)?)\s+was\s+born\s+(?:on\s+)?(?:the\s+)?(\S.*?)\s*[.!]*$`,
  'u',
);

/**
 * "Can's birthday is on 5th of May", "my son's bday is on the 3rd of March": group 2 the fact's
 * name, 3 the day after "on (the)", kept without them so the value is the day alone (D32 1).
 */
const BIRTHDAY_IS_ON = new RegExp(
  String.raw`^${KEEP}(.+?['’]s?\s+(?:birthday|b-?day|date\s+of\s+birth|dob))\s+is\s+on\s+(?:the\s+)?(\S.*?)\s*[.!]*$`,
  'iu',
);

/** `said` when the whole of it is one day of a month ("23 July 2020", "3 mars", "12 Ekim 2019"), else undefined. */
function dateSaid(said: string): string | undefined {
  const dates = datesIn(said);
  const one = dates[0];
  if (dates.length !== 1 || !one || one.readings.length !== 1 || one.readings[0]?.day === undefined)
    return undefined;
  return one.start === 0 && said.slice(one.end).trim() === '' ? said : undefined;
}

/** "no my son is 6 now", "nope, my dog is 5": an age said again after "no" corrects it, as "actually" does. */
const NO_THEN_AGE =
  /^(?:no|nope)[\s,]+((?:my|our)\s+\p{L}+\s+is\s+(?:now\s+)?\d{1,3}(?:\s+(?:years?|yrs?)(?:\s+old)?)?(?:\s+now)?)\s*[.!]*$/iu;

/** "eggs too", "eggs as well", "tree nuts, not peanuts": an addition or a correction, read elsewhere. */
const ADDS_OR_CORRECTS = /\b(?:too|as\s+well|also)$|,?\s+not\s+\S/i;

/** Whether `name` is a person's name, not a word that opens a sentence. */
const isName = (name: string) =>
  name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) && !NOT_A_NAME.test(word));

/** Lower-case words that open "… is my son" and are no name ("this", "he", "who", "she's"). */
const NOT_A_LOWER_NAME =
  /^(?:i|he|she|they|it|we|you|this|that|these|those|there|here|who|what|which|whoever|everyone|everybody|nobody|someone|somebody|anyone|anybody|mine|yours|his|hers|ours|theirs|one|yes|no|hi|hello|hey|everything|nothing|something|anything|all|both|each|same|and|but|so|then|now|today|tomorrow|also|just|only|still|not|never|always)$/i;

/**
 * A name typed in lower case ("lena is my daughter", S40 #7): one word that is no pronoun or
 * function word, read only where the rest of the sentence is strong ("… is my <relation>").
 */
const isLowerName = (name: string) =>
  /^\p{Ll}[\p{L}\p{M}'’-]+$/u.test(name) &&
  !NOT_A_LOWER_NAME.test(name) &&
  !NOT_A_NAME.test(name.charAt(0).toUpperCase() + name.slice(1));

/**
 * "my wife works at Lincs Pharmacy in Ashby", "Orla works for the NHS as a nurse", "I work at
 * Fenland Water as an engineer", "my partner Zoë works at …" (S45): group 2 a correction word,
 * 3 whose (my/our and a relation, a name, or "I"), 4 the name said beside a relation, 5 the verb,
 * 6 where they work, 7 their job. "my sister works as an accountant" alone is read elsewhere (m29).
 */
const WORKS = new RegExp(
  String.raw`^${KEEP}((?:(?:actually|no|nope|oh)[\s,]+)?)((?:my|our)\s+\p{L}+(?:\s+friend|[-\s]in[-\s]law)?|${NAME}|i)(?:\s*,?\s+(${NAME})\s*,?)?\s+(?:now\s+|still\s+)?(works?\s+(?:at|for|in)|(?:has\s+)?(?:moved|switched|changed)\s+(?:jobs?\s+)?to|(?:has\s+)?(?:started|starts)\s+(?:working\s+)?at)\s+(\S.*?)(?:\s+as\s+(?:an?\s+)?(\S.*?))?\s*[.!]*$`,
  'iu',
);

/**
 * Words that make a place someone "moved to" a workplace, not a home ("moved to Clinique du Parc",
 * never "moved to Lyon").
 */
const WORKPLACE_WORDS = wordSet(
  'hospital hôpital hopital clinic clinique surgery pharmacy pharmacie practice school école ecole college university office bank company firm agency studio factory plant shop store supermarket restaurant café cafe hotel lab laboratory council ministry department warehouse centre center nursery',
);

/**
 * "my wife works at Lincs Pharmacy", "Orla works at Tesco as a manager" (S44), "my partner Zoë
 * works at … as a nurse", "actually Zoë moved to Clinique du Parc" (S45): their workplace (and
 * job, and the name said beside a relation), said as "my wife's workplace is …" the templates
 * read; the facts with a comma between them. Other text is returned unchanged.
 */
export function worksTurned(text: string): string {
  const said = WORKS.exec(text.trim());
  if (!said) return text;
  const [, keep, correcting, who, besideName, verb, place, job] = said;
  // "Zoë moved to Lyon": a move of home, not of work; only a place that names a workplace is one.
  if (
    !/^works?\s/i.test(verb!) &&
    !place!.split(/[\s,]+/).some((word) => WORKPLACE_WORDS.has(word.toLowerCase()))
  )
    return text;
  // "my son Now works …": a name beside a relation is capitalised as typed.
  if (besideName && !/^\p{Lu}/u.test(besideName)) return text;
  // "I work at Fenland Water as an engineer": my workplace and my job; "I work at Acme" alone is
  // the self reader's (`self.ts`).
  if (/^i$/i.test(who!))
    return job && !besideName ? `${keep}${correcting}my workplace is ${place}, my job is ${job}` : text;
  const relation = /^(?:my|our)\s+(.+)$/i.exec(who!)?.[1]?.replace(/[-\s]in[-\s]law$/i, '-in-law');
  if (besideName && !relation) return text;
  if (
    relation
      ? !(RELATION_ONLY.test(relation) || FAMILY.test(relation) || /-in-law$/i.test(relation))
      : !isName(who!)
  )
    return text;
  // "my son works in the evenings", "she works from home": when or how, never a workplace.
  if (
    /^(?:the\s+)?(?:night|nights|evenings?|mornings?|home|weekends?|shifts?|myself|himself|herself|a\s+lot|hard|part[-\s]time|full[-\s]time)\b/i.test(
      place!,
    )
  )
    return text;
  const whose = relation ? `${who!.split(/\s+/)[0]!.toLowerCase()} ${relation.toLowerCase()}'s` : `${who}'s`;
  const facts = [
    ...(besideName ? [`${whose} name is ${besideName}`] : []),
    `${whose} workplace is ${place}`,
    ...(job ? [`${whose} job is ${job}`] : []),
  ];
  return `${keep}${correcting ? 'actually ' : ''}${facts.join(', ')}`;
}

/** The statement said in the templates' form; `text` unchanged when it is no such statement. */
export function statementTurned(text: string): string {
  const trimmed = text.trim();
  // "my wife works at Tesco" in a part of a longer request: "my wife's workplace is Tesco".
  const works = worksTurned(trimmed);
  if (works !== trimmed) return works;
  // "Leo is my son", "Priya is my wife", "Sam is my best friend": "my son is Leo".
  const relation = NAME_IS_RELATION.exec(trimmed);
  if (
    relation &&
    (isName(relation[2]!) || isLowerName(relation[2]!)) &&
    (RELATION_ONLY.test(relation[4]!) || PET.test(relation[4]!))
  )
    // A lower-case name is kept with its capital, as the name it is ("lena": "Lena").
    return `${relation[1]}${relation[3]!.toLowerCase()} ${relation[4]!.toLowerCase()} is ${relation[2]!.charAt(0).toUpperCase()}${relation[2]!.slice(1)}`;
  // "Mia is allergic to peanuts": "Mia's allergy is peanuts". "too" and "also" add to what is kept
  // (additions.ts) and a correction ("…, not eggs") changes it (rewrite.ts): both left as typed.
  // "remember Mia is allergic to peanuts" as well (m29: it kept a fact named "Mia").
  const allergic = NAME_IS_ALLERGIC.exec(trimmed);
  if (
    allergic &&
    isName(allergic[2]!) &&
    !ADDS_OR_CORRECTS.test(allergic[3]!) &&
    allergic[3]!.split(/\s+/).length <= 6
  )
    return `${allergic[1]}${allergic[2]}'s allergy is ${allergic[3]}`;
  // "my son is allergic to penicillin": "my son's allergy is penicillin", never a new value for
  // "son" (kept as son = Leo, it was offered to be replaced, as S39 A6 was after "he is …").
  const theirs = RELATION_IS_ALLERGIC.exec(trimmed);
  if (theirs && RELATION_ONLY.test(theirs[3]!) && !ADDS_OR_CORRECTS.test(theirs[4]!))
    return `${theirs[1]}${theirs[2]!.toLowerCase()} ${theirs[3]!.toLowerCase()}'s allergy is ${theirs[4]}`;
  // "my dad's called Peter": "my dad is Peter". A name with a word of the sentence after it ("called
  // Peter today") is left as typed.
  const called = RELATION_IS_CALLED.exec(trimmed);
  if (
    called &&
    FAMILY.test(called[3]!) &&
    called[4]!
      .split(/\s+/)
      .every((word) => !/^(?:and|but|so|now|today|too|also|not|by|at|in|on)$/i.test(word))
  )
    return `${called[1]}${(called[2] ?? 'my').toLowerCase()} ${called[3]!.toLowerCase()} is ${called[4]!.replace(/\s*\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u, '')}`;
  const group = GROUP_IS_ALLERGIC.exec(trimmed);
  if (
    group &&
    GROUP.test(group[3]!) &&
    !ADDS_OR_CORRECTS.test(group[4]!) &&
    group[4]!.split(/\s+/).length <= 6
  )
    return `${group[1]}${group[2]!.toLowerCase()} ${group[3]!.toLowerCase()}${/s$/i.test(group[3]!) ? "'" : "'s"} allergy is ${group[4]}`;
  // "Bruno is 8 now": Bruno's age. A bare "Gate is 12" may be anything, so only an age said as one
  // ("now", "years old", "turned") is read; a kept "dog Bruno's age" is found by his name and
  // asked about before it changes.
  const aged = NAME_IS_AGE.exec(trimmed);
  if (
    aged &&
    isName(aged[2]!) &&
    (aged[4] || aged[5] || /\s(?:now|(?:just\s+)?turned|not)\s/.test(trimmed)) &&
    Number(aged[3]) <= 120
  )
    // "no, Bartek is 5 actually": a trailing "actually"/"then" marks a correction as a leading one does (S44).
    return `${aged[1] || /actually|then/.test(aged[5] ?? '') ? 'actually ' : ''}${aged[2]}'s age is ${aged[3]}${aged[4] ?? ''}`;
  // "Elif was born on 23 July 2020": Elif's birthday (D32 1), as "I was born on …" is yours.
  const born = WAS_BORN.exec(trimmed);
  const bornOn = born && dateSaid(born[3]!);
  const whoBorn = born?.[2] ?? '';
  const relationBorn = /^(?:my|our)\s+(.+)$/iu.exec(whoBorn)?.[1];
  if (bornOn && (relationBorn ? RELATION_ONLY.test(relationBorn) || PET.test(relationBorn) : isName(whoBorn)))
    return `${born[1]}${relationBorn ? whoBorn.toLowerCase() : whoBorn}'s birthday is ${bornOn}`;
  const on = BIRTHDAY_IS_ON.exec(trimmed);
  const onDay = on && dateSaid(on[3]!);
  if (onDay) return `${on[1]}${on[2]} is ${onDay}`;
  const again = NO_THEN_AGE.exec(trimmed);
  if (again) return `actually ${again[1]}`;
  return text;
}

/** "Théo is now 10", "Théo just turned 10": an age said as news, as "… now" says it (D32 3). */
const NEWS = /\s(?:is\s+now|turned)\s+\d/iu;

/**
 * "actually Leo is 8" with Leo kept: a correction of his age (m27, S42). A bare "Leo is 8" may be
 * anything, so only a name of a person kept (`names`) after "actually" or "no" (or before a
 * trailing "actually", "now", "then") is read so. "Kasias teacher is …" with Kasia kept is hers.
 */
export function keptAgeCorrected(
  text: string,
  names: readonly string[],
  keys: Readonly<Record<string, string>> = {},
): string {
  const said =
    /^((?:(?:actually|no|nope|sorry|wait|oh)[\s,!.:]+)+)?(\p{Lu}[\p{L}\p{M}-]*)\s+(?:is\s+(?:now\s+)?|(?:has\s+)?(?:just\s+)?turned\s+)(\d{1,3}(?:\s+(?:years?|yrs?)(?:\s+old)?)?)(\s+(?:actually|then|now))?\s*[.!]*$/iu.exec(
      text.trim(),
    );
  const kept = (name: string) => names.some((one) => one.toLowerCase() === name.toLowerCase());
  // "Kasias teacher is Mrs Okafor" with Kasia kept: her teacher, the apostrophe left out (S44).
  const owner = /^(\p{L}[\p{L}\p{M}-]*?)s(\s+\p{L}+(?:\s+\p{L}+)?\s+(?:is|are)\s+\S.*)$/u.exec(text.trim());
  if (owner && kept(owner[1]!)) return `${owner[1]}'s${owner[2]}`;
  if (!said || Number.parseInt(said[3]!, 10) > 120 || !kept(said[2]!)) return text;
  const correcting = said[1] || said[4] ? 'actually ' : '';
  // "no wait, Léonie is 7" with "daughter Léonie's age" kept: that fact, found by the name (S45),
  // never one under "Théo's age".
  // "Théo is 10 now" says his age has changed: the kept one is updated, the write saying what it
  // was (D32 3); a bare "Théo is 10" still asks.
  const key = keys[`${folded(said[2]!)} age`];
  if (key && key !== `${said[2]}'s age`)
    return `${said[1] || /actually|then|now/i.test(said[4] ?? '') || NEWS.test(text) ? 'actually ' : ''}my ${key} is ${said[3]}`;
  // "Zoë is 41" with partner Zoë kept and no age: her age, by her name. "Theo is 6 now" is read
  // by `statementTurned`, which finds the age kept by his relation.
  if ((/^\s*now$/i.test(said[4] ?? '') || NEWS.test(text)) && !said[1]) return text;
  // "no, Bartek is 5 actually", "Bartek is 5 then": a correction word before or after (S44).
  return `${correcting}${said[2]}'s age is ${said[3]}`;
}

/**
 * "actually Zoë moved to Clinique du Parc" with her workplace kept as "partner's workplace": the
 * request said with that fact's name (S45), so the kept fact is changed, never asked about under
 * "Zoë's workplace". `keys` are the kept people's facts by folded first name and what they are
 * ("zoe workplace"); a name or fact not among them stays as typed.
 */
export function keptFactNamed(text: string, keys: Readonly<Record<string, string>>): string {
  const turned = worksTurned(text);
  let changed = false;
  const named = turned.replace(
    /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}-]*)['’]s\s+(age|workplace|job)(?![\p{L}])/gu,
    (whole, name: string, rest: string, at: number) => {
      const key = keys[`${folded(name)} ${rest.toLowerCase()}`];
      if (!key || key === `${name}'s ${rest}`) return whole;
      // "my dog Bruno's age": already the fact's own name, said after "my" (and a relation).
      if (/(?:^|\s)(?:my|our)\s+(?:[\p{L}-]+\s+)?$/iu.test(turned.slice(0, at))) return whole;
      changed = true;
      return `my ${key}`;
    },
  );
  return changed ? named : text;
}
