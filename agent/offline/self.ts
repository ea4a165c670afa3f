import { wordTable } from '../../cartridge/lexicon.js';
import { datesIn } from '../../tools/knowledge/dates.js';
import { isJobWord, RELATION_WORDS, relationOf } from '../../tools/memory/people.js';
import { householdAsked } from './household.js';
/**
 * First-person statements and questions about the person themself (issue 7, m11): "my name's
 * Bob", "call me Bob", "I live in Paris", "I'm 30", "I was born on 3 May 1990", "I work at Acme",
 * "I'm a nurse", "I'm allergic to peanuts", "I'm vegetarian", "I drive a Golf" are facts under
 * plain keys (name, home, age, birthday, workplace, job, allergies, diet, car…); "where do I live?",
 * "how old am I?", "when was I born?" ask for them; "forget where I live" forgets one.
 *
 * Each is said again in the one form the templates read ("my home is Paris", "remember my age is
 * 30", "what is my home"), so every check of a fact (chatter, replacing a stored value, consent to
 * forget) still applies. A bare statement (no "remember") writes only when it cannot be anything
 * else: a place, firm or car said with a capital ("I live in Paris", not "I live in hope"), an age
 * alone ("I'm 30", not "I'm 30 minutes late"), a job from the list of jobs. One that is probably a
 * fact but not surely is asked about, naming the value, and nothing is written; chatter ("I'm
 * tired", "I live for the weekend") is answered and nothing is written.
 */

/** What a first-person request is: a fact to keep (or to ask about), a question, a forget, chatter. */
export type SelfRead =
  | {
      kind: 'fact';
      /** The request in the templates' form: "my home is Paris", "remember my age is 30". */
      text: string;
      /** Sure enough to write; otherwise `ask` is the question back, and nothing is written. */
      ask?: string;
    }
  | { kind: 'read'; text: string }
  | { kind: 'chatter'; reply: string };

/** A fact about the person: its key and how the person says it ("I live in X"). */
interface Own {
  key: string;
  /** The person's words for it, with the value: the "Say …" line of a question back. */
  say: (value: string) => string;
  /** The question back when unsure: "Do you live in a flat?". */
  doubt: (value: string) => string;
}

const OWN: Readonly<Record<string, Own>> = wordTable({
  name: { key: 'name', say: (v) => `my name is ${v}`, doubt: (v) => `Is your name ${v}?` },
  home: { key: 'home', say: (v) => `I live in ${v}`, doubt: (v) => `Do you live in ${v}?` },
  hometown: { key: 'hometown', say: (v) => `I'm from ${v}`, doubt: (v) => `Are you from ${v}?` },
  age: { key: 'age', say: (v) => `I'm ${v}`, doubt: (v) => `Are you ${v}?` },
  birthday: { key: 'birthday', say: (v) => `I was born on ${v}`, doubt: (v) => `Were you born on ${v}?` },
  birthplace: {
    key: 'birthplace',
    say: (v) => `I was born in ${v}`,
    doubt: (v) => `Were you born in ${v}?`,
  },
  workplace: { key: 'workplace', say: (v) => `I work at ${v}`, doubt: (v) => `Do you work at ${v}?` },
  job: { key: 'job', say: (v) => `I work as ${v}`, doubt: (v) => `Is your job ${v}?` },
  allergies: {
    key: 'allergies',
    say: (v) => `I'm allergic to ${v}`,
    doubt: (v) => `Are you allergic to ${v}?`,
  },
  diet: { key: 'diet', say: (v) => `I'm ${v}`, doubt: (v) => `Are you ${v}?` },
  car: { key: 'car', say: (v) => `I drive ${v}`, doubt: (v) => `Do you drive ${v}?` },
  'star sign': { key: 'star sign', say: (v) => `I'm a ${v}`, doubt: (v) => `Are you a ${v}?` },
  'blood type': {
    key: 'blood type',
    say: (v) => `my blood type is ${v}`,
    doubt: (v) => `Is your blood type ${v}?`,
  },
  'shoe size': {
    key: 'shoe size',
    say: (v) => `my shoe size is ${v}`,
    doubt: (v) => `Is your shoe size ${v}?`,
  },
  height: { key: 'height', say: (v) => `my height is ${v}`, doubt: (v) => `Is your height ${v}?` },
});

/** "I'm" in its spellings: "I'm", "I’m", "Im" (typed fast), "I am". */
const IM = String.raw`(?:i['’]?m|i\s+am)`;

/** Words that open a clause or an aside after a value: what follows is no part of it. */
const CLAUSE_TAIL =
  /^(.+?)(?:\s*[,;(]|\s+[-–—]\s|\s+(?:with|since|for|because|but|when|while|where|which|who|so|until|till|tomorrow|today|tonight|yesterday|next|last|this|these|on|at\s+the\s+moment|right\s+now|and\s+(?:i|i['’]m|my|it|we|he|she|they|then|also)\b)\s)/i;

/** Ways of living somewhere that are not a place: "I live in hope", "I live in the moment". */
const IDIOM_PLACE =
  /^(?:hope|fear|denial|dread|terror|sin|peace|luxury|style|comfort|misery|poverty|squalor|a\s+dream(?:\s+world)?|a\s+bubble|the\s+(?:moment|past|present|now|future|fast\s+lane|shadows?|dark)|my\s+(?:head|own\s+world|car|dreams?)|la\s+la\s+land)$/i;

/** Diets and the like, said as "I'm vegetarian" ("I'm a vegan"). */
const DIETS =
  /^(?:vegetarian|veggie|vegan|pescatarian|pescetarian|flexitarian|gluten[-\s]?free|dairy[-\s]?free|lactose[-\s]intolerant|coeliac|celiac|halal|kosher|teetotal|tee-total|teetotaller|keto|paleo)$/i;

/** Star signs, said as "I'm a Leo" or "I'm Leo". */
const SIGNS =
  /^(?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)$/i;

/** A blood group: "O-", "AB+", "A positive", "O neg". */
const BLOOD = /^(?:O|A|B|AB)\s*(?:[+-]|\s(?:pos(?:itive)?|neg(?:ative)?))$/i;

/** A height: "180cm", "1.8 m", "5'11", "5 ft 11", "6 feet". */
const HEIGHT =
  /^\d+(?:[.,]\d+)?\s*(?:cm|m|metres?|meters?)$|^\d\s*(?:'|′|ft|feet|foot)\s*(?:\d{1,2}\s*(?:"|″|in(?:ches)?)?)?$/i;

/** How a month is written: names, short names, or a date of digits. */
const DATE_LIKE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/i;

/** A name and the same name in another script in parentheses: "Ji-woo (지우)", "Dmitri (Дмитрий)", "지우 (Ji-woo)". */
const TWO_SCRIPT_NAME =
  /^([\p{Lu}\p{Lo}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}\p{Lo}][\p{L}\p{M}'’-]*)?)\s*\(([\p{L}\p{M}][\p{L}\p{M}\s'’-]*)\)$/u;
const isLatin = (text: string) => /\p{Script=Latin}/u.test(text);
/** Whether `text` is `TWO_SCRIPT_NAME`, one spelling in Latin letters and the other in none. */
const twoScriptName = (text: string): boolean => {
  const said = TWO_SCRIPT_NAME.exec(text);
  return !!said && isLatin(said[1]!) !== isLatin(said[2]!);
};

/** A value that names something: it opens with a capital, a letter of a script without case, or a digit. */
const NAMED = /^[\p{Lu}\p{Lo}\p{N}]/u;

/**
 * Common nouns a lower-case place or firm may be ("i live in town", "i work at school", "i'm from
 * here"): where or what kind of place, not which one, so still asked about.
 */
const COMMON_PLACE =
  /^(?:town|city|suburbia|suburbs?|countryside|country|village|flat|house|apartment|home|here|there|work|school|hospital|office|bank|shop|store|factory|university|uni|college|restaurant|cafe|café|hotel|abroad|nowhere|somewhere|everywhere|anywhere|space|heaven|hell|paradise|night|nights|weekends?|fear|hope|peace|love|harmony|luxury|style|comfort|misery|poverty|squalor|denial|dread|terror|sin|it|that|this|them|me|you|myself|yourself)$/i;

/**
 * A place or firm said in lower case, kept as typed ("berlin", "new york", "acme", "são paulo",
 * "東京" has no case at all): up to four words of letters, no article or possessive ("a flat",
 * "my head"), no common noun first ("town", "hope"), no number-only words.
 */
function lowerName(value: string): boolean {
  const words = value.split(/\s+/);
  if (words.length > 4) return false;
  if (!words.every((word) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(word))) return false;
  if (/^(?:a|an|the|my|our|your|his|her|their|some|any|this|that)$/i.test(words[0]!)) return false;
  return !COMMON_PLACE.test(words[0]!);
}

/** "call me crazy", "call me later": words after "call me" that are no name. */
const NOT_A_NAME =
  /^(?:at|on|in|when|after|before|if|tomorrow|tonight|today|back|later|maybe|please|anytime|sometime|soon|now|again|asap|whenever|whatever|daily|crazy|silly|mad|stupid|lazy|paranoid|cynical|old-fashioned|names|up|out|over|around|about|once|twice|first|next|instead|too|then|pls|sir|madam|ma['’]?am|babe|baby|honey|dear|darling|mate)$/i;

/** Plain moods and states: "I'm tired", "I'm fine thanks", "I'm a mess" are said, never kept. */
const MOODS =
  /^(?:(?:so|very|really|a\s+bit|a\s+little|kind\s+of|kinda|pretty|super|totally|just|not|feeling)\s+)*(?:tired|exhausted|fine|ok|okay|good|great|well|bored|busy|sick|ill|hungry|thirsty|sleepy|sad|happy|glad|angry|cold|hot|late|early|back|home|here|done|ready|sorry|sure|lost|stuck|stressed|confused|excited|nervous|worried|alright|awake|off|out|in|a\s+mess|a\s+wreck|a\s+fan\s+of\s+.+|in\s+love|on\s+my\s+way|(?:going|heading|off)\s+to\s+.+|about\s+to\s+.+|trying\s+to\s+.+|looking\s+for\s+.+|thinking\s+(?:about|of)\s+.+|working\s+on\s+.+|at\s+.+|in\s+.+|on\s+.+)(?:\s+(?:thanks|thank\s+you|thx|today|tonight|now|again|lol))*$/i;

/** "I'm tired", "I'm fine thanks": nothing to keep, and said so. */
const CHATTER_REPLY =
  'Okay. I kept nothing, since that is not a fact about you to keep. To have me keep something about you, say it like "remember I live in Paris" or "my name is Bob".';

/** Fillers before a statement, and the "now" words that make it an update. */
const FILLER =
  /^(?:(?:ok(?:ay)?|so|well|oh|hey|hi|hello|also|btw|fyi|and|by\s+the\s+way|just\s+so\s+you\s+know)[\s,!]+)+/i;
// "no, I live in York", "sorry, I'm 31", "wait, I work at Beta": a correction of the fact said.
const UPDATE_OPEN = /^(?:actually|in\s+fact|correction|no|nope|sorry|wait|oops)[\s,:]+/i;
const UPDATE_TAIL = /[\s,]+(?:now|these\s+days|any\s*more|nowadays|at\s+present)$/i;
const EXPLICIT =
  /^(?:please\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?(?:remember|memori[sz]e|rmbr|remeber|rember|note|keep\s+in\s+mind|don['’]?t\s+forget|do\s+not\s+forget|make\s+sure\s+you\s+remember|for\s+the\s+record)\s*[:,-]?\s+(?:that\s+)?/i;

/** The value as typed: end punctuation and polite closers go, nothing else. */
function valueSaid(raw: string): string {
  return raw
    .replace(/[\s,]+(?:thanks|thank\s+you|thx|ty|please|pls|cheers)\s*[.!]*$/i, '')
    .replace(/(?<![.\s]\p{L})\.+$/u, '')
    .replace(/[!]+$/, '')
    .trim();
}

/** A first-person statement's own fact: key, value, and whether the value surely is one. */
interface Statement {
  own: Own;
  value: string;
  sure: boolean;
  update?: boolean;
  chatter?: boolean;
  /** A clause or aside was cut from after the value ("Paris with my wife"): never sure. */
  cut?: boolean;
  /** Which fact it is, is a guess ("I'm Bob" may be a name, "I'm English" is not): always asked. */
  guess?: boolean;
}

/** The statement patterns, each reading the text after "remember (that)" and fillers. */
function statementOf(body: string): Statement | undefined {
  const read = (key: string, raw: string, sure: (value: string) => boolean): Statement => {
    const own = OWN[key]!;
    const cut = CLAUSE_TAIL.exec(`${raw} `);
    const value = valueSaid(cut ? cut[1]! : raw);
    return { own, value, sure: !cut && sure(value), cut: Boolean(cut) };
  };
  // "Paris", "the UK", "the NHS", "東京": a name, after an article or not; "berlin", "acme" in
  // lower case too, kept as typed (`lowerName`).
  const named = (value: string) =>
    (NAMED.test(value.replace(/^(?:the|a|an)\s+/i, '')) && value.split(/\s+/).length <= 6) ||
    lowerName(value);
  let m: RegExpExecArray | null;
  // "my name's Bob", "I'm called Zoë", "call me Jean-Luc", "I go by Bob", "the name's Bond".
  m = /^(?:my|the)\s+name['’]s\s+(\S.*)$/i.exec(body);
  if (m) return read('name', m[1]!, () => true);
  m = new RegExp(`^${IM}\\s+(?:called|named)\\s+(\\S.*)$`, 'i').exec(body);
  if (m) return read('name', m[1]!, (v) => v.split(/\s+/).length <= 4);
  m = /^(?:you\s+can\s+|just\s+|please\s+)?(?:call\s+me|i\s+go\s+by)\s+(\S.*)$/i.exec(body);
  if (m) {
    // "call me later", "call me back", "call me at 5", "call me maybe": a request, never a name.
    // "call me zoë", "call me jean-luc": a name in lower case, kept as typed; "call me crazy" is not.
    const first = m[1]!.split(/[\s,.!]+/)[0]!;
    if (NOT_A_NAME.test(first)) return undefined;
    if (!NAMED.test(m[1]!) && !(lowerName(valueSaid(m[1]!)) && valueSaid(m[1]!).split(/\s+/).length <= 2))
      return undefined;
    return read('name', m[1]!, (v) => v.split(/\s+/).length <= 4);
  }
  // "I live in Paris", "I've moved to Lyon", "I now live in Lyon", "I'm living in Oslo".
  m = new RegExp(
    `^(?:i\\s+(?:now\\s+)?(?:live|reside)|${IM}\\s+(?:now\\s+)?living)\\s+in\\s+(\\S.*)$`,
    'i',
  ).exec(body);
  // "I live at 5 Elm Street, Leeds" (m25): an address, kept whole with its town (the comma is no
  // aside here); sure only when it opens with a house number or a capital ("I live at home" is not).
  const at = new RegExp(
    `^(?:i\\s+(?:now\\s+)?(?:live|reside)|${IM}\\s+(?:now\\s+)?living)\\s+at\\s+(\\S.*)$`,
    'i',
  ).exec(body);
  if (at) {
    const value = valueSaid(at[1]!);
    const address = /^\p{N}+[a-z]?,?\s+\p{L}/iu.test(value) && value.split(/\s+/).length <= 10;
    // Said back with its own "at": "Do you live at the end of the road?", never "in".
    const own: Own = {
      ...OWN.home!,
      say: (v) => `I live at ${v}`,
      doubt: (v) => `Do you live at ${v}?`,
    };
    const said = address ? { own, value, sure: true } : { ...read('home', at[1]!, named), own };
    return IDIOM_PLACE.test(said.value) || COMMON_PLACE.test(said.value.replace(/^(?:the|my)\s+/i, ''))
      ? { ...said, chatter: true }
      : { ...said, update: /\bnow\b/i.test(body.slice(0, 12)) };
  }
  if (m) {
    const at = read('home', m[1]!, named);
    return IDIOM_PLACE.test(at.value)
      ? { ...at, chatter: true }
      : { ...at, update: /\bnow\b/i.test(body.slice(0, 12)) };
  }
  m = /^i(?:['’]ve|\s+have)?\s+(?:just\s+|recently\s+)?(?:moved|relocated)\s+to\s+(\S.*)$/i.exec(body);
  if (m) return { ...read('home', m[1]!, named), update: true };
  // "I'm from Dublin", "I come from Kraków", "I grew up in Leeds".
  m = new RegExp(
    `^(?:${IM}\\s+(?:originally\\s+)?from|i\\s+(?:originally\\s+)?come\\s+from|i\\s+grew\\s+up\\s+in)\\s+(\\S.*)$`,
    'i',
  ).exec(body);
  if (m) return read('hometown', m[1]!, named);
  // "I'm 30", "I am 30 years old", "I turned 31".
  m = new RegExp(
    `^(?:${IM}|i\\s+(?:just\\s+)?turned)\\s+(\\d{1,3}(?:\\s+(?:years?|yrs?)(?:\\s+old)?|\\s*y/?o)?)\\s*[.!]*$`,
    'i',
  ).exec(body);
  if (m)
    return {
      own: OWN.age!,
      value: m[1]!,
      sure: Number(/\d+/.exec(m[1]!)![0]) > 0 && Number(/\d+/.exec(m[1]!)![0]) <= 120,
      update: /\bturned\b/i.test(body),
    };
  m = new RegExp(`^${IM}\\s+([a-z]+(?:[-\\s][a-z]+)?\\s+(?:years?|yrs?)\\s+old)\\s*[.!]*$`, 'i').exec(body);
  if (m) return { own: OWN.age!, value: m[1]!, sure: true };
  // "I was born on 3 May 1990", "I was born in 1990", "I was born in Paris"; a day any way the date
  // reader reads one ("on 12 de outubro de 1984"), also with no "on": "I was born 1988년 3월 5일" (s48).
  m = /^i\s+was\s+born\s+(?:(on|in)\s+)?(\S.*)$/i.exec(body);
  if (m) {
    const said = read('birthday', m[2]!, () => true);
    const day = datesIn(said.value).some((date) => date.readings.some((one) => one.day !== undefined));
    if (day || (m[1] && (/^\d{4}$/.test(said.value) || DATE_LIKE.test(said.value)))) return said;
    if (m[1]) return read('birthplace', m[2]!, named);
  }
  // "I work at Acme", "I work for the NHS", "I work as a nurse".
  m = /^i\s+(?:now\s+)?work\s+as\s+(\S.*)$/i.exec(body);
  if (m) return read('job', m[1]!, (v) => v.split(/\s+/).length <= 4);
  m = /^i\s+(?:now\s+)?work\s+(?:at|for)\s+(\S.*)$/i.exec(body);
  // "I work at night", "I work for myself", "I work at home": when or how, never a firm.
  if (
    m &&
    /^(?:night|nights|home|weekends?|the\s+weekend|myself|a\s+living|fun|free|peanuts|a\s+desk|the\s+moment)\b/i.test(
      m[1]!,
    )
  )
    return { own: OWN.workplace!, value: m[1]!, sure: false, chatter: true };
  if (m) return read('workplace', m[1]!, named);
  // "I'm allergic to peanuts".
  m = new RegExp(`^${IM}\\s+(?:very\\s+|severely\\s+|really\\s+)?allergic\\s+to\\s+(\\S.*)$`, 'i').exec(body);
  if (m) return read('allergies', m[1]!, (v) => v.split(/\s+/).length <= 6);
  // "I drive a Golf", "I drive a VW Polo".
  m = /^i\s+(?:now\s+)?drive\s+(\S.*)$/i.exec(body);
  if (m) {
    const said = read('car', m[1]!, (v) => NAMED.test(v.replace(/^(?:an?|the|my)\s+/i, '')));
    // "I drive to work", "I drive carefully", "I drive a lot": how, not what.
    if (/^an?\s+(?:lot|bit|little|while)\b/i.test(said.value)) return undefined;
    return /^(?:an?|the|my)\s+|^[\p{Lu}\p{Lo}\p{N}]/u.test(said.value) ? said : undefined;
  }
  // "I wear size 44 shoes", "I take a size 9 shoe", "I'm a size 9 shoe".
  m = new RegExp(
    `^(?:i\\s+(?:wear|take)|${IM})\\s+(?:a\\s+)?(?:size\\s+)?(\\S+)\\s+(?:in\\s+)?shoes?\\s*[.!]*$`,
    'i',
  ).exec(body);
  if (m && /\d/.test(m[1]!)) return { own: OWN['shoe size']!, value: m[1]!, sure: true };
  // "I'm O-", "I'm blood type AB+", "I'm A positive".
  m = new RegExp(`^${IM}\\s+(?:blood\\s+(?:type|group)\\s+)?(\\S+(?:\\s+\\S+)?)\\s*[.!]?$`, 'i').exec(body);
  if (m && BLOOD.test(m[1]!)) return { own: OWN['blood type']!, value: m[1]!, sure: true };
  // "I'm 180cm tall", "I'm 5'11".
  m = new RegExp(`^${IM}\\s+(\\S.*?)(?:\\s+tall)?\\s*[.!]?$`, 'i').exec(body);
  if (m && HEIGHT.test(m[1]!)) return { own: OWN.height!, value: m[1]!, sure: true };
  // "I'm vegetarian", "I'm a vegan", "I'm a Leo", "I'm a nurse", "I'm an engineer".
  m = new RegExp(`^${IM}\\s+(?:(an?)\\s+)?(\\S.*)$`, 'i').exec(body);
  if (m) {
    const article = m[1];
    const rest = valueSaid(m[2]!);
    if (DIETS.test(rest)) return { own: OWN.diet!, value: rest, sure: true };
    if (SIGNS.test(rest)) return { own: OWN['star sign']!, value: rest, sure: true };
    if (MOODS.test(rest) && !article) return { own: OWN.job!, value: rest, sure: false, chatter: true };
    // "I'm Ji-woo (지우)", "I'm Yuki (由紀)", "I'm 지우 (Ji-woo)": a name written again in another
    // script is surely a name (s48), kept as typed, both spellings, as "my name is Ji-woo (지우)" is.
    if (!article && twoScriptName(rest)) return { own: OWN.name!, value: rest, sure: true };
    // "I'm Bob", "hi, I'm Zoë": probably a name, but "I'm English" is not one; asked, never kept.
    if (!article && /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?$/u.test(rest))
      return { own: OWN.name!, value: rest, sure: false, guess: true };
    if (article) {
      const words = rest.split(/\s+/);
      const job = words.length <= 3 && isJobWord(words.at(-1)!);
      if (MOODS.test(`${article} ${rest}`) || /^(?:bit|little|lot|fan|mess|wreck)\b/i.test(rest))
        return { own: OWN.job!, value: `${article} ${rest}`, sure: false, chatter: true };
      const cut = CLAUSE_TAIL.exec(`${rest} `);
      return {
        own: OWN.job!,
        value: `${article} ${valueSaid(cut ? cut[1]! : rest)}`,
        sure: job && !cut,
        cut: Boolean(cut),
      };
    }
    return undefined;
  }
  return undefined;
}

/** Questions about the person, each said as a question the recall templates read. */
const QUESTIONS: readonly [RegExp, string][] = [
  [
    /^(?:what\s+am\s+i\s+called|who\s+am\s+i|what\s+do\s+(?:you|people)\s+call\s+me|do\s+you\s+(?:know|remember)\s+(?:my\s+name|who\s+i\s+am|what\s+i['’]?m\s+called))$/i,
    'name',
  ],
  [
    /^(?:where\s+do\s+i\s+(?:live|stay|reside)(?:\s+now)?|where\s+am\s+i\s+living(?:\s+now)?|what\s+(?:city|town|country|place)\s+do\s+i\s+live\s+in|which\s+(?:city|town|country)\s+do\s+i\s+live\s+in|where\s+did\s+i\s+move\s+to|where(?:['’]s|\s+is)\s+my\s+home|do\s+you\s+(?:know|remember)\s+where\s+i\s+live)$/i,
    'home',
  ],
  [
    /^(?:where\s+am\s+i\s+(?:originally\s+)?from|where\s+do\s+i\s+come\s+from|where\s+did\s+i\s+grow\s+up)$/i,
    'hometown',
  ],
  [
    /^(?:how\s+old\s+am\s+i(?:\s+now)?|what\s+age\s+am\s+i|what(?:['’]s|\s+is)\s+my\s+age|do\s+you\s+(?:know|remember)\s+(?:my\s+age|how\s+old\s+i\s+am))$/i,
    'age',
  ],
  [
    /^(?:when\s+was\s+i\s+born|what\s+(?:year|day|date)\s+was\s+i\s+born(?:\s+(?:on|in))?|what(?:['’]s|\s+is)\s+my\s+(?:date\s+of\s+birth|birth\s*date|dob|d\.o\.b\.?)|when(?:['’]s|\s+is)\s+my\s+(?:birthday|bday|b-day))$/i,
    'birthday',
  ],
  [
    /^(?:where\s+was\s+i\s+born|what(?:['’]s|\s+is)\s+my\s+(?:birthplace|place\s+of\s+birth))$/i,
    'birthplace',
  ],
  [
    /^(?:where\s+do\s+i\s+work(?:\s+now)?|who\s+do\s+i\s+work\s+for|what\s+(?:company|firm)\s+do\s+i\s+work\s+(?:for|at)|who(?:['’]s|\s+is)\s+my\s+employer|where\s+am\s+i\s+working)$/i,
    'workplace',
  ],
  [
    /^(?:what\s+do\s+i\s+do(?:\s+for\s+(?:a\s+living|work))?|what\s+do\s+i\s+work\s+as|what(?:['’]s|\s+is)\s+my\s+(?:job|occupation|profession|line\s+of\s+work)|what\s+is\s+my\s+job\s+title)$/i,
    'job',
  ],
  [
    /^(?:what\s+am\s+i\s+allergic\s+to|am\s+i\s+allergic\s+to\s+anything|do\s+i\s+have\s+(?:any\s+)?allerg(?:y|ies)|what(?:['’]re|\s+are)\s+my\s+allergies|what(?:['’]s|\s+is)\s+my\s+allergy)$/i,
    'allergies',
  ],
  [/^(?:what(?:['’]s|\s+is)\s+my\s+diet|(?:am\s+i|do\s+i\s+eat)\s+(?:vegetarian|vegan|meat))$/i, 'diet'],
  [
    /^(?:what\s+(?:car\s+)?do\s+i\s+drive|what\s+car\s+have\s+i\s+got|what(?:['’]s|\s+is)\s+my\s+car)$/i,
    'car',
  ],
  [
    /^(?:what(?:['’]s|\s+is)\s+my\s+(?:star\s+sign|zodiac(?:\s+sign)?|sign)|what\s+sign\s+am\s+i)$/i,
    'star sign',
  ],
  [/^(?:what(?:['’]s|\s+is)\s+my\s+blood\s+type|what\s+blood\s+type\s+am\s+i)$/i, 'blood type'],
  // Asked with the word the person uses (s44): "blood group" stays "blood group".
  [/^(?:what(?:['’]s|\s+is)\s+my\s+blood\s+group|what\s+blood\s+group\s+am\s+i)$/i, 'blood group'],
  [
    /^(?:what(?:['’]s|\s+is)\s+my\s+shoe\s+size|what\s+(?:size\s+)?shoe(?:\s+size)?\s+do\s+i\s+(?:wear|take)|what\s+size\s+shoes?\s+do\s+i\s+(?:wear|take))$/i,
    'shoe size',
  ],
  [/^(?:how\s+tall\s+am\s+i|what(?:['’]s|\s+is)\s+my\s+height)$/i, 'height'],
];

/** "do I live in Leeds?", "am I 30?": a value asked about, and the own fact it is checked against. */
const CHECKS: readonly [RegExp, string][] = [
  [/^do\s+i\s+(?:still\s+)?live\s+in\s+(\S.*)$/i, 'home'],
  [/^(?:am\s+i|do\s+i\s+come)\s+from\s+(\S.*)$/i, 'hometown'],
  [/^am\s+i\s+(?:still\s+)?(\d{1,3})(?:\s+years?\s+old)?$/i, 'age'],
  [/^do\s+i\s+(?:still\s+)?work\s+(?:at|for)\s+(\S.*)$/i, 'workplace'],
  [/^was\s+i\s+born\s+in\s+(\p{Lu}.*)$/iu, 'birthplace'],
  [/^do\s+i\s+(?:still\s+)?drive\s+(\S.*)$/i, 'car'],
];

/**
 * Another person: "my sister", "our neighbour", "my wife's mother", "Anna", "João's father" (s48:
 * a name's relation, only a relation word after the "'s"); never "I", never a pronoun.
 */
const OTHER = String.raw`((?:[Mm]y|[Oo]ur)\s+\p{L}[\p{L}\p{M}'’-]*(?:\s+(?!(?:now|still|also|no|never)\b)\p{L}[\p{L}\p{M}'’-]*)?|(?!(?:I|He|She|They|It|We|You|Who|This|That|Everyone|Nobody|Someone|Somebody|Noone)\b)\p{Lu}[\p{L}\p{M}-]*(?:['’]s\s+(?:${RELATION_WORDS})(?![\p{L}]))?)`;
const OTHER_LIVES = new RegExp(
  `^(?:(?:[Pp]lease\\s+)?[Rr]emember\\s+(?:that\\s+)?)?${OTHER}\\s+(?:now\\s+)?lives\\s+(in|at)\\s+([^\\s,;.!?][^;!?]*?)(?:[\\s,]+now)?\\s*[.!]*$`,
  'u',
);
const OTHER_LIKE = new RegExp(`^[Ww]hat(?:['’]s|\\s+is)\\s+${OTHER}\\s+like$`, 'u');
// "where does my sister live", and typed quickly: "wheres my sister live", "where's Tom work" (S44).
const WHERE_DOES = String.raw`[Ww]here(?:\s+does|\s+do|\s+is|['’]?s)`;
const OTHER_WHERE = new RegExp(`^${WHERE_DOES}\\s+${OTHER}\\s+(?:still\\s+|now\\s+)?live$`, 'u');
const OTHER_WORKS = new RegExp(
  `^(?:${WHERE_DOES}\\s+${OTHER}\\s+(?:still\\s+|now\\s+)?work|[Ww]ho\\s+does\\s+${OTHER}\\s+(?:still\\s+)?work\\s+for)$`,
  'u',
);
/**
 * "what does my wife do?", "what does Priya do for a living?", "what job does my son have?",
 * "what does my sister work as?": their job (m29). Group 1 or 2 is who.
 */
const OTHER_JOB = new RegExp(
  `^(?:[Ww]hat\\s+does\\s+${OTHER}\\s+(?:do(?:\\s+for\\s+(?:work|a\\s+living|a\\s+job|money))?|work\\s+as)|[Ww]hat\\s+(?:job|work)\\s+does\\s+${OTHER}\\s+(?:do|have))$`,
  'u',
);
/** "who is in my family?", "who are my family members?", "list my family": group 1 or 2 is "my"/"our". */
const FAMILY_ASKED =
  /^(?:who(?:['’]s|\s+is|\s+are)\s+(?:in\s+)?(my|our)\s+family(?:\s+members)?|(?:list|name|show)(?:\s+me)?\s+(?:all\s+)?(my|our)\s+family(?:\s+members)?)$/i;
/** "what does sam do for work?": a name typed in lower case, asked with words that can only mean a job. */
const NAME_JOB =
  /^what\s+does\s+(?!(?:he|she|it|they|that|this|one|everyone|someone|somebody|anyone|nobody)\b)(\p{L}[\p{L}\p{M}-]*)\s+do\s+for\s+(?:work|a\s+living|a\s+job|money)$/iu;

/**
 * Whose job `asked` asks for, as the key says it ("my wife's", "Priya's"): a relation after
 * "my"/"our" (never "my contract"), a capitalised name, or any name with "for work"; undefined
 * for anything else ("what does the manager do?" is asked of the documents).
 */
function jobAsked(asked: string): string | undefined {
  const job = OTHER_JOB.exec(asked);
  const who = job?.[1] ?? job?.[2];
  if (who) {
    const mine = /^(?:my|our)\s+(.+)$/i.exec(who);
    if (!mine || relationOf(mine[1]!.split(/\s+/)[0]!)) return ownerOf(who);
  }
  const named = NAME_JOB.exec(asked);
  return named ? ownerOf(named[1]!) : undefined;
}

/** A place said as a name: a capital, at most four words ("Leeds", "Gdańsk", "New York"). */
const PLACE_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,3}$/u;

const OTHER_CHECK = new RegExp(`^[Dd]oes\\s+${OTHER}\\s+(?:still\\s+)?live\\s+in\\s+(\\S.*)$`, 'u');

/** "my sister" → "my sister's", "Anna" → "Anna's": the owner as the key says it. */
const ownerOf = (who: string) => `${who.replace(/^(my|our)\s+/i, (word) => word.toLowerCase())}'s`;

/**
 * "my sister lives in Paris", "Anna lives in Rome": the other person's home, kept as theirs and
 * never as the person's own; "where does my sister live?", "does Anna live in Rome?" ask for it
 * (issue 7, m15). A bare statement with a place said with its capital is kept (S44: as durable a
 * fact as "I live in Paris"); any other bare one asks first and keeps nothing; "remember …" keeps it.
 */
function someoneElses(text: string, asked: string): SelfRead | undefined {
  // "which school does Deniz go to?", "when does Marc work?", "where does Grandma Ayşe live?" (round 32).
  const household = householdAsked(asked);
  if (household !== asked) return { kind: 'read', text: household };
  // "what is Priya like?", "what's my boss like?": what was said of them.
  const like = OTHER_LIKE.exec(asked);
  if (like) return { kind: 'read', text: `what is ${like[1]}?` };
  const where = OTHER_WHERE.exec(asked);
  if (where) return { kind: 'read', text: `what is ${ownerOf(where[1]!)} home?` };
  // "where does Tom work?", "who does my wife work for?": their workplace (m23).
  const works = OTHER_WORKS.exec(asked);
  if (works) return { kind: 'read', text: `what is ${ownerOf((works[1] ?? works[2])!)} workplace?` };
  // "who is in my family?", "list my family members": each of them, with what is kept (m29).
  const family = FAMILY_ASKED.exec(asked);
  if (family) return { kind: 'read', text: `what do you know about ${family[1] ?? family[2]} family?` };
  const job = jobAsked(asked);
  if (job) return { kind: 'read', text: `what is ${job} job?` };
  const check = OTHER_CHECK.exec(asked);
  if (check && /\?\s*$/.test(text))
    return { kind: 'read', text: `is ${ownerOf(check[1]!)} home ${check[2]}?` };
  if (/\?\s*$/.test(text)) return undefined;
  const lives = OTHER_LIVES.exec(text.trim());
  if (!lives) return undefined;
  // A comma after "in" opens an aside ("Lyon, which is lovely"): not read here, as before; an
  // address after "at" keeps its town ("12 Oak Lane, Bath").
  if (lives[2] === 'in' && lives[3]!.includes(',')) return undefined;
  const value = valueSaid(lives[3]!);
  if (!value) return undefined;
  const fact = `remember ${ownerOf(lives[1]!)} home is ${value}`;
  const keep = /^(?:please\s+)?remember\b/i.test(text.trim());
  // "my sister Agnieszka lives in Gdańsk": who she is and her home, two facts (S44).
  const named = /^((?:my|our)\s+(\p{L}+))\s+(\p{Lu}[\p{L}\p{M}'’-]*)$/iu.exec(lives[1]!);
  const placed = lives[2] === 'in' && PLACE_NAME.test(value);
  if (named && relationOf(named[2]!) && (keep || placed))
    return {
      kind: 'fact',
      text: `${keep ? 'remember ' : ''}${named[1]!.toLowerCase()} is ${named[3]} and lives in ${value}`,
    };
  if (keep) return { kind: 'fact', text: fact };
  // "my mum lives in Leeds" (S44): a place said with its capital is a durable fact, as "I live in
  // Paris" is, kept as theirs; a different home kept already is asked about before it is replaced.
  // Lower case ("lives in fear of spiders") and an aside after a comma are asked about below.
  if (placed) return { kind: 'fact', text: `${ownerOf(lives[1]!)} home is ${value}` };
  // "my mum lives at 12 Oak Lane" (m25): a house number and a street is an address, surely a fact;
  // said plainly, so a different home kept already is asked about before it is replaced.
  if (lives[2] === 'at' && /^\p{N}+[a-z]?,?\s+\p{L}/iu.test(value) && value.split(/\s+/).length <= 10)
    return { kind: 'fact', text: `${ownerOf(lives[1]!)} home is ${value}` };
  // Said in passing ("my sister lives in Lyon, which is lovely"), it may be chatter: asked, never
  // kept as the person's own home nor silently as hers.
  const who = lives[1]!.replace(/^(?:my|our)\b/i, 'your');
  const plain = lives[1]!.replace(/^(?:My|Our)\b/, (word) => word.toLowerCase());
  return {
    kind: 'fact',
    text: fact,
    ask: `Does ${who} live ${lives[2]} ${value}? I kept nothing, since I was not sure it is a fact to keep. If it is, say "remember ${plain} lives ${lives[2]} ${value}".`,
  };
}

/**
 * "I don't have a dog anymore", "I no longer have a car", "I sold my bike", "my cat died": a thing
 * the person no longer has. What is kept about it is offered to be forgotten (the forget asks for
 * consent as always); never a fact "dog = anymore" (issue 7, m15). "We don't have the dog anymore,
 * Biscuit died" is one too (m29). Groups 1–3: the thing.
 */
const THING = String.raw`(\p{L}[\p{L}\p{M}'’-]*(?:\s+(?!(?:any|anymore|now|last|yesterday|these)\b)\p{L}[\p{L}\p{M}'’-]*)?)`;
/** ", Biscuit died", ", he passed away": why it is gone, after a comma (m29); it says nothing to keep. */
const GONE_WHY = String.raw`(?:\s*[,;.]\s*(?:\p{L}[\p{L}\p{M}'’-]*)\s+(?:died|passed(?:\s+away)?|is\s+gone|ran\s+away|was\s+put\s+down))?`;
const GONE = new RegExp(
  String.raw`^(?:(?:i|we)\s+(?:don['’]?t|do\s+not)\s+have\s+(?:a|an|my|our|the)\s+${THING}\s+(?:any\s*more|now|these\s+days)|(?:i|we)\s+(?:no\s+longer|don['’]?t\s+even)\s+have\s+(?:a|an|my|our|the)\s+${THING}|(?:i|we)\s+(?:sold|gave\s+away|got\s+rid\s+of|scrapped|gave\s+up)\s+(?:my|our)\s+${THING})(?:\s+(?:any\s*more|now|last\s+\w+|yesterday))?${GONE_WHY}$`,
  'iu',
);

/** "forget where I live", "forget how old I am": the own fact each names. */
const FORGETS: readonly [RegExp, string][] = [
  [/^(?:where\s+i\s+live|my\s+home(?:\s+town)?|where\s+i\s+moved\s+to)$/i, 'home'],
  [/^(?:where\s+i['’]?m\s+from|where\s+i\s+am\s+from|where\s+i\s+come\s+from|my\s+hometown)$/i, 'hometown'],
  [/^(?:how\s+old\s+i\s+am|my\s+age)$/i, 'age'],
  [/^(?:when\s+i\s+was\s+born|my\s+(?:date\s+of\s+birth|birth\s*date|dob))$/i, 'birthday'],
  [/^(?:where\s+i\s+was\s+born|my\s+birthplace)$/i, 'birthplace'],
  [/^(?:where\s+i\s+work|who\s+i\s+work\s+for|my\s+(?:employer|workplace))$/i, 'workplace'],
  [/^(?:what\s+i\s+do(?:\s+for\s+a\s+living)?|my\s+(?:job|occupation|profession))$/i, 'job'],
  [/^(?:what\s+i['’]?m\s+allergic\s+to|what\s+i\s+am\s+allergic\s+to|my\s+allerg(?:y|ies))$/i, 'allergies'],
  [/^(?:what\s+i\s+drive|what\s+car\s+i\s+drive)$/i, 'car'],
  [/^(?:how\s+tall\s+i\s+am)$/i, 'height'],
];

/**
 * The request read as a first-person fact, question or forget; undefined when it is none (the
 * rest of the planner reads it). `cleaned` is the request after `cleanText`.
 */
export function firstPerson(cleaned: string): SelfRead | undefined {
  let text = cleaned.trim().replace(FILLER, '');
  // Questions: "where do I live?", "how old am I", "when was I born?".
  const asked = text
    .replace(/^(?:(?:so|and|hey|ok(?:ay)?|um+|please)[\s,]+)+/i, '')
    .replace(
      /^(?:(?:can|could)\s+you\s+(?:tell|remind)\s+me|remind\s+me|tell\s+me|do\s+you\s+know)\s+(?=(?:where|when|how|what|who)\b)/i,
      '',
    )
    .replace(
      /^(where|when|how|what|who)\s+(i)\s+(live|work|was\s+born|am)\b/i,
      (_, w, i, v) => `${w} ${v === 'am' ? 'am' : 'do'} ${i} ${v}`,
    )
    .replace(/\s*[?!.]+$/, '')
    .replace(/[\s,]+(?:again|please|pls|now)$/i, '')
    .trim();
  for (const [pattern, key] of QUESTIONS)
    if (pattern.test(asked)) return { kind: 'read', text: `what is my ${key}?` };
  const other = someoneElses(text, asked);
  if (other) return other;
  // "do I live in Leeds?", "am I 30?", "do I work at Acme?": a check of the fact, answered yes or no.
  for (const [pattern, key] of CHECKS) {
    const check = pattern.exec(asked);
    if (check?.[1] && /\?\s*$/.test(text)) return { kind: 'read', text: `is my ${key} ${check[1]}?` };
  }
  // "I don't have a dog anymore", "I sold my bike": what was kept about it may go, with consent.
  const gone = GONE.exec(text.replace(/\s*[.!]+$/, ''));
  if (gone) return { kind: 'read', text: `forget my ${gone[1] ?? gone[2] ?? gone[3]}` };
  // "forget where I live", "please forget how old I am".
  const forget = /^(?:please\s+)?(?:forget|delete|remove|erase|wipe)\s+(.+?)\s*[.!]*$/i.exec(text);
  if (forget) {
    const own = FORGETS.find(([pattern]) => pattern.test(forget[1]!.trim()));
    return own ? { kind: 'read', text: `forget my ${own[1]}` } : undefined;
  }
  if (/\?\s*$/.test(text)) return undefined;
  let update = false;
  if (UPDATE_OPEN.test(text)) {
    update = true;
    text = text.replace(UPDATE_OPEN, '');
  }
  const explicit = EXPLICIT.test(text);
  let body = text.replace(EXPLICIT, '').replace(FILLER, '');
  if (UPDATE_OPEN.test(body)) {
    update = true;
    body = body.replace(UPDATE_OPEN, '');
  }
  // A final "." goes to the fact's own reading with the value, which keeps it where it belongs to
  // the value ("Acme Inc.", "Jr.") and drops it as sentence punctuation ("Paris.").
  const period = /[^.]\.\s*$/.test(body);
  body = body.replace(/\s*[.!]+$/, '');
  if (UPDATE_TAIL.test(body)) {
    update = true;
    body = body.replace(UPDATE_TAIL, '');
  }
  // "I'm not sure", "I don't live in Paris", "I'm not 30": what is not, never kept. Only what this
  // reader would read without the "not" ("I don't need you to remember my locker" is not its own).
  const negated = new RegExp(
    `^(?:(${IM})\\s+(?:not|no\\s+longer)|i\\s+(?:don['’]?t|do\\s+not|never|no\\s+longer))\\s+`,
    'i',
  ).exec(body);
  if (negated) {
    const positive = `${negated[1] ? "I'm" : 'I'} ${body.slice(negated[0].length)}`;
    if (!statementOf(positive)) return undefined;
    return explicit ? undefined : { kind: 'chatter', reply: CHATTER_REPLY };
  }
  const said = statementOf(body);
  if (!said) return undefined;
  // "remember that I'm tired": asked to keep, but no fact about the person; the rest of the
  // planner keeps it as a note and says why.
  if (said.chatter) return explicit ? undefined : { kind: 'chatter', reply: CHATTER_REPLY };
  const { own, value } = said;
  if (!value) return undefined;
  const typed = period && !said.cut && body.endsWith(value) ? `${value}.` : value;
  const store =
    explicit || update || said.update ? `remember my ${own.key} is ${typed}` : `my ${own.key} is ${typed}`;
  if (said.sure || (explicit && !said.cut && !said.guess)) return { kind: 'fact', text: store };
  return {
    kind: 'fact',
    text: store,
    ask: `${own.doubt(value)} I kept nothing, since I was not sure "${cleaned.trim()}" is a fact about you to keep. If it is, say "remember ${own.say(value)}".`,
  };
}
