import { looksLikeSecret } from '../../cartridge/secrets.js';
import { namesSecret } from '../../cartridge/text-similarity.js';
import { needsConsent } from '../../tools/approval.js';
import { isJobWord } from '../../tools/memory/people.js';
import { sentences } from './clauses.js';
import type { Interpretation, Step } from './interpret.js';
import { asPairs, keyValueList, markJoiners } from './joiners.js';
import { keyValueClause, ownedClause, placesValue, punctuateRunOns } from './runons.js';
import { firstPerson } from './self.js';

/**
 * Several requests in one text (issue 7, S5): "remember my car is a Honda; my bike is a Trek",
 * "remember my shoe size is 44 and forget my gym locker", "What is my address? Remember my zip is
 * 99999.", "note buy milk. what is my y?". Each clause that opens a request of its own — a
 * command, a question, or (after a write) another "<owner> <key> is <value>" — is read on its own,
 * so no clause is joined into another's key or value, and none is dropped: each is done, asked
 * about, or said back. A value's own "and"/commas ("Simon and Garfunkel", "Tom & Mary", "chess,
 * tennis") never open a clause, since what follows them names no owner and no command.
 */

/** One piece of a request: its text, and what opened it. */
export interface Segment {
  text: string;
  /** `first`: the request's opening; `command`: a verb or question; `fact`: "my X is Y"; `pronoun`: "he likes Lego". */
  opens: 'first' | 'command' | 'fact' | 'pronoun';
  /**
   * What is read for it when that differs from the text: a gapped clause with its missing words
   * put back from the fact before it ("my brother's is 7 June" → "my brother's birthday is 7 June").
   */
  reads?: string;
  /** A clause that may or may not be a fact of its own ("… and my wife loves pasta"): asked about. */
  unsure?: true;
}

/** Words that only join a clause to the one before: "and then", "also", "plus", "oh and". */
const LEAD = /^(?:(?:and|also|plus|then|oh|but|so|btw|ps|by\s+the\s+way)\b[\s,:]*)+/i;

/** Words that only open a sentence after a question: "actually, my …", "anyway, my …". */
const FILLER = /^(?:(?:actually|well|wait|ok(?:ay)?|anyway|no|nope|sorry|oh|hmm|oops)\b[\s,:!.-]*)+/i;

/** A request to keep something, asked as a question: "could you jot down a note for me?". */
const ASKS_TO_KEEP =
  /^(?:(?:please|pls|can|could|would|will)\b\s*(?:you\s+)?(?:please\s+)?)?(?:remember|memori[sz]e|note|jot|write|save|store|keep|record|add|make|take)\b/i;

/** A verb that opens a request of its own ("note 3" names a note, it opens none: issue 7, S7). */
const COMMAND_VERB =
  /^(?:(?:please|pls|also|then|can\s+you|could\s+you|would\s+you)\s+)*(?:remember|memori[sz]e|note(?!\s+(?:number\s+)?[#＃]?[\d\uFF10-\uFF19]+(?!\w))(?:\s+down)?|jot\s+down|forget|delete|remove|erase|store|save|recall|tell\s+me|show\s+me|search|look\s+up|remind\s+me|add\s+(?:a\s+)?note|(?:add|put)\s+\S.*?\s(?:to|on|onto)\s+(?:my|the|our)\s+(?:[\p{L}-]+\s+){0,2}list|back\s+up|host|make\s+(?:a\s+)?note)\b(?!\s*(?:is|are|was|were|to\s+(?:me|you))\b)/iu;

/** "please buy paint": a request of its own whatever verb follows (never "please and thank you"). */
const PLEASE = /^please\s+(?!(?:and|or|thank|thanks)\b)\p{L}{2,}/iu;

/**
 * A question of its own: a question word with a verb after it ("what is", "who's", "when did"),
 * or "who" asking who does something ("who looks after him", "who will feed the cat", S44).
 */
const QUESTION =
  /^(?:(?:what|who|where|when|which|how)(?:['’]s|['’]re|\s+(?:is|are|was|were|do|does|did|about|was|much|many|old))|who\s+(?:will|can|could|should|would|\p{Ll}{2,}s))\b/iu;

/** "my bike is a Trek", "that my router pin is 99", "Mary's phone is 222": an owner, a short key, a copula, a value. */
const FACT =
  /^(?:that\s+)?(?:(?:my|our|the|(?:\p{Lu}[\p{L}-]*)['’]s?)\s+(?:(?!(?:and|or|is|are|was|were)\b)[\p{L}\p{N}\p{M}'’#+@.-]+\s+){0,4}|(?:\p{L}+\s+){1,2}\p{N}+(?:\s+\p{L}+){0,2}\s+)(?:is|are)(?:\s+\S|\s*[.!?]*$)/u;

/** "…, remember it", "… - please remember that": about the write before it, never a request of its own. */
const ABOUT_IT =
  /^(?:please\s+)?(?:remember|keep|save|store|note|memori[sz]e)\s+(?:it|that|this)\b(?:\s+(?:for\s+me|please))?[\s.!?]*$/i;

/** A clause about someone said only with a pronoun: "and he likes Lego". */
const PRONOUN = /^(?:he|she|they)\s+\p{L}+/iu;

/**
 * "… and she's 7", "… and he is 9 years old": a person's age said with a pronoun (m22), read as
 * "her age is 7" so it is the person's of the fact before ("my daughter's age is 7") or asked about.
 */
const AGE_CLAUSE =
  /^(he|she|they)(?:\s+(?:is|are)\s+|['’](?:s|re)\s+)(\d{1,3})(?:\s+(?:years?|yrs?)(?:\s+old)?)?[.!]*$/i;
const POSSESSIVE_OF: Record<string, string> = { he: 'his', she: 'her', they: 'their' };
/**
 * "… and she lives at 12 Oak Lane": her home (m25). Only a place that names one (a house number, a
 * capital): "… and she lives in fear of spiders" is no home.
 */
const LIVES_CLAUSE =
  /^(?:([Hh]e|[Ss]he|[Tt]hey)\s+)?(?:now\s+)?lives?\s+(?:at\s+(?=\p{N})|in\s+(?=\p{Lu}))(\S.*?)[.!]*$/u;

/**
 * "… and (she) works as an accountant": her job (m29), the job as said without its article. A
 * clause after "and" with no pronoun is of the person just named, as one with "she" is.
 */
const WORKS_CLAUSE =
  /^(?:([Hh]e|[Ss]he|[Tt]hey)\s+)?(?:now\s+)?works?\s+as\s+(?:an?\s+)?(\p{L}[\p{L}\p{M}'’ -]*?)[.!]*$/u;

/**
 * "… and he works at Banco Atlântico", "…, she works for Siemens": their workplace (s48), only a
 * name said with its capital ("he works at night", "she works for herself" are no workplace).
 */
const WORKS_AT_CLAUSE =
  /^([Hh]e|[Ss]he|[Tt]hey)\s+(?:now\s+|still\s+)?works?\s+(?:at|for)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){0,3})[.!]*$/u;

/**
 * "… and she's a pharmacist", "… and he is a school nurse": a job said with a pronoun (S44), read
 * as "her job is pharmacist". Only a word of the jobs list ends it: "she's a darling" is no job.
 */
const IS_A_CLAUSE =
  /^(he|she|they)(?:\s+(?:is|are)\s+|['’](?:s|re)\s+)an?\s+(\p{L}+(?:\s+\p{L}+){0,2})[.!]*$/iu;

/** A pronoun clause said as the fact it is of the person just named: "her age is 7", "her home is …". */
function pronounFact(rest: string): string | undefined {
  const job = IS_A_CLAUSE.exec(rest);
  if (job && isJobWord(job[2]!.split(/\s+/).at(-1)!))
    return `${POSSESSIVE_OF[job[1]!.toLowerCase()]} job is ${job[2]}`;
  const aged = AGE_CLAUSE.exec(rest);
  if (aged) return `${POSSESSIVE_OF[aged[1]!.toLowerCase()]} age is ${aged[2]}`;
  const lives = LIVES_CLAUSE.exec(rest);
  if (lives) return `${POSSESSIVE_OF[(lives[1] ?? 'they').toLowerCase()]} home is ${lives[2]}`;
  const works = WORKS_CLAUSE.exec(rest);
  if (works && works[2]!.trim().split(/\s+/).length <= 4)
    return `${POSSESSIVE_OF[(works[1] ?? 'they').toLowerCase()]} job is ${works[2]!.trim()}`;
  const employer = WORKS_AT_CLAUSE.exec(rest);
  if (employer) return `${POSSESSIVE_OF[employer[1]!.toLowerCase()]} workplace is ${employer[2]}`;
  return undefined;
}

/** Where one clause may end and another begin: ";", ",", a spaced dash, emoji, " and ". */
const JOINT =
  /\s*;\s*|\s*,\s*|\s+[-–—]+\s+|\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+\s*|\s+(?:and|AND|And)\s+/gu;

/** Quoted passages: never cut inside. */
const QUOTED = /"[^"\n]+"|(?<=^|[\s(:])'[^'\n]+'(?=$|[\s.,!?;:)])/g;

/** The verb a request to keep opens with ("remember that ", "store that "), given to the facts after it. */
const KEEP_VERB =
  /^(?:(?:please|pls|can\s+you|could\s+you|would\s+you)\s+)*(?:remember|memori[sz]e|store|save|keep|note(?:\s+down)?)\s+(?:that\s+)?/i;

/** True when `text` (after its joining words) opens a command or a question. */
function opensCommand(text: string): boolean {
  return (
    COMMAND_VERB.test(text) || PLEASE.test(text) || (QUESTION.test(text) && !/^\S+\s+\S+\s*$/.test(text))
  );
}

/** A sentence cut at its clause joints, each piece with what opened it. */
function clauses(sentence: string): Segment[] {
  const quoted = [...sentence.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length]);
  const pieces: Segment[] = [];
  let start = 0;
  let opens: Segment['opens'] = 'first';
  let extra: Pick<Segment, 'reads' | 'unsure'> = {};
  /** What a gapped reading was made from: the fact before it and the words of the clause it read. */
  let gappedFrom: { before: string; head: string } | undefined;
  /**
   * A gapped reading made from the clause's first words only ("kids are 4" of "kids are 4 and 7")
   * is made again from all its words; when those read as no fact, it is asked about: a reading
   * from part of it would drop the rest of its value.
   */
  const whole = (piece: string): Pick<Segment, 'reads' | 'unsure'> => {
    const said = piece.replace(/[.!]+$/, '').trim();
    if (!gappedFrom || !extra.reads || said === gappedFrom.head.trim()) return extra;
    return gappedOrKeyed(gappedFrom.before, pronounFact(said) ?? said) ?? { unsure: true };
  };
  for (const match of sentence.matchAll(JOINT)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (at <= start || end >= sentence.length) continue;
    if (quoted.some(([from = 0, to = 0]) => at > from && at < to)) continue;
    const rest = sentence.slice(end).replace(LEAD, '');
    // ", which is lovely": an aside about what came before (`RELATIVE_ASIDE`), no request of its own.
    if (/^which\s+(?:is|are|was|were)\b/i.test(rest)) continue;
    const joinedByAnd = /\band\s*$/i.test(match[0]) || /^and\b/i.test(sentence.slice(end));
    const emoji = !/^\s*(?:[;,]|[-–—]|and\b)/.test(match[0].trimStart()) && !/and/i.test(match[0]);
    const aged = joinedByAnd ? pronounFact(rest.trim()) : undefined;
    const ageGap = aged ? gappedOrKeyed(extra.reads ?? sentence.slice(start, at).trim(), aged) : undefined;
    const kind: Segment['opens'] | undefined = aged
      ? ageGap?.reads
        ? 'fact'
        : 'pronoun'
      : ABOUT_IT.test(rest)
        ? undefined
        : opensCommand(rest) && !emoji
          ? 'command'
          : factOpens(rest) || selfOpens(rest)
            ? 'fact'
            : joinedByAnd && PRONOUN.test(rest)
              ? 'pronoun'
              : undefined;
    const piece = sentence.slice(start, at).trim();
    // "… 3 May and my brother's 7 June": a clause that leaves out the words the fact before it has.
    const head = rest.split(/\s*[;,]\s*|\s+[-–—]+\s+|\s+and\s+/)[0]!.replace(/[.!]+$/, '');
    const gapBefore = extra.reads ?? piece;
    // "… and 5678 is my PUK": a value said before its key is a fact of its own ("my PUK is 5678").
    const flipped = !kind || kind === 'fact' ? invertedFact(head) : undefined;
    const gap = ageGap?.reads
      ? ageGap
      : flipped
        ? { reads: flipped }
        : (!kind || kind === 'fact') && (!emoji || joinedByAnd)
          ? gappedOrKeyed(gapBefore, head)
          : undefined;
    if (!kind && !gap) continue;
    // "also, my …", "oh and my …": joining words alone are no clause.
    if (!/[\p{L}\p{N}]/u.test(piece.replace(LEAD, '').replace(FILLER, ''))) continue;
    pieces.push({ text: piece, opens, ...whole(piece) });
    start = end + (sentence.slice(end).length - rest.length);
    opens = kind ?? 'fact';
    extra = gap ?? {};
    gappedFrom = gap ? { before: gapBefore, head } : undefined;
  }
  const last = sentence.slice(start).trim();
  if (/[\p{L}\p{N}]/u.test(last)) pieces.push({ text: last, opens, ...whole(last) });
  return pieces;
}

/** A fact's parts: owner ("my", "the", or none before "Mary's"), key words, copula, "called", value. */
const FACT_PARTS =
  /^(?:that\s+)?(?:(my|our|the)\s+)?((?:(?!(?:and|or|is|are|was|were)\b)[\p{L}\p{N}\p{M}'’#+@.-]+\s+){0,3}(?!(?:and|or|is|are|was|were)\b)[\p{L}\p{N}\p{M}'’#+@.-]+)\s+(is|are)((?:\s+(?:called|named))?)\s+(\S.*)$/iu;

/** A word that names whose: "brother's", "Mary's", "parents'". */
const POSSESSIVE = /^[\p{L}\p{N}-]+(?:['’]s|s['’])$/u;

/** What a thing has, said after "the" ("… and the password is abc123"): linked to the thing before. */
const ATTRIBUTE_WORD =
  /^(?:password|passwords|pw|pwd|passcode|passphrase|pin|code|number|no|plate|registration|reg|login|username|user|email|address|phone|mobile|account|postcode|zip|expiry|serial|combination|combo|key|name|colour|color|model|size|ssid|network|cvv|cvv2|cvc|cvc2|csc|expiration|date)$/i;

/**
 * A fact named for a person or a pet: "his/her number" after it is theirs ("my landlord is Mr Lee
 * and his number …", "my cat is called Mochi and she is 3": the cat's age, m29).
 */
const PERSON =
  /^(?:landlord|landlady|boss|manager|dentist|doctor|gp|vet|lawyer|solicitor|accountant|plumber|electrician|teacher|coach|trainer|tutor|brother|sister|mum|mom|mother|dad|father|wife|husband|partner|son|daughter|friend|neighbou?r|colleague|babysitter|nanny|cleaner|mechanic|builder|therapist|hairdresser|barber|uncle|aunt|auntie|cousin|grandma|grandpa|granny|nan|nana|boyfriend|girlfriend|roommate|flatmate|kid|child|baby|niece|nephew|fiancee?|physio|optician|gardener|childminder|dog|cat|puppy|kitten|rabbit|hamster|horse|pony|parrot|tortoise)$/i;

/** A name said as an owner: "Tom's", "Zoë's". */
const NAMED_OWNER = /^\p{Lu}[\p{L}\p{M}-]*['’]s$/u;

/** Words that set one thing of a kind against another ("the front door code … and the back …"). */
const PAIRED =
  /^(?:front|back|side|rear|main|home|work|office|old|new|first|second|third|left|right|upstairs|downstairs|top|bottom|inner|outer|morning|evening|day|night|summer|winter|personal|business|guest|spare|primary|secondary|mobile|landline|north|south|east|west|car|bike|house|garage|garden|kitchen|bedroom|bathroom|shed|gate)$/i;

/** Words that make a gapped clause a sentence of its own ("my wife loves it"), not a fact. */
const FUNCTION_WORD =
  /^(?:it|him|her|them|me|you|us|to|a|an|the|my|our|your|his|their|has|have|had|will|would|can|could|does|do|did|not|no|never|too|so|very|and|or|but|if|in|on|at|of|for|with)$/i;

/**
 * A word that says whose a fact is when it opens the fact's name with no "my": "mom's", "jake's",
 * or one typed without its apostrophe ("moms", "jakes", "emmas"). A word that ends in "s" anyway
 * ("glass", "bus", "news", "gas") or a plural ("kids", "keys") is no owner.
 */
function ownerWord(word: string): boolean {
  if (POSSESSIVE.test(word)) return true;
  return (
    /^\p{L}{2,}s$/u.test(word) &&
    !/(?:ss|us|is|os|ys)$/i.test(word) &&
    !/^(?:gas|christmas|xmas|atlas|canvas|pyjamas|pajamas|ideas|areas|bananas|extras|news|lens|series|species|yes|its|hers|ours|yours|theirs|this|thus|mumps|measles|kids|sports|glasses|keys|notes|things|plans|stats|clothes|shoes|tickets|details|parts|documents|files|photos|emails|socks)$/i.test(
      word,
    )
  );
}

/**
 * "… and mine is 913 222 333" after another owner's fact ("Beatriz's phone number is …"): "my phone
 * number is 913 222 333", the fact's name (`head`, its owner left out) said again with "my" or
 * "our". `words` are those after "mine" ("is 913 …"; "mine's 913" has the copula in `said`).
 * `unsure` when it may not be two facts: "his", "hers", "theirs" (whose is not said), "mine" after
 * a fact that is already "my" one, or no value; the caller asks, nothing is merged into one value.
 */
function yoursToo(
  said: string,
  words: readonly string[],
  head: readonly string[],
  owned: boolean,
): Pick<Segment, 'reads' | 'unsure'> {
  const contracted = /['’]s$/i.test(said);
  const after = contracted ? words : /^(?:is|are)$/i.test(words[0] ?? '') ? words.slice(1) : [];
  const owner = { mine: 'my', ours: 'our' }[said.replace(/['’]s$/i, '').toLowerCase()];
  if (!owner || !owned || head.length === 0 || after.length === 0) return { unsure: true };
  return {
    reads: `${owner} ${head.join(' ')} ${contracted ? 'is' : words[0]!.toLowerCase()} ${after.join(' ')}`,
  };
}

/**
 * The clause `rest` read as a fact that leaves out words the fact `before` it has (gapping):
 * "my sister's birthday is 3 May" then "my brother's is 7 June" reads "my brother's birthday is 7
 * June"; "my cat is called Tom" then "my dog Rex" reads "my dog is called Rex"; "the front door
 * code is 1234" then "the back 5678" reads "the back door code is 5678". `unsure` when `rest`
 * opens like such a clause but its words could as well be the value's own ("… and my wife loves
 * pasta", "… to paint the walls and the doors blue", "my phone number is 555 and my email a@b.c"):
 * the caller asks. Undefined when `rest` is no such clause ("Simon and Garfunkel").
 */
function gapped(before: string, rest: string): Pick<Segment, 'reads' | 'unsure'> | undefined {
  const fact = FACT_PARTS.exec(
    before
      .replace(/^(?:(?:ok(?:ay)?|hey|hi|hello|well|right|um+|uh+)\b[\s,!]*)+/i, '')
      .replace(KEEP_VERB, '')
      .replace(LEAD, '')
      .trim(),
  );
  if (!fact) return undefined;
  const [, ownerSaid, keySaid = '', copula = 'is', called = '', value = ''] = fact;
  const key = keySaid.split(/\s+/);
  // "moms email is …", "jake's locker is …": a person's fact said with no "my" (S33 H2, H3); the
  // possessive is whose, spelt with its apostrophe ("mom's") so the clauses after it read alike.
  const personal = !ownerSaid && key.length > 1 && ownerWord(key[0]!);
  if (personal) key[0] = POSSESSIVE.test(key[0]!) ? key[0]! : `${key[0]!.slice(0, -1)}'s`;
  const keyText = key.join(' ');
  const owner = ownerSaid ?? (personal ? '' : undefined);
  if (owner === undefined && !(/^\p{Lu}/u.test(keyText) && POSSESSIVE.test(key[0]!))) return undefined;
  const lead0 = owner ? `${owner} ` : '';
  // "…, pin 7788", "… and her password is Tulip77": a secret named with its value after a fact is
  // a fact of its own, whose the fact before is (S33 H2), never a part of that fact's value.
  const secret =
    /^(?!(?:their|his|her|its|the|my|our|your|a|an)\b)((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+(?:(is|are)\s+)?(\S+)$/iu.exec(
      rest.trim().replace(/[.!]+$/, ''),
    );
  if (
    secret &&
    namesSecret(secret[1]!) &&
    looksLikeSecret(secret[3]!) &&
    !/^(?:is|are)$/i.test(secret[1]!.split(/\s+/).at(-1)!)
  ) {
    const whose = POSSESSIVE.test(key[0]!) ? `${key[0]} ` : '';
    return { reads: `${lead0}${whose}${secret[1]} ${secret[2] ?? 'is'} ${secret[3]}` };
  }
  // "…, and their phone is 0207 111": a second fact about the same owner ("the lawyer's phone").
  const about =
    /^(their|his|her|its|the)\s+((?:(?!(?:and|or|is|are)\b)[\p{L}\p{N}'’-]+\s+){1,3})(is|are)\s+(\S.*)$/iu.exec(
      rest,
    );
  // "my wifi is Home-5G and the password is abc123": the password of the wifi. Only an attribute
  // ("password", "PIN", "plate", "number") is linked; "… and the weather is nice" is read alone.
  // Every word must be an attribute's: "the expiry date" is the passport's, while "the router pin"
  // names a thing of its own (S28 H4), never "wifi password router pin".
  const attribute = (about?.[2] ?? '').trim().split(/\s+/);
  const person = PERSON.test(key.at(-1)!.replace(/['’]s$/, ''));
  if (
    about &&
    owner !== undefined &&
    (about[1]!.toLowerCase() !== 'the' || attribute.every((word) => ATTRIBUTE_WORD.test(word)))
  ) {
    const pronoun = about[1]!.toLowerCase();
    // "his number" after "my landlord is Mr Lee" is the landlord's; after "my car is a Golf" it is
    // nobody's that was named, and "its" after a person is a slip: both are asked about.
    // "my visa card number is … and the cvv is 123": the card's CVV, "visa card cvv" (m17, S26 H2).
    const thing = key.length > 1 ? keyText.replace(/\s+(?:number|no|num)$/i, '') : keyText;
    // "my sister Maria's birthday is 3 March, her cat is Mochi": her cat is Maria's, the last
    // person named with a possessive in the fact before (S28 M9).
    const named = key.findLastIndex((word) => POSSESSIVE.test(word));
    // "my moms name is Grace and her birthday is oct 2": the name is the mom's, so "her" is the
    // mom (m22), as after "my mom is Grace".
    const bareWhose = key[0]!.replace(/['’]s?$/, '');
    const namedPerson =
      pronoun !== 'the' && pronoun !== 'its' && key.length === 2 && /^name$/i.test(key[1]!)
        ? PERSON.test(bareWhose)
          ? bareWhose
          : ownerWord(key[0]!) && PERSON.test(bareWhose.slice(0, -1))
            ? bareWhose.slice(0, -1)
            : undefined
        : undefined;
    // "dads doctor is dr shah and his number is …": the doctor's number, the doctor being dad's.
    const whom = namedPerson
      ? `${namedPerson}'s`
      : personal && person && pronoun !== 'the' && pronoun !== 'its'
        ? `${keyText}'s`
        : pronoun !== 'the' && pronoun !== 'its' && named > 0
          ? key.slice(0, named + 1).join(' ')
          : pronoun === 'the'
            ? POSSESSIVE.test(key[0]!) && key.length === 1
              ? key[0]!
              : thing
            : POSSESSIVE.test(key[0]!)
              ? key[0]!
              : pronoun === 'its'
                ? person
                  ? undefined
                  : `${keyText}'s`
                : person && key.length === 1
                  ? `${keyText}'s`
                  : undefined;
    if (!whom) return { unsure: true };
    // "my brother's birthday is 3 May and his wife's is 9 June": "his wife's" is whose, and the
    // fact's name is left out: "brother's wife's birthday", never a fact named "brother's wife's" (S48).
    const said = about[2]!.trim();
    if (/^[\p{L}\p{M}-]+['’]s$/u.test(said)) {
      const name = key.length > 2 && NAMED_OWNER.test(key[1]!) ? key.slice(2) : key.slice(named + 1);
      // After "my landlord is Mr Lee" the fact names a person, so "his wife's is Ann" has no name to
      // take: asked.
      return name.length > 0 && !person
        ? { reads: `${lead0}${whom} ${said} ${name.join(' ')} ${about[3]} ${about[4]}` }
        : { unsure: true };
    }
    return { reads: `${lead0}${whom} ${said} ${about[3]} ${about[4]}` };
  }
  // "son Max's shoe size": the relation and the name before it are both whose it is.
  const named = key.length > 2 && !POSSESSIVE.test(key[0]!) && NAMED_OWNER.test(key[1]!);
  const head = named ? key.slice(2) : POSSESSIVE.test(key[0]!) ? key.slice(1) : key;
  // "my height is 180cm and weight 75kg", "… and weight is 75kg": the same owner, left out.
  const bare = rest.trim().split(/\s+/);
  // "Beatriz's phone number is 912 … and mine is 913 …": a second owner's fact, never a part of the
  // first one's value (s48).
  // "his wife's is …" is whose else ("his" before a name), read below.
  if (
    /^(?:mine|ours|his|hers|theirs)['’]s$/i.test(bare[0]!) ||
    (/^(?:mine|ours|his|hers|theirs)$/i.test(bare[0]!) && /^(?:is|are)$/i.test(bare[1] ?? ''))
  )
    return yoursToo(bare[0]!, bare.slice(1), head, key.length > head.length);
  if (
    owner &&
    bare.length >= 2 &&
    /^\p{Ll}[\p{L}-]*$/u.test(bare[0]!) &&
    !FUNCTION_WORD.test(bare[0]!) &&
    !/^(?:my|our|the|their|his|her|its|your)$/i.test(bare[0]!)
  ) {
    const copular = /^(?:is|are)$/i.test(bare[1]!) && bare.length >= 3;
    const said = bare.slice(copular ? 2 : 1);
    const numbers = said.length <= 2 && /\p{N}/u.test(said.join(' ')) && /\p{N}/u.test(value);
    if (
      (copular || (numbers && said.length === 1)) &&
      !said.some((word) => /^(?:is|are|was|were)$/i.test(word))
    )
      // "… teaching and cooking is fun": a clause that may be the value's own words is asked about.
      return numbers
        ? { reads: `${owner} ${bare[0]} ${copular ? bare[1] : copula} ${said.join(' ')}` }
        : { unsure: true };
  }
  const whose = /^(my|our|the)\s+/i.exec(rest)?.[1];
  const words = rest
    .replace(/^(?:my|our|the)\s+/i, '')
    .trim()
    .split(/\s+/);
  const first = words[0] ?? '';
  // "… and Toms is 1111": a name's possessive typed without its apostrophe (S28 H2).
  // A name that ends in "s" of its own ("James", "Chris", "Lucas") is a name, not whose.
  const bareNamed =
    /^\p{Lu}\p{Ll}+s$/u.test(first) &&
    !/(?:es|ss|us|is|as|os|ys)$/.test(first) &&
    /^is$/i.test(words[1] ?? '');
  // "emmas shoe size is 11, jakes is 6": after a person's fact, another person's said alike (S33 H3).
  const bareOwner = personal && ownerWord(first) && /^is$/i.test(words[1] ?? '');
  if (!whose && !bareOwner && !(/^\p{Lu}/u.test(first) && (POSSESSIVE.test(first) || bareNamed)))
    return undefined;
  const lead = whose ? `${whose} ` : '';
  // "my home wifi password is abc and my work one is def": "one" stands for the fact before's name.
  const one = oneOf(head, words);
  if (one) return one === 'unsure' ? { unsure: true } : { reads: `${lead}${one}` };
  // "my son is Tom and my daughter's Ann": after a fact with no owner, "'s" before a name is "is"
  // (the daughter is Ann), never an owner of the fact before ("daughter's son").
  if (
    whose &&
    words.length >= 2 &&
    /['’]s$/.test(first) &&
    !POSSESSIVE.test(key[0]!) &&
    !/\p{N}/u.test(words.slice(1).join(' '))
  ) {
    const said = words.slice(1);
    return said.length <= 3 && said.every((word) => /^\p{Lu}/u.test(word))
      ? { reads: `${lead}${first.slice(0, -2)} is ${said.join(' ')}` }
      : { unsure: true };
  }
  // "my brother's is 7 June": only whose it is before the copula.
  if (words.length >= 3 && POSSESSIVE.test(first) && /^(?:is|are)$/i.test(words[1]!))
    return head.length > 0
      ? { reads: `${lead}${first} ${head.join(' ')} ${words.slice(1).join(' ')}` }
      : undefined;
  // "my PIN is 2468 and my wifes is 1357": a possessive typed without its apostrophe ("wifes",
  // "sons", "toms") before a lone "is" is whose it is, "wife's PIN" (S28 H2). A plural names a
  // thing of its own with "are"; a word that ends in "s" anyway ("glass", "bus", "news") is no owner.
  if (
    words.length >= 3 &&
    /^is$/i.test(words[1]!) &&
    head.length > 0 &&
    /^\p{L}{2,}s$/u.test(first) &&
    !/(?:ss|us|is|as|os|ys)$/i.test(first) &&
    !/^(?:news|lens|series|species|yes|its|hers|ours|yours|theirs|this|thus|mumps|measles)$/i.test(first)
  )
    return { reads: `${lead}${first.slice(0, -1)}'s ${head.join(' ')} ${words.slice(1).join(' ')}` };
  // "my daughter Zoë's is 11" after "my son Max's shoe size is 13": a relation and a name before the copula.
  if (
    words.length >= 4 &&
    /^\p{Ll}[\p{L}-]*$/u.test(first) &&
    !FUNCTION_WORD.test(first) &&
    NAMED_OWNER.test(words[1]!) &&
    /^(?:is|are)$/i.test(words[2]!)
  )
    return head.length > 0
      ? { reads: `${lead}${first} ${words[1]} ${head.join(' ')} ${words.slice(2).join(' ')}` }
      : undefined;
  if (words.some((word) => /^(?:is|are|was|were)$/i.test(word))) return undefined;
  // "… and the hall": a noun alone is the value's own.
  if (words.length < 2 || !/^\p{L}[\p{L}\p{M}'’-]*$/u.test(first) || FUNCTION_WORD.test(first))
    return undefined;
  const at = words.length > 2 ? head.findIndex((word) => word.toLowerCase() === words[1]!.toLowerCase()) : -1;
  const said = words.slice(at >= 0 ? 2 : 1);
  const kept = key.length > head.length ? [key[0]!] : [];
  const newKey =
    at >= 0
      ? [...(POSSESSIVE.test(first) ? [] : kept), first, ...head.slice(at)]
      : POSSESSIVE.test(first)
        ? head.length > 0
          ? [first, ...head]
          : undefined
        : key.length === 1
          ? [first]
          : head.length > 1 && PAIRED.test(head[0]!) && PAIRED.test(first)
            ? [...kept, first, ...head.slice(1)]
            : undefined;
  const digits = (text: string) => /\p{N}/u.test(text);
  const opener = said.length > 1 && said[0]!.toLowerCase() === value.split(/\s+/)[0]?.toLowerCase() ? 1 : 0;
  const shaped =
    said.length - opener === 1 ||
    (digits(said.join(' ')) && said.length <= 4) ||
    (said.length <= 3 && said.every((word) => /^\p{Lu}/u.test(word)));
  if (
    !newKey ||
    !shaped ||
    digits(value) !== digits(said.join(' ')) ||
    /@/.test(value) !== /@/.test(said.join(' ')) ||
    /\b(?:my|our|the|his|her|their|your)\b/i.test(value) ||
    // "… is a Honda and my bike a Trek", "… is in May and my dad's in June": a word the value
    // before opens with too is the value's own.
    said.some(
      (word, at) =>
        FUNCTION_WORD.test(word) &&
        !(at === 0 && word.toLowerCase() === value.split(/\s+/)[0]?.toLowerCase()),
    )
  )
    return { unsure: true };
  return { reads: `${lead}${newKey.join(' ')} ${copula}${called} ${said.join(' ')}` };
}

/**
 * "my work one is def" after "my home wifi password is abc": the clause read with the name "one"
 * stands for ("work wifi password is def"): its words before "one" take the place of as many
 * opening words of `head` ("home"), or go before a one-word head ("my car is a Golf and my work
 * one is a Polo" → "work car"). `unsure` when `head` has no words to spare; undefined when the
 * clause says no "one".
 */
function oneOf(head: readonly string[], words: readonly string[]): string | 'unsure' | undefined {
  const at = words.findIndex((word) => /^ones?$/i.test(word));
  if (at < 1 || !/^(?:is|are)$/i.test(words[at + 1] ?? '') || words.length < at + 3) return undefined;
  const said = words.slice(0, at);
  if (said.some((word) => FUNCTION_WORD.test(word) || /^(?:is|are|was|were)$/i.test(word))) return undefined;
  const name =
    head.length === 1
      ? [...said, ...head]
      : head.length > said.length
        ? [...said, ...head.slice(said.length)]
        : undefined;
  if (!name) return 'unsure';
  return `${name.join(' ')} ${words.slice(at + 1).join(' ')}`;
}

/**
 * `gapped`, and then the gapped clauses of `runons.ts` (issue 7, S11): "…, locker code 22" after
 * "my gym code is 11"; "… and dad's June 9" after "my mum's birthday is May 3".
 */
function gappedOrKeyed(before: string, rest: string): Pick<Segment, 'reads' | 'unsure'> | undefined {
  // "12 Oak St, flat 3": a place word and its number belong to the value before.
  if (placesValue(rest)) return undefined;
  const found = gapped(before, rest);
  if (found) return found;
  const owned = ownedClause(before, rest);
  if (owned) return gapped(before, owned);
  const keyed = keyValueClause(before, rest);
  return keyed ? { reads: keyed } : undefined;
}

/**
 * The request cut into the requests it holds, or undefined when it holds one. A later sentence is
 * its own request when it opens with a command or a question ("Remember my zip is 99999.", "what
 * is my b1?"); inside a sentence, a clause is when it opens with one or with another fact ("…;
 * my bike is a Trek", "… and Mary's phone is 222"), and "… and he likes Lego" is marked so the
 * caller asks about it.
 */
/** A name and nothing more: "my wifi password", "the gate code?", "Ana's phone". */
const BARE_NAME =
  /^((?:my|our|the|\p{L}+['’]s)\s+(?:(?!(?:is|are|was|were|and|or|but|it|that|this)\b)[\p{L}\p{N}'’-]+\s*){1,4}?)\s*[?.!]*$/iu;

export function segments(text: string): Segment[] | undefined {
  const listed = keyValueList(text) ?? asPairs(text) ?? text;
  const parts = sentences(listed)
    .map((sentence) => markJoiners(sentence, opensClause))
    .map(punctuateRunOns)
    .flatMap(runOn);
  const found: Segment[] = [];
  let current = parts[0] ?? '';
  let opens: Segment['opens'] = 'command';
  const flush = () => {
    const pieces = clauses(current);
    if (found.length > 0 && pieces[0]) pieces[0] = { ...pieces[0], opens };
    found.push(...pieces);
  };
  let previous = current;
  for (const part of parts.slice(1)) {
    // "… ? 🙂 my alarm code is 9090": marks before the words open nothing.
    const rest = part.replace(/^[^\p{L}\p{N}]+/u, '').replace(LEAD, '');
    // "what is my door code? my alarm code is 9090.": a statement after a question is its own
    // request, read as it would be alone; "… ? it changed to hunter2" is about the thing asked.
    // "Could you jot down a note for me? The book club is …": a request to keep, whose text follows.
    const asked =
      (/\?\s*$/.test(previous) || QUESTION.test(previous.replace(LEAD, ''))) &&
      !ASKS_TO_KEEP.test(previous.replace(LEAD, ''));
    const kind: Segment['opens'] | undefined =
      opensCommand(rest) ||
      (QUESTION.test(rest) && /\?\s*$/.test(rest)) ||
      (asked && factOpens(rest.replace(FILLER, '')))
        ? 'command'
        : asked && PRONOUN_SAYS.test(rest.replace(FILLER, ''))
          ? 'pronoun'
          : undefined;
    // "what's my wifi name? also my wifi password": a bare name after a question asks after it too
    // (issue 7, S24), never dropped.
    const named = asked && !kind ? BARE_NAME.exec(rest.replace(FILLER, '')) : null;
    if (named) {
      flush();
      current = `what is ${named[1]}?`;
      opens = 'command';
    } else if (kind) {
      flush();
      current = part;
      opens = kind;
    } else current = `${current} ${part}`;
    previous = part;
  }
  flush();
  return found.length > 1 ? found : undefined;
}

/** True when `rest` (after its joining words) opens a request of its own: a command or a fact. */
const opensClause = (rest: string) => {
  const text = rest.replace(LEAD, '');
  return opensCommand(text) || factOpens(text) || selfOpens(text) || invertedFact(text) !== undefined;
};

/**
 * "5678 is my PUK", "hunter2 is my wifi password": a value said before its key, read as "my PUK is
 * 5678" (issue 7, m12). Only a value of one to three words with a digit or a capital, so "this is my
 * wife", "that is my final answer", "it is my birthday" are no fact.
 */
export function invertedFact(text: string): string | undefined {
  const found =
    /^([^\s,;]+(?:\s+[^\s,;]+){0,2})\s+is\s+(my|our)\s+((?:[\p{L}\p{N}\p{M}'’#+-]+\s+){0,3}[\p{L}\p{N}\p{M}'’#+-]+)\s*[.!]*$/u.exec(
      text.trim(),
    );
  if (!found) return undefined;
  const [, value, owner, key] = found;
  if (/^(?:it|this|that|these|those|he|she|they|there|which|what|who|here|mine|and|or|but)\b/i.test(value!))
    return undefined;
  if (!/[\p{N}\p{Lu}\p{Extended_Pictographic}]/u.test(value!)) return undefined;
  return `${owner} ${key} is ${value}`;
}

/**
 * True when `text` opens a first-person fact of its own ("I live in Kraków", "I work at ACME",
 * "I moved to Oslo", "I'm a nurse"): read by `self.ts` as a fact, sure or asked about. "I'm happy
 * about it", "I'm not sure", "I think …" are no fact, so they stay the clause before's (`tails.ts`).
 */
const selfOpens = (text: string) =>
  /^(?:i|i['’]m|i['’]ve|im)\s/i.test(text) && firstPerson(text.replace(/[.!]+$/, ''))?.kind === 'fact';

/** True when `text` opens a fact, in any case ("MY ALARM CODE IS 9090"). */
const factOpens = (text: string) => FACT.test(text) || FACT.test(text.toLowerCase());

/** A sentence about something said only with a pronoun: "it changed to hunter2", "it's 4321 now". */
const PRONOUN_SAYS = /^(?:now\s+)?(?:it|that|this|he|she|they)(?:['’]s|['’]re|\s+\p{L}+)\b/iu;

/**
 * What a pronoun sentence after a question says the thing asked now is: "it changed to hunter2",
 * "it's hunter2 now", "that's now X", "it has been updated to X". Undefined for any other pronoun
 * sentence ("it's not working", "it's for the gate").
 */
export function newValue(sentence: string): string | undefined {
  const text = sentence
    .replace(LEAD, '')
    .replace(FILLER, '')
    .replace(/[.!]+$/, '')
    .replace(/\s+(?:these\s+days|nowadays|from\s+now\s+on|instead)$/i, ' now')
    .trim();
  const changed =
    /^(?:now\s+)?(?:(?:it|that|this)(?:['’]s|\s+(?:is|was|has|have|got))?|(?:they|he|she|we|i)(?:\s+(?:have|has|had))?)\s+(?:been\s+)?(?:now\s+)?(?:changed|updated|reset|switched|set|moved)\s+(?:(?:it|that|this)\s+)?(?:to|into)\s+(.+)$/iu.exec(
      text,
    )?.[1] ?? /^(?:now\s+)?(?:it|that|this)(?:['’]s|\s+is)\s+(?:now\s+)?(.+?)(?:\s+now)?$/iu.exec(text)?.[1];
  if (!changed) return undefined;
  const value = changed.replace(/\s+now$/i, '').trim();
  // "it's not working", "that's for the gate", "it is so slow": what it is like, not what it is.
  const first = value.split(/\s+/)[0] ?? '';
  if (
    // "it's The Gym Group now": an article before a name is the name's own.
    (FUNCTION_WORD.test(first) && !(/^(?:the|a|an)$/i.test(first) && /^\S+\s+\p{Lu}/u.test(value))) ||
    /^(?:for|about|like|because|why|what|broken|wrong|weird|slow|down|fine|ok(?:ay)?|great|gone|lost|missing|new|old)\b/i.test(
      value,
    )
  )
    return undefined;
  return value;
}

/**
 * "what is my door code my alarm code is 9090" (a question with its "?" left out, and a statement
 * after it) cut into the question and the statement; any other sentence is kept whole.
 */
function runOn(sentence: string): string[] {
  if (!QUESTION.test(sentence.replace(LEAD, '')) || /\?\s*$/.test(sentence)) return [sentence];
  for (const match of sentence.matchAll(/\s+(?=(?:my|our)\s)/giu)) {
    const asked = sentence.slice(0, match.index);
    const told = sentence.slice(match.index + match[0].length);
    if (/\b(?:my|our|the|your)\s+[\p{L}\p{N}]/iu.test(asked) && factOpens(told)) return [`${asked}?`, told];
  }
  return [sentence];
}

/** A reading that writes or deletes something. */
const writes = (reading: Interpretation) =>
  reading.kind === 'call' && !reading.reply && reading.steps.some((step) => step.tool.risk !== 'read');

/** A write's key or value that still holds a joint and another clause: never kept. */
const joinedValue = (reading: Interpretation) =>
  reading.kind === 'call' &&
  reading.steps.some((step) =>
    Object.entries(step.input).some(
      ([field, value]) =>
        field !== 'text' &&
        typeof value === 'string' &&
        (segments(value)?.length ?? 0) > 1 &&
        step.tool.risk !== 'read',
    ),
  );

/**
 * Reads each segment with `read` and puts their calls together: every segment is run, asked
 * about or said back. Calls that only write run before calls that delete, so a delete waiting
 * for approval holds back nothing else. When a fact clause or a pronoun clause cannot be read as a
 * write of its own, nothing is written and the request is asked about: where one value ends is a
 * guess. Undefined when the text holds one request, or when the first clause is not a write and
 * the others are only facts ("is it true that my car is red and my bike is blue?").
 */
export function readSegments(
  text: string,
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  const found = segments(text);
  if (!found) return undefined;
  const first = read(found[0]!.text);
  // "Good morning. Remember my gate is 7.": a first clause that is no request of its own is left to
  // the sentence readings (`readings.ts`), which know greetings, asides and corrections.
  // "what did I tell you about my dentist? my dentist is Dr. Lee": a question answered from what
  // is kept, then the rest.
  if (first.kind !== 'call' && first.kind !== 'question')
    return first.kind === 'unknown' ? factsUnread(text, found, read) : undefined;
  let question: string | undefined;
  const keep = KEEP_VERB.exec(found[0]!.text)?.[0];
  const steps: Step[] = [];
  const said: string[] = [];
  const templates: string[] = [];
  let score = Number.POSITIVE_INFINITY;
  if (found.some((segment) => segment.unsure)) return unsure(text, found, first);
  let before: Interpretation = first;
  for (const [index, segment] of found.entries()) {
    // Said back as typed ("Also remember my bike code"), read without its joining words.
    const typed = segment.text.replace(/[.!]+$/, '').trim();
    const piece = (segment.reads ?? typed).replace(LEAD, '');
    if (segment.opens === 'pronoun') {
      // "what's my wifi password? it changed to hunter2": about the thing asked, so asked about.
      const asked = askedKey(before);
      if (!asked) return unsure(text, found, first);
      const value = newValue(typed);
      if (value) return changeQuestion(asked, value, typed);
      said.push(
        `I did not keep "${typed}": I cannot tell what it says about your ${asked.key}. To change it, say "remember my ${asked.key} is …".`,
      );
      continue;
    }
    const own =
      index === 0
        ? first
        : segment.opens === 'fact'
          ? read(keep ? `${keep}${piece.replace(/^that\s+/i, '')}` : piece)
          : read(piece);
    before = own;
    if (segment.opens === 'fact') {
      if (!writes(first)) return undefined;
      if (!writes(own) || joinedValue(own)) return unsure(text, found, first);
      // "remember the oven is 180 and the fridge is 4": "the oven is 180" is kept as a note, "the
      // fridge is 4" as a fact; one statement kept two ways is asked about instead (R32).
      if (own.kind === 'call' && first.kind === 'call' && own.steps[0]?.tool !== first.steps[0]?.tool)
        return unsure(text, found, first);
    }
    if (own.kind === 'call' && !own.reply && !joinedValue(own)) {
      steps.push(...own.steps.map((step) => ({ ...step, said: piece })));
      templates.push(own.template);
      score = Math.min(score, own.score);
      if (own.say) said.push(own.say);
      continue;
    }
    if (own.kind === 'question' && question === undefined) {
      question = own.query;
      continue;
    }
    if (own.kind === 'ask')
      said.push(
        `I did not understand "${typed}" as a whole request, so nothing was done for it. ${own.question}`,
      );
    else if (own.kind === 'question' || (own.kind === 'call' && !writes(own)))
      said.push(`I did not answer "${typed}": ask it on its own.`);
    else if (own.kind === 'chatter') said.push(own.reply);
    else if (own.kind !== 'empty') said.push(`I did not understand "${typed}", so nothing was done for it.`);
  }
  // "what's the name of our rabbit and who looks after him?": a lookup and a question, each
  // answered (S44); a question alone beside nothing done is read whole elsewhere.
  if (steps.length === 0) return undefined;
  const ordered = consentLast(steps);
  return {
    kind: 'call',
    steps: ordered,
    template: templates.join(' / '),
    score,
    ...(said.length > 0 ? { say: said.join(' ') } : {}),
    ...(question !== undefined ? { question } : {}),
  };
}

/**
 * "the oven is 180 and the fridge is 4": facts side by side, the first of which is kept by nothing
 * on its own ("the oven is 180" names no fact). Read whole, its key would swallow the clause after
 * it ("oven is 180 and the fridge"), so it is asked about, as "the boiler pressure is 1.5 and the
 * thermostat is 21" is (R32). Undefined unless every clause is such a fact (with its value) and a later one is kept.
 */
function factsUnread(
  text: string,
  found: Segment[],
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  // "my mood is" (of "my mood is 😎 and …", the emoji a joint): no value, so no fact of its own.
  const opening = found[0]!.text.replace(LEAD, '');
  if (found.length < 2 || !FACT.test(opening) || !/\s(?:is|are)\s+\S/u.test(opening)) return undefined;
  if (found.slice(1).some((segment) => segment.opens !== 'fact')) return undefined;
  const kept = found
    .slice(1)
    .map((segment) => read((segment.reads ?? segment.text).replace(LEAD, '')))
    .find(writes);
  return kept ? unsure(text, found, kept) : undefined;
}

/** What a step acts on, normalised ("My PIN " → "pin"), or undefined when it names no one thing (a clear, a new note). */
function target(step: Step): string | undefined {
  for (const field of ['key', 'id', 'name', 'app', 'slug']) {
    const value = step.input[field];
    if (typeof value === 'string' || typeof value === 'number')
      return String(value)
        .normalize('NFKC')
        .toLowerCase()
        .replace(/^(?:my|your|the)\s+/, '')
        .replace(/[\s\p{P}]+/gu, ' ')
        .trim();
  }
  return undefined;
}

/** The tools' domain: the name before its first "_" ("recipes" for recipes_add and recipes_forget). */
const domain = (step: Step) => step.tool.name.split('_')[0];

/**
 * True when `later` must wait for `held`, a step needing consent said before it: both of one
 * domain, and `held` acts on everything (a clear) or on the same thing `later` does ("forget my
 * PIN, then remember my PIN is 7": the remember must not run first, or the forget deletes it).
 */
function dependsOn(later: Step, held: Step): boolean {
  if (domain(later) !== domain(held)) return false;
  const heldTarget = target(held);
  return heldTarget === undefined || heldTarget === target(later);
}

/**
 * The steps in the order written, except that a step needing consent moves after the later steps
 * that do not depend on it, so a delete waiting for approval holds back nothing else ("forget my
 * x. remember my y is 2" keeps y at once). A step that depends on a held one (same thing, or
 * after a clear of its domain) keeps its place after it, and is held with it (issue 7, m12).
 */
export function consentLast(steps: readonly Step[]): Step[] {
  const free: Step[] = [];
  const held: Step[] = [];
  for (const step of steps) {
    if (needsConsent(step.tool, step.input) || held.some((each) => dependsOn(step, each))) held.push(step);
    else free.push(step);
  }
  return [...free, ...held];
}

/** The key a question reading looks up ("what's my wifi password?" → wifi password), with its tool. */
function askedKey(reading: Interpretation): { key: string; tool: Step['tool'] } | undefined {
  if (reading.kind !== 'call' || writes(reading)) return undefined;
  const step = reading.steps[0];
  const key = step?.input.key;
  return step && typeof key === 'string' && key.trim() ? { key, tool: step.tool } : undefined;
}

/** "Should I change your wifi password to hunter2?": asked, never done, since "it" is a guess. */
function changeQuestion(
  asked: { key: string; tool: Step['tool'] },
  value: string,
  typed: string,
): Interpretation {
  const changes =
    /\b(?:now|changed|updated|reset|switched|set|moved|new|actually|wait|instead|nowadays|these\s+days)\b/i.test(
      typed,
    ) || FILLER.test(typed);
  return {
    kind: 'ask',
    tool: asked.tool,
    input: {},
    question: `${changes ? `Should I change your ${asked.key} to ${value}?` : `Should I remember ${value} as your ${asked.key}?`} I kept nothing yet: "${typed}" does not name what it is about, and I would be guessing it means your ${asked.key}. To keep it, say "remember my ${asked.key} is ${value}".`,
  };
}

/** The question back when where one clause ends is a guess: nothing is written. */
function unsure(text: string, found: Segment[], first: Interpretation): Interpretation | undefined {
  if (first.kind !== 'call' && first.kind !== 'ask') return undefined;
  const tool = first.kind === 'call' ? first.steps[0]!.tool : first.tool;
  const listed = found.map((segment) => `"${segment.text.replace(/[.!]+$/, '')}"`).join(', ');
  return {
    kind: 'ask',
    tool,
    input: {},
    question: `I read more than one thing in "${text.trim()}": ${listed}. I kept nothing, since I would be guessing where one ends and the next begins. Say each on its own, for example "remember my … is …".`,
  };
}
