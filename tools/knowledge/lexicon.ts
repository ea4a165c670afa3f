/**
 * The answerer's word knowledge (issue 10): which question words frame a question rather than name
 * its subject, which words are one thing in a person's papers, and how question and sentence words
 * are folded and stemmed to be compared. Kept apart from the answerer so word lists grow without
 * touching how answers are chosen.
 */
import { wordTable } from '../../cartridge/lexicon.js';
import { hangulForms, kanjiStem } from './cjk.js';
import { ARABIC_FUNCTION_WORDS, FOREIGN_VERBS } from './foreign-verbs.js';
import { camelHeads, stem, words } from './text.js';
/**
 * Words that frame a question rather than name what it is about: "how much is the rent?" asks
 * about the rent, and a lease that says "Monthly rent: $1,450" answers it without the word "much".
 */
export const FRAMING = new Set(
  `much many often long soon far amount kind sort type exactly actually really currently anymore know
need needs want pay pays paid paying cost costs allowed permitted ok okay fine
info information detail details according regarding concerning including excluding
difference differences differ compare comparison versus vs worth
called`.split(/\s+/),
);

/**
 * Words that name the same thing in a person's papers, as groups (Porter-stemmed when used): "my
 * apartment" is the lease, "monthly payment" the monthly rent, "how heavy" the weight in pounds,
 * "what did we decide" the "## Decisions". Small and hand-made on purpose: each group is a
 * wording a person uses for their own documents; a question word with none of its group in the
 * documents is not known to them.
 */
export const SYNONYM_GROUPS = [
  'apartment flat lease rental tenancy tenant landlord',
  'car vehicle auto automobile',
  // S44: "the excess on the house insurance" is the home insurance's.
  'home house',
  'bicycle bike',
  'month monthly',
  'payment pay rent instalment installment',
  'decide decided decision decisions agreed',
  'heavy weight weigh pounds lbs kg',
  // S14 MEDIUM 9: a full disk is at (nearly) its capacity.
  'full capacity',
  'cat cats kitten',
  'dog dogs puppy',
  'manual handbook guide',
  'meeting sync standup',
  'phone telephone mobile tel',
  // S25 LOW 5: the abbreviations papers write ("Dr Aisha Rahman", "12 Mill Rd", "Appt: 3pm").
  'doctor doctors dr gp physician',
  'street st',
  'road rd',
  'avenue ave',
  'appointment appointments appt appts',
  'approximately approx roughly',
  'department dept',
  'government govt',
  'born birth birthday',
  // Round 7 MEDIUM: a question's word and the word the papers use for it.
  'expire expires expired expiry expiration valid validity',
  'collect collects collected collection pickup picked',
  'postcode postal zip zipcode',
  'schedule timetable',
  // Round 12 MEDIUM 9: who teaches a course is its instructor; a course is its syllabus.
  'teacher instructor lecturer tutor professor',
  'course syllabus curriculum',
  'password passcode passphrase',
  // S32 HIGH 4: a schedule writes a vehicle's registration "reg. WU19 KLP" (casual.ts reads "reg" as registration).
  'registration reg',
  // Round 13: holiday a contract grants is its annual or paid leave ("25 days annual leave").
  'holiday holidays vacation vacations annualleave paidleave',

  // S21 HIGH 3–4: a question's word and the one minutes, logs, letters and bookings write.
  'attend attends attended attending attendance attendees present',
  'absent absence absentees apologies apology',
  'fail fails failed failing failure error errors',
  // S25 MEDIUM 5: "who is responsible for fixing the boiler?" — "responsible for repairs to … boiler".
  'fix fixes fixed fixing repair repairs repaired repairing mend mends mended',
  'add adds added adding',
  'write writes wrote written writing',
  // k15 HIGH 5: every form of leaving ("he left on 4 May"); a flight is when one flies.
  'depart departs departed departing departure leave leaves left leaving',
  // k23: a timetable's "dep 06:55" is a departure; not every leaving ("annual leave") is one.
  'depart departs departed departing departure dep',
  'fly flies flying flight flights',
  // k15 HIGH 6: "the reference no. 4471" is written "Ref No. 4471".
  'reference references ref refs',
  // k23: a timetable writes "dep 06:55 … arr 09:40" (S37 H6).
  'arrive arrives arrived arriving arrival land lands landed landing arr',
  // k22: "by when must I apply for the flat?" — "Applications close on 10 December 2026."
  'apply applies applied applying application applications',
  // S23 HIGH 7: a job is what an employment contract is about; starting is beginning or joining.
  'job employment employee employer employed',
  // k22: an offer letter names the job "the position of …" or "the role of …".
  'job jobs position role',
  'start starts started starting begin begins began beginning join joins joined joining commence commenced',
  // S15 item 5: a Japanese counter is the noun it counts ("2泊3日" are nights; counters.ts).
  'night nights overnight 泊',
  // S34 H5: the word a person asks with and the label a certificate, invoice or offer writes.
  'check checks inspection inspections',
  'mileage odometer',
  'pass passed result',
  'interest rate',
  'bill invoice',
  // k31 (S45): a French statement's payees — "Engie gaz", "EDF électricité" — asked in English.
  'gas gaz',
  // k23 (S37 H6): "how much did I donate to charity?" — "Gift Aid donations £300.00".
  'charity charities charitable donate donates donated donation donations',
  // American and British spellings of one word.
  'color colour',
  'favorite favourite',
  'center centre',
  'gray grey',
  'license licence',
  'meter metre',
  'theater theatre',
  'organization organisation',
  // k29: "who is travelling with me?" — an itinerary lists its "Passengers:" or "Travellers:".
  'travel traveller travellers traveler travelers passenger passengers',
  // k29: "does anyone have allergies?" — "Ana is allergic to penicillin".
  'allergy allergies allergic',
  // k31 (S45): "is Léonie asthmatic?" — "Mild asthma": a condition and the word for who has it,
  // made irregularly, so the suffix rule of word-forms.ts does not reach them.
  'asthma asthmatic',
  'diabetes diabetic',
  'epilepsy epileptic',
  'anaemia anaemic anemia anemic',
  'arthritis arthritic',
  // k29: "is my MOT overdue?" — "MOT due 19 Nov 2026", the date then compared with today (validity.ts).
  'due overdue',
];
export const SYNONYMS = new Map<string, Set<string>>();
for (const group of SYNONYM_GROUPS) {
  const roots = new Set(group.split(' ').map(stem));
  for (const root of roots) SYNONYMS.set(root, new Set([...(SYNONYMS.get(root) ?? []), ...roots]));
}
/**
 * A broad verb and the ways to do it, one way only (k15 HIGH 4): "how long do I cook the eggs?"
 * is said "Boil the eggs for 7 minutes", but boiling is not baking.
 */
const WAYS_OF = ['cook boil bake fry roast simmer grill steam poach microwave toast'];
for (const line of WAYS_OF) {
  const [broad = '', ...ways] = line.split(' ').map(stem);
  SYNONYMS.set(broad, new Set([...(SYNONYMS.get(broad) ?? [broad]), ...ways]));
}
/**
 * A question's word and the words papers write for it, one way only (k25, S37 H6, S39 B5): "how
 * much tax do I owe?" is said "Balance to pay: £2,308.80" or "Amount due", though a balance is not
 * always owed; "what is my job title?" is said "the role of Senior Firmware Engineer", though a
 * role is no title of a book.
 */
const SAID_AS = wordTable({
  owe: 'owes owed owing balance due outstanding',
  title: 'role position designation',
  // k26 (S41 M): "how much did I spend on groceries?" is said by a statement's supermarket rows
  // ("TESCO STORES 2231"), though a supermarket sells more than groceries.
  grocery:
    'groceries supermarket supermarkets tesco sainsbury sainsburys asda aldi lidl waitrose morrisons ocado',
  // k29: "how much do I earn a year?" — a payslip's "Monthly salary: £2,900.00".
  earn: 'earns earned earning earnings salary salaries wage wages pay',
  // k29: "how much did I spend on food?" — a statement's groceries and eating-out rows.
  food: 'groceries grocery supermarket supermarkets eating restaurant restaurants takeaway takeaways dining meals',
  // k30 (S44 12): "how much did we pay for electricity?" is said by "Octopus Energy", an energy
  // supplier. Not gas: a "Bill: Electricity, Supplier: Octopus Energy" row is no gas bill.
  electricity: 'energy power',
  // S44: "what day are the bins collected?" — "Bin day: Wednesday", "Bins go out on Thursday".
  collect: 'bin bins rubbish refuse recycling',
  empty: 'bin bins rubbish refuse recycling',
  // S44: "if I drop my laptop is that covered?" — a policy's "Accidental damage to TVs and laptops".
  drop: 'accidental accident damage',
  spill: 'accidental accident damage',
  smash: 'accidental accident damage',
  crack: 'accidental accident damage',
  // k32: "what's the wifi network?" — "SSID: Flat3-Net", "wifi: Lighthouse_Guest".
  network: 'ssid wifi',
  ssid: 'network wifi',
  // k32: "which airline do we fly with?" — a booking's "Airline: TAP Air Portugal" or "Flight
  // TP1357", never the flying. Each form, as the stems differ ("fly" fli, "flying" fly).
  fly: 'flight flights airline airlines',
  flying: 'flight flights airline airlines',
  flew: 'flight flights airline airlines',
  flown: 'flight flights airline airlines',
});
for (const [word, saidAs] of Object.entries(SAID_AS)) {
  const asked = stem(word);
  SYNONYMS.set(asked, new Set([...(SYNONYMS.get(asked) ?? [asked]), ...saidAs.split(' ').map(stem)]));
}
/**
 * A verb and its particle as one meaning, and the words papers write for it (k29): "when do I fly
 * back?" is the "Return flight", "how much notice to move out?" the "notice to end the tenancy".
 */
const PHRASES_SAID_AS = wordTable({
  'move out': 'end leave vacate terminate termination',
  // S48 4: "how much notice to leave early?" — "Early termination by tenants: 90 days' notice".
  'leave early': 'end terminate termination',
  'fly back': 'return',
  'come back': 'return',
  'go back': 'return',
  'get back': 'return',
  'travel back': 'return',
  'head back': 'return',
  'drive back': 'return',
  'move in': 'start begin',
});
/**
 * The stems a phrase of `questionWords` is also said by ("fly back" → "return"), for each of its
 * two words' stems: "back" is then known where a paper writes "Return flight". Empty without one.
 */
export function phraseAlternatives(questionWords: readonly string[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  questionWords.slice(1).forEach((word, index) => {
    const verb = questionWords[index] as string;
    const saidAs = PHRASES_SAID_AS[`${fold(verb)} ${fold(word)}`];
    if (saidAs === undefined) return;
    const stems = saidAs.split(' ').map(stem);
    for (const w of [verb, word]) found.set(root(w), new Set([...(found.get(root(w)) ?? []), ...stems]));
  });
  return found;
}
/**
 * "does anyone in the family have allergies?", "who in my household is allergic?", "what
 * allergies does the family have?": who is asked among; a paper names the people ("Ana is
 * allergic …"), never the family. The folded words so used.
 */
export const peopleFraming = (question: string): Set<string> =>
  new Set(
    [
      ...question.matchAll(
        /\b(?:(?:any|every|some)(?:one|body)\s+(?:else\s+)?(?:in|of)|who\s+(?:in|of)|among)\s+(?:the|my|our|this)\s+(family|household|house|home)\b|\b(?:does|do)\s+(?:the|my|our)\s+(family|household)\s+have\b/giu,
      ),
    ].map((m) => fold((m[1] ?? m[2]) as string)),
  );
/**
 * The animals kept as pets, singular and plural (k31, S45: "are we covered if the tortoise chews
 * the sofa?" — "Damage caused by pets"): each is read as a pet, a pet never as one of them.
 */
export const PET_ANIMALS =
  'cat cats kitten kittens dog dogs puppy puppies rabbit rabbits hamster hamsters guinea pig pigs gerbil gerbils ferret ferrets tortoise tortoises turtle turtles parrot parrots budgie budgies bird birds fish goldfish snake snakes lizard lizards pony ponies horse horses';

/**
 * A day and the days it is one of, both ways but never day to day (S25 LOW 5): "open on
 * Saturday?" is said "9:00 on weekends", and "at the weekend?" "Saturday 10–4"; Saturday is not
 * Sunday.
 */
const DAYS_OF = [
  'weekend weekends saturday saturdays sunday sundays',
  'weekday weekdays monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays',
  // k20: "can I keep a cat?" is said by a clause on pets; a cat is not a dog.
  `pet pets ${PET_ANIMALS.replace(/\bguinea pig pigs\b/u, 'guinea')}`,
];
for (const line of DAYS_OF) {
  const [broad = '', ...days] = [...new Set(line.split(' ').map(stem))];
  SYNONYMS.set(broad, new Set([...(SYNONYMS.get(broad) ?? [broad]), ...days]));
  for (const day of days) SYNONYMS.set(day, new Set([...(SYNONYMS.get(day) ?? [day]), broad]));
}
/**
 * Words a question needs to be a question and never names what it is about, so never required
 * of a sentence (issue 10, stranger round 6): the common light verbs in their forms ("how much
 * notice do I need to give?" — the lease says "three months' notice"; "how many spaces do I
 * get?"), question words ("whose birthday"), and generic nouns of who or what ("the person born
 * on 2 July"). Also (issue 10, S14) the light verbs of what a thing takes in or gives ("what port
 * does the backup use?" — `BACKUP_PORT = 2222`; "how much water does the tank hold?") and degree
 * adverbs ("what disk is almost full?" — "at 97% capacity"). Also (k20) the hedges, time adverbs
 * and permission verbs of a yes/no question ("does the tenancy allow pets?", "is it still under
 * warranty?", "is the courtesy car always included?", "what is Tomasz supposed to do?"): the
 * sentence that states it need not say them. Only the answerer drops them; search still reads
 * every word. Also (k23) "stay": "what hotel am I staying at in Lisbon?" — an itinerary lists the
 * hotel, never the staying; and (k31) "take care of", "mind": "who minds Gédéon?" — "Gédéon the
 * tortoise stays with neighbour Mme Łucja Wiśniewska".
 */
export const LIGHT_WORDS = new Set(
  `give gives gave given giving get gets got gotten getting have has had having make makes made making
do does did done doing take takes took taken taking go goes went gone going put puts putting
keep keeps kept keeping whose which whom whoever whatever person persons people someone somebody
anyone anybody everyone everybody thing things stuff happen happens happened happening
doesn didn isn aren wasn weren hasn haven hadn wouldn couldn shouldn
use uses used using need needs needed needing hold holds held holding
stay stays stayed staying
care cares cared caring mind minds minded minding
almost nearly very really quite rather fairly pretty
allow allows allowed allowing permit permits permitted permitting supposed meant able
still always ever already actually currently usually normally generally probably maybe perhaps ok okay`.split(
    /\s+/,
  ),
);
/**
 * "Work on" is doing something to a thing, like "do" (k25, S39 B6): "when was the boiler last
 * worked on?" is said "Boiler repair - replaced pressure valve", never "worked". "Working hours"
 * and "where do I work?" still ask of work.
 */
export const workedOn = (question: string, word: string): boolean =>
  /^work(?:s|ed|ing)?$/u.test(word) && new RegExp(`\\b${word}\\s+on\\b`, 'iu').test(question);
/**
 * "Fly" beside the thing flown (k32): "which airline do we fly with?" asks of the airline, and the
 * booking's "Airline: TAP Air Portugal" says no flying; "Flight: TP1357" is not what is asked.
 * Alone ("when do we fly?") it is asked, and said by a flight's line (`SAID_AS`).
 */
export const flownWith = (question: string, word: string): boolean =>
  /^(?:fly|flies|flew|flown|flying)$/u.test(word) &&
  /\b(?:airlines?|airways|carriers?|planes?|aircraft|airports?|flights?)\b/iu.test(question);
/**
 * A password's line never answers what a network or thing is called (k32): "what's the wifi
 * network?", "what is the wifi name?" ask its name (SSID), and "Wifi password: …" is no name.
 * True when `question` asks a name, network or SSID and no secret, and `label` is a secret's.
 */
export const secretNotAsked = (question: string, label: string | undefined): boolean =>
  label !== undefined &&
  /\b(?:pass(?:word|code|phrase)s?|pins?|passkeys?|keys?|codes?|wpa2?|psk)\b/iu.test(label) &&
  /\b(?:names?|called|networks?|ssids?)\b/iu.test(question) &&
  !/\b(?:pass(?:word|code|phrase)s?|pins?|passkeys?|keys?|codes?|log\s?ins?|credentials?|secrets?)\b/iu.test(
    question,
  );
/** "check-in", "check in", "checking in"; "check-out", "checkout", "checking out". */
const CHECK_IN = /\bcheck(?:ing|ed)?[\s-]?in\b|\bcheckin\b/iu;
const CHECK_OUT = /\bcheck(?:ing|ed)?[\s-]?out\b|\bcheckout\b/iu;
/**
 * A booking's other end (k32): "when do we check out?" shares "check" with "Check-in: 14 May",
 * which is no answer. True when `question` asks one of check-in and check-out and `text` says
 * only the other.
 */
export const otherCheckEnd = (question: string, text: string): boolean =>
  (CHECK_OUT.test(question) && !CHECK_IN.test(question) && CHECK_IN.test(text) && !CHECK_OUT.test(text)) ||
  (CHECK_IN.test(question) && !CHECK_OUT.test(question) && CHECK_OUT.test(text) && !CHECK_IN.test(text));
/**
 * Question and function words of other languages a person may ask in, which would otherwise be
 * required as content words ("qui est le propriétaire?" asks of the owner, "когда отправляется
 * паром?" of the ferry, "kiedy przyjeżdża babcia?" of the grandmother): French, German, Spanish, Italian,
 * Portuguese, Dutch, Polish, Swedish and Russian, folded
 * (accents stripped, lowercase). Hand-made from each language's interrogatives, articles,
 * copulas and common prepositions. Some are English words too ("comment", "pour", "van", "war"),
 * so the list applies only to a question with no English function word (`ENGLISH_MARKERS`):
 * "what does the comment say?" still needs its comment.
 */
export const OTHER_LANGUAGE_WORDS = new Set(
  `qui que quoi quel quelle quels quelles quand ou comment combien pourquoi est sont etait ce cette ces
le la les un une des du de au aux et mon ma mes ton ta tes son sa ses notre votre leur dans sur pour avec
par pour il elle ils elles je tu nous vous on y en qu c l d j n s ton ai as avons avez ont fait
wer wen wem wessen was wann wo wie welche welcher welches welchen warum wieviel wieviele viel viele weshalb woher
wohin ist sind der das dem des ein eine einen einem einer und mein meine meinen dein deine sein ihr
im zu zum zur von mit fur auf aus bei ich du er sie es wir die den man war
quien quienes cual cuales cuando donde como cuanto cuanta cuantos cuantas por porque es son esta estan
el los las una unos unas del al y mi mis tu tus su sus en para que se lo con sin son
chi cosa quale quali quando dove perche il lo gli della delle di da e sono
quem qual quais onde quanto quantos porque e sao os um uma do da dos das em no na
wie wat wanneer waar hoe welk welke waarom het een van zijn mijn
hoeveel hoelang hoelaat wiens waarvoor waarmee waarheen is de dat deze die dit er ik je jij u we wij ze
zij hun onze ons uw mijn moet moeten wordt worden kan kunnen heeft hebben was waren wordt bij op voor
met naar aan om tot
kto co kiedy gdzie jak jaki jaka jakie jakiego jakiej ile ilu czy dlaczego czemu ktory ktora ktore
ktorego ktorej ktorym ktora jest sa byl byla bylo sie mnie moj moja moje mojego mojej nasz nasza
twoj twoja dla od przy przez ze jaka
vem vad nar var hur vilken vilket vilka varfor hur mycket manga ar var det den ett en min mitt mina
din ditt har hade ska skall kan kostar mig jag vi ni de pa och till fran med av om
pasa paso pasara ocurre ocurrio hay habra sucede tiene tienen
passiert passierte geschieht gibt gab los
passe passera arrive se il a y
succede succedera accade ce c
acontece aconteceu tem ha
кто что когда где как сколько почему зачем какой какая какое какие чей чья чьё чье чьи который которая
которое которые ли во в на с со к ко по о об от у из за до для это этот эта эти мой моя моё мое мои
твой наш ваш их его её ее он она оно они я ты мы вы есть был была были и а но
quanta quanti quante quantas cuanta combien quantos
क्या कब कहाँ कहां कौन कौनसा कौनसी किस किसका किसकी किसके किसे कितना कितनी कितने कैसे कैसा कैसी क्यों
है हैं था थी थे हो होगा होगी होंगे होता होती का की के को में से पर तक ने लिए और या भी नाम
मेरा मेरी मेरे मुझे हम हमारा हमारी आप आपका आपकी यह वह ये वो
लेना लेनी लेने लूँ लें देना देनी देने दें करना करनी करने करें जाना जानी जाने सकता सकती सकते चाहिए`
    .normalize('NFC')
    .split(/\s+/),
);
for (const word of ARABIC_FUNCTION_WORDS) OTHER_LANGUAGE_WORDS.add(word);
/**
 * Words of `OTHER_LANGUAGE_WORDS` that are English words too ("what is the van number?", "comment"):
 * they never tell a question is in another language, so "van number" keeps its van.
 */
export const ALSO_ENGLISH = new Set(
  `comment pour par van ton fur dove os hoe die den man war son sin con est mit wat is de was we er dat u
ze min till var mitt pa co tot hun ons om jak ile sa din ten will serve falls gross`.split(/\s+/),
);
/**
 * English function words: a question with one is English, and `OTHER_LANGUAGE_WORDS` do not apply,
 * unless the word is also one of another language's ("is" in "wat is het openstaande bedrag?",
 * `foreignQuestion`).
 */
export const ENGLISH_MARKERS = new Set(
  'the what who whom whose where when why how is are were do does did my your our their which can could would should of and to for with it i'.split(
    ' ',
  ),
);
/**
 * Whether a question (its words, lowercase) is asked in another language: it has a word only
 * another language has ("het", "kiedy", "qui"), and no English function word that is not also one
 * of another language's ("what" is English; "is" is Dutch too, "do" Portuguese and Polish).
 */
export const foreignQuestion = (questionWords: readonly string[]): boolean =>
  questionWords.some(
    (w) =>
      w.length > 1 &&
      // k23: "Was kostet die Ferienwohnung pro Nacht?" — its verb tells it is German (S37 H6).
      (OTHER_LANGUAGE_WORDS.has(fold(w)) || (w.length > 3 && FOREIGN_VERBS.has(fold(w)))) &&
      !ALSO_ENGLISH.has(fold(w)) &&
      !ENGLISH_MARKERS.has(w),
  ) && !questionWords.some((w) => ENGLISH_MARKERS.has(w) && !OTHER_LANGUAGE_WORDS.has(fold(w)));
/**
 * Whether a question word (as the query keeps it) is never required: a light word, or, in a
 * question with no English function word (`foreign`), a question or function word of another
 * language or one of its modal and light verbs in their forms (foreign-verbs.ts).
 */
export const neverRequired = (word: string, foreign: boolean): boolean =>
  LIGHT_WORDS.has(word) ||
  (foreign && (OTHER_LANGUAGE_WORDS.has(fold(word)) || FOREIGN_VERBS.has(fold(word))));

/**
 * Irregular verbs by their forms, so "who keeps the key?" finds "is kept by" ("kept" is not
 * Porter-stemmed to "keep"). The common ones a person's papers use; forms that are also other
 * words ("left", "lay", "saw") are left out.
 */
export const IRREGULAR_GROUPS = [
  'keep keeps kept',
  'buy buys bought purchase purchases purchased purchasing',
  // k25: "when was the chimney swept?" — "Chimney sweep, Clean Flues Ltd".
  'sweep sweeps swept',
  'sell sells sold',
  'make makes made',
  'build builds built',
  'write writes wrote written',
  'give gives gave given',
  'take takes took taken',
  'hold holds held',
  'lend lends lent',
  'send sends sent',
  'spend spends spent',
  'bring brings brought',
  'teach teaches taught',
  'tell tells told',
  'run runs ran',
  'drive drives drove driven',
  'eat eats ate eaten',
  'feed feeds fed',
  'meet meets met',
  'choose chooses chose chosen',
  'begin begins began begun',
  'break breaks broke broken',
  'steal steals stole stolen',
  'speak speaks spoke spoken',
  'grow grows grew grown',
  'draw draws drew drawn',
  'hide hides hid hidden',
  'lose loses lost',
  'win wins won',
  'sing sings sang sung',
  'swim swims swam swum',
  'fly flies flew flown',
];
for (const group of IRREGULAR_GROUPS) {
  const roots = new Set(group.split(' ').map(stem));
  for (const root of roots) SYNONYMS.set(root, new Set([...(SYNONYMS.get(root) ?? []), ...roots]));
}
/**
 * A verb ending in a vowel and "y" and its noun in "-ment" (S27 MEDIUM 17): Porter stems "overpay"
 * as "overpai" but "overpayment(s)" as "overpay", and "payment" as itself; "employ", "employment"
 * likewise, and "repaid" (k20). Each such stem has the others as alternatives.
 */
function payForms(root: string): string[] {
  const verb = /^(.*[aeo])(?:y|yment|i|id)$/u.exec(root)?.[1];
  if (verb === undefined || verb.length < 2) return [];
  // "repaid", "paid", "overpaid": the past of such a verb is its stem with "id" (k20: "repay" — "repaid").
  return [`${verb}i`, `${verb}y`, `${verb}yment`, `${verb}id`];
}
/**
 * A stem and the stems of its synonyms and irregular forms; a Japanese verb or adjective also by
 * its kanji (`kanjiStem`: "食べる" is found in "食べます").
 */
export const alternativesOf = (root: string): Set<string> => {
  const known = new Set([...(SYNONYMS.get(root) ?? [root]), ...payForms(root)]);
  const kanji = kanjiStem(root);
  // A Korean noun with any particle, or none ("고양이가" is "고양이는"; cjk.ts `hangulForms`).
  const korean = hangulForms(root);
  if (korean.length > 0) return new Set([...known, ...korean]);
  return kanji === undefined ? known : new Set([...known, kanji]);
};
export const isNumber = (root: string) => /^\p{N}+$/u.test(root);
/**
 * A word as search matches it: diacritics stripped (NFD, marks removed) and lowercased, as FTS5's
 * `unicode61 remove_diacritics` folds the index, so "Café", "CAFÉ" and "cafe" are one word. The
 * voicing marks of Japanese kana and Arabic hamza stay (FTS5 keeps them: "ごはん" is not "こはん",
 * "الإيجار" not "الايجار"), and so do the vowel signs and virama of Devanagari and the other Indic
 * scripts (the index keeps them inside a word: "की" is not "का"). The word is
 * recomposed (NFC), so Korean syllables stay as the index has them.
 */
const FOLDED_MARKS =
  /(?<![\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}])\p{M}+/gu;
export const fold = (word: string): string =>
  word.normalize('NFD').replace(FOLDED_MARKS, '').normalize('NFC').toLowerCase();
/** The Porter stem of a folded word: what question and sentence words are compared by. */
export const root = (word: string): string => stem(fold(word));
/** Two or more single letters each with its dot ("D.O.B.", "P.O."; the last dot may be left off). */
const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu;
/**
 * Stems of the compounds a text writes as two words, joined by a hyphen or a space ("Wi-Fi",
 * "wi fi", "e-mail" → "wifi", "email"), so a question that writes them as one word finds them;
 * the last word of a camel-case name ("PureGym" → "gym"); and an abbreviation written with dots.
 */
export function compoundRoots(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.normalize('NFKC').matchAll(/([\p{L}\p{N}]+)[-‐‑ ](?=([\p{L}\p{N}]+))/gu))
    out.add(root(`${match[1]}${match[2]}`));
  // A name written as one word in camel case says its last word too: "PureGym" is a gym,
  // "FitLife Leisure" not a "fit" (k20: "what is my gym door pin?" once the file is renamed).
  for (const head of words(camelHeads(text))) out.add(root(head));
  // An abbreviation written with dots is its letters as one word: "D.O.B." is a DOB (k25).
  for (const match of text.normalize('NFKC').matchAll(DOTTED)) out.add(root(match[0].replace(/\./gu, '')));
  return out;
}
/**
 * A short name with a number after it ("D3", "B12", "K2", "A4"): its letters and its number, so
 * "vitamin D" finds "vitamin D3" and "A 4" finds "A4" (S23 HIGH 2). Latin letters 1–3, digits 1–3 (a CJK run with digits is no such name).
 */
const LETTERS_NUMBER = /^([a-z]{1,3})([0-9]{1,3})$/u;
/** The letters and the number of each `LETTERS_NUMBER` word of `tokens`. */
function letterNumberParts(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const parts = LETTERS_NUMBER.exec(token);
    if (parts) out.push(root(parts[1] as string), parts[2] as string);
  }
  return out;
}
/**
 * The characters of each Chinese word of more than one ("饲养" → "饲", "养"): a question that
 * writes one of them alone ("可以养宠物吗?") asks of the word that has it (S27 MEDIUM 11).
 */
function hanCharacters(tokens: readonly string[]): string[] {
  return tokens
    .filter((token) => token.length > 1 && HAN.test(token))
    .flatMap((token) => token.match(HAN_ALL) ?? []);
}
const HAN = /^\p{Script=Han}+$/u;
const HAN_ALL = /\p{Script=Han}/gu;
/** Stems of a text's words, folded, of its two-word compounds joined (`compoundRoots`), of its `LETTERS_NUMBER` parts and its Chinese words' characters. */
/** "Policy No. HX-448210-C", "Nr. 4471", "Invoice #2291", "No 12": a number written short (k20). */
const NUMBER_SIGN = /(?:^|[^\p{L}\p{N}])(?:no|nr|num)\.?\s*(?=[\p{Lu}\p{N}-]*\p{N})|#\s*\p{N}/iu;
export const rootsOf = (text: string): Set<string> => {
  const tokens = words(text.normalize('NFKC'));
  return new Set([
    ...tokens.map(root),
    ...(NUMBER_SIGN.test(text) ? [root('number')] : []),
    ...compoundRoots(text),
    ...letterNumberParts(tokens),
    ...hanCharacters(tokens),
  ]);
};
/** A word's form up to a plural ending: "pets" → "pet", "boxes" → "box"; not a stem ("insurer" ≠ "insurance"). */
export const form = (word: string): string => fold(word).replace(/(?<=\p{L}{3})(?:es|s)$/u, '');
/** Forms of a text's words. */
export const formsOf = (text: string): Set<string> => new Set(words(text.normalize('NFKC')).map(form));
/**
 * Words that say which kind of value is asked ("the vault code", "the gas meter number", "which
 * fee"): required only when the question names nothing more specific.
 */
export const GENERIC = new Set(
  'number numbers code codes fee fees name names date dates amount value price prices id total sum charge policy policies rule rules schedule schedules timetable time times'
    .split(' ')
    .map((w) => stem(w)),
);
/** A participle's ending: "covered", "parking" — but "speed" and "ceiling" end so too. */
export const PARTICIPLE = /\p{L}{3}(?:ed|ing)$/u;
/** Forms of "to be" and "to get", before a participle ("is covered", "got paid"). */
export const BE = new Set('is are was were be been being am get gets got'.split(' '));
/** Words before a noun, never before a participle ("the parking fee", "my internet speed"). */
export const DETERMINER = new Set(
  'a an the my your our their his her its this that these those no any each every'.split(' '),
);
/** Questions that ask yes or no: their last participle is said of the subject ("is damage covered?"). */
export const AUXILIARY = new Set(
  'is are was were will would can could should do does did has have had'.split(' '),
);
/** Participles not ending "-ed"/"-ing": "what is taught in week 9?" (S21 HIGH 1). */
const IRREGULAR_PARTICIPLES = new Set(
  'set put cut shut let hit taught bought brought caught sought thought sold told held kept left lent meant sent spent built dealt felt found heard laid led lost made paid read said shown seen given taken written done known drawn worn torn chosen spoken broken stolen frozen run begun sung won'.split(
    ' ',
  ),
);
/**
 * Whether `words[index]` is a participle: it ends in -ed or -ing, its stem drops that ending
 * ("covered" → "cover"; "speed" stays "speed"), and it stands where a participle stands — after
 * a form of be or get that is not the question's first word ("what is covered?"; "is parking
 * included?" asks of parking), or later in a yes/no question and not after a determiner ("is
 * water damage covered?"; "is the heating on?" asks of the heating).
 */
export function isParticiple(words: readonly string[], index: number): boolean {
  const word = words[index] as string;
  if ((!PARTICIPLE.test(word) || root(word) === fold(word)) && !IRREGULAR_PARTICIPLES.has(fold(word)))
    return false;
  const before = words[index - 1];
  if (before === undefined || DETERMINER.has(before)) return false;
  if (BE.has(before) && index >= 2) return true;
  return AUXILIARY.has(words[0] as string) && index >= 2 && !BE.has(before);
}
/**
 * Verbs that ask what a thing holds ("what does module 2 cover?", "what does the fee include?"):
 * required only when the documents use them, as stems.
 */
export const ASKING = new Set('cover include contain mention mean involve'.split(' ').map((w) => stem(w)));
/** Words after which the next content word is a verb ("who keeps", "can I sublet"). */
export const BEFORE_VERB = new Set('who i we you they he she it'.split(' '));
