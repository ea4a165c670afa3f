import { z } from 'zod';
import { isSecretFact } from '../../cartridge/secrets.js';
import {
  attributeWithheld,
  contentWords,
  namesSecret,
  secretWordsNamed,
} from '../../cartridge/text-similarity.js';
import { defineTool } from '../define-tool.js';
import { questionWords } from '../offline.js';
import { limit, text } from '../schemas.js';
import { endSentence, visibleName } from '../sentence.js';
import { factsAbout, topicOf } from './about.js';
import {
  ageAnswer,
  bornAnswer,
  countdownAnswer,
  countdownAsked,
  holidayCountdown,
  lastTimeAnswer,
  nextTimeAnswer,
  pastAnswer,
  saysBirth,
  statedDayCountdown,
  turnsAnswer,
  yearlyAsked,
} from './countdown.js';
import { factOwner, ownSecretsFitting, SELF_TOPIC, splitByOwner } from './generic.js';
import { homesIn, kindFits } from './kind-fits.js';
import {
  ageOutOfDateSaid,
  agesOutOfDate,
  askedByName,
  bestFacts,
  datedSetAnswer,
  type FactEntry,
  factSentence,
  factSubject,
  listedFact,
  MASK,
  MY_SECRETS,
  maskedNote,
  namedInFull,
  SECRETS,
  secretsAlike,
} from './offline.js';
import {
  aboutSomeoneElse,
  factsByPerson,
  groupFacts,
  keptNames,
  keptPersonKeys,
  knownPeople,
  MAY_NAME,
  nameLinked,
  namesGroup,
  ownerCalled,
  ownerSaid,
  ownersAsPeople,
  personAbout,
  personInQuestion,
  personTopics,
  relationOf,
} from './people.js';
import type { MemoryEntry } from './schemas.js';
import { memoryEntry } from './schemas.js';
import { createMemoryStore } from './store.js';
import { allergyAnswer } from './yes-no.js';

/** A topic said back to the person: "my car" is "your car", "my sister's" "your sister's". */
const yours = (topic: string) => topic.trim().replace(/^(?:my|mine)\b/i, 'your');

/** "3 things", "1 thing". */
const things = (count: number) => `${count} thing${count === 1 ? '' : 's'}`;

/** " I also remember 5 things about other people: Priya (3), Tom (2); ask …", or '' (m22). */
function othersNote(others: readonly { owner: string; count: number }[] | undefined): string {
  if (!others?.length) return '';
  const count = others.reduce((sum, each) => sum + each.count, 0);
  const whose = others.map(({ owner, count }) => `${owner} (${count})`).join(', ');
  return ` I also remember ${things(count)} about other people: ${whose}; ask "what do you know about ${others[0]!.owner}?" to see them.`;
}

/** The one way facts are listed: `opening`, then each fact's name and value. */
function listSentence(opening: string, entries: readonly MemoryEntry[]): string {
  // A secret's value is masked; asked for by name it is said (`listedFact`).
  return `${endSentence(`${opening}: ${entries.map(listedFact).join('; ')}`)}${maskedNote(entries)}`;
}

/**
 * What a cut list says about the rest (S24: 5,001 facts were listed as 50 ending in a full stop):
 * " Shown: 1–50 of 5,001, newest first; the next with `fazt run memory_list --offset 50`." Empty
 * when every fact was listed.
 */
function leftOut(shown: number, total: number, offset: number): string {
  if (offset + shown >= total || shown === 0) return '';
  const count = (n: number) => n.toLocaleString('en-GB');
  return ` Shown: ${count(offset + 1)}–${count(offset + shown)} of ${count(total)}, newest first; the next with \`fazt run memory_list --offset ${offset + shown}\`.`;
}

/**
 * The notes kept beside the facts, said after a list of every fact (S24: "remember that I parked on
 * level 3" is kept as a note, and "what do you remember" said nothing of it): how many, and how to
 * see them. Empty with none.
 */
function notesBeside(notes: number | undefined, also: boolean): string {
  if (!notes) return '';
  const count = notes === 1 ? 'a note' : `${notes} notes`;
  return ` You ${also ? 'also ' : ''}have ${count} (notes are kept apart from facts): say "show my notes" to see ${notes === 1 ? 'it' : 'them'}.`;
}

/** True when `topic` is the fact's whole name said another way ("my wifi password", "wifi password"). */
function sameTopic(topic: string, label: string): boolean {
  return topicOf(topic).join(' ') === topicOf(label).join(' ');
}

/**
 * A request for the facts about something: group 1 is the topic. "list/show (me) my facts / all
 * you know / everything (you have) about X", "what do I/you know about X", "what have you got on
 * X", "what's stored about X", "(is there) anything (stored) about X", "facts about X".
 */
const ABOUT = new RegExp(
  `${String.raw`^(?:(?:so|and|ok(?:ay)?|hey|hi|um+|right)[\s,]+)?`}(?:${[
    // "list my facts about wifi", "show me everything you know about Tom", "tell me all you have on Ann"
    String.raw`(?:list|show|give|tell|display|print)(?:\s+(?:me|us))?\s+(?:(?:all|every(?:thing)?)\s+(?:of\s+)?)?(?:(?:my|the|your|our|any)\s+)?(?:facts?|memories|everything|anything|all|stuff|things|info(?:rmation)?|details|what\s+(?:you|u|i|we)\s+(?:know|remember|have|got|stored|saved|kept))(?:\s+(?:(?:that\s+)?(?:you|u|i|we)(?:['’]ve|\s+have)?\s+)?(?:know|remember(?:ed)?|have|got|stored|saved|kept))?`,
    // "what do I know about Tom", "what do you remember about the garage" ("what did I tell you
    // about …" is a question the kept facts answer, read before a statement after it: not here)
    String.raw`what\s+(?:do|did|does)\s+(?:you|u|i|we|fazt)\s+(?:know|remember|have(?:\s+(?:stored|saved|kept))?)`,
    // "tell me about jake": every fact about him, never one of them (S33 M4)
    String.raw`tell\s+(?:me|us)`,
    // "what have you got on my sister", "what've you stored on Ann"
    String.raw`what(?:['’]ve|\s+have)\s+(?:you|u)\s+(?:got|stored|saved|kept|remembered)`,
    // "what's stored about the garage", "what is saved on Tom"
    String.raw`what(?:['’]s|\s+is|\s+are)\s+(?:(?:stored|saved|remembered|kept)|(?:the\s+)?facts?)`,
    // "anything stored about the garage", "is there anything on Tom", "do you know anything about Ann"
    String.raw`(?:(?:is|are)\s+there\s+|(?:do|did)\s+(?:you|u|i|we)\s+(?:know|have|remember|got|store|save)\s+|have\s+(?:you|u)\s+got\s+|got\s+)?(?:anything|something|any\s+facts?|any\s+memories)(?:\s+(?:stored|saved|remembered|kept|(?:that\s+)?(?:you|u|i|we)(?:['’]ve|\s+have)?\s+(?:know|remember|have|stored|saved|kept)))?`,
    // "facts about Tom", "my facts on wifi", "everything you know about Ann"
    String.raw`(?:(?:my|the|your|all|any)\s+)?(?:facts?|memories|everything|stuff)(?:\s+(?:(?:that\s+)?(?:you|u|i|we)(?:['’]ve|\s+have)?\s+)?(?:stored|saved|remembered|kept|know|have|got))?`,
  ].join('|')})${String.raw`\s+(?:about|on|regarding|concerning|re:?)\s+(\S.*?)[\s?.!]*$`}`,
  'iu',
);

/**
 * A topic the facts may be about: not the person as a whole ("me", "us": every fact), nothing
 * another store holds ("in my notes", "my documents", "the calendar"), no pronoun.
 */
export function aboutTopic(topic: string): boolean {
  if (topicOf(topic).length === 0) return false;
  if (/^(?:me|myself|us|ourselves|you|yourself|it|that|this|them|those|these|him|her)$/i.test(topic))
    return false;
  return !/\b(?:notes?|documents?|docs|files?|pdfs?|photos?|pictures?|calendar|schedule|events?|e-?mails?|apps?|skills?|settings?|config(?:uration)?|today|tomorrow|yesterday)\b/i.test(
    topic,
  );
}

/** "it", "its": in a follow-up, the subject of the question before. */
const IT_SAID = /\b(?:it|its)\b/i;

/**
 * The facts about a topic as listed ("what do you know about Théo?"): a group's facts ("my
 * family"), or a person's with those of the relation they are ("son's name: Théo"), never another
 * person's of the same name. `memory_clear` forgets this same set (S45: 4 listed, 3 counted).
 */
export function listedAbout<T extends MemoryEntry>(about: string, all: readonly T[]): T[] {
  // "what do you know about my family?", "my pets": every fact about each of them (m26).
  const group = groupFacts(about, all);
  if (group) return group;
  // "what do you know about Leo?" with "son's name: Leo": the son's facts too (m22).
  const topics = personTopics(about, all).map((topic) => new Set(factsAbout(topic, all)));
  // "what do you know about my sister?" (sister Ana): never coworker Ana Smith's phone (m25).
  const person = personAbout(about, all);
  return all.filter(
    (entry) => topics.some((facts) => facts.has(entry)) && !(person && aboutSomeoneElse(entry.label, person)),
  );
}

/** "do I have any pets?", "what pets have I got?", "list my pets": the facts about the pets asked for (m26). */
const PETS =
  /^(?:(?:so|and|ok(?:ay)?|hey|hi)[\s,]+)?(?:(?:do|did)\s+(?:i|we)\s+(?:have|own|got)\s+(?:any\s+)?pets?|have\s+(?:i|we)\s+got\s+(?:any\s+)?pets?|(?:what|which)\s+pets?\s+(?:do|did)\s+(?:i|we)\s+(?:have|own)|(?:what|which)\s+pets?\s+(?:have\s+(?:i|we)|(?:i|we)['’]ve)\s+got|(?:who|what)\s+are\s+(?:my|our)\s+pets|(?:list|show)(?:\s+me)?\s+(?:my|our)\s+pets)[\s?.!]*$/iu;

/** "which code do I have?", "what pin have I got?": which ones are kept is asked, not a value. */
const HAVE_WHICH =
  /^(?:(?:so|and)\s+)?(?:which|what)\s+(?:[\p{L}\p{N}'’]+\s+){1,3}(?:(?:do|did)\s+i\s+(?:have|own|use|keep)|have\s+i\s+(?:got|saved|stored|kept)|i(?:['’]ve|\s+have)(?:\s+got)?)\b/iu;

export const memoryList = defineTool({
  name: 'memory_list',
  title: 'List remembered facts',
  description:
    'List the facts fazt remembers, most recently updated first. The output (JSON, MCP) has every value exact; the sentence said to a person masks a secret\'s value (PIN, password, code…) as "••••", to be asked for by name.',
  risk: 'read',
  input: z.object({
    limit: limit(50),
    offset: z.number().int().min(0).default(0).describe('How many to skip, for paging.'),
    about: text(200, 'about')
      .optional()
      .describe(
        'Only the facts about this: every word of it is a word of the fact\'s name — a key word ("wifi"), a person who owns the fact ("Ann" for "sister Ann\'s phone") or an owner word ("sister"). `total` counts those. "me": the person\'s own facts, none that names another owner ("Priya\'s birthday"); `others` counts those by whose. A secret kind said with "my" ("my passwords"): the person\'s own ones, the others counted the same way.',
      ),
  }),
  output: z.object({
    entries: z.array(memoryEntry),
    total: z.number().int(),
    notes: z
      .number()
      .int()
      .optional()
      .describe('Without `about`: how many notes are kept besides the facts (`notes_list` shows them).'),
    others: z
      .array(z.object({ owner: z.string(), count: z.number().int() }))
      .optional()
      .describe(
        'With `about` "me": the facts left out as somebody else\'s ("Priya\'s birthday"), counted by whose they are.',
      ),
  }),
  examples: [
    'what do you remember',
    'list my memories',
    'show everything you remember',
    'what do you remember about me',
    'show everything you have remembered',
    'what have I asked you to remember',
    'list remembered facts',
    'what do you know about me',
    'show everything you know about me',
    'how many things do you remember',
    'how many facts do you have',
    'tell me everything you remember',
    'list facts',
    'what have you got on me',
    'show my saved memories',
    'show all the facts you have',
    'what is stored about me',
    // m13 (stranger): the same question said other ways.
    'list everything you know',
    'list everything you remember',
    'show me everything you know',
    'show all my facts',
    'list all my facts',
    'what facts do you have',
    // S24: "list everything" is the facts (and how many notes there are), not a notes search.
    'list everything',
    'show everything',
  ],
  run({ limit: count, offset, about }, { cartridge }) {
    const memory = createMemoryStore(cartridge);
    if (about === undefined)
      return {
        entries: memory.list({ limit: count, offset }),
        total: memory.count(),
        // The notes table is the cartridge's own (cartridge/migrations.ts), as `fazt status` counts it.
        notes: cartridge.prepare('SELECT count(*) FROM notes').pluck().get() as number,
      };
    // "what do you know about me?": the person's own facts; somebody else's are only counted (m22).
    if (SELF_TOPIC.test(about.trim())) {
      const all = memory.list({ limit: 1_000_000 });
      const { own } = splitByOwner(all);
      const mine = new Set(own);
      const others = ownersAsPeople(
        all.filter((fact) => !mine.has(fact)),
        all,
        factOwner,
      );
      return { entries: own.slice(offset, offset + count), total: own.length, others };
    }
    const all = memory.list({ limit: 1_000_000 });
    // "what are my passwords?": the person's own; somebody else's are only counted, as for "me" (m23).
    if (MY_SECRETS.test(about.trim())) {
      const { own, others } = splitByOwner(factsAbout(about, all));
      return { entries: own.slice(offset, offset + count), total: own.length, others };
    }
    const fitting = listedAbout(about, all);
    return { entries: fitting.slice(offset, offset + count), total: fitting.length };
  },
  describe: ({ entries, total, notes, others }, { about, offset }) => {
    if (about !== undefined && SELF_TOPIC.test(about.trim())) {
      const mine =
        total === 0
          ? 'I have no remembered facts about you yet.'
          : `${listSentence(`I remember ${things(total)} about you`, entries)}${leftOut(entries.length, total, offset)}`;
      return `${mine}${othersNote(others)}`;
    }
    if (about === undefined)
      return total === 0
        ? `I have nothing remembered yet.${notesBeside(notes, false)}`
        : `${listSentence(`I remember ${things(total)}`, entries)}${leftOut(entries.length, total, offset)}${notesBeside(notes, true)}`;
    if (total === 0)
      return `${endSentence(`I have no remembered facts about ${yours(about)}`)}${othersNote(others)}`;
    // "tell me about my family": each person once, with what is kept about them (m29).
    if (namesGroup(about) && entries.length === total && offset === 0) {
      const people = factsByPerson(entries, (fact) =>
        listedFact(fact).slice(visibleName(fact.label).length + 2),
      );
      const each = people.map(({ who, facts }) => (facts.length ? `${who}: ${facts.join(', ')}` : who));
      const whose = yours(about).replace(/^\p{Ll}/u, (first) => first.toUpperCase());
      return `${endSentence(`${whose}: ${each.join('; ')}`)}${maskedNote(entries)}`;
    }
    // "what do you know about my wifi password?": the one fact of exactly that name, said as recall says it.
    const [only] = entries;
    if (total === 1 && only && sameTopic(about, only.label)) return factSentence(only);
    return `${listSentence(`I remember ${things(total)} about ${yours(about)}`, entries)}${leftOut(entries.length, total, offset)}${othersNote(others)}`;
  },
  offline: {
    names: {
      when: MAY_NAME,
      input: { limit: 500 },
      read: (output) => keptNames(output.entries),
      keys: (output) => keptPersonKeys(output.entries),
    },
    phrases: [
      {
        // "show my passwords", "list my PINs", "what passwords have I saved?": each listed masked.
        pattern: SECRETS,
        question: true,
        // Said with "my" ("what are my passwords?"): the person's own, others counted (m23);
        // "what pins do I have?" is every PIN kept, whoever's (secrets-18).
        input: (match) => ({
          about: `${/\b(?:my|our)\b/i.test(match[0]) ? 'my ' : ''}${(match[1] ?? match[2] ?? '').trim()}`,
        }),
      },
      {
        // "do I have any pets?", "what pets do I have?", "who are my pets?": the pets' facts (m26).
        pattern: PETS,
        question: true,
        input: () => ({ about: 'my pets' }),
      },
      {
        // "list my facts about wifi", "what do I know about Tom?", "what have you got on my
        // sister?", "anything stored about the garage?": the facts about it, or that none is.
        pattern: ABOUT,
        question: true,
        input: (match) => {
          const about = (match[1] ?? '').trim();
          // "what do you know about me?", "tell me about myself": the person's own facts (m22).
          if (SELF_TOPIC.test(about)) return { about: 'me' };
          return aboutTopic(about) ? { about } : undefined;
        },
      },
    ],
    // No fact is about it: the notes and learned documents are asked the same words.
    foundNothing: ({ total, others }, { about }) =>
      about === undefined || total > 0 || others?.length || SELF_TOPIC.test(about.trim())
        ? undefined
        : {
            query: about,
            lead: `I have no remembered facts about ${yours(about)}`,
            reply: `I have no remembered facts about ${yours(about)}, and no note or learned document mentions it.`,
          },
    // A question answered from the facts: half its words in one fact's name or value; after a
    // lookup that found nothing, or for a bare name, every word ("wifi pw", "heart doctor").
    answer: {
      order: 10,
      input: ({ words }) => (words.length > 0 ? { limit: 1000 } : undefined),
      // "is my daughter allergic to peanuts?" with "daughter's name: Léonie": the documents are asked of Léonie.
      names: ({ entries }, { request }) => relationsNamed(request, entries),
      reply: ({ entries }, { kind, text, request, sameWord, before }) => {
        // "whose birthday is in July?": the facts whose dates fit, never one guessed by its words.
        const dated = datedSetAnswer(text, entries);
        if (dated) return dated;
        // "and my brother's?" with no fact before it to carry over: which of the brother's facts,
        // by name only (a secret's value is never said beside another's name).
        const whose = ownerOnly(text, entries);
        if (whose) return whose;
        const minScore = kind === 'question' ? 0.5 : 0.99;
        // "how long until Kasia's birthday?" with "Kasia's birthday: 23 April": days from today (S44).
        const countdown = countdownAsked(text);
        if (countdown) {
          let found = bestFacts(countdown.subject, entries, sameWord, 0.5);
          // "how long until my daughter's birthday?" with "Léonie's birthday": asked the other way.
          const otherWay = found.length === 0 ? personInQuestion(countdown.subject, entries) : undefined;
          if (otherWay) found = bestFacts(otherWay.otherWay, entries, sameWord, 0.5);
          const [one] = found;
          // A birthday or anniversary with its first year counts to its next time (S46).
          const said =
            one && found.length === 1 && !isSecretFact(one.label, one.value)
              ? (nextTimeAnswer(factSentence(one), one.label, String(one.value), countdown.unit) ??
                countdownAnswer(
                  factSentence(one),
                  String(one.value),
                  countdown.unit,
                  new Date(),
                  countdown.subject,
                ))
              : undefined;
          if (said) return said;
          // "how many days until Christmas?" with no fact of it: the day everyone knows (S45).
          const holiday =
            found.length === 0 ? holidayCountdown(countdown.subject, countdown.unit) : undefined;
          if (holiday) return holiday;
          // "how many days until 5 de março?": the day the question states (s48).
          const stated =
            found.length === 0 ? statedDayCountdown(countdown.subject, countdown.unit) : undefined;
          if (stated) return stated;
        }
        // "who lives in Kraków?" with only "Kraków parking fee", "when was my daughter born?" with
        // "daughter: Zuzanna": a fact of another kind than asked never answers (a fee is no person,
        // a name no birthday), and the question is asked the other way or of the documents (s47).
        // "where did I park?" with "Kraków parking fee" and "car: parked on level 3": the car.
        // "who lives in Recife?": every home kept in that place, each said as kept (s48).
        const homes = homesIn(text, entries);
        if (homes?.length) return homes.map((home) => factSentence(home)).join(' ');
        const kinded = entries.filter((entry) => kindFits(text, entry));
        let best = bestFacts(text, kinded, sameWord, minScore);
        // "when do we get it back?" after "how much is the deposit?": "it" is the deposit, so only
        // a fact about it answers, never one its other words happen to fit ("shopping list", S45 H5).
        if (before && IT_SAID.test(text)) {
          const earlier = questionWords(before.request);
          best = best.filter((entry) =>
            earlier.some((word) =>
              contentWords(`${entry.key} ${entry.label}`).some((its) => sameWord(word, its)),
            ),
          );
        }
        // "how old is Leo?" with "son's age" and "son's name: Leo": asked the other way (m22).
        const other = best.length === 0 ? personInQuestion(text, entries) : undefined;
        if (other) best = bestFacts(other.otherWay, kinded, sameWord, minScore);
        // "how old is Elif?" with only "Elif's birthday: 23 July 2020", "when is Zeynep's next
        // birthday?", "is Can's birthday in the past?": computed from the day kept (S46).
        // A lookup that found nothing ("Zeynep's next birthday") is read as the whole question.
        const yearly = yearlyAsked(text) ?? (kind === 'lookup' ? yearlyAsked(request) : undefined);
        // "how old is Oluwaseun?" with a kept age the kept birthday makes out of date (S47).
        const stale = yearly && best.length > 0 ? staleAgeAnswer(yearly, best, entries, sameWord) : undefined;
        if (stale) return stale;
        if (yearly && (best.length === 0 || yearly.kind !== 'age')) {
          const said = yearlyAnswer(yearly, entries, sameWord);
          if (said) return said;
        }
        // "is Léonie asthmatic?": a yes or no about someone, which a fact found by the name alone
        // ("daughter Léonie's age") does not answer; the documents are asked instead (S45).
        if (YES_NO.test(text))
          best = best.filter((entry) => saysMoreThanName(text, entry, entries, sameWord));
        // "how old is Tomás?": "Tomás (your son) is 8.", the name linked to the relation (m29).
        const linked = (sentence: string) =>
          other?.byName && best.length === 1 ? nameLinked(sentence, other.person) : sentence;
        // One secret found, not named in full, and others fit as well ("what wifi password do I
        // have?" with the home and the work one): which is asked, never one picked and said.
        // "what's my password again?": several of my secrets fit a generic word; which is asked (m22).
        const generic = ownSecretsFitting(questionWords(text).join(' '), entries);
        const fitting =
          generic && generic.length > 1
            ? generic
            : best.length === 1
              ? secretsAlike(text, best[0]!, entries, sameWord)
              : best;
        // "where does jose live?" with "josé's address" and "brother José's birthday": a question
        // of where someone lives wants their home or address only (m26).
        // A secret found alike (`secretsAlike`) is of the kind asked too.
        const facts = fitting.filter((entry) => kindFits(text, entry));
        // "are cats allowed?" with "cat name: Mochi" stored: a rule is asked, not the cat; only a
        // fact that itself says what is allowed answers it (the documents are asked otherwise).
        if (
          PERMISSION_ASKED.test(text) &&
          !facts.some((entry) => RULE_SAID.test(`${entry.label} ${entry.value}`))
        )
          return undefined;
        if (facts.length > 1)
          // Several fit as well as each other: listed, and which one is asked; none is guessed.
          return {
            question: `${endSentence(
              `${facts.length === 2 ? 'Two' : facts.length} remembered facts fit: ${facts.map(listedFact).join('; ')}`,
            )} Which one do you mean? Ask with its full name.`,
          };
        const asked = questionWords(text).join(' ');
        // "what's my shed?" with "key to the shed" stored: a secret asked for by neither its secret
        // word nor its whole name is named, its value never given (m17, S26 H3).
        const secret =
          facts[0] &&
          isSecretFact(facts[0].label, facts[0].value) &&
          !(namesSecret(text) && secretWordsNamed(text, facts[0].label)) &&
          !namedInFull(text, facts[0].label, sameWord);
        // "which code do I have?" with one secret code: what is kept is asked, never its value (S28 H1).
        const [one] = facts;
        if (
          one &&
          facts.length === 1 &&
          HAVE_WHICH.test(text.trim()) &&
          isSecretFact(one.label, one.value) &&
          !namedInFull(text, one.label, sameWord)
        )
          return `You have one: ${listedFact(one)}. It is a secret, so its value is hidden (${MASK}): ask for it by name to see it, like "${askedByName(one.label)}".`;
        // "omar's phone" said as "Omar's phone" when Omar is a known person (m26).
        if (facts[0] && !secret) {
          const said = linked(
            ownerSaid(
              factSentence(facts[0]),
              ownerCalled(facts[0].label, () => entries),
            ),
          );
          // "is Kasia allergic to penicillin?" with "Kasia's allergy: strawberries": "No — …, not penicillin."
          return facts.length === 1 ? (allergyAnswer(text, facts[0], said, sameWord) ?? said) : said;
        }
        // "bank" with "bank PIN" stored: the fact is named, its value never given.
        const held = secret
          ? [facts[0]!]
          : asked
            ? entries.filter((entry) => attributeWithheld(asked, entry.label))
            : [];
        if (held.length === 0 || held.length > 3) return undefined;
        const names = held.map((entry) => {
          const subject = factSubject(entry.label);
          return subject.startsWith('Your ') ? `your ${subject.slice(5)}` : subject;
        });
        return `I have nothing remembered as "${asked}". I have ${names.join(' and ')}; ask for ${names.length === 1 ? 'it' : 'one'} by name.`;
      },
    },
  },
});

/**
 * `question` with each "my daughter", "our son" said by the name the facts give that relation
 * ("is my daughter allergic to peanuts?" → "is Léonie allergic to peanuts?"); undefined when it
 * names no relation with exactly one known name.
 */
export function relationsNamed(question: string, entries: readonly MemoryEntry[]): string | undefined {
  const people = knownPeople(entries);
  const named = question.replace(/\b(?:my|our)\s+([\p{L}-]+(?:['’]s)?)/giu, (said, word: string) => {
    const relation = relationOf(word);
    const who = relation ? people.filter((person) => person.relation === relation) : [];
    if (who.length !== 1) return said;
    return /['’]s$/u.test(word) ? `${who[0]!.name}'s` : who[0]!.name;
  });
  return named === question ? undefined : named;
}

/** A yes-or-no question: "is Léonie asthmatic?", "does Tom have a car?". */
const YES_NO = /^\s*(?:and\s+)?(?:is|are|was|were|does|do|did|has|have|can)\s/iu;

/**
 * Whether `entry` shares a word with `question` besides the names of people in it (a known
 * person's name, a capitalised word after the first (not an acronym: "PIN" stays a word), a
 * relation such as "daughter"): "is Léonie
 * asthmatic?" shares only "Léonie" with "daughter Léonie's age".
 */
function saysMoreThanName(
  question: string,
  entry: { key: string; label: string; value: unknown },
  entries: readonly MemoryEntry[],
  sameWord: (wanted: string, word: string) => boolean,
): boolean {
  const names = new Set(
    [
      ...knownPeople(entries).flatMap((person) => person.name.split(/\s+/u)),
      ...(question
        .trim()
        .split(/\s+/u)
        .slice(1)
        .join(' ')
        .match(/\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}-]*/gu) ?? []),
    ].map((name) => contentWords(name).join(' ')),
  );
  const said = contentWords(`${entry.key} ${entry.label} ${String(entry.value)}`);
  return questionWords(question)
    .filter((word) => !names.has(contentWords(word).join(' ')) && !relationOf(word))
    .some((word) => said.some((its) => sameWord(word, its)));
}

/** A question of what is allowed: "are cats allowed?", "can we keep a dog?", "is it ok to smoke?". */
const PERMISSION_ASKED =
  /\b(?:allowed|permitted|prohibited|banned|forbidden|not\s+allowed)\b|^\s*(?:and\s+)?(?:can|may|could)\s+(?:i|we|you|they)\s+(?:keep|have|bring|park|store|smoke|sublet|paint|put\s+up)\b|\bis\s+it\s+(?:ok|okay|alright|all\s+right|fine)\s+to\b/iu;
/** A fact that itself says a rule ("pets allowed: no", "smoking policy: outside only"). */
const RULE_SAID = /\b(?:allow\w*|permit\w*|prohibit\w*|bann?\w*|forbid\w*|rules?|polic(?:y|ies))\b/iu;

/** "and my brother's?", "what about Tom's?", "my sister's?": group 1 is whose, with nothing after it. */
const OWNER_ONLY =
  /^(?:(?:and|so|oh|ok(?:ay)?|what\s+about|how\s+about|what\s+is|what['’]s|whats)[\s,]+)*(?:my\s+|our\s+)?([\p{L}\p{M}-]+)['’]s\s*[?.!]*$/iu;

/**
 * A question that names only whose facts it asks for ("and my brother's?"): with two or more of
 * that owner's facts stored, which one is asked, each by its name only, never a value; undefined
 * when the question says more, or fewer than two fit (then the usual answer).
 */
function ownerOnly(question: string, entries: readonly MemoryEntry[]): { question: string } | undefined {
  const said = OWNER_ONLY.exec(question.trim())?.[1];
  if (!said) return undefined;
  const owner = said.toLowerCase();
  // "Tom's" is Tom's; "brother's" is the person's brother's.
  const whose = /^\p{Lu}/u.test(said) ? said : `your ${owner}`;
  const theirs = entries.filter((entry) => {
    const label = entry.label
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/^(?:my|our)\s+/, '');
    return (
      label.startsWith(`${owner}'s `) || new RegExp(`^${owner}\\s+[\\p{L}\\p{M}-]+'s\\s`, 'u').test(label)
    );
  });
  if (theirs.length < 2) return undefined;
  const names = theirs.slice(0, 8).map((entry) => `"${entry.label}"`);
  const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const more = theirs.length > names.length ? ` (and ${theirs.length - names.length} more)` : '';
  const first = theirs[0]!.label.replace(/^(?:my|our)\s+/i, '');
  const example = /^\p{Lu}/u.test(said) ? first : `my ${first}`;
  return {
    question: `I have ${theirs.length} facts about ${whose}: ${list}${more}. Which one do you mean? Ask with its name, like "what is ${example}?".`,
  };
}

/**
 * The one fact that is the yearly day asked of (`yearlyAsked`), found by its name or with the
 * person named the other way ("my daughter" for "Elif"); undefined when none or several fit, or
 * it is a secret.
 */
function yearlyFact(
  asked: NonNullable<ReturnType<typeof yearlyAsked>>,
  entries: readonly MemoryEntry[],
  sameWord: (wanted: string, word: string) => boolean,
): FactEntry | undefined {
  // Every word said is in the fact's name: "how old is my car?" is never read off "my birthday".
  let found = bestFacts(asked.subject, entries, sameWord, 0.99);
  const otherWay = found.length === 0 ? personInQuestion(asked.subject, entries) : undefined;
  if (otherWay) found = bestFacts(otherWay.otherWay, entries, sameWord, 0.99);
  if (asked.kind === 'age' || asked.kind === 'turns' || asked.kind === 'born')
    found = found.filter((entry) => saysBirth(entry.label));
  const [one] = found;
  return one && found.length === 1 && !isSecretFact(one.label, one.value) ? one : undefined;
}

/**
 * "how old is Oluwaseun?" with "son Oluwaseun's age: 6" and "Oluwaseun's birthday: 3 October
 * 2019" kept, which disagree (S47): the age from the birthday (it is exact), and the kept age said
 * to be out of date, with how to update or forget it. Undefined when they agree or either is missing.
 */
function staleAgeAnswer(
  asked: NonNullable<ReturnType<typeof yearlyAsked>>,
  ages: readonly { label: string; value: unknown }[],
  entries: readonly MemoryEntry[],
  sameWord: (wanted: string, word: string) => boolean,
): string | undefined {
  const birthday = asked.kind === 'age' ? yearlyFact(asked, entries, sameWord) : undefined;
  const stale = birthday ? agesOutOfDate(birthday, ages) : [];
  const age = birthday && stale.length > 0 ? ageAnswer(birthday.label, String(birthday.value)) : undefined;
  return age ? [age, ...stale.map(ageOutOfDateSaid)].join(' ') : undefined;
}

/**
 * The answer to a question about a yearly day (`yearlyAsked`) from the one fact that is that
 * day, found by its name or with the person named the other way ("my daughter" for "Elif");
 * undefined when none or several fit, or it is a secret, or its value names no day.
 */
function yearlyAnswer(
  asked: NonNullable<ReturnType<typeof yearlyAsked>>,
  entries: readonly MemoryEntry[],
  sameWord: (wanted: string, word: string) => boolean,
): string | undefined {
  const one = yearlyFact(asked, entries, sameWord);
  if (!one) return undefined;
  const value = String(one.value);
  if (asked.kind === 'age') return ageAnswer(one.label, value);
  if (asked.kind === 'born') return bornAnswer(one.label, value);
  if (asked.kind === 'turns') return turnsAnswer(one.label, value);
  if (asked.kind === 'last') return lastTimeAnswer(factSentence(one), one.label, value);
  if (asked.kind === 'past' || asked.kind === 'ago')
    return pastAnswer(factSentence(one), one.label, value, asked.kind === 'past');
  return (
    nextTimeAnswer(factSentence(one), one.label, value, 'days') ??
    countdownAnswer(factSentence(one), value, 'days')
  );
}
