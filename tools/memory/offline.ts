/**
 * What the offline planner knows about the memory tools: which names can be a fact's key, which
 * values are chatter, how one request holds several facts, and how to answer a question from the
 * remembered facts. Used through each memory tool's `offline` field.
 */

import { configKeys } from '../../cartridge/config.js';
import { CURRENCY_BEFORE, functionWordsAsMeant, shortFormsInFull, wordSet } from '../../cartridge/lexicon.js';
import { isSecretFact } from '../../cartridge/secrets.js';
import {
  attributeWithheld,
  contentWords,
  isAttributeWord,
  isOwnerWord,
  isThingWord,
  namesOtherOne,
  ownersDiffer,
  SHORT_FORM,
  words,
} from '../../cartridge/text-similarity.js';
import { datesIn } from '../knowledge/dates.js';
import {
  aliased,
  type BeforeCall,
  type BeforeVerdict,
  cleanContent,
  cleanName,
  GO,
  isAside,
  type Looked,
  questionWords,
  type SlotCheck,
  type SlotProblem,
} from '../offline.js';
import { endSentence, visibleBreaks, visibleName } from '../sentence.js';
import { relativeDay } from './days.js';
import { respeltName } from './generic.js';
import { appNamed, mayNameApp } from './not-facts.js';
import { folded, mayNameSomeone, personName, relationOf, withPossessive } from './people.js';
import { selfSay, selfSentence } from './self.js';
import { normaliseKey, sameFactName, updateWord } from './store.js';
import { sureTypo, typoMatches } from './typos.js';

/** A fact's key from a request: a name, never a note, a pronoun, a device or a sentence. */
/**
 * A day or a part of one, said as a fact's whole name: "today", "last night", "this weekend".
 * "my day" stays a name ("remember that my day is going badly" is kept, as asked).
 */
const DAY_WORDS =
  /^(?:(?:ok(?:ay)?|so|well|and|but)\s+)*(?:today|tonight|tomorrow|yesterday|(?:this|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night|week|weekend))$/i;

export const memoryKeyCheck = (value: unknown): SlotCheck => {
  // "teh garage code": a mistyped function word is read as meant, never kept in the name; "my" in
  // another language ("мой пароль", "我的密码") is dropped as "my" is (S26).
  const text = withoutForeignMy(functionWordsAsMeant(String(value)));
  if (
    /^(?:(?:all\s+)?(?:my\s+|the\s+)?(?:notes?|memos?|memories|facts|data)$|(?:.*\s)?(?:notes?|memos?)\s+(?:number\s+|no\.?\s*|#)?\d+\b)/i.test(
      text,
    )
  ) {
    return { problem: { field: 'key', message: `"${text}" is a note, not a remembered fact` } };
  }
  if (
    /^(?:it|that|this|them|these|those|there|here|he|she|they|we|you|i|who|what|which|where|when|how|why|everything|all|anything|something|nothing|all of it|all of them|over|up|down|on|off|in|out|to|back|away)$/i.test(
      text,
    )
  ) {
    return { problem: { field: 'key', message: `"${text}" does not name one fact` } };
  }
  // "her bike code", "their wifi": an owner said as a pronoun, with no one named it stands for.
  // Stored as is it would be nobody's fact ("what is my sister's bike code" never finds it), so
  // whose it is is asked. "our wifi" is the person's household: `cleanName` drops "our" as it
  // drops "my", so it is stored and recalled as the person's own.
  const owner = /^(his|her|hers|their|theirs|its)\s+(\S.*)$/i.exec(text);
  if (owner) {
    const [, pronoun = '', name = ''] = owner;
    return {
      problem: {
        field: 'key',
        message: `"${text}" does not say whose ${name} it is`,
        reply: `Whose ${name}? I can't tell who "${pronoun}" is. Say whose, e.g. "my sister's ${name} is …", or "my ${name} is …" if it is yours. Nothing was changed.`,
      },
    };
  }
  // "remember today was crazy, the plumber came…", "remember tomorrow is bin day": a day said as
  // what a fact is about is a diary line (m22); "your today" names nothing to recall later, so the
  // note reading ("remember {text}") keeps it, saying why.
  // "… was long and the kids" (of "my day was long and the kids were loud"): a sentence with
  // its own verb in the past is no name either.
  if (DAY_WORDS.test(text) || /^\S+(?:\s+\S+)*\s+(?:was|were)\s+\S+\s+and\s/i.test(text)) {
    return { problem: { field: 'key', message: `"${text}" is a day, not the name of a fact` } };
  }
  // "oven is 180 and the fridge" (of "the oven is 180 and the fridge is 4"): a name holding a
  // copula and a value, then another clause, is two facts run together, never one name (R32).
  const joined =
    /^(.*?\S)\s+(?:is|are)\s+[\p{L}\p{N}][^\s,;]*\s*(?:,|;|\band\b)\s*(?:(?:my|our|the|your)\s+)?\S/iu.exec(
      text,
    );
  if (joined) {
    return {
      problem: {
        field: 'key',
        message: `"${text}" is more than one fact, not the name of one; say each on its own, as "my ${joined[1]} is …"`,
      },
    };
  }
  // "set the thermostat to 21", "turn the volume to 5": a device to control, which fazt cannot do.
  if (DEVICES.test(text)) {
    return {
      problem: {
        field: 'key',
        message: `I can't control "${text}" or any other device or app; I keep facts and notes`,
        outOfReach: true,
      },
    };
  }
  // "is 1234", "I park in spot": a sentence's verb or subject, not the name of a thing.
  // A word ends where no letter follows: "Amélie's birthday" and "Iñaki's pin" open with a name,
  // not "am" or "I" (`\b` ends an ASCII word before "é", S45).
  if (/^(?:is|are|was|were|am|be|i|we|he|she|they|you)(?![\p{L}\p{M}\p{N}_])(?!['’]s)/iu.test(text)) {
    return { problem: { field: 'key', message: `"${text}" is a sentence, not the name of a fact` } };
  }
  if (onlyFunctionWords(text)) {
    return { problem: { field: 'key', message: `"${text}" does not say what the fact is about` } };
  }
  return { value: withPossessive(thingFirst(text)) };
};

/**
 * "number on my amex", "code for my bike lock": what a thing of the person's has, said after it,
 * is the name said the usual way ("amex number", "bike lock code"), so "forget my amex" and
 * "what is my amex number" find it. A person's ("wifi password for my sister") and "the"'s ("code
 * for the bike lock") stay as said: recall reads either word order.
 */
function thingFirst(name: string): string {
  const found =
    /^(\p{L}+)\s+(?:on|for|of|to|from)\s+(?:my|our)\s+((?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+)$/iu.exec(
      name.trim(),
    );
  if (!found) return name;
  const [, what = '', thing = ''] = found;
  const words = thing.split(/\s+/);
  if (!isAttributeWord(what) || words.some((word) => isOwnerWord(word) || FUNCTION_WORD.test(word)))
    return name;
  return `${thing} ${what}`;
}

/** Words that make a thing's name a phrase ("back of my card"), not a name to put first. */
const FUNCTION_WORD = /^(?:on|for|of|to|from|in|at|the|my|our|a|an|and|or|with)$/i;

/**
 * "my" in the languages people mix in, before a fact's name: "мой пароль", "mi contraseña", "mon
 * code", "il mio pin", "benim şifrem", "我的密码", "私のパスワード", "내 비밀번호". Only before
 * more words, so a name that is the word itself stays.
 */
const FOREIGN_MY =
  /^(?:(?:мой|моя|моё|мое|мои|mi|mis|mon|ma|mes|mein|meine|meinen|meiner|il\s+mio|la\s+mia|i\s+miei|le\s+mie|mio|mia|o\s+meu|a\s+minha|meu|minha|meus|minhas|benim|내)\s+(?=\S)|(?:我的|私の|僕の|俺の)(?=\S))/iu;

/**
 * English words a fact's name may go on with after a person's name: "Mia allergic to", "Mio
 * phone". A capitalised "Mia", "Mio", "Mon" before them is a person, not another language's "my".
 */
const ENGLISH_AFTER_NAME =
  /(?:^|\s)(?:to|of|is|are|was|the|and|in|at|for|with|from|allergic|birthday|born|lives?|works?|likes?|hates?|loves?|needs?|name|phone|number|mobile|email|address|age|school|job|size|favou?rite)(?=\s|$)/i;

/**
 * `text` without another language's "my" before the fact's name (`FOREIGN_MY`): never a
 * capitalised word that is a person's name in an English sentence ("Mia allergic to", m23).
 */
function withoutForeignMy(text: string): string {
  const my = FOREIGN_MY.exec(text)?.[0];
  if (!my) return text;
  const rest = text.slice(my.length);
  return /^\p{Lu}\p{Ll}+\s+$/u.test(my) && ENGLISH_AFTER_NAME.test(rest) ? text : rest;
}

/**
 * A fact said with a verb of measure ("Luna weighs 5kg", "the bike cost 300", "the tank holds 40
 * litres"): the name the fact is kept under ("Luna's weight"), found by "how much does Luna
 * weigh?". Undefined for any other name.
 */
export function measureName(key: string): string | undefined {
  const found = /^(.+?)\s+(weighs?|weighed|costs?|measures?|measured|holds?)$/iu.exec(key.trim());
  if (!found) return undefined;
  const [, owner = '', verb = ''] = found;
  const noun = /^weigh/i.test(verb)
    ? 'weight'
    : /^cost/i.test(verb)
      ? 'price'
      : /^measur/i.test(verb)
        ? 'size'
        : 'capacity';
  const whose = owner.replace(/^(?:my|our|the)\s+/i, '');
  return `${whose}${/s$/i.test(whose) ? "'" : "'s"} ${noun}`;
}

/**
 * A key to store under: a fact's name (`memoryKeyCheck`), and neither a path nor a name left
 * hanging on a preposition ("save my photos to /tmp/p", "store a copy of everything at"): those
 * say what to do with something, never what a fact is called.
 */
export const memoryNewKeyCheck = (value: unknown): SlotCheck => {
  // "oh and jakes changed to 10 oct", "so emma's is 11": the opener carries nothing (S33 M5), and
  // an owner said alone ("jakes", "my wife's") names nobody's fact: asked which, nothing kept.
  const opened = FACT_OPENER.exec(String(value));
  const said = opened ? String(value).slice(opened[0].length) : String(value);
  const owner =
    /^(?:(?:my|our)\s+)?[\p{L}\p{M}-]+(?:['’]s|s['’])$/iu.exec(said.trim())?.[0] ??
    (opened && /^\p{Ll}{3,}s$/u.test(said.trim()) ? said.trim() : undefined);
  if (owner)
    return {
      problem: {
        field: 'key',
        message: `"${said.trim()}" does not say which of ${owner} facts it is`,
        reply: `Which of ${owner} facts? Say it with the fact's name, e.g. "remember ${owner} birthday is …". Nothing was changed.`,
      },
    };
  const text = functionWordsAsMeant(said);
  // "basically this week has been mad because omar was away …": a key that is a clause of a long
  // sentence is no name of a fact (S40 N9); nothing is kept from a rambling sentence.
  if (clauseKey(text))
    return {
      problem: {
        field: 'key',
        message: `"${text}" is a long sentence, not the name of a fact`,
        reply: `I didn't keep that: "${text}" reads as part of a long sentence, not the name of a fact. To keep one thing, say it on its own, e.g. "remember the vet's number is 0113 222 3333". Nothing was changed.`,
      },
    };
  // "remember Luna weighs 5kg": the verb says what the fact is, never part of its name (S26).
  const measure = measureName(text);
  if (measure) return memoryKeyCheck(measure);
  if (/(?:^|\s)(?:~|\.{1,2})?\/\S|\b[a-z]+:\/\/|\s(?:to|at|into|onto|as|from|with|of|for)$/i.test(text))
    return { problem: { field: 'key', message: `"${text}" is not the name of a fact` } };
  // "the home one is ddd", "my work ones are …": "one" stands for a name said before, in another
  // request; stored as is it would be a fact called "home one" that no question finds.
  const one = /^(?:(?:my|our|the)\s+)?((?:\S+\s+){0,3}?\S+)\s+ones?$/i.exec(text);
  // "my number one is Bob", "room one", "day one": "one" is a numeral there, part of the name.
  if (
    one &&
    !/(?:^|\s)(?:no|any|every|some|each|the|this|that|which|number|no\.|room|day|gate|level|floor|platform|track|chapter|page|step|stage|phase|part|season|episode|year|week|plan|option|class|line|player|seat|table|door|box|lane|bay|unit|block|zone)$/i.test(
      one[1]!,
    )
  )
    return {
      problem: {
        field: 'key',
        message: `"${text}" does not say which ${one[1]} thing it is`,
        reply: `Which ${one[1]} one? "one" stands for a name I can't see here. Say it with its full name, e.g. "my ${one[1]} wifi password is …" if it is a wifi password. Nothing was changed.`,
      },
    };
  // "your bike code is 5": said to fazt, "your" names no one whose fact it could be.
  const yours = /^(?:your|yours)\s+(\S.*)$/i.exec(text);
  if (yours)
    return {
      problem: {
        field: 'key',
        message: `"${text}" does not say whose ${yours[1]} it is`,
        reply: `Whose ${yours[1]}? Say whose, e.g. "my sister's ${yours[1]} is …", or "my ${yours[1]} is …" if it is yours. Nothing was changed.`,
      },
    };
  return memoryKeyCheck(opened ? said : value);
};

/** A discourse opener before a fact's name ("and", "oh", "so"): never part of the name (S33 M5). */
const FACT_OPENER = /^(?:(?:and|oh|so|ok(?:ay)?|also|plus|btw)[\s,]+)+(?=\S)/i;

/** Things people set or turn on and off: a request to control them is not a fact to keep. */
const DEVICES =
  /^(?:(?:the|my|our)\s+)?(?:thermostat|heating|heat|ac|a\/c|air\s+con(?:ditioning)?|aircon|fan|lights?|lamp|volume|brightness|alarm|timer|tv|television|radio|music|oven|dishwasher|washing\s+machine|dryer|kettle|blinds|oven\s+timer|sound|ringer|bluetooth|screen|display)$/i;

/**
 * Words that never name a fact on their own: pronouns, articles, forms of "be" and "have",
 * prepositions, conjunctions ("remember that is 1234", "that's it", "it's cold today").
 */
const FUNCTION_WORDS = new Set(
  "a an the this that these those it its it's that's s is are was were everything anything something nothing stuff things be been being am do does did have has had i me my mine you your yours he him his she her hers we us our they them their there here what which who whom whose where when why how and or but nor so if then than as at by for from in into of off on onto out over to up down with about all any some each every no not now just very too also only still again ever yes ok okay".split(
    ' ',
  ),
);

/**
 * True when every word of `text` is a function word (see FUNCTION_WORDS). A name of emoji or
 * symbols alone ("🍕", "🇬🇧", "%", "½") names a fact as a word does (S30); sentence punctuation
 * alone ("!!!", "?") does not.
 */
function onlyFunctionWords(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text) && /[^\s.,;:!?¡¿…'"“”‘’«»()[\]{}\p{Pd}]/u.test(text)) return false;
  const words = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .flatMap((word) => word.split("'"))
    .filter(Boolean);
  return words.every((word) => FUNCTION_WORDS.has(word));
}

/**
 * Words of mood and opinion: "the weather is awful today", "the kids are asleep finally" are
 * chatter, not facts to keep. A value made only of these (and softeners like "so", "today") is
 * not stored.
 */
const MOOD_WORDS = wordSet(
  'awful terrible horrible bad worse worst good better best great nice lovely fine ok okay cool amazing awesome fantastic wonderful brilliant beautiful ugly boring bored fun funny hilarious weird strange crazy insane stupid dumb silly annoying annoyed angry mad sad happy glad tired exhausted sleepy asleep awake hungry full sick ill cold hot warm chilly freezing boiling wet dry windy rainy sunny cloudy foggy busy quiet loud noisy slow fast late early hard easy difficult tough simple useful useless important interesting cute sweet nasty gross messy clean dirty broken done over finished ready fine alright right wrong true false real fake weird mine yours ours here there gone away back home out in up down on off so very really too quite pretty totally super kinda sorta a bit little lot today tonight now finally again already still yet lately anymore as usual always never sometimes again for me to us me',
);

/**
 * More ways to say how things are going: states, nouns of praise and complaint ("dead", "a mess",
 * "an idiot", "a legend") and the participles of what is happening ("going", "losing").
 */
const STATE_WORDS = new Set(
  [
    'dead dying broken bust kaput flat empty mess disaster nightmare joke pain killing driving bugging annoying doing going acting playing slow laggy buggy down up off on over late sore hurting aching sick stuck lost missing gone a an the such total complete absolute bit of',
    'idiot moron jerk fool clown loser liar creep snob slob bully diva psycho genius legend hero star champ saint angel sweetheart darling treasure gem dream blessing curse hell heaven junk crap rubbish garbage trash piece work useless hopeless pathetic ridiculous unbearable impossible lazy rude mean nice kind smart clever dumb cute adorable gorgeous stressful stressed stressing exhausting draining depressing depressed upset worried anxious nervous excited thrilled furious livid lonely miserable grumpy cranky moody jealous proud delighted disappointed disappointing frustrated frustrating overwhelmed overwhelming hungover drunk sleepy rough',
    'fried toast wrecked shattered knackered beat broke skint hungover gutted stoked buzzing',
    // The same in other languages people mix in: insults and opinions ("un idiota", "ein Trottel",
    // "une conne", see INSULTS), moods ("cansado", "müde", "stanco"); names typed in lower case
    // ("bella") are not here.
    'idiota imbécil imbecil imbécile imbecille tonto tonta estúpido estúpida estupido stupido stupida stupide cretino cretina crétin crétine pendejo pendeja gilipollas cabrón cabron capullo baka dummkopf arschloch trottel depp blöd blöde doof idiot idiote connard connasse conne abruti abrutie débile nul nulle nulo nula scemo scema stronzo stronza coglione burro burra otário babaca idioot sukka huevón boludo boluda pelotudo',
    'cansado cansada fatigué fatiguée müde stanco stanca cansadíssimo triste contento contenta enfadado enfadada enojado enojada fâché fâchée wütend sauer arrabbiato arrabbiata aburrido aburrida ennuyeux ennuyeuse langweilig noioso noiosa genial génial toll bueno buena malo mala mal bien bon bonne mauvais mauvaise gut schlecht buono buona cattivo cattiva bom boa ruim horrible horrível terrible terrível schrecklich orribile pésimo pésima increíble incroyable unglaublich loco loca fou folle verrückt pazzo pazza insoportable insupportable unerträglich insopportabile',
    // What one thinks of a person (s48: "my sister is lovely" kept sister = "lovely"): the
    // adjectives ending in "-ly" are words of the list, never softeners (`onlyMood`); and the
    // superlatives of praise and complaint ("the sweetest"). Not facts: "patient", "single", "eldest".
    'lovely lonely friendly lively cuddly jolly silly chilly smelly ugly grumpy generous caring thoughtful stubborn bossy shy cheeky loving helpful supportive considerate polite selfish spoiled spoilt naughty gentle strict clingy needy fussy picky chatty sweet funny hilarious brilliant wonderful horrible',
    'nicest kindest sweetest loveliest funniest greatest cutest smartest coolest prettiest friendliest best worst ever',
    'losing winning crashing failing crying snoring raining pouring lagging leaking overheating sulking struggling suffering complaining whining nagging ignoring being getting feeling looking sounding pounding throbbing spinning delayed cancelled canceled postponed answered solved sorted fixed resolved settled handled',
  ]
    .join(' ')
    .split(' '),
);

/**
 * True when a value only says how something feels or is going ("awful today", "so boring",
 * "dead", "a mess"), or is a clause about the speaker ("killing me", "driving me crazy").
 */
export function onlyMood(said: string): boolean {
  // An emoji beside words is a mood marker ("an idiot 😤"); an emoji alone is a value ("😀").
  const text = said.replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, ' ').trim();
  if (!text) return false;
  // A value that holds a digit, a sign or a symbol is a value as typed ("A+", "O-", "B+", "5/5"),
  // whatever its letters spell.
  if (/[^\p{L}\s'’.,!?…]/u.test(text)) return false;
  // A capitalised word is a name ("Angel", "Star Wars"), not a mood; not an insult, which German
  // writes with a capital ("ein Trottel", "ein Idiot").
  const capitalised = text.match(/(?:^|\s)\p{Lu}\p{Ll}\S*/gu) ?? [];
  if (capitalised.some((word) => !INSULTS.has(word.trim().toLowerCase()))) return false;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return false;
  if (words.length <= 4 && /^\p{L}+ing\s+(?:me|us|him|her|them)\b/iu.test(text)) return true;
  // Articles and softeners alone say nothing about a mood: "A" is a grade or a blood group.
  // An adverb in "-ly" is a softener too ("going badly"), never enough on its own ("Lily").
  // A word of the lists is never a softener, "-ly" or not ("lovely", "silly", "lonely").
  const soft = (word: string) =>
    SOFTENERS.has(word) ||
    (word.length > 4 && word.endsWith('ly') && !MOOD_WORDS.has(word) && !STATE_WORDS.has(word));
  if (words.every(soft)) return false;
  return words.every((word) => soft(word) || MOOD_WORDS.has(word) || STATE_WORDS.has(word));
}

/** Insults that are never a name, in the languages people mix in, capitalised or not. */
const INSULTS = wordSet(
  'idiot idiota idiote imbécil imbecil imbécile imbecille dummkopf arschloch trottel depp vollidiot blödmann penner spinner connard connasse crétin crétine abruti abrutie gilipollas pendejo pendeja cabrón capullo stronzo stronza coglione cretino cretina babaca otário idioot moron jerk',
);

/** Words of the mood lists that carry no mood on their own ("a", "so", "today"). */
const SOFTENERS = wordSet(
  'a an the so very really too quite pretty totally super kinda sorta bit little lot of such today tonight now finally again already still yet for me to us as un una uno une el la le los las les der die das ein eine einer einen il lo um uma een het es est ist è é muy très sehr molto muito tan tão vraiment wirklich davvero realmente totalmente complètement completamente total un poco peu bisschen hoy aujourdhui heute oggi hoje',
);

/** "now 204", "1234 now", "8000 instead": the word that marks an update is not part of the value. */
export const memoryValueCheck = (value: unknown): SlotCheck => {
  const text = String(value)
    // Lower case only, and not before a joining word: "Now and Then", "now or never", "Now, Now"
    // are values (a title, a phrase), not an update marker.
    .replace(
      /^(?:now|actually|instead|really|ahora|maintenant|jetzt|adesso|agora)\s+(?!(?:and|or|&|then|nor|but|is)\b)/,
      '',
    )
    // "Dr. Nguyen, not Dr. Patel", "9920 instead of 7781": the old value is not part of the new one.
    // Not a phrase or title that says the same word again ("sorry not sorry", "Sorry, Not Sorry")
    // or a title's own capitalised "Not" ("Sorry Not Sorry"): those are the value as said.
    .replace(
      /[\s,;]+(not|rather\s+than|instead\s+of)\s+([^,;]+)$/i,
      (whole, word: string, after: string, at: number, all: string) =>
        notAReplacement(all.slice(0, at), word, after) ? whole : '',
    )
    // "12 (not 21)": the same said in brackets.
    .replace(/\s*\((?:not|rather\s+than|instead\s+of)\s+[^()]+\)$/i, '')
    // "12-43-08 i mixed it up": a code, then an aside about it. After a sentence end ("12. It's
    // on floor 3.") it is a sentence of its own, which the planner reads and says back, never drops.
    .replace(/^(\S*\d\S*)\s+(\S.*)$/, (whole, code: string, rest: string) =>
      isAside(rest) && !/[.!?]$/.test(code) ? code.replace(/[,;:]+$/, '') : whole,
    )
    // Lower case, and not after a joining word: "Here and Now", "Now, Now" keep theirs.
    .replace(
      /(?<!\b(?:and|or|&|then|till|until|from|by|than|is|now|right|just))[\s,]+(?:now|instead|from\s+now\s+on|these\s+days|anymore)$/,
      '',
    )
    .replace(/(?<=\S)\s+right\s+now$/, '')
    .trim();
  if (!text) return { problem: { field: 'value', message: 'the value is empty' } };
  // "my birthday isn't in May", "my plan is not to …": what it is not, said with or without a
  // contraction ("isn't" reaches here as typed), is no value to keep.
  if (NEGATED_VALUE.test(text))
    return {
      problem: {
        field: 'value',
        message: `"${text}" says what it is not`,
        reply: `I didn't keep that: "${text}" says what it is not, not what it is. Say what it is, e.g. "remember my birthday is 3 May". Nothing was changed.`,
      },
    };
  // "remember my key is is": a value of only "is", "the", "to"… is a sentence split in the wrong place.
  if (GRAMMAR_ONLY.test(text))
    return {
      problem: {
        field: 'value',
        message: `"${text}" is not a value`,
        reply: `I didn't keep that: "${text}" is not a value I can keep. Say it like "remember my locker is 118". Nothing was changed.`,
      },
    };
  return { value: text };
};

/**
 * True when "<before> not <after>" is one value, not a value and the one it replaces: the words
 * after "not" say again the words before it ("sorry not sorry", "yes, not yes"), or "Not" is
 * capitalised as a title's word ("Sorry Not Sorry", "Ready Or Not Here I Come"), or follows "but"
 * ("Last but not least").
 */
function notAReplacement(before: string, word: string, after: string): boolean {
  const last = before.trim().split(/\s+/);
  const said = after.trim().split(/\s+/);
  const again = said.join(' ').toLowerCase() === last.slice(-said.length).join(' ').toLowerCase();
  // "Last but not least", "slow but not steady": "but not" joins one phrase.
  return again || /^N/.test(word) || /\bbut$/i.test(before.trim());
}

/** A value that opens by saying what it is not: "not …", "isn't …", "aren't …", "'s not …", "ain't …". */
const NEGATED_VALUE =
  /^(?:not|(?:is|are|was|were|ai|do|does|did|has|have|had|wo|ca|should|would|could)n['’]?t|['’]s\s+not|['’]re\s+not)(?:\s|$)/i;

/** A value made only of grammar words ("is", "the", "to"…), in lower case ("A" is a grade). */
const GRAMMAR_ONLY =
  /^(?:(?:is|are|was|were|be|been|being|am|the|a|an|to|of|and|or|than|that|it)(?:\s+|$))+$/;

/**
 * A bare statement ("my X is Y", no "remember") is kept only when Y names something: a number, a
 * code, a date, a name, a place, a thing. Opinions, feelings and how things are going ("my boss
 * is an idiot", "my day is going badly", "the weather is awful today") are chatter, not facts;
 * said after "remember" they are kept, since the person asked. Events with other verbs ("my
 * head hurts", "my team lost again") match no fact template at all.
 */
export const memoryStatementCheck = (
  { key, value }: { key: string; value: unknown },
  raw: Readonly<Record<string, string>> = {},
): SlotProblem | undefined => {
  const said = String(raw.value ?? value).trim();
  const keep = `To keep it anyway, say "remember my ${key} is …".`;
  const notKept = (why: string): SlotProblem => ({
    field: 'value',
    message: `"${said}" ${why}`,
    reply: `I didn't keep that: "${said}" ${why}, and without "remember" I only keep plain facts. ${keep}`,
  });
  // "my band is Or Maybe Not": a title (every word capitalised) keeps its words, doubt or not.
  if (HEDGE.test(said) && !TITLE.test(said)) return notKept('sounds unsure');
  if (NEGATION.test(said)) return notKept('says what it is not');
  if (CHATTER_TAIL.test(said)) return notKept('ends in chatter');
  // "my plan is to sleep early": an intention, not a fact.
  if (/^to\s+\p{L}+/iu.test(said) && !/\d/.test(said)) return notKept('is a plan, not a fact');
  if (typeof value === 'string' && (onlyMood(value) || opinionOfPerson(String(raw.key ?? key), value)))
    return {
      field: 'value',
      message: `"${value}" says how things are or feel, not a fact to keep`,
      reply: `I didn't keep that: "${value}" says how things are or feel, and I only keep facts you ask me to. To keep it anyway, start with "remember that".`,
    };
  // "my mum is coming over on sunday", "my son is driving me crazy": what a person is doing is no
  // name for them (S40 N7 kept mum = "coming over on sunday"). Lower case only: "Ming" is a name.
  if (
    PERSON_KEY.test(String(raw.key ?? key).trim()) &&
    /^\p{Ll}\p{L}+ing(?:\s|$)/u.test(said) &&
    !/^(?:king|thing)\b/i.test(said)
  )
    return notKept('says what they are doing, not who they are');
  // "my husband is at work", "my mum is in hospital": where a person is, not who they are.
  if (
    PERSON_KEY.test(String(raw.key ?? key).trim()) &&
    /^(?:at|in|on|with|off|out|over|away|back|home|from|still)\s/.test(said)
  )
    return notKept('says where they are, not who they are');
  // "the weather is 20 degrees", "the sky is blue": how the world is, nobody's fact (S26);
  // a mood about it ("the weather is awful today") is answered as a mood, above.
  if (WORLD.test(String(raw.key ?? key).trim()))
    return {
      field: 'key',
      message: `"${raw.key ?? key}" is how the world is, not a fact of yours`,
      reply:
        "I didn't keep that: it says how the world is, not a fact about you or yours. Nothing was changed.",
      chatter: true,
    };
  return undefined;
};

/** Words that only say "a person" after an opinion of one: "a lovely person", "the best sister ever". */
const SOMEONE = wordSet(
  'person people guy girl man woman lady boy kid child one human soul sister brother mum mom mother dad father wife husband partner friend son daughter baby',
);

/**
 * True when `value`, kept under a person's name (`PERSON_KEY`), only says what one thinks of them
 * ("a lovely person", "the best sister ever", "such a kind soul"): the words that say "a person"
 * left out, the rest is a mood (`onlyMood`). A capitalised word is a name ("Lovely", "Ana").
 */
function opinionOfPerson(key: string, value: string): boolean {
  if (!PERSON_KEY.test(key.trim())) return false;
  const words = value.trim().split(/\s+/);
  const left = words.filter((word) => !SOMEONE.has(word.toLowerCase()));
  return left.length > 0 && left.length < words.length && onlyMood(left.join(' '));
}

/** A fact's name that is a person or a group of people ("mum", "my best friend", "kids"). */
const PERSON_KEY =
  /^(?:(?:my|our)\s+)?(?:son|daughter|wife|husband|partner|brother|sister|mum|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|nan|gran|aunt|uncle|niece|nephew|cousin|boss|coworker|colleague|best\s+friend|friend|fianc[eé]e?|girlfriend|boyfriend|flatmate|roommate|housemate|neighbou?r|landlord|kids|children|sons|daughters|parents|twins|baby)$/iu;

/**
 * True when a fact's name is a clause of a sentence rather than a name: more than eight words, or a
 * word that joins clauses or a verb of telling what happened ("because", "has been", "were").
 */
function clauseKey(key: string): boolean {
  const words = key.trim().split(/\s+/);
  if (words.length > 8) return true;
  return (
    words.length > 3 &&
    /\b(?:because|cause|but\s+then|and\s+then|has\s+been|have\s+been|had\s+been|was|were|came|went|ate|anyway|basically)\b/i.test(
      key,
    )
  );
}

/**
 * The world around everyone ("the weather", "the sky", "the traffic", "the price of eggs"): a bare
 * statement about it is chatter, not the person's fact. Not what may be the person's own ("my
 * temperature", "my time", "my train"): those stay facts.
 */
const WORLD =
  /^(?:the\s+)?(?:weather|forecast|sky|sun|moon|sea|ocean|wind|rain|snow|air|traffic|news|economy|stock\s+market|prices|price\s+of\s+.+|cost\s+of\s+living|world|government|temperature\s+outside|weather\s+outside)(?:\s+(?:today|tonight|now|outside|here|this\s+(?:morning|afternoon|evening|week)))?$/iu;

/**
 * A fact's name that reports what someone or something says ("card says my bank pin", "mom always
 * says the password", "boss told me the deadline"): the inner name ("bank pin") when the key is
 * such a report, else undefined. What another says is never kept as the speaker's fact (S26).
 */
export function reportedName(key: string): string | undefined {
  const found =
    /^(?:(my|our|the|a|an|this|that)\s+)?(\S.*?)\s+(?:(?:always|often|usually|just|also|still|once|keeps|kept)\s+)*(?:says|said|say|tells\s+(?:me|us)|told\s+(?:me|us)|thinks|thought|reckons|reckoned|claims|claimed|insists|insisted|swears|swore)\s+(?:that\s+)?((?:my|the|our|his|her|their)\s+.*\S)$/iu.exec(
      key.trim(),
    );
  if (!found) return undefined;
  const [, determiner, speaker, said] = found;
  // "my sister said her pin": "her" is the sister, so the name is "sister's pin"; "she said her
  // pin", "the card says her pin": whose it is stays unsaid ("her pin", no suggestion made).
  const pronoun = /^(?:his|her|their)\s+(.*)$/iu.exec(said!);
  if (
    pronoun &&
    /^(?:my|our)?$/i.test(determiner ?? '') &&
    /^\p{L}+$/u.test(speaker!) &&
    !SPEAKER_PRONOUN.test(speaker!)
  )
    return `${speaker}'s ${pronoun[1]}`;
  return said!.replace(/^(?:my|our|the|that)\s+/i, '');
}

/** Speakers that name nobody: "she said her pin", "someone told me his number". */
const SPEAKER_PRONOUN = /^(?:he|she|they|it|someone|somebody|everyone|everybody|people|you|u|i|we)$/i;

/** "not important", "definitely not 17", "isn't 5": a value said as what it is not. */
const NEGATION =
  /^(?:(?:definitely|certainly|really|surely|absolutely|probably|just|still|actually|so|def)\s+)*(?:not|never|no\s+longer|nothing)\b/iu;

/**
 * A bare statement that corrects what was said before ("actually …", "no, …", "nope, …", "… now", "correction: …",
 * "we changed …", "12, not 11", "I mixed it up"): the person means to replace the stored value.
 */
const CORRECTION =
  /^\s*(?:no|nope|nah|naw|wrong|incorrect|not\s+quite|not\s+really|not\s+so|that['’]?s\s+(?:wrong|not\s+right))\s*[,;:.!–—-]|\b(?:actually|now|ahora|en\s+realidad|maintenant|en\s+fait|jetzt|eigentlich|adesso|ora|in\s+realtà|agora|na\s+verdade|nu|anymore|any\s+more|instead|correction|corrected|correct|change[ds]?|update[ds]?|new|wait|mixed\s+(?:it\s+|them\s+)?up|wrong|sorry|oops|moved|switched|no\s+longer|from\s+now\s+on|these\s+days|rather)\b|,\s*not\s+\S|\s+not\s+\S+\s*[.!]*$/iu;

/**
 * Words of doubt: "probably Alien, I guess", "can't recall", "vielleicht", "tal vez", and two
 * numbers either way ("15 or 16"). Two names joined by "or" ("gin or tonic") are a value as said.
 */
const HEDGE =
  /(?:^|[\s,])(?:maybe|probably|perhaps|possibly|i\s+guess|i\s+think|i\s+believe|i\s+suppose|can['’]?t\s+recall|cannot\s+recall|can['’]?t\s+remember|not\s+sure|unsure|dunno|don['’]?t\s+know|or\s+something|or\s+so|or\s+maybe|i\s+reckon|kind\s+of|sort\s+of|quizás?|tal\s+vez|a\s+lo\s+mejor|creo\s+que|no\s+sé|peut[-\s]être|je\s+crois|je\s+pense|je\s+sais\s+pas|vielleicht|ich\s+glaube|ich\s+denke|keine\s+ahnung|forse|credo|penso\s+che|non\s+so|talvez|acho\s+que|não\s+sei|misschien|kanske)(?:[\s,.!?]|$)|\d\S*\s+(?:or|o|ou|oder|of|eller)\s+\S*\d/iu;

/** A title: two or more words, each capitalised ("Or Maybe Not", "Maybe I'm Amazed" is not). */
const TITLE = /^\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)+[.!?]*$/u;

/** A trailing aside that makes a statement chatter: "20 lol", "blue, honestly who cares", "ugh". */
const CHATTER_TAIL =
  /(?:^|[\s,;])\s*(?:lol|lmao|rofl|haha+|hehe|ugh+|meh|argh+|sigh|smh|ffs|omg|jk|whatever|who\s+cares|honestly(?:\s+who\s+cares)?|just\s+saying|(?:for\s+)?what\s+it['’]?s\s+worth|if\s+you\s+care|as\s+if)\s*[.!?]*$/iu;

/**
 * The request without the fact's own name and value: "new" in "my new phone is a Pixel" names
 * the phone, it does not correct anything; "now" in "my status is now" is the value.
 */
function withoutNameAndValue(said: string, key: string, value: string): string {
  let text = ` ${said} `;
  for (const part of [key, value]) {
    const at = part ? text.toLowerCase().indexOf(part.toLowerCase()) : -1;
    if (at >= 0) text = `${text.slice(0, at)} ${text.slice(at + part.length)}`;
  }
  return text;
}

/** How an answer that nothing needed changing opens. */
const ALREADY = 'Already remembered:';

/**
 * Before a bare statement replaces a stored fact: the fact under the same key, looked up by
 * `memory_recall`. Another value asks first; the same value says it is already remembered.
 */
const memoryReplaceCheck = {
  reply: (
    output: unknown,
    { key, value }: { key: string; value: string },
    said: string,
  ): string | undefined => {
    const found = output as {
      match?: { key: string; label: string; value: unknown } | null;
      ambiguous?: boolean;
      alternatives?: { label: string; value: unknown }[];
    };
    const match = found.match;
    // "my new phone number is 0777" with "phone number" stored: "new" says it replaces the old
    // value; with "new phone" itself stored, "new" is part of the name and corrects nothing.
    const correcting =
      CORRECTION.test(withoutNameAndValue(said, key, value)) ||
      (opensWithUpdateWord(key) && !(match && opensWithUpdateWord(match.label)));
    // "actually my PIN is 3333" with "📱 PIN" and "💳 PIN": a correction of one of several facts
    // that fit the name asks which, never writes a third.
    if (!match && found.ambiguous && correcting && found.alternatives?.length)
      return `${found.alternatives.length === 2 ? 'Two' : found.alternatives.length} remembered facts fit "${key}": ${found.alternatives
        .map(listedFact)
        .join(
          '; ',
        )}. Which one should change to ${value}? Say "remember ${ownName(found.alternatives[0]!.label)} is ${value}" with the name of the one you mean.`;
    if (!match) return undefined;
    const stored = String(match.value);
    // "my email pw is newpass11" with another stored: the stored secret is never printed in a
    // question back (someone may be looking at the screen); other facts show the old value.
    const shown = isSecretFact(match.label, match.value) ? MASK : visibleBreaks(stored);
    const subject = factSubject(match.label);
    if (!sameFactName(match.label, key)) {
      // "actually my lock code is 3" with only "bike lock code" stored: a correction of a fact
      // under a shorter or other name is never a silent new fact; ask which is meant.
      if (!correcting) return undefined;
      return `${subject} ${beOf(match.label)} ${shown}, and nothing is remembered as "${key}". To change ${inSentence(subject)}, say "remember ${ownName(match.label)} is ${value}"; to keep "${key}" as a new fact, say "remember my ${key} is ${value}".`;
    }
    // "my son is Tomás" with "Tomas" kept: the same name, spelled as typed now (m29).
    if (stored !== value && (correcting || folded(stored.trim()) === folded(value.trim()))) return undefined;
    // "I live in Lyon" with home = Paris: said back as the person says it, and how to change it.
    const own = selfSentence(match.label, shown);
    const again = selfSay(key, value);
    if (own && stored === value)
      return endSentence(`${ALREADY} ${own.charAt(0).toLowerCase()}${own.slice(1)}`);
    if (own && again) return `${endSentence(own)} Change it to ${value}? Say "remember ${again}".`;
    if (stored === value)
      return endSentence(
        `${ALREADY} ${subject.charAt(0).toLowerCase()}${subject.slice(1)} ${beOf(match.label)} ${shown}`,
      );
    return `${subject} ${beOf(match.label)} ${shown}; change it to ${value}? Say "remember my ${key} is ${value}".`;
  },
};

/** Whether a fact name opens with an update word ("new phone number", "current address"). */
function opensWithUpdateWord(name: string): boolean {
  const [first, next] = normaliseKey(name).split(' ');
  return first !== undefined && next !== undefined && updateWord(first, next);
}

/** Opening verbs that change a fact already kept: "update my …", "change my …", "set my … to". */
const UPDATE_VERBS = new Set([
  'set',
  'update',
  'change',
  'correct',
  'fix',
  'replace',
  'modify',
  'edit',
  'amend',
]);

/**
 * Before an update ("set my wifi password to ggg", "update my pw to x") writes a fact not stored
 * under that name: when several stored facts fit it ("home wifi password", "work wifi password"),
 * which one is asked; when one other fits ("bike lock code" for "lock code"), whether it is meant
 * is asked. Nothing is written either way. Undefined: the name is stored, or nothing fits.
 */
function updateTargetCheck(
  output: unknown,
  { key, value }: { key: string; value: string },
): string | undefined {
  const found = output as {
    match?: { label: string; value: unknown } | null;
    ambiguous?: boolean;
    alternatives?: { label: string; value?: unknown }[];
    typo?: string;
  };
  const fits = found.alternatives ?? [];
  if (!found.match && found.ambiguous && fits.length > 1)
    return `${fits.length === 2 ? 'Two' : fits.length} remembered facts fit "${key}": ${fits
      .map(listedFact)
      .join(
        '; ',
      )}. Which one should change to ${value}? Say "update ${ownName(fits[0]!.label)} to ${value}" with the name of the one you mean; nothing was changed.`;
  const match = found.match;
  // "change my wifi pasword to x": the stored name mistyped; the write changes that fact and says so.
  if (
    !match ||
    sameFactName(match.label, key) ||
    (typoMatches(key, [match]).length === 1 && sureTypo(key, match.label))
  )
    return undefined;
  const subject = factSubject(match.label);
  return `${subject} ${beOf(match.label)} ${visibleBreaks(String(match.value))}, and nothing is remembered as "${key}". To change ${inSentence(subject)}, say "update ${ownName(match.label)} to ${value}"; to keep "${key}" as a new fact, say "remember my ${key} is ${value}". Nothing was changed.`;
}

/**
 * "remember wifi password Hunter2": no "is", but a few plain words followed by one code-like token
 * (digits, symbols or inner capitals) read as a name and its value.
 */
/** An amount, its currency before it if any: "300", "€349,00", "R$ 1.299,90", "S/ 45". */
const MEASURED_AMOUNT = new RegExp(`^(?:${CURRENCY_BEFORE}\\s?)?\\d`, 'iu');

export const nameThenCode = ({ key, value }: { key: string; value: string }): SlotProblem | undefined => {
  const name = String(key);
  const code = String(value);
  // "wifi is": a name never holds the "is" of a sentence; that reading split it in the wrong place.
  const plainName =
    /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$/u.test(name) && !/(?:^|\s)(?:is|are|was|were)(?:\s|$)/i.test(name);
  const phoneLike = /^\+?\d[\d\s().-]{3,}\d$/.test(code);
  const codeLike =
    phoneLike || (!/\s/.test(code) && (/[\d@#$%&*!?_=+:/]/.test(code) || /\p{Ll}\p{Lu}/u.test(code)));
  // "remember my bike costs 300 euros": a verb of measure and an amount (`measureName`).
  // Its currency as written ("R$ 1.299,90", "US$ 450"), `CURRENCY_BEFORE`.
  const measured = measureName(name) !== undefined && MEASURED_AMOUNT.test(code);
  return (plainName && codeLike) || measured
    ? undefined
    : { field: 'value', message: 'no value to remember' };
};

export const example = 'for example "remember that my bike lock code is 4312"';

/** The question when a fact's key is missing. */
export const askKey = () => `What should I remember? Tell me what it is and its value, ${example}.`;

/** "home and work postcodes", "mum's, dad's and gran's birthdays": owners of one plural name. */
const SHARED_NAME =
  /^((?:[\p{L}\p{N}'’-]+\s*,\s*)*[\p{L}\p{N}'’-]+)\s*,?\s+(?:and|&)\s+([\p{L}\p{N}'’-]+)\s+([\p{L}][\p{L}\s'’-]*?[\p{L}])(s)$/u;

/** Values said as a list: "N1 and E2", "3 May, 9 June and 1 July". */
const VALUE_JOINT = /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/;

/**
 * "my home and work postcodes are N1 and E2" → "home postcode" N1, "work postcode" E2; "my mum's
 * and dad's birthdays are 3 May and 9 June" likewise: one fact per owner, in order, when the values
 * are as many as the owners. Undefined otherwise (kept as said: "salt and pepper shakers").
 */
function sharedNameFacts({
  key,
  value,
}: {
  key: string;
  value: string;
}): { key: string; value: string }[] | undefined {
  const named = SHARED_NAME.exec(key.trim());
  if (!named) return undefined;
  const owners = [...named[1]!.split(/\s*,\s*/), named[2]!];
  const noun = named[3]!;
  if (/(?:s|ss)$/.test(noun) && !/[’']$/.test(noun)) return undefined;
  const values = value.split(VALUE_JOINT).map((part) => part.trim());
  if (values.length !== owners.length || values.some((part) => !part)) return undefined;
  return owners.map((owner, at) => ({ key: `${owner} ${noun}`, value: values[at]! }));
}

/** "4312 and my gym locker is 118": a value that carries a second fact. */
const SECOND_FACT = /^(.+?)\s*,?\s+and\s+((?:my|the|our)\s+.+?)\s+(?:is|are)\s+(.+)$/i;

/**
 * Splits "remember that my bike lock code is 4312 and my gym locker is 118" into one input per
 * fact. Only a second "my/the … is …" clause splits, so "less is more" stays one value.
 */
export function splitFacts(input: { key: string; value: string }): { key: string; value: string }[] {
  const shared = sharedNameFacts(input);
  if (shared) return shared;
  const inputs: { key: string; value: string }[] = [];
  let { key, value } = input;
  for (let round = 0; round < 10; round++) {
    const match = SECOND_FACT.exec(value);
    if (!match) break;
    inputs.push({ key, value: cleanContent(match[1]!) });
    key = cleanName(match[2]!);
    value = cleanContent(match[3]!);
  }
  inputs.push({ key, value });
  return inputs;
}

/** A remembered fact as memory_list returns it. */
export interface FactEntry {
  key: string;
  label: string;
  value: unknown;
}

/**
 * The remembered fact a question is about, judged by how many of its words appear in the fact's
 * key or value ("where did I park?" finds car → "parked on level 3"); undefined below `minScore`.
 * A fact whose owner differs from the one asked about ("my sister's …" against "my brother's …")
 * never counts. `sameWord` is the planner's word test (stems, synonyms, typos).
 */
export function bestFact(
  question: string,
  entries: readonly FactEntry[],
  sameWord: (wanted: string, word: string) => boolean,
  minScore = 0.5,
): FactEntry | undefined {
  const best = bestFacts(question, entries, sameWord, minScore);
  return best.length === 1 ? best[0] : undefined;
}

/** Attribute words most values answer on their own ("what's Ann's number?" → "555 0101"). */
const GENERIC_ATTRIBUTE = new Set(['number', 'name', 'address']);

/** Words with their short forms written out too ("pwd" also as "password"). */
const inFull = (words: string[]) => [
  ...words,
  ...words.flatMap((word) => (SHORT_FORM[word] ? [SHORT_FORM[word]] : [])),
];

/** Whether a word asked is one of `candidates` (`bestFacts`' test): a number only as itself. */
function wordHits(
  word: string,
  candidates: readonly string[],
  sameWord: (wanted: string, word: string) => boolean,
): boolean {
  return candidates.some(
    (candidate) =>
      // A number asked ("room 100") is found only as itself, never as "101" or "1000".
      (/\p{N}/u.test(word) || /\p{N}/u.test(candidate) ? word === candidate : sameWord(word, candidate)) ||
      (word.length >= 4 &&
        !/\p{N}/u.test(word) &&
        candidate.length >= 4 &&
        (candidate.startsWith(word) || word.startsWith(candidate))),
  );
}

/**
 * Whether a question says every word of a fact's name (as `bestFacts` matches words: short forms
 * written out, typos, a word's start): "netflx pass?" names "netflix password".
 */
export function namedInFull(
  question: string,
  label: string,
  sameWord: (wanted: string, word: string) => boolean,
): boolean {
  const wanted = questionWords(shortFormsInFull(question)).map((word) => SHORT_FORM[word] ?? word);
  return contentWords(label)
    .map((word) => SHORT_FORM[word] ?? word)
    .every((word) => wanted.some((asked) => wordHits(asked, [word], sameWord)));
}

/**
 * The facts a question may mean when the one `bestFacts` found is a secret it does not name in
 * full (issue 7, m15): "what wifi password do I have?" finds "home wifi password", and "work wifi
 * password" is one too. Each fact (`fact` first, the others in the order given) whose name holds
 * every word of the question that names `fact` ("wifi password"), with no other owner, in the
 * order given (`fact` among them). Just `fact` when the question names all of it ("what's my home wifi password?") or none other fits.
 * Never reorders `bestFacts`' candidates: it is asked only of the one fact found.
 */
export function secretsAlike<T extends FactEntry>(
  question: string,
  fact: T,
  entries: readonly T[],
  sameWord: (wanted: string, word: string) => boolean,
): T[] {
  if (!isSecretFact(fact.label, fact.value)) return [fact];
  const wanted = questionWords(shortFormsInFull(question)).map((word) => SHORT_FORM[word] ?? word);
  const named = inFull(contentWords(fact.label));
  const said = wanted.filter((word) => wordHits(word, named, sameWord));
  // Every word of its name said: the fact is asked for by name, and answers.
  // ("wifi pwd" is named by "wifi password": each word of the name as written out).
  const inName = contentWords(fact.label).map((word) => SHORT_FORM[word] ?? word);
  if (said.length === 0 || inName.every((word) => wanted.some((asked) => wordHits(asked, [word], sameWord))))
    return [fact];
  const alike = entries.filter(
    (entry) =>
      entry === fact ||
      (!ownersDiffer(aliased(question), entry.label) &&
        said.every((word) => wordHits(word, inFull(contentWords(entry.label)), sameWord))),
  );
  return alike.length > 1 ? alike : [fact];
}

/**
 * The facts that fit a question equally well (`bestFact`'s scoring): one is the answer; two or
 * more tie ("where is the room key?" with "room 10 key" and "room 101 key") and none is picked.
 */
export function bestFacts(
  question: string,
  entries: readonly FactEntry[],
  sameWord: (wanted: string, word: string) => boolean,
  minScore = 0.5,
): FactEntry[] {
  // "car reg?" asks for the car registration: short forms read as their words (`SHORT_FORM`).
  const wanted = questionWords(shortFormsInFull(question)).map((word) => SHORT_FORM[word] ?? word);
  if (wanted.length === 0) return [];
  const hits = (word: string, candidates: readonly string[]) => wordHits(word, candidates, sameWord);
  let best: { entries: FactEntry[]; score: number } | undefined;
  for (const entry of entries) {
    // "what is my sister's …" is never answered with "my …" or "my brother's …".
    // "how old is Tim?" / "how old is my son?" find "son Tim's age": the name is who the son is.
    if (ownersDiffer(aliased(question), entry.label, true)) continue;
    // "what is my bank?" is never answered by "bank PIN": an attribute the fact's name holds and
    // the question lacks makes it another fact, whose value (a PIN, a password) is not given.
    if (attributeWithheld(wanted.join(' '), entry.label)) continue;
    // "what's my car?" is never answered by "next car", "my daughter's name" never by her teacher.
    if (namesOtherOne(wanted.join(' '), entry.label)) continue;
    const keyWords = inFull(contentWords(`${entry.key} ${entry.label}`));
    // "how old is my son?" with "son leo: 8" (kept from "my son leo is 8"): a bare age is the
    // age of the person the fact names (m29).
    if (wanted.includes('age') && ageOfPerson(entry)) keyWords.push('age');
    const valueWords = contentWords(String(entry.value));
    // "what is my bank PIN?" is never answered by "bank: HSBC": an attribute asked for ("PIN",
    // "password", "expiry") that neither the fact's name nor its value says is another fact.
    // "number", "name", "address" are what most values are, so they do not count here.
    if (
      wanted.some(
        (word) =>
          isAttributeWord(word) &&
          !GENERIC_ATTRIBUTE.has(word) &&
          !hits(word, keyWords) &&
          !hits(word, valueWords),
      )
    )
      continue;
    let score = 0;
    for (const word of wanted) {
      if (hits(word, keyWords)) score += 1;
      else if (hits(word, valueWords)) score += 0.75;
    }
    score /= wanted.length;
    if (score < minScore) continue;
    if (!best || score > best.score) best = { entries: [entry], score };
    else if (score === best.score) best.entries.push(entry);
  }
  return best?.entries ?? [];
}

/** A fact naming a relation and nothing else of them, maybe their name in lower case ("son leo"), whose value is an age. */
function ageOfPerson(entry: { label: string; value?: unknown }): boolean {
  if (!AGE_VALUE.test(String(entry.value).trim())) return false;
  const said = personName(entry.label);
  return Boolean(said?.relation && !said.owner && /^(?:\p{Ll}[\p{Ll}\p{M}-]*)?$/u.test(said.rest));
}

/**
 * A fact's name as the subject of an answer: "Your bike lock code" for "my bike lock code" and
 * "bike lock code", "Your mum's birthday", but "Anna's phone" (somebody named owns it), "Our
 * anniversary", "The guest wifi" and "C# version" kept as said otherwise.
 */
export function factSubject(label: string): string {
  // "my horse is called Buddy" is kept as "horse name": said back as "Your horse's name" (S20).
  const text = visibleName(label.trim()).replace(ANIMAL_NAME, "$1's name");
  const mine = /^(?:my|your)\s+(.+)$/i.exec(text);
  if (mine) return `Your ${mine[1]}`;
  const ours = /^(our|the|his|her|their)\s+(.+)$/i.exec(text);
  if (ours) return `${ours[1]![0]!.toUpperCase()}${ours[1]!.slice(1).toLowerCase()} ${ours[2]}`;
  // "Anna's phone", "Dr Lee's number": a name that owns the fact, not the person asking.
  if (/^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\b/u.test(text)) return text;
  // "sam's birthday", "élodie's phone": a name typed in lower case is still nobody's "your" (m29).
  const named = NAME_TYPED_LOWER.exec(text);
  if (
    named &&
    !relationOf(named[1]!) &&
    !NOT_AN_OWNER.test(named[1]!) &&
    !ANIMAL_NAME.test(`${named[1]} name`)
  )
    return `${named[1]!.charAt(0).toUpperCase()}${text.slice(1)}`;
  return `Your ${text}`;
}

/**
 * A name typed in lower case owning what only a person has ("sam's birthday", "élodie's phone
 * number"); group 1 is the name. "car's colour" is no person's.
 */
const NAME_TYPED_LOWER =
  /^(\p{Ll}[\p{L}\p{M}-]+)['’]s\s+(?:birthday|b-?day|date\s+of\s+birth|birth\s*date|age|(?:mobile\s+|cell\s+|phone\s+)?(?:phone|mobile|number)(?:\s+number)?|email(?:\s+address)?|address|job|occupation|workplace|employer|surname|nickname|(?:favou?rite|fav)\s+\S.*|allerg(?:y|ies)|anniversary|shoe\s+size|height|star\s+sign|blood\s+type|home|husband|wife|partner|kids|children)$/u;

/** Lower-case words before "'s" that are no name ("today's date", "everyone's birthday"). */
const NOT_AN_OWNER =
  /^(?:today|tomorrow|yesterday|everyone|everybody|someone|somebody|anyone|anybody|nobody|one|other|another|each|the|it|who|that|this|mum|mom|dad|grandma|grandpa|nan|nana)$/i;

/**
 * A fact's name and its verb, as an answer opens: "Your gate code is", "Your keys are", "Your
 * passport expires", "Tom's phone is". The value follows.
 */
export function factOpening(label: string): string {
  const name = visibleName(label.trim());
  const verb =
    /\b(?:expires?|starts?|begins?|ends?|opens?|closes?|finishes|renews?|due|runs?\s+out|leaves?|arrives?)$/i;
  const be = verb.test(name) ? '' : ` ${beOf(name)}`;
  return `${factSubject(name)}${be}`;
}

/** An animal's name kept without its "'s" ("horse name", "my dog name"): group 1 is through the animal. */
const ANIMAL_NAME =
  /^((?:(?:my|your|our)\s+)?(?:horse|pony|dog|cat|puppy|kitten|rabbit|bunny|hamster|parrot|budgie|bird|fish|goldfish|turtle|tortoise|snake|lizard|ferret|guinea\s+pig|goat|cow|donkey|chicken|hen))\s+name$/i;

/**
 * Kinds of secret said in the plural, with at most one word before ("wifi passwords"): group of
 * `SECRETS` below (memory_list's phrase). "secrets" (and "secret facts") means every secret (`factsAbout`).
 */
const SECRET_KINDS = String.raw`(?:[\p{L}\p{N}]+\s+)?(?:passwords|passcodes|passphrases|pins|pin\s+(?:codes|numbers)|codes|secrets|tokens|logins|combinations|card\s+numbers|account\s+numbers)|secret\s+(?:facts|things|stuff)`;

/** "my passwords", "my PINs": a secret kind asked for as the person's own (m23). */
export const MY_SECRETS = new RegExp(String.raw`^(?:my|our)\s+(?:${SECRET_KINDS})$`, 'iu');

/**
 * A request for every fact of one secret kind (issue 7, m15): "show my passwords", "list all my
 * PINs", "list my secrets", "what passwords have I saved?", "which PINs do you know?", "what are my
 * passwords?", "what codes do I have?", "which PINs have I got?" (S28 H1: a list however many fit, never
 * one value) ("what secrets do you know?" is read as "what secrets"). Group 1 or 2 is the kind,
 * the topic (`factsAbout`): the facts are listed, their values masked.
 */
export const SECRETS = new RegExp(
  String.raw`^(?:(?:so|and|ok(?:ay)?|hey|hi)[\s,]+)?(?:please\s+)?(?:` +
    String.raw`(?:list|show|display|give|tell|read)(?:\s+(?:me|us))?(?:\s+(?:all|every\s*one)(?:\s+of)?)?\s+(?:my|the|our)\s+(?:saved\s+|stored\s+|remembered\s+)?(${SECRET_KINDS})` +
    String.raw`|(?:what|which)\s+(?:are\s+(?:all\s+)?(?:my|the)\s+)?(${SECRET_KINDS})(?:\s+(?:(?:(?:do|did)\s+i\s+(?:have|own|use|keep)|(?:have|did)\s+i\s+got|i(?:['’]ve|\s+have)(?:\s+got)?)(?:\s+(?:saved|stored|remembered|kept|here|with\s+you))?|(?:have|did)\s+i\s+(?:saved?|stored?|given(?:\s+you)?|gave(?:\s+you)?|told\s+you|kept|added)|do\s+(?:you|u)\s+(?:know|have|remember|keep)|(?:are|have\s+been)\s+(?:saved|stored|remembered|kept))(?:\s+(?:with\s+you|so\s+far))?)?` +
    String.raw`)(?:\s+(?:please|pls))?[\s?.!]*$`,
  'iu',
);

/**
 * "show me my wifi password", "display the bank PIN": one secret asked for by name, read as a
 * lookup (memory_recall's phrase), never as an app to share. Group 1 is the name; it must name a
 * secret (`namesSecret`), and a kind in the plural ("show my passwords") is a list (`SECRETS`).
 */
export const SHOW_SECRET =
  /^(?:(?:so|and|ok(?:ay)?|hey|hi)[\s,]+)?(?:please\s+)?(?:show|display|read|reveal)(?:\s+(?:me|us))?\s+(?:my|the|our)\s+(\S.*?)(?:\s+(?:again|please|pls))*[\s?.!]*$/iu;

/** What a secret's value is shown as in a list: its name is said, never its value. */
export const MASK = '••••';

/**
 * A fact as one item of a list or a list of near facts: "favourite colour: blue", and for a
 * secret (`isSecretFact`: named PIN, password, passcode, code, PUK, CVV, 🔑…, or a card number or
 * IBAN by its value) "wifi password: ••••".
 * A secret's value is given only when it is asked for by name (`factSentence`); `memory_list
 * --json` and MCP, the machine interface, keep every value exact.
 */
export function listedFact(fact: { label: string; value?: unknown }): string {
  return `${visibleName(fact.label)}: ${isSecretFact(fact.label, fact.value) ? MASK : visibleBreaks(String(fact.value))}`;
}

/** The sentence said after a list that hid secrets, or '' when it hid none. */
export function maskedNote(facts: readonly { label: string; value?: unknown }[]): string {
  const hidden = facts.filter((fact) => isSecretFact(fact.label, fact.value));
  if (hidden.length === 0) return '';
  const [first] = hidden as [{ label: string }];
  const name = visibleName(first.label).replace(/^(?:my|your)\s+/i, '');
  return ` ${hidden.length === 1 ? `The ${name} is a secret, so its value is hidden (${MASK})` : `Secrets are hidden (${MASK})`}: ask for ${hidden.length === 1 ? 'it' : 'one'} by name to see it, like "${askedByName(name)}".`;
}

/**
 * How to ask for a fact by its name: "what is my wifi password?", but "what is Priya's email
 * password?" for a name that opens with its owner (never "my Priya's"); a relation before the
 * owner keeps "my" ("what is my wife Priya's phone?").
 */
export function askedByName(name: string): string {
  const bare = name.replace(/^(?:my|your)\s+/i, '');
  return /^[\p{L}\p{M}.-]+(?:['’]s?|s['’])(?=\s)/u.test(bare) ? `what is ${bare}?` : `what is my ${bare}?`;
}

/** "Your car is parked on level 3.", "Your passport expires in May 2029.", "Anna's phone is …" */
export function factSentence(entry: FactEntry): string {
  // An old fact kept under a misspelt common word ("adress") is said with the right one (m22).
  const label = visibleName(respeltName(entry.label.trim()));
  const value = visibleBreaks(String(entry.value));
  // "You live in Paris.", "You are 30.": a fact about the person said as they would say it.
  const own = selfSentence(label, value);
  if (own) return endSentence(own);
  // "sister works: an accountant" (kept from "my sister works as an accountant"): "Your sister
  // works as an accountant.", never "works are" (m29).
  const works = /^(.+?\bworks)(?:\s+as)?$/i.exec(label);
  if (works) {
    const as = /^an?\s/i.test(value) || /\bas$/i.test(label) ? ' as' : '';
    return endSentence(`${factSubject(works[1]!)}${as} ${value}`);
  }
  // "Mia's allergy: peanuts" (kept from "Mia is allergic to peanuts", m29): "Mia is allergic to
  // peanuts.", as it was said.
  const opening = factOpening(label);
  const allergic = /['’]s\s+allerg(?:y|ies)\s+(?:is|are)$/iu;
  if (
    /^.+?['’]s\s+allerg(?:y|ies)$/iu.test(label) &&
    allergic.test(opening) &&
    !/^(?:allergic|intolerant)\b/iu.test(value)
  )
    return endSentence(`${opening.replace(allergic, ' is allergic to')} ${value}`);
  return endSentence(`${opening} ${value}`);
}

/**
 * A fact's subject inside a sentence, as recall names it: "your gate code", "our anniversary",
 * "the guest wifi", "Tom's phone" (a name keeps its capital).
 */
/**
 * A stored name as the person says it back: "my brother's phone", but "Priya's email" (a name
 * owns it, so never "my Priya's email").
 */
export function ownName(label: string): string {
  const bare = label.replace(/^(?:my|your)\s+/i, '');
  return /^\p{Lu}[\p{L}\p{M}-]*['’]s?\s/u.test(bare) ? bare : `my ${bare}`;
}

export function inSentence(said: string): string {
  return said.replace(/^(?:Your|Our|The|His|Her|Their)\b/, (word) => word.toLowerCase());
}

/** A value's line breaks shown as " ⏎ " in a one-sentence answer (`tools/sentence.ts`). */
export { visibleBreaks };

/** Plural nouns that do not end in "s" or whose "s" is not a plural, for "are"/"is". */
const NOT_PLURAL =
  /(?:ss|us|is|ics|news|lens|series|species|gas|atlas|canvas|alias|bias|diabetes|chaos|plus|ios|gps|dns|sms|['’]s)$/i;

/**
 * A person one has one of, with an "s" that is an owner's apostrophe left out, not a plural:
 * "my wifes is 1357" is the wife's, "the wifi at moms" is at mom's ("wives" is the plural).
 */
const OWNER_WITHOUT_APOSTROPHE =
  /^(?:wife|husband|hubby|wifey|mom|mum|mommy|mummy|mama|mamma|mother|dad|daddy|papa|father|partner|boyfriend|girlfriend|fianc[eé]e?|grandma|grandpa|granny|nana|nan|landlord|landlady)s$/i;

/**
 * A name's head noun, the word its verb agrees with: the last word before a place or owner
 * phrase ("wifi at moms" → "wifi", "code for the gates" → "code", "names of the kids" → "names").
 */
function headNoun(label: string): string {
  const words = label.trim().split(/\s+/);
  const phrase = words.findIndex(
    (word, index) =>
      index > 0 &&
      /^(?:at|in|on|for|from|of|to|near|by|with|under|behind|inside|outside|upstairs|downstairs)$/i.test(
        word,
      ),
  );
  return (phrase > 0 ? words.slice(0, phrase) : words).at(-1) ?? '';
}

/** "is" or "are" after a fact's name (`pluralName`): "your keys are", "your wifi at moms is". */
export const beOf = (label: string): 'is' | 'are' => (pluralName(label) ? 'are' : 'is');

/**
 * "keys", "glasses", "pronouns", "kids' names": a name whose head noun (`headNoun`) is a clear
 * plural takes "are"; anything unsure takes "is" ("wifes", "wifi at moms", "status").
 */
export function pluralName(label: string): boolean {
  const last = headNoun(label);
  // "children", "people", "feet": plurals without an "s" ("my children are Max and Lea").
  if (
    /^(?:\p{L}*children|people|(?:\p{L}*wo)?men|feet|teeth|mice|geese|oxen|dice|grandchildren)$/iu.test(last)
  )
    return true;
  return /^\p{Ll}{3,}s$/u.test(last) && !NOT_PLURAL.test(last) && !OWNER_WITHOUT_APOSTROPHE.test(last);
}

/**
 * "forget everything I told you", "delete all my facts", "wipe your memory": a bulk deletion is
 * never guessed into one call (and never asks approval for a fact named "everything"). The
 * answer says how: one fact at a time, each with approval.
 */
const BULK =
  /^(?:(?:all|every|each)\b|everything\b|(?:memory|memories|facts)$|(?:the\s+)?(?:whole|entire)\s+(?:thing|lot|memory|list|database)\b|(?:all\s+)?(?:of\s+)?(?:my|your|the)\s+(?:memory|memories|facts|things|stuff|data|info(?:rmation)?)\b|(?:what|anything|stuff|things)\s+(?:(?:i|we)(?:['’]ve|\s+have)?\s+(?:told|said|gave)|(?:you|u)\s+(?:know|remember|have|stored|saved)))/i;

export const bulkForgetCheck = (text: string): { problem: SlotProblem } | undefined =>
  BULK.test(text.trim())
    ? {
        problem: {
          field: 'key',
          message: `"${text}" is more than one fact`,
          reply:
            'I forget one fact at a time, each with your approval, so nothing is deleted in bulk by mistake. Say "what do you remember" to see them all, then "forget my …" for each one to go.',
        },
      }
    : undefined;

/**
 * Whether two names say the same content words in another order ("router password", "password
 * for the router"): each word once, "for", "of", "the", "my" left out, a plural read as its singular.
 */
export function sameWordsAnyOrder(one: string, other: string): boolean {
  const sorted = (name: string) => contentWords(shortFormsInFull(name)).sort().join(' ');
  return sorted(one) !== '' && sorted(one) === sorted(other);
}

/**
 * Before approval to forget `key` is asked: the fact must be stored under exactly that name (the
 * output of a recall of it). Otherwise the answer says so, with the near facts, and nothing is asked.
 */
export const missingFact = (
  output: unknown,
  { key }: { key: string },
): string | { question: string } | undefined => {
  const found = output as
    | {
        found: boolean;
        score: number;
        ambiguous?: boolean;
        match: { key: string; label: string } | null;
        alternatives: { label: string }[];
      }
    | undefined;
  // Several facts fit the name: which one to forget is asked, nothing is guessed.
  if (found?.ambiguous && !found.match && found.alternatives.length > 1)
    return {
      question: `${found.alternatives.length === 2 ? 'Two' : found.alternatives.length} remembered facts fit "${key}": ${found.alternatives
        .map((entry) => `"${visibleName(entry.label)}"`)
        .join(', ')}. Which one should I forget? Say "forget my …" with its exact name.`,
    };
  // "forget my router password" with "password for the router" stored: the same words in another
  // order name the same fact, for forget as for recall (S28).
  if (
    found?.found &&
    found.match &&
    (sameFactName(found.match.label, key) || sameWordsAnyOrder(found.match.label, key))
  )
    return undefined;
  // "forget my bike code" with "bike lock code" stored: the one fact a recall of it finds is
  // asked about by its full name (a fact is never deleted under a guessed name).
  if (found?.found && found.match)
    return {
      question: `Nothing is remembered as "${key}"; do you mean "${found.match.label}"? To forget it, say "forget ${ownName(found.match.label)}".`,
    };
  const near = [...(found?.match ? [found.match] : []), ...(found?.alternatives ?? [])].map(
    (entry) => `"${visibleName(entry.label)}"`,
  );
  return `Nothing is remembered under "${key}", so there is nothing to forget.${near.length ? ` Close facts: ${near.join(', ')}; say "forget my …" with the exact name.` : ''}`;
};

/**
 * "set the theme to dark": "set" is a settings verb. It changes a fact stored under that name
 * ("set my locker number to 77"); with none, it is neither a setting fazt has nor a fact, so
 * nothing is written and the answer says which settings there are and how to keep it as a fact.
 */
const memoryOnlyExisting = {
  verbs: ['set', 'turn', 'switch', 'put'],
  reply: (output: unknown, { key, value }: { key: string; value: string }): string | undefined => {
    // "set the wifi to off": switching something, which no fact and no setting does.
    if (
      /^(?:on|off|up|down|enabled?|disabled?|mute[sd]?|unmuted?|max(?:imum)?|min(?:imum)?)$/i.test(
        value.trim(),
      )
    )
      return `I can't control "${key}" or any other device or app; I keep facts and notes, so I changed nothing.`;
    const match = (output as { match?: { key: string; label: string } | null } | undefined)?.match;
    if (match && sameFactName(match.label, key)) return undefined;
    return `I have no setting called "${key}" and nothing remembered under that name, so I changed nothing. The settings are ${Object.keys(configKeys).join(', ')} ("fazt config"). To keep it as a fact, say "remember my ${key} is ${value}".`;
  },
};

/**
 * The question for a key that looks like a stored name mistyped ("gim locker code" for "gym
 * locker code"): which fact is meant, with the value to write; a secret's value is never said.
 */
export function typoQuestion(key: string, fact: { label: string; value: unknown }, value: string): string {
  const subject = factSubject(fact.label).replace(/^(?:Your|Our|The)\b/, (word) => word.toLowerCase());
  const now = isSecretFact(fact.label, fact.value) ? '' : ` (now ${visibleBreaks(String(fact.value))})`;
  return `No fact is called "${key}"; do you mean ${subject}${now}? To change it to ${visibleBreaks(value)}, say "remember my ${fact.label.replace(/^(?:my|your)\s+/i, '')} is ${visibleBreaks(value)}". Nothing was changed.`;
}

/** The items of a value said as a list: "peanuts and cats", "peanuts, cats & dust". */
const itemsOf = (value: string) =>
  value
    .split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/i)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

/**
 * "I'm allergic to cats too" with peanuts stored (`call.adds`): the fact keeps both, one value
 * listing them ("peanuts and cats"); a value already among them is said to be so, nothing written.
 * Undefined when no fact by that name is stored (the usual checks go on: a new fact).
 */
async function additionCheck(
  input: { key: string; value: string },
  call: BeforeCall,
): Promise<BeforeVerdict | undefined> {
  const found = await call.look({ tool: 'memory_recall', input: { key: input.key } });
  const match = found?.ok
    ? (found.output as { match?: { label: string; value: unknown } | null }).match
    : undefined;
  if (!match || !(sameFactName(match.label, input.key) || samePersonAlone(input.key, match.label)))
    return undefined;
  const stored = String(match.value);
  // "allergic to peanuts" and "allergic to eggs": the words they share are said once ("allergic to
  // peanuts and eggs").
  const lead = SHARED_LEAD.exec(stored)?.[0];
  const value =
    lead && input.value.trim().toLowerCase().startsWith(lead.toLowerCase())
      ? input.value.trim().slice(lead.length)
      : input.value.trim();
  const items = itemsOf(lead && value !== input.value.trim() ? stored.slice(lead.length) : stored);
  if (items.includes(value.toLowerCase()) || stored.toLowerCase() === value.toLowerCase()) {
    const own = selfSentence(match.label, visibleBreaks(stored));
    const said = own
      ? `${own.charAt(0).toLowerCase()}${own.slice(1)}`
      : `${factSubject(match.label).replace(/^(?:Your|Our|The)\b/, (word) => word.toLowerCase())} ${beOf(match.label)} ${visibleBreaks(stored)}`;
    return { kind: 'answer', text: endSentence(`${ALREADY} ${said}`), status: 'done' };
  }
  // "my birthday is 4 May too" with 3 May stored: a person has one birthday, age, name, address,
  // so the two are never kept as one value; which is right is asked, nothing written.
  if (ONE_OF.test(normaliseKey(match.label))) {
    const own = selfSentence(match.label, stored);
    const again = selfSay(match.label, value);
    const now = own ? endSentence(own) : `${factSubject(match.label)} ${beOf(match.label)} ${stored}.`;
    const say = again ? `remember ${again}` : `remember ${ownName(match.label)} is ${value}`;
    return {
      kind: 'answer',
      text: `${now} That is one value, not a list, so I did not add ${value} to it. To change it to ${value}, say "${say}"; nothing was changed.`,
    };
  }
  return { kind: 'go', input: { key: match.label, value: `${stored} and ${value}` } };
}

/** Words a value of a person opens with that a second value shares: "allergic to ", "intolerant to ". */
const SHARED_LEAD = /^(?:allergic|intolerant|sensitive)\s+to\s+/i;

/**
 * Whether `asked` is a person's name alone ("Lily") and `label` the same person named with their
 * relation ("daughter Lily"): one person, so the fact kept about them is the one meant (m24).
 */
function samePersonAlone(asked: string, label: string): boolean {
  const said = personName(asked);
  const kept = personName(label);
  return Boolean(
    said?.name &&
      !said.relation &&
      said.rest === '' &&
      kept?.name &&
      kept.rest === '' &&
      !sameFactName(asked, label) &&
      said.name.toLowerCase() === kept.name.toLowerCase(),
  );
}

/**
 * "actually Lily is allergic to tree nuts, not peanuts" with "daughter Lily: allergic to peanuts"
 * kept: a correction of the person's fact, said by their name alone, changes that fact (the write
 * says what it was), never keeps a second one that disagrees. ", not peanuts" names the value
 * replaced: when the fact holds no such value, what it holds is said and nothing is written (m24).
 * Undefined when the request is not such a correction.
 */
function personCorrection(
  output: unknown,
  input: { key: string; value: string },
  said: string,
): BeforeVerdict | undefined {
  const match = (output as { match?: { label: string; value: unknown } | null } | undefined)?.match;
  if (!match || !samePersonAlone(input.key, match.label)) {
    // "no, Lily is allergic to tree nuts" with nothing kept about Lily: no "your Lily" is kept;
    // how to keep it is said, as for "Lily is allergic to peanuts".
    const alone = personName(input.key);
    const allergy = /^(?:allergic|intolerant)\s+to\s+(\S.*?)(?:\s*,?\s+not\s+\S.*)?$/i.exec(
      input.value.trim(),
    );
    const corrects =
      /\snot\s/i.test(` ${said} `) || CORRECTION.test(withoutNameAndValue(said, input.key, input.value));
    if (
      allergy &&
      corrects &&
      alone?.name &&
      !alone.relation &&
      alone.rest === '' &&
      !(match && sameFactName(match.label, input.key))
    )
      return {
        kind: 'answer',
        text: `I kept nothing. To keep it, say "remember ${alone.name}'s allergy is ${allergy[1]}".`,
      };
    return undefined;
  }
  // ", not peanuts" may be read off the value already; then it is in what was said.
  const notOld = /^(.+?)\s*,?\s+(?:and\s+)?not\s+(\S.*?)[\s.!?]*$/i;
  const replaced = notOld.exec(input.value);
  if (!replaced && !CORRECTION.test(withoutNameAndValue(said, input.key, input.value))) return undefined;
  const stored = String(match.value);
  const value = replaced ? replaced[1]! : input.value;
  const old = replaced?.[2] ?? notOld.exec(said)?.[2];
  // "tree nuts, not peanuts" said of "allergic to peanuts": the words before the value stay.
  const lead = SHARED_LEAD.exec(stored)?.[0];
  const full = lead && !SHARED_LEAD.test(value) && old ? `${lead}${value}` : value;
  if (old && stored.toLowerCase() !== full.toLowerCase() && !stored.toLowerCase().includes(old.toLowerCase()))
    return {
      kind: 'answer',
      text: `${factSubject(match.label)} ${beOf(match.label)} ${visibleBreaks(stored)}, not ${old}; change it to ${value}? Say "actually ${ownName(match.label)} is ${value}". Nothing was changed.`,
    };
  return { kind: 'go', input: { ...input, key: match.label, value: full } };
}

/**
 * Names of what a person (or anyone) has only one of: a second value said with "too" is a
 * change or a mistake, never an addition (issue 7, m15).
 */
const ONE_OF =
  /(?:^|\s|['’]s\s)(?:birthday|bday|date of birth|dob|age|name|first name|last name|surname|full name|middle name|maiden name|address|home address|home|hometown|birthplace|place of birth|blood type|blood group|star sign|zodiac sign|height|shoe size|national insurance number|passport number)$/u;

/** Who has an age: pets and people named by what they are to the person ("cat", "son", "dad"). */
const AGED =
  /^(?:(?:my|our)\s+)?(?:cat|dog|puppy|kitten|horse|pony|rabbit|bunny|hamster|parrot|guinea\s+pig|tortoise|turtle|son|daughter|baby|kid|child|boy|girl|brother|sister|nephew|niece|grandson|granddaughter|mom|mum|dad|mother|father|wife|husband|partner|grandma|grandpa|grandmother|grandfather)$/u;

/** A bare age: "4", "7 years old", "12 yo"; group 1 is what is kept ("7 years old" as said). */
const AGE_VALUE = /^(\d{1,3}(?:\s*(?:years?|yrs?)(?:\s+old)?|\s*yo|\s*y\/o)?)$/i;

/**
 * `memory_remember`'s check before it writes: a bare statement asks before it replaces a stored
 * fact (`memoryReplaceCheck`); a settings verb only changes a stored fact (`memoryOnlyExisting`).
 * Both read the fact under the key with `memory_recall`, once.
 */
export const memoryRememberBefore = {
  async check(said: { key: string; value: string }, call: BeforeCall): Promise<BeforeVerdict> {
    // "my cat is 4": kept as an age (`agedName`, S26); "Ana's birthday is tomorrow": the day is
    // stored as a date and the words as typed said back (`relativeDay`, S24).
    const named = agedName(said);
    const day = relativeDay(named.value);
    const input = day ? { ...named, value: day.value, said: day.said } : named;
    const born = await birthdayDisagrees(input, call);
    if (born) return born;
    const verdict = await rememberCheck(input, call);
    if (verdict.kind !== 'go' || input === said) return verdict;
    return { kind: 'go', input: { ...input, ...verdict.input } };
  },
};

/**
 * "Elif is 10 now" with "Elif's birthday: 23 July 2020" kept (D32 3): an age the kept birthday
 * contradicts is said so, and nothing is written (the birthday, or the age, is wrong, and only
 * the person knows which). `input` is an age fact ("Elif's age", "son Théo's age", your "age")
 * with a bare number; its birthday is looked up by the owner's name, and by the name alone.
 * Undefined (go on) when the fact is no age, no birthday with a year is kept, or they agree.
 */
async function birthdayDisagrees(
  input: { key: string; value: string },
  call: BeforeCall,
): Promise<BeforeVerdict | undefined> {
  const age = /^(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s+old)?)?$/i.exec(input.value.trim())?.[1];
  const owner = /^(?:(?:my|your)\s+)?(?:(.+?)['’]s?\s+)?age$/iu.exec(input.key.trim());
  if (!age || !owner) return undefined;
  const whose = owner[1];
  const name = whose?.split(/\s+/).at(-1);
  const keys = whose ? [...new Set([`${whose}'s birthday`, `${name}'s birthday`])] : ['birthday'];
  // One list, not a recall a key: a lookup by key would be a fact this turn named, and "no, Bartek
  // is 6" next would ask which of the two was meant.
  const listed = await call.look({ tool: 'memory_list', input: { limit: 1000 } });
  const entries = listed?.ok ? ((listed.output as { entries?: FactEntry[] }).entries ?? []) : [];
  for (const key of keys) {
    const match = entries.find((entry) => sameFactName(entry.label, key));
    if (!match) continue;
    const born = ageFromBirthday(String(match.value));
    if (born === undefined) return undefined;
    const who = whose ? whose.replace(/^(?=\p{Ll})/u, 'your ') : 'you';
    const is = whose ? 'is' : 'are';
    if (born === Number(age)) {
      // They agree: an age kept beside the birthday is updated; none is started, as the age is
      // computed from the birthday and a kept one would be wrong in a year.
      if (entries.some((entry) => sameFactName(entry.label, input.key))) return undefined;
      return {
        kind: 'answer',
        status: 'done',
        text: `Yes: ${factSubject(match.label).replace(/^Your\b/u, 'your')} is ${visibleBreaks(String(match.value))}, so ${who} ${is} ${born}. I work the age out from the birthday, so nothing else was kept.`,
      };
    }
    return {
      kind: 'answer',
      text: `${factSubject(match.label)} is ${visibleBreaks(String(match.value))}, so ${who} ${is} ${born}, not ${age}; nothing was changed. If the birthday is wrong, say "${whose ? `${whose}'s birthday` : 'my birthday'} is …" with the right day.`,
    };
  }
  return undefined;
}

/** An age fact's name, group 1 whose ("son Oluwaseun's age" → "son Oluwaseun", "age" → none). */
const AGE_LABEL = /^(?:(?:my|your)\s+)?(?:(.+?)['’]s?\s+)?age$/iu;
/** A birthday fact's name, group 1 whose ("Oluwaseun's birthday", "my birthday" → none). */
const BIRTHDAY_LABEL = /^(?:(?:my|your)\s+)?(?:(.+?)['’]s?\s+)?(?:birthday|b-?day|date\s+of\s+birth|dob)$/iu;

/** Whose fact it is, by the last word of the owner's name ("son Oluwaseun" → "oluwaseun"), "" for the person's own. */
const ownerWord = (whose: string | undefined): string =>
  (whose?.trim().split(/\s+/u).at(-1) ?? '').toLowerCase();

/**
 * The kept ages a birthday makes out of date (S47): with "Oluwaseun's birthday: 3 October 2019"
 * and "son Oluwaseun's age: 6" on 2 December 2026, `[{ label: "son Oluwaseun's age", value: "6",
 * age: 7 }]`. An age is the same person's when its owner's last word is the birthday's ("son
 * Oluwaseun" and "Oluwaseun"), or both are the person's own ("age", "birthday"); only a bare
 * number ("6", "6 years old") is compared. Empty when the birthday has no year or is no birthday.
 */
export function agesOutOfDate(
  birthday: { label: string; value: unknown },
  entries: readonly { label: string; value: unknown }[],
  today = new Date(),
): { label: string; value: string; age: number }[] {
  const whose = BIRTHDAY_LABEL.exec(birthday.label.trim());
  const age = whose ? ageFromBirthday(String(birthday.value), today) : undefined;
  if (!whose || age === undefined) return [];
  const owner = ownerWord(whose[1]);
  return entries.flatMap((entry) => {
    const of = AGE_LABEL.exec(entry.label.trim());
    const kept = /^(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s+old)?|\s*yo|\s*y\/o)?$/iu.exec(
      String(entry.value).trim(),
    )?.[1];
    if (!of || kept === undefined || ownerWord(of[1]) !== owner || Number(kept) === age) return [];
    return [{ label: entry.label, value: String(entry.value), age }];
  });
}

/**
 * What is said of an age a birthday makes out of date (S47): "Your son Oluwaseun's age is kept
 * as 6, which is out of date: the birthday makes it 7. Say "remember my son Oluwaseun's age is
 * 7" to update it, or "forget my son Oluwaseun's age"."
 */
export function ageOutOfDateSaid(stale: { label: string; value: string; age: number }): string {
  const name = ownName(stale.label);
  return `${factSubject(stale.label)} is kept as ${visibleBreaks(stale.value)}, which is out of date: the birthday makes it ${stale.age}. Say "remember ${name} is ${stale.age}" to update it, or "forget ${name}".`;
}

/**
 * "my cat is 4", "my son is 7 years old": a bare number for a pet or a person is an age, kept as
 * "cat's age", so a name said later ("my cat is Bella") never replaces it (S26). Any other input
 * is returned as it is.
 */
function agedName(input: { key: string; value: string }): { key: string; value: string } {
  const age = AGE_VALUE.exec(input.value.trim());
  return age && AGED.test(normaliseKey(input.key)) ? { key: `${input.key}'s age`, value: age[1]! } : input;
}

/** `memoryRememberBefore`'s check of the input to write (an age already named as one). */
async function rememberCheck(said: { key: string; value: string }, call: BeforeCall): Promise<BeforeVerdict> {
  let input = said;
  // "the card says my bank pin is 1111": what was said is asked about, nothing written.
  const inner = reportedName(input.key);
  if (inner) {
    const shown = visibleBreaks(input.value);
    const kept = 'That is what someone said, not a fact you asked me to keep, so I kept nothing.';
    // "her pin" with nobody named: no "remember my her pin is …" to suggest.
    if (/^(?:his|her|their)\s/i.test(inner)) return { kind: 'answer', text: kept };
    return {
      kind: 'answer',
      text: `${kept} Keep "your ${inner} is ${shown}"? Say "remember my ${inner} is ${shown}".`,
    };
  }
  // "remember mi contraseña del banco es Ñandú#77": a name ending in another language's "is" was
  // never split; nothing is kept and the value (perhaps a secret) is not said back.
  const copula = /^(.+?)\s+(?:es|est|ist|è|é|är|jest|je|является|это)$/iu.exec(input.key.trim());
  if (copula)
    return {
      kind: 'answer',
      text: `I could not read that as a fact to keep, so I kept nothing. Say it as "remember my ${copula[1]} is …" with the value.`,
    };
  // "remember to pay rent is important": "remember to …" is a thing to do, not a fact's name.
  const todo = /^to\s+(\p{L}+(?:\s.*)?)$/iu.exec(input.key.trim());
  if (todo)
    return {
      kind: 'answer',
      text: `"Remember to ${todo[1]}" sounds like a thing to do, not a fact, so I kept nothing. To keep it as a note, say "note: ${todo[1]} is ${visibleBreaks(input.value)}".`,
    };
  // "remember Lily is also allergic to eggs": "also" says an addition, never a word of the value (m24).
  const also = /^(?:also|too)\s+(?=\S)/i.exec(input.value);
  if (call.adds || also) {
    const adding = also ? { ...input, value: input.value.slice(also[0].length) } : input;
    const added = await additionCheck(adding, call);
    if (added) return added;
    if (also) return { kind: 'go', input: adding };
  }
  const settingVerb =
    call.opening !== undefined && !call.opening.yours && memoryOnlyExisting.verbs.includes(call.opening.verb);
  // "update my pw to x", "set my wifi password to y", "change my new phone number to z".
  const updating =
    !call.statement &&
    ((call.opening !== undefined && UPDATE_VERBS.has(call.opening.verb) && call.opening.yours) ||
      opensWithUpdateWord(input.key));
  // A plain "remember …" is not looked up first (the write itself asks about a mistyped name, or
  // about the one fact it is another name for: `anotherNameFor`).
  if (!call.statement && !settingVerb && !updating) return GO;
  const found = await call.look({ tool: 'memory_recall', input: { key: input.key } });
  const output = found?.ok ? found.output : undefined;
  const other = call.statement ? anotherPersonNamed(input, output, call.said) : undefined;
  if (other) return { kind: 'answer', text: other, status: 'done' };
  // "my gim locker code is 5", "change my gim locker code to 5": a stored name mistyped where the typo may be another word
  // (or said as a bare statement) is asked about before anything is written; a sure one
  // ("garage cdoe") is changed by the write, which says what it read.
  const typoFact = (output as { match?: { label: string; value: unknown } | null } | undefined)?.match;
  const typo =
    typoFact && !sameFactName(typoFact.label, input.key) && typoMatches(input.key, [typoFact]).length === 1
      ? typoFact.label
      : undefined;
  if (typo && typoFact && (call.statement || !sureTypo(input.key, typo)))
    return { kind: 'answer', text: typoQuestion(input.key, typoFact, input.value) };
  // "actually my sister's name is Anja" with sister = Anya: her name is the sister fact (m29).
  const named = relationNameOf(output, input.key);
  if (named) input = { ...input, key: named };
  const person = personCorrection(output, input, call.said);
  if (person) return person;
  const aged = call.statement ? ageOfNamed(output, input, call.said) : undefined;
  if (aged) return aged;
  const which = updating && found?.ok ? updateTargetCheck(output, input) : undefined;
  if (which) return { kind: 'answer', text: which };
  const ask = call.statement && found?.ok ? memoryReplaceCheck.reply(output, input, call.said) : undefined;
  // "my locker is 21" with --yes, the same fact stored as 12: the consent given with the request
  // answers the "change it?" it would ask (S28), so it is changed (and says what it was).
  const stored = (output as { match?: { label: string } | null } | undefined)?.match;
  if (ask && call.approved && !ask.startsWith(ALREADY) && stored && sameFactName(stored.label, input.key))
    return GO;
  // "Already remembered: …" is the whole answer, done (exit 0), however the statement was said.
  if (ask)
    return { kind: 'answer', text: ask, ...(ask.startsWith(ALREADY) ? { status: 'done' as const } : {}) };
  // Nothing stored by that name when checked: the write checks again under the write lock, so
  // a fact another process stores meanwhile is asked about, never silently replaced.
  const match = (output as { match?: { label: string } | null } | undefined)?.match;
  if (call.statement && found?.ok && !(match && sameFactName(match.label, input.key)))
    return { kind: 'go', input: { ...input, ifNew: true } };
  const reply = settingVerb && found ? memoryOnlyExisting.reply(output, input) : undefined;
  return reply ? { kind: 'answer', text: reply } : named ? { kind: 'go', input } : GO;
}

/**
 * The kept relation whose name `key` asks for: "sister's name" or "sister name" with "sister" kept
 * (its value is her name, as "my sister is Anya" keeps it), so a new name changes that fact and
 * never keeps a second one (m29). Undefined for any other key or match.
 */
function relationNameOf(output: unknown, key: string): string | undefined {
  const match = (output as { match?: { label: string } | null } | undefined)?.match;
  if (!match) return undefined;
  const nameOf = (relation: string, fact: string) =>
    PERSON_KEY.test(normaliseKey(relation)) &&
    [`${relation}'s name`, `${relation} name`].some((name) => sameFactName(name, fact));
  // "my son is Tomás" with "son's name: Tomas" kept: that fact, the other way round.
  return nameOf(match.label, key) || nameOf(key, match.label) ? match.label : undefined;
}

/**
 * "Theo is 6 now" with son = Theo and "son's age: 5" kept (S40 C6): the age the recall found by his
 * name is his age, changed (the answer says what it was), or already kept when the same. Only a
 * relation's own age ("son's age"); "dog Bruno's age" and others are asked about as before.
 */
function ageOfNamed(
  output: unknown,
  input: { key: string; value: string },
  said: string,
): BeforeVerdict | undefined {
  const match = (output as { match?: { label: string; value: unknown } | null } | undefined)?.match;
  if (!match || sameFactName(match.label, input.key)) return undefined;
  if (!/^\p{L}[\p{L}\p{M}'’-]*['’]s age$/iu.test(input.key.trim())) return undefined;
  if (!PERSON_KEY.test(match.label.replace(/['’]s age$/i, ''))) return undefined;
  if (!/^\d{1,3}$/.test(input.value.trim()) || !/^\d{1,3}$/.test(String(match.value).trim()))
    return undefined;
  const same = String(match.value).trim() === input.value.trim();
  // "Leo's age is 8" said plainly asks before changing (m22); "now", "turned", "actually", "not 5"
  // say it is a change.
  if (!same && !/\b(?:now|turned|actually|no|not\s+\d+)\b/i.test(said)) return undefined;
  if (same)
    return {
      kind: 'answer',
      text: endSentence(
        `${ALREADY} ${inSentence(factSubject(match.label))} ${beOf(match.label)} ${input.value.trim()}`,
      ),
      status: 'done',
    };
  return { kind: 'go', input: { key: match.label, value: input.value.trim() } };
}

/**
 * "my son Max is allergic to cats" with "son's name: Leo" kept (m23): a name said beside its
 * relation, never as the relation's name ("my son's name is Max" asks whether it changed), is
 * another son; his name fact is not written and what is said of him is kept under "son Max".
 * Undefined when the name fact is new, the same, or said as a name.
 */
function anotherPersonNamed(
  input: { key: string; value: string },
  output: unknown,
  said: string,
): string | undefined {
  const stored = (output as { match?: { label: string; value: unknown } | null } | undefined)?.match;
  if (!stored || !sameFactName(stored.label, input.key) || !mayNameSomeone(stored.label)) return undefined;
  const name = input.value.trim();
  if (String(stored.value) === name || !/^\p{Lu}/u.test(name) || /\b(?:name|named|called)\b/i.test(said))
    return undefined;
  const relation = personName(stored.label)?.relation ?? 'person';
  return `${factSubject(stored.label)} ${beOf(stored.label)} ${visibleBreaks(String(stored.value))}, so ${name} is another ${relation}.`;
}

/** A name of printable ASCII only: `words` of it is its lowercase split, so a substring test is a fair first check. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The one stored fact `key` is another, shorter name for (S28): the stored name holds every word of
 * the key, and its other words only say which one it is: a name after its relation ("dog Bruno's
 * age" for "dog's age") or a thing it belongs to ("card's CVV" for "CVV", as "my car's plate" is
 * "my plate"). "Tom's age" is not "my age", nor "bank PIN" "PIN". Undefined when none or several.
 */
export function anotherNameFor<T extends { label: string }>(key: string, facts: readonly T[]): T | undefined {
  const asked = words(key);
  if (asked.length === 0) return undefined;
  const fits = facts.filter(({ label }) => {
    // Each asked word must be a word of the name: one cheap pass before reading its tokens
    // (this runs over up to 10,000 stored facts inside a write transaction).
    const all = PRINTABLE_ASCII.test(label) ? [label.toLowerCase().replace(/'/g, '')] : words(label);
    if (!asked.every((word) => all.some((one) => one.includes(word)))) return false;
    const tokens: string[] = label.match(/[\p{L}\p{N}]+(?:['’]\p{L}*)?/gu) ?? [];
    const named = tokens.map((token) => words(token).join(' '));
    if (!asked.every((word) => named.includes(word)) || sameWordsAnyOrder(label, key)) return false;
    const extra = tokens.filter((_, at) => !asked.includes(named[at]!));
    return (
      extra.length > 0 &&
      extra.every((token) => {
        const at = tokens.indexOf(token);
        const name = /^\p{Lu}\p{Ll}/u.test(token) && at > 0 && asked.includes(named[at - 1]!);
        return name || (/['’]s?$/u.test(token) && isThingWord(named[at]!));
      })
    );
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Where one name of a list ends and the next begins: ", ", ", and ", " and ", " & ". */
const NAME_JOINT = /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/i;

/** True when a recall's output found the fact named `key` itself (not a fact it only resembles). */
const storedAs = (found: Looked | undefined, key: string) => {
  const output = found?.ok
    ? (found.output as { found: boolean; match: { label: string } | null })
    : undefined;
  return (
    output?.found === true &&
    output.match !== null &&
    (sameFactName(output.match.label, key) || sameWordsAnyOrder(output.match.label, key))
  );
};

/**
 * "forget my cat and car", "forget my cat, car and bike" (m22): a name joined by "and" or commas
 * that is not stored as a whole, one of whose parts at least is a stored fact's name, names each
 * part: each is forgotten on its own, and a part nothing has is said ("Nothing is remembered under
 * dog"), never dropped. "salt and pepper" stored as one fact stays one; when no part is stored the
 * name stays as said (the tool then says nothing has it, with close keys). Undefined when the name
 * is one fact's.
 */
async function storedParts(key: string, call: BeforeCall): Promise<string[] | undefined> {
  const parts = key
    .split(NAME_JOINT)
    .map((part) => part.replace(/^(?:my|the|our)\s+/i, '').trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 20) return undefined;
  if (storedAs(await call.look({ tool: 'memory_recall', input: { key } }), key)) return undefined;
  let stored = 0;
  for (const part of parts)
    if (storedAs(await call.look({ tool: 'memory_recall', input: { key: part } }), part)) stored += 1;
  return stored > 0 ? parts : undefined;
}

/**
 * `memory_forget`'s check before approval is asked: the fact must be stored (`missingFact`); the
 * same words may name an app instead ("delete my blog" with an app called blog and no such fact:
 * that app's deletion, approval still asked; both there: a question). The app is looked for even
 * once approved, so an approved "delete my blog" never deletes a fact it was not about.
 */
export const memoryForgetBefore = {
  async check(input: { key: string }, call: BeforeCall): Promise<BeforeVerdict> {
    const each = await storedParts(input.key, call);
    if (each) return { kind: 'split', inputs: each.map((key) => ({ key })) };
    const elsewhere = mayNameApp(call.said);
    // Approved: nothing is looked up first; the tool itself asks which when several facts fit.
    if (call.approved && !elsewhere) return GO;
    const found = await call.look({ tool: 'memory_recall', input: { key: input.key } });
    const missing =
      found && (found.ok || found.code === 'not_found')
        ? missingFact(found.ok ? found.output : undefined, input)
        : undefined;
    const apps = elsewhere ? await call.look({ tool: 'apps_list', input: {} }) : undefined;
    const app = apps?.ok ? appNamed(apps.output, input) : undefined;
    if (app) {
      if (!missing) return { kind: 'answer', text: app.both };
      return { kind: 'redirect', tool: app.tool, input: app.input };
    }
    if (!missing) return GO;
    // Several facts fit: which one is asked (needs more from the person, not a failure).
    if (typeof missing === 'object') return { kind: 'answer', text: missing.question };
    if (call.approved) return GO;
    return { kind: 'answer', text: missing, errorCode: 'not_found' };
  },
};

/** Month names and their short forms, January first. */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * The month (0–11) and day a value names ("9 July", "July 9th", "2024-07-09", and in the other
 * languages `datesIn` reads: "3 mars", "12 Ekim", "7. März"), or undefined. A day that could be
 * two ("04/02") is none: never a guess.
 */
export function monthDay(value: string): { month: number; day: number } | undefined {
  const text = value.toLowerCase();
  const iso = /\b(?:\d{4}-)?(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso && /\d{4}-\d{1,2}-\d{1,2}|^\d{1,2}-\d{1,2}$/.test(text.trim())) {
    const month = Number(iso[1]) - 1;
    const day = Number(iso[2]);
    if (month >= 0 && month < 12 && day >= 1 && day <= 31) return { month, day };
  }
  const stated = datesIn(value).find((date) => date.readings.length === 1 && date.readings[0]!.day);
  if (stated) return { month: stated.readings[0]!.month - 1, day: stated.readings[0]!.day! };
  // A month's name or the start of it ("Jul", "Sept."): a word of three letters or more.
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  const month = MONTHS.findIndex((name) => words.some((word) => name.startsWith(word)));
  if (month < 0) return undefined;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text);
  return { month, day: day ? Number(day[1]) : 1 };
}

/**
 * The age of someone born on the day `value` names with its year ("23 July 2020", "3 mars 2017"),
 * on the local day of `today`: 6 on 2 December 2026. Undefined when the value has no day and year,
 * or names a day still to come.
 */
export function ageFromBirthday(value: string, today = new Date()): number | undefined {
  const when = monthDay(value);
  const year = /\b((?:19|20)\d{2})\b/.exec(value)?.[1];
  if (!when || !year) return undefined;
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (Date.UTC(Number(year), when.month, when.day) > start) return undefined;
  const before = Date.UTC(today.getFullYear(), when.month, when.day) > start ? 1 : 0;
  return today.getFullYear() - Number(year) - before;
}

/**
 * "whose birthday is in July?", "who has a birthday in May?", "whose birthday is next?": a
 * question about the set of dated facts of one kind, answered from the ones whose value is in
 * that month (or the next to come after `today`). Undefined when the question is not one.
 */
export function datedSetAnswer(
  question: string,
  entries: readonly FactEntry[],
  today = new Date(),
): string | undefined {
  const asked =
    /^(?:whose|who\s+has\s+(?:a|an|their)?|who['’]?s\s+got\s+(?:a|an)|any(?:one)?\s+with\s+(?:a|an))\s*(birthday|bday|anniversary|name\s*day)s?\s+(?:is\s+|are\s+)?(?:(?:in|during)\s+(\p{L}+)|(?:coming\s+up\s+)?next|coming\s+up)[\s?.!]*$/iu.exec(
      question.trim(),
    );
  if (!asked) return undefined;
  const kind = asked[1]!.toLowerCase() === 'bday' ? 'birthday' : asked[1]!.toLowerCase();
  const dated = entries.flatMap((entry) => {
    const label = entry.label.toLowerCase();
    if (!label.includes(kind) && !(kind === 'birthday' && /\bbday\b/.test(label))) return [];
    const when = monthDay(String(entry.value));
    return when ? [{ entry, ...when }] : [];
  });
  const said = ({ entry }: { entry: FactEntry }) =>
    `${factSubject(entry.label).replace(/^Your\b/, 'your')} (${visibleBreaks(String(entry.value))})`;
  const named = asked[2]?.toLowerCase();
  if (named) {
    const month = MONTHS.findIndex((name) => name === named || name.slice(0, 3) === named.replace(/\.$/, ''));
    if (month < 0) return undefined;
    const title = `${MONTHS[month]![0]!.toUpperCase()}${MONTHS[month]!.slice(1)}`;
    const inMonth = dated.filter((fact) => fact.month === month).sort((a, b) => a.day - b.day);
    if (inMonth.length === 0)
      return `No remembered ${kind} is in ${title}${dated.length ? `; I have ${dated.length} other${dated.length === 1 ? '' : 's'}` : ''}.`;
    const list = inMonth.map(said);
    return `${inMonth.length === 1 ? `One remembered ${kind} is` : `${inMonth.length} remembered ${kind}s are`} in ${title}: ${list.slice(0, -1).join(', ')}${list.length > 1 ? ' and ' : ''}${list.at(-1)}.`;
  }
  if (dated.length === 0) return `I have no remembered ${kind} with a date.`;
  // Days from today to each date's next time, this year or next.
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const until = ({ month, day }: { month: number; day: number }) => {
    let at = Date.UTC(today.getUTCFullYear(), month, day);
    if (at < start) at = Date.UTC(today.getUTCFullYear() + 1, month, day);
    return at - start;
  };
  const soonest = Math.min(...dated.map(until));
  const next = dated.filter((fact) => until(fact) === soonest).map(said);
  return `The next remembered ${kind}: ${next.join(' and ')}.`;
}
