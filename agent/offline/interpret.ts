import { looksLikeSecret } from '../../cartridge/secrets.js';
import { namedOwner, namesSecret } from '../../cartridge/text-similarity.js';
import type { AnyTool } from '../../tools/define-tool.js';
import { onlyMood } from '../../tools/memory/offline.js';
import type { SlotCheck } from '../../tools/offline.js';
import type { Registry } from '../../tools/registry.js';
import { acknowledgement } from './acks.js';
import { addition } from './additions.js';
import { sampleRequest } from './answer.js';
import { appositionParts } from './appositions.js';
import { readAskedList } from './asklist.js';
import { changedValue } from './changes.js';
import { closestTools } from './closest.js';
import { selfCorrection, whichOne } from './corrections.js';
import { toolFields } from './fields.js';
import { householdTurned } from './household.js';
import { pairedFacts } from './joiners.js';
import { readSegments, segments } from './joints.js';
import { emptyLeadIn, leadIn, PRIVATE_KEPT, questionedRemember } from './leadins.js';
import { FILLER_WORDS, QUESTION_WORDS } from './lexicon.js';
import { listOf, multiLineValue } from './lists.js';
import { matchTemplate, type TemplateMatch } from './match.js';
import { pastedCommand } from './pasted.js';
import { readClauses, readIntroduction } from './readings.js';
import { reminderReply } from './reminders.js';
import { rewriteRequest } from './rewrite.js';
import { hedged, runOnValue, sureQuestion } from './runons.js';
import { firstPerson } from './self.js';
import {
  askedEmojiDropped,
  haveCalledTurned,
  namedClauseTurned,
  restatedTurned,
  turnsOnTurned,
  worksTurned,
} from './statements.js';
import { contrastClause, trailingClause } from './tails.js';
import { readTargets } from './targets.js';
import { toolTemplates } from './templates.js';
import { cleanText, normaliseWord, type Token, tokenize } from './tokens.js';
import { coerceSlot, type SlotProblem } from './values.js';
import { matchWord } from './words.js';

/** One tool call the planner decided on. */
export interface Step {
  tool: AnyTool;
  input: Record<string, unknown>;
  /** Read from a bare statement ("my locker is 20"), not an explicit command ("remember …"). */
  statement?: boolean;
  /** The request (or clause) as said, for the tool's `offline.before` check. */
  said?: string;
  /** Said with "too", "as well" or "also": true in addition to what is stored (`additions.ts`). */
  adds?: boolean;
  /** How the request opens ("set the theme …"), for the tool's `offline.before` check. */
  opening?: { verb: string; yours: boolean };
  /** The answer from this step's output, instead of the tool's own sentence (a lookup that says which note). */
  reply?: (output: unknown) => { answer: string; status: 'done' | 'needs_input' };
}

/** What the offline planner made of a request. */
export type Interpretation =
  | {
      kind: 'call';
      steps: Step[];
      template: string;
      score: number;
      /** The answer from the last step's output, instead of the tools' own sentences. */
      reply?: (output: unknown) => { answer: string; status: 'done' | 'needs_input' };
      /** Said after the answer: why the request went where it did. */
      say?: string;
      /** A part of the request was asked about (`say` holds the question): the run ends needs_input. */
      asks?: boolean;
      /** A question of the request answered from what is kept, before the steps run ("what did I tell you about X? my X is Y"). */
      question?: string;
    }
  | { kind: 'ask'; tool: AnyTool; question: string; input: Record<string, unknown> }
  | { kind: 'question'; query: string }
  | { kind: 'help' }
  /** Chatter that asks nothing and keeps nothing ("I'll remember that"): said back plainly. */
  | { kind: 'chatter'; reply: string; status?: 'done' | 'not_understood' }
  /** "can you remember things?": whether and how fazt does that, with these tools' requests. */
  | { kind: 'ability'; verb: string; tools: AnyTool[] }
  /** `lookup`: short enough to be a bare name ("gym locker number"), worth looking up in memory. */
  | { kind: 'unknown'; closest: AnyTool[]; lookup: boolean; query: string }
  | { kind: 'empty' };

type Filled =
  | { input: Record<string, unknown>; bonus: number; also?: Record<string, unknown>[] }
  | { problem: SlotProblem };

/** Words a bare statement's subject may open with ("the wifi password is …", "my dentist is …"). */
const DETERMINERS = new Set(['my', 'the', 'our', 'his', 'her', 'their', 'mom', 'moms', 'dad', 'dads']);

/** A subject that reports speech: "she said her pin", "someone told me the code". */
const REPORTED =
  /^(?:he|she|they|someone|somebody|\p{L}+)\s+(?:(?:always|just|also)\s+)?(?:says|said|tells\s+me|told\s+me|told\s+us|thinks|thought|reckons|claims|claimed|swears|swore)\s+(?:that\s+)?(?:my|the|our|his|her|their)\s/iu;

/** A pronoun alone, which names nobody: "he", "she", "they". */
const PRONOUN = /^(?:he|she|they|it|we|you|him|them)$/i;

/** The text a slot covers: a quoted passage exactly, otherwise the original span. */
function slotText(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
): { raw: string; quoted: boolean } {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  if (end - start === 1 && first.quoted !== undefined) return { raw: first.quoted, quoted: true };
  return { raw: text.slice(first.start, last.end), quoted: false };
}

/** A word that may be a name's possessive typed without its apostrophe: "emmas", "jakes", not "glass", "news". */
const ownerLike = (word: string) =>
  /^\p{Ll}{3,}s$/u.test(word) &&
  !/(?:ss|us|is|os|ys)$/.test(word) &&
  !/^(?:news|lens|series|species|this|thus|its|yes|kids|things|plans|gas|bills|todays|tonights)$/.test(word);

/**
 * A statement template ("my {key} is {value}") used without its leading "my": only a subject that
 * opens with a determiner or a possessive counts, so "this is stupid" and "thanks, that's all"
 * stay statements, not facts to store.
 */
function bareSubjectProblem(match: TemplateMatch, tokens: Token[], text: string): SlotProblem | undefined {
  const [first, second] = match.template.parts;
  if (first?.kind !== 'word' || !first.soft || second?.kind !== 'slot') return undefined;
  const span = match.slots[second.name];
  if (span?.start !== 0) return undefined;
  const head = tokens[0]!;
  const original = text.slice(head.start, head.end);
  if (head.quoted !== undefined || DETERMINERS.has(head.norm) || /['’]s$|s['’]$/i.test(original))
    return undefined;
  // "Ana Smith's birthday is May 5": a full name's possessive is whose, as "Maria's birthday" is (m25).
  if (/^\p{Lu}[\p{L}\p{M}-]*\s+\p{Lu}[\p{L}\p{M}-]*['’]s\s/u.test(text.slice(head.start))) return undefined;
  // "johns email is …", "toms pin is …": a name's possessive without its apostrophe (`namedOwner`).
  const next = tokens[1];
  if (next && span.end > 1 && namedOwner(original.toLowerCase(), next.norm) !== undefined) return undefined;
  const raw = slotText(tokens, text, span.start, span.end).raw;
  // "I wonder if my locker is 12", "lol my cat is so dumb": words before "my …" make it no plain
  // statement; the sentence to say is the part from "my" on, never "my I wonder if my locker is …".
  const owned = /(?:^|\s)((?:my|our)\s+\S.*)$/iu.exec(raw)?.[1];
  if (owned)
    return {
      field: second.name,
      message: `"${raw}" is not something of yours`,
      reply: `I kept nothing: "${text.trim()}" does not plainly say what your ${owned.replace(/^(?:my|our)\s+/i, '')} is. To keep it, say "${owned} is …".`,
    };
  // "she said her pin is 1234": what somebody said, kept by nobody; nothing to suggest saying.
  if (REPORTED.test(raw))
    return {
      field: second.name,
      message: `"${raw}" is what someone said`,
      reply: 'That is what someone said, not a fact you asked me to keep, so I kept nothing.',
    };
  // "ok so today was crazy, moved into the new flat, the address is 4 Elm Road, the door code is
  // 2580 …": several things at once; nothing is kept, and the facts in it are said back (S31 LOW).
  if (/[,;]/.test(raw))
    return { field: second.name, message: `"${raw}" is several things at once`, reply: rambling(text) };
  // "emmas school is st marys": a name's possessive typed without its apostrophe is whose it is,
  // never "my emmas school" (S33 M1); "emma is allergic to peanuts": Emma's allergy.
  // "i think moms birthday is …": the possessive said inside, never "my i think moms birthday".
  const words = raw.split(/\s+/);
  const at = words.findIndex((word, index) => index < words.length - 1 && ownerLike(word.toLowerCase()));
  if (at >= 0) {
    const name = `${words[at]!.slice(0, -1)}'s ${words.slice(at + 1).join(' ')}`;
    return {
      field: second.name,
      message: `"${raw}" is not something of yours`,
      reply: `I kept nothing: I can't tell if "${raw}" is ${name}. To keep it, say "remember ${name} is …".`,
    };
  }
  const allergic = /^\p{L}+$/u.test(raw)
    ? new RegExp(`^${raw}\\s+(?:is|are)\\s+allergic\\s+to\\s+(\\S.*?)[.!]*$`, 'iu').exec(text.trim())
    : null;
  if (allergic)
    return {
      field: second.name,
      message: `"${raw}" is not something of yours`,
      // "he is allergic to penicillin" with nobody in focus: who "he" is was not said, and a
      // pronoun makes no possessive ("he's allergy", S39 A15); their name is asked for.
      reply: PRONOUN.test(raw)
        ? `I kept nothing: I can't tell who "${raw}" is. To keep it, say whose allergy it is, with their name: "remember …'s allergy is ${allergic[1]}".`
        : `I kept nothing. To keep it, say "remember ${raw}'s allergy is ${allergic[1]}".`,
    };
  // "Chidi is tired today", "Zuzanna is at school": how or where a person is, said by their name
  // (S47 LOW): nothing kept, said plainly, never "'Chidi' is not something of yours".
  const state = /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(raw)
    ? new RegExp(`^${raw}\\s+(?:is|was|seems|looks|feels)\\s+(\\S.*?)[\\s.!]*$`, 'u')
        .exec(text.trim())?.[1]
        // "Python is 3 and Node is 22": several statements, not one about Python.
        ?.replace(/^.*\s(?:is|are|was|were)\s.*$/su, '')
    : undefined;
  if (state && !/\p{N}/u.test(state) && (onlyMood(state) || WHERE_SOMEONE_IS.test(state)))
    return {
      field: second.name,
      message: `"${raw}" is not something of yours`,
      reply: `I kept nothing: "${text.trim()}" says how or where ${raw} is, not a fact to keep. To keep one about ${raw}, say "remember ${raw}'s … is …".`,
    };
  // "Chidi is a nurse": which of Chidi's facts it is was not said; asked in Chidi's own words.
  if (state)
    return {
      field: second.name,
      message: `"${raw}" is not something of yours`,
      reply: `I kept nothing: "${text.trim()}" does not say which of ${raw}'s facts it is. To keep it, say "remember ${raw}'s … is ${state}".`,
    };
  // "actually room 1010 key is E5": whose it is was not said; the answer says how to say it.
  return {
    field: second.name,
    message: `"${raw}" is not something of yours`,
    // "i think it is …", "his dog name": a pronoun is no part of a fact's name, never "my his dog name".
    // "and her birthday" (a follow-up said with nobody in focus): the joining word goes first.
    ...(/^(?:(?:and|also|plus|so|oh)\s+)*(?:i|i['’]m|im|he|she|they|we|you|his|her|their|its|it)(?![\p{L}\p{M}\p{N}_])/iu.test(
      raw,
    )
      ? {
          reply: `I kept nothing: "${text.trim()}" does not plainly say whose fact it is. To keep one, say "remember my … is …" or "remember my sister's … is …".`,
        }
      : /\s|\p{N}/u.test(raw)
        ? {
            reply: `I can't tell whose "${raw}" is, so I kept nothing. If it is yours, say "my ${raw} is …".`,
          }
        : {}),
  };
}

/** Where or how a person is at the moment: "at work", "in hospital", "away this week", "off sick today". */
const WHERE_SOMEONE_IS =
  /^(?:(?:still|now|currently|already)\s+)?(?:at|in|on|off|out|away|back|home|asleep|awake|sick|ill|unwell|busy|late|early|here|there|not\s+well|not\s+home)(?:\s|$)/iu;

/** One part of a run-on that names a fact: "the door code is 2580", "the landlord is called Mr Patel". */
const FACT_PART =
  /^(?:the|my|our)\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(is|are)\s+((?:called\s+|named\s+)?\S.*?)[\s.!]*$/iu;

/**
 * The reply to a run-on said without "remember" (S31 LOW): nothing kept, and the parts that name
 * a fact said back as one request to keep them, a secret's value left out ("my door code is …").
 */
function rambling(text: string): string {
  const facts = text
    .split(/\s*[,;]\s*|\s+(?:and|but|oh|so|also|plus)\s+(?=(?:the|my|our)\s)/iu)
    .map((part) => part.replace(/^(?:(?:and|oh|so|also|plus|but)\s+)+/i, ''))
    .flatMap((part) => {
      const found = FACT_PART.exec(part);
      if (!found) return [];
      const [, key, verb, value] = found;
      const secret = namesSecret(key!) || value!.split(/\s+/).some(looksLikeSecret);
      return [`my ${key} ${verb} ${secret ? '…' : value}`];
    });
  const say =
    facts.length === 0
      ? 'Say each fact on its own, e.g. "remember my door code is …".'
      : `To keep the facts in it, say "remember ${facts.length > 1 ? `${facts.slice(0, -1).join(', ')} and ${facts.at(-1)}` : facts[0]}".`;
  return `That reads like several things at once, so I kept nothing. ${say}`;
}

/** The domain of a tool: the part of its name before the first "_" ("<domain>_<verb>" → domain). */
const domainOf = (tool: AnyTool) => tool.name.split('_')[0]!;

/**
 * The verb each of a tool's templates with a slot opens with ("share my {app} with …" → share);
 * not a verb with a particle ("back up to {path}": "back" alone is a noun as often).
 */
const openingVerbs = (tool: AnyTool) =>
  toolTemplates(tool).flatMap((template) => {
    const [first, second] = template.parts;
    if (first?.kind !== 'word' || first.soft || !template.parts.some((part) => part.kind === 'slot'))
      return [];
    return second?.kind === 'word' && /^(?:up|down|out|off|on|in|over|back)$/.test(second.word)
      ? []
      : [first.word];
  });

/**
 * The words that say what each tool does: its name words ("cartridge",
 * "backup", "photos") and the verbs their templates open with ("copy", "host", "share", "learn"),
 * less verbs that open templates in three domains or more ("show", "list", "make", "delete"):
 * those name no one capability. Cached per registry state (tools are compared by identity).
 */
function domainWords(registry: Registry): Map<AnyTool, string[]> {
  const tools = registry.list();
  const cached = domainWordsCache.get(registry);
  if (cached && cached.tools.length === tools.length && cached.tools.every((tool, at) => tool === tools[at]))
    return cached.words;
  const domainsOf = new Map<string, Set<string>>();
  for (const tool of tools) {
    if (tool.risk === 'read') continue;
    for (const verb of openingVerbs(tool)) {
      const domains = domainsOf.get(verb) ?? new Set<string>();
      domains.add(domainOf(tool));
      domainsOf.set(verb, domains);
    }
  }
  const words = new Map<AnyTool, string[]>();
  // Only tools that change something: a write is never mistaken for a read ("save the cartridge").
  for (const tool of tools.filter((each) => each.risk !== 'read')) {
    const verbs = openingVerbs(tool).filter((verb) => (domainsOf.get(verb)?.size ?? 0) < 3);
    words.set(
      tool,
      [...new Set([...tool.name.split('_'), ...verbs])].filter((word) => word.length > 3),
    );
  }
  domainWordsCache.set(registry, { tools, words });
  return words;
}
const domainWordsCache = new WeakMap<Registry, { tools: AnyTool[]; words: Map<AnyTool, string[]> }>();

/**
 * Another domain's tool named by `value`: its head word (`headOnly`, a name: "a copy of the
 * database", "a full backup of all my stuff", but not "photo id number") or any word (content
 * beside a path) is one of that tool's words (see `domainWords`), exactly or as a synonym ("database" for "cartridge"), and
 * no word of the asking tool's own domain.
 */
function otherCapabilityWord(
  tool: AnyTool,
  value: string,
  registry: Registry,
  headOnly: boolean,
): AnyTool | undefined {
  const all = tokenize(value).map((token) => token.norm);
  // The head of a name is its last word before "of/to/in…": "a copy of the database" is a copy,
  // "photo id number" a number, "access code" a code.
  const cut = all.findIndex((word) => /^(?:of|to|at|in|into|for|from|with|as|on)$/.test(word));
  // A number or an id after a noun names one of it ("the photo 12", "note 3"): the noun is the head.
  const named = cut === -1 ? all : all.slice(0, cut);
  const head = named.findLast((word, at) => at === 0 || !/^(?:#?\d+|[0-9a-f]{6,})$/.test(word));
  const words = headOnly ? (head ? [head] : []) : all;
  if (words.length === 0) return undefined;
  const domain = domainOf(tool);
  const own = new Set(
    registry
      .list()
      .filter((other) => domainOf(other) === domain)
      .flatMap((sibling) => [
        ...sibling.name.split('_'),
        ...toolTemplates(sibling).flatMap((template) =>
          template.parts.flatMap((part) => (part.kind === 'word' ? [part.word] : [])),
        ),
      ]),
  );
  const foreign = words.filter((word) => ![...own].some((mine) => matchWord(mine, word, false) === 'exact'));
  if (foreign.length === 0) return undefined;
  // A tool by its own name ("my notes" → notes) before one by a verb it opens with, and either
  // before one reached through a synonym.
  const passes = [
    { kinds: ['exact'], names: true },
    { kinds: ['exact'], names: false },
    { kinds: ['exact', 'synonym'], names: false },
  ];
  for (const { kinds, names } of passes) {
    for (const [other, vocabulary] of domainWords(registry)) {
      if (domainOf(other) === domain) continue;
      const words = names ? other.name.split('_').filter((word) => vocabulary.includes(word)) : vocabulary;
      const named = words.some((word) =>
        foreign.some((said) => kinds.includes(matchWord(word, said, false) ?? '')),
      );
      if (named) return other;
    }
  }
  return undefined;
}

/** Whether one of the tool's own examples opens with `verb` ("remember to {text}" for "remember"). */
const opensOwnExample = (tool: AnyTool, verb: string) =>
  tool.examples.some((example) => {
    const first = tokenize(example.replace(/\{[^}]*\}/g, ' '))[0]?.norm;
    return first !== undefined && matchWord(first, verb, false) === 'exact';
  });

/** A file path or an address: "/tmp/x.db", "~/backups/", "./out", "C:\\x", "https://…". */
const PATH_LIKE = /(?:^|\s)(?:~|\.{1,2})?[/\\]\S|(?:^|\s)[a-z]:[/\\]|\b[a-z]+:\/\/\S/i;

/** A field that is a place on disk ("path", "paths", "folder"). */
const PLACE_FIELD = /^(?:paths?|folders?|dir|directory|file|dest|destination)$/i;

/** Where a path starts in a slot's text: "~/", "/", "./", "../", "C:\\", maybe in quotes. */
const PATH_START = /(?:^|\s)(["'“‘]?)(?:~[/\\]|~$|\.{1,2}[/\\]|[/\\]|[a-z]:[/\\])/i;

/**
 * A place slot with words before its path ("the pdfs in ~/Documents/contracts", "my holiday photos
 * from ~/Pictures/2024"): the path (quotes, "~", spaces and any script kept; a trailing "folder"
 * dropped) and the words before it, which say what is there. Undefined when the slot is only a path.
 */
export function placeIn(raw: string): { path: string; before: string } | undefined {
  const match = PATH_START.exec(raw);
  if (!match) return undefined;
  const start = match.index + (/^\s/.test(match[0]) ? 1 : 0);
  let path = raw.slice(start).trim();
  const before = raw.slice(0, start).trim();
  const quote = match[1];
  if (quote) {
    const closing = ({ '"': '"', "'": "'", '“': '”', '‘': '’' } as Record<string, string>)[quote]!;
    const end = path.indexOf(closing, 1);
    path = end > 0 ? path.slice(1, end) : path.slice(1);
  } else path = path.replace(/\s+(?:folder|directory|dir)$/i, '').replace(/[\s,;:!?]+$/, '');
  if (!path || (!before && !quote && path === raw.trim())) return undefined;
  return { path, before };
}

/**
 * Several words with no path separator ("a usb stick", "my website"): a description of a place, not
 * a path. One word ("site", "dist") may be a folder here; a quoted name is taken as typed.
 */
const notAPath = (value: string) => /\s/.test(value.trim()) && !/[/\\~]/.test(value);

/**
 * A place slot whose words before the path name another capability's things ("import my holiday
 * photos from ~/Pictures": photos, not any file), or this tool's own (a bonus: "photos" for the
 * photo import).
 */
function placeWords(
  tool: AnyTool,
  field: string,
  before: string,
  registry: Registry | undefined,
): { bonus: number } | { problem: SlotProblem } {
  if (!before || !registry) return { bonus: 0 };
  const other = otherCapabilityWord(tool, before, registry, false);
  if (other && other.risk !== 'read')
    return {
      problem: {
        field,
        message: `"${before}" sounds like a request to ${other.title.toLowerCase()}, so I did not ${tool.title.toLowerCase()}`,
        instead: other.name,
      },
    };
  const own = tool.name.split('_').filter((word) => word.length > 3);
  const said = tokenize(before).map((token) => token.norm);
  const named = said.some((word) => own.some((mine) => matchWord(mine, word, false)));
  return { bonus: named ? 1 : 0 };
}

/**
 * A write reached by a verb its tool does not own ("save …", "store …", "set …" rather than
 * "remember …", "my … is …") that names another capability: its name-like slot holds another
 * domain's word ("save a copy of the database as …"), or a content slot holds one next to a
 * file path ("keep a copy of my data in /tmp/d.db"). Such a request is for that capability,
 * never a write here; when no template of it fits, the person is asked, nothing is written.
 */
function namesOtherCapability(
  match: TemplateMatch,
  input: Record<string, unknown>,
  tokens: Token[],
  registry: Registry,
) {
  const { tool, parts } = match.template;
  const [first] = parts;
  if (tool.risk === 'read' || first?.kind !== 'word' || first.soft) return undefined;
  // What the tool names is looked up among what is stored before it runs (an app called "photos").
  if (tool.offline?.before?.looksUpName) return undefined;
  // The verb as said: "store" reaches "remember …" as a synonym, but it is not the tool's own word.
  const said = tokens.find((token) => !token.quoted && !FILLER_WORDS.has(token.norm))?.norm ?? first.word;
  if (tool.title.split(/\s+/).some((word) => matchWord(normaliseWord(word), said, false) === 'exact'))
    return undefined;
  // Beside a file path ("set the backup location to /tmp/x"), every word counts, not only the head.
  const toPath = Object.values(input).some((value) => typeof value === 'string' && PATH_LIKE.test(value));
  for (const [name, value] of Object.entries(input)) {
    if (typeof value !== 'string' || toolFields(tool).get(name)?.kind !== 'string') continue;
    // "save my notes as a pdf": the tool's own domain as the object of a verb it does not own is
    // a request about all of it (export, convert), not something to add to it.
    const head = tokenize(value).find((token) => !/^(?:a|an|the|my|our|your|all|of)$/.test(token.norm));
    if (head && tool.name.split('_').some((word) => matchWord(word, head.norm, false) === 'exact'))
      return {
        field: name,
        message: `"${value}" is about your ${head.norm} as a whole, so I did not ${tool.title.toLowerCase()}`,
      };
    // A field that is a place ("path", "url") is where the tool works, not what it is about.
    if (/(?:path|dir|folder|file|url|dest)/i.test(name)) continue;
    const nameLike = /^(?:key|name|query|title|id|type)$/.test(name);
    if (!nameLike && !PATH_LIKE.test(value)) continue;
    const other = otherCapabilityWord(tool, value, registry, !toPath);
    // "store everything in /tmp/x.db": text beside a path, reached by a verb none of the tool's own
    // examples opens with, is a request to write a file, not text to keep.
    if (!other && !nameLike && !opensOwnExample(tool, said)) {
      return {
        field: name,
        message: `"${value}" names a file or address, and I can't ${said} things there; I did not ${tool.title.toLowerCase()}`,
      };
    }
    if (other) {
      return {
        field: name,
        message: `"${value}" sounds like a request to ${other.title.toLowerCase()}, so I did not ${tool.title.toLowerCase()}`,
        instead: other.name,
      };
    }
  }
  return undefined;
}

/**
 * A template that says none of its tool's own words: no command verb opens it, and no word of
 * the tool's title is in it ("my {key} is {value}", "my {key} changed to {value}"; not
 * "{key} is {value}, remember it"). A request read that way is a bare statement.
 */
function bareStatement(match: TemplateMatch): boolean {
  const { tool, parts } = match.template;
  const [first] = parts;
  if (first?.kind === 'word' && !first.soft) return false;
  const own = tool.title
    .split(/\s+/)
    .map(normaliseWord)
    .filter((word) => word.length > 2);
  return !parts.some(
    (part) => part.kind === 'word' && !part.soft && own.some((word) => matchWord(word, part.word, false)),
  );
}

/** Turns a match's slots into typed, checked input for its tool. */
function fill(
  match: TemplateMatch,
  tokens: Token[],
  text: string,
  validate = true,
  registry?: Registry,
): Filled {
  const { tool } = match.template;
  const fields = toolFields(tool);
  const slotChecks: Readonly<Record<string, ((value: unknown) => SlotCheck) | undefined>> =
    tool.offline?.slots ?? {};
  const bare = bareSubjectProblem(match, tokens, text);
  if (bare) return { problem: bare };
  const input: Record<string, unknown> = { ...match.template.fixed };
  const raws: Record<string, string> = {};
  let bonus = 0;
  let repeat: { name: string; values: unknown[] } | undefined;
  for (const [name, span] of Object.entries(match.slots)) {
    const field = fields.get(name);
    if (!field) return { problem: { field: name, message: `the template names an unknown field ${name}` } };
    const { raw, quoted } = slotText(tokens, text, span.start, span.end);
    raws[name] = raw;
    const coerced = coerceSlot(field, raw, quoted);
    if ('problem' in coerced) return coerced;
    let { value } = coerced;
    if ('more' in coerced && coerced.more?.length) repeat = { name, values: coerced.more };
    if (typeof value === 'string' && value.trim() === '') {
      return { problem: { field: name, message: `${name} is empty` } };
    }
    // "the pdfs in ~/Documents/contracts": the path is the value; the words before it say what.
    const place = !quoted && PLACE_FIELD.test(name) && typeof value === 'string' ? placeIn(raw) : undefined;
    if (place) {
      const words = placeWords(tool, name, place.before, registry);
      if ('problem' in words) return words;
      bonus += words.bonus;
      value = place.path;
    } else if (
      !quoted &&
      tool.risk === 'external' &&
      PLACE_FIELD.test(name) &&
      typeof value === 'string' &&
      notAPath(value)
    ) {
      // "copy my cartridge to a usb stick": words, not a place on the host; never a file called
      // "a usb stick". (A learned document may be named by words: "forget the lease document".)
      return {
        problem: {
          field: name,
          message: `"${value}" is not a path. Say where, like "${sampleRequest(tool)}" (a path with spaces in quotes)`,
        },
      };
    }
    const check = quoted ? undefined : slotChecks[name];
    if (check) {
      const checked = check(value);
      if ('problem' in checked) return checked;
      value = checked.value;
      bonus += checked.bonus ?? 0;
    }
    input[name] = value;
  }
  if (!validate) return { input, bonus };
  const elsewhere = registry && namesOtherCapability(match, input, tokens, registry);
  if (elsewhere) return { problem: elsewhere };
  const problem =
    match.template.check?.(input) ??
    (bareStatement(match) ? tool.offline?.statement?.(input, raws) : undefined);
  if (problem) return { problem };
  bonus += match.template.bonus ?? 0;
  const also = repeat ? repeat.values.map((value) => ({ ...input, [repeat.name]: value })) : [];
  for (const candidate of [input, ...also]) {
    const parsed = tool.input.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { problem: { field: String(issue?.path[0] ?? ''), message: issue?.message ?? 'invalid input' } };
    }
  }
  return { input, bonus, ...(also.length ? { also } : {}) };
}

/** A tool's questions for missing fields, by field name. */
function questionsOf(
  tool: AnyTool,
): Readonly<Record<string, ((input: Record<string, unknown>) => string) | undefined>> {
  return tool.offline?.questions ?? {};
}

/**
 * The calls for the winning reading: the tool's own `offline.split` may make several of one input
 * ("… is 4312 and my gym locker is 118"), kept only when every part is valid input; otherwise
 * the input and any repeats ("delete notes 1 and 2").
 */
function splitInput(tool: AnyTool, input: Record<string, unknown>, also: Record<string, unknown>[]): Step[] {
  const parts = tool.offline?.split?.(input);
  if (parts && parts.length > 1 && parts.every((part) => tool.input.safeParse(part).success))
    return parts.map((part) => ({ tool, input: part }));
  return [input, ...also].map((each) => ({ tool, input: each }));
}

/** A request one of the tools' `offline.phrases` serves ("delete the note about X"). */
function byPhrase(text: string, registry: Registry, question: boolean): Interpretation | undefined {
  for (const tool of registry.list()) {
    for (const phrase of tool.offline?.phrases ?? []) {
      if (question && !phrase.question) continue;
      const match = phrase.pattern.exec(text);
      const input = match ? phrase.input(match) : undefined;
      if (!input || !tool.input.safeParse(input).success) continue;
      const { reply } = phrase;
      return {
        kind: 'call',
        // The words the phrase matched, for the tool's `before` check ("delete the note about X").
        steps: [{ tool, input, said: text }],
        template: phrase.pattern.source,
        score: 4,
        ...(reply ? { reply: (output: unknown) => reply(output, input) } : {}),
      };
    }
  }
  return undefined;
}

/** A question to the person for the first missing required field. */
function questionFor(tool: AnyTool, field: string, input: Record<string, unknown>): string {
  const ask = questionsOf(tool)[field];
  if (ask) return ask(input);
  const info = toolFields(tool).get(field);
  return `To ${tool.title.toLowerCase()} I need the ${field}${info?.description ? ` (${info.description})` : ''}. What should it be?`;
}

/**
 * A condition and then the question (S41 MEDIUM): "if the dog chews the sofa will insurance pay",
 * "if my phone is stolen am I covered?" — the asking verb turned about near the end, with whom it
 * asks of: the person, or the insurance.
 */
const IF_THEN_ASKED =
  /^\s*if\b.{3,80}?[\s,]+(?:will|would|does|do|am|are|is|can)\s+(?:i|we|(?:the\s+|my\s+)?(?:insurance|insurers?|policy)|they\s+(?:pay|cover))\b(?:\s+\S+){0,3}\s*\??\s*$/iu;
const POLITE_REQUEST = /^(?:(?:please|kindly)\b|(?:can|could|would|will)\s+(?:you|u)\b)/i;

/**
 * Looks like a question: opens with a question word, or ends with "?" without being a polite
 * request ("can you remember that …?" is a request).
 */
export function isQuestion(original: string, rewritten: Token[], text = ''): boolean {
  if (QUESTION_WORDS.has(rewritten[0]?.norm ?? '')) return true;
  if (IF_THEN_ASKED.test(original)) return true;
  return (
    // Chinese and Japanese end a question with a full-width "？" ("派对在哪里？").
    /[?？]\s*$/u.test(original) &&
    !POLITE_REQUEST.test(original) &&
    !EXPLICIT_STATEMENT.test(text) &&
    !STATED_QUESTION.test(original.trim()) &&
    !MARKED_QUESTION_VALUE.test(original.trim())
  );
}

/**
 * "my riddle is: what has keys but can't open locks?", "the password hint is 'where were you
 * born?'", "my motto is — why not?": a value marked off by a colon, a spaced dash or quotes is the
 * value, even when it is a question (issue 7, m15). Whose it is ("my", "our", "the", "Anna's")
 * must be said; "remember:" may open it.
 */
const MARKED_QUESTION_VALUE =
  /^(?:(?:remember|note)\s*:?\s+(?:that\s+)?)?(?:my|our|the|\p{Lu}[\p{L}\p{M}-]*['’]s)\s+(?:[^\s?:"'“‘]+\s+){0,6}?(?:is|was|are)(?:\s*:\s*\S.*|\s+[-–—]\s+\S.*|\s+["“‘'][^"“”‘’]*\?["”’']\s*)$/iu;

/**
 * "my riddle is what has keys but no locks?", "my favourite film is What About Bob?": a statement
 * whose value is itself a question (two words or more after the question word) is a fact, its "?"
 * part of the value (issue 7, S20). "my locker is where?" and "my question is how …?" (asked of
 * fazt, maybe) stay questions.
 */
const STATED_QUESTION =
  /^(?:my|our)\s+(?!(?:question|query)\s+(?:is|was)\b)(?:[^\s?]+\s+){1,6}?(?:is|was)\s+(?:what|why|how|who|where|when|which|whose|do|does|did|can|could|would|will|should|shall|is|are|am)\s+\S+\s+\S[^?]*\?+$/iu;

/**
 * "remember that my wifi password is Tr0ub4dor&3!?": a request to keep "X is Y" that ends in "?"
 * is still that request; the "?" ends the value. Not "remember when …?", "remember what … is?".
 */
const EXPLICIT_STATEMENT =
  /^(?:remember|memori[sz]e|store|save|note|keep)\s+(?:that\s+)?(?!(?:what|when|where|who|whom|whose|how|which|why|if|whether|me|you|us)\b)\S.*?\s(?:is|are)\s+\S/i;

/**
 * "I'll remember that", "ok we will note that", "I should write it down": the person says what
 * they will do, about nothing named. Chatter: no write, and no question back.
 */
const SELF_PROMISE =
  /^(?:(?:ok(?:ay)?|sure|right|alright|got\s+it|yes|yeah|cool|fine|thanks|thank\s+you|thx|cheers|ta|good\s+(?:idea|point))[\s,!.]+)*(?:i|we)(?:['’]ll|['’]d|\s+(?:will|shall|should|must|can|could|would|might|may|need\s+to|have\s+to|want\s+to|gotta|got\s+to|better|also|definitely|totally|really))*\s+(?:try\s+to\s+)?(?:remember|memori[sz]e|note|keep|save|write|jot|bear)(?:\s+(?:it|that|this|them|those))?(?:\s+(?:down|in\s+mind|too|then|for\s+sure|for\s+later|later|now))*[\s.!,]*(?:thanks|thank\s+you|cheers)?[\s.!]*$/i;

/**
 * "remember when we went to paris? good times", "remember that time we got lost", "do you remember
 * the night we…": reminiscing, "remember" said in passing (S31 M5). Nothing is kept. Not a fact
 * said in the present ("remember when my appointment is: 3pm") nor one marked off by a colon.
 */
const REMINISCE =
  /^(?:(?:do|did|can|don['’]?t|dont)\s+(?:you|u)\s+|(?:you|u)\s+)?(?:still\s+)?remember\s+(?:when|back\s+when|(?:that|the)\s+(?:time|day|night|weekend|summer|trip)s?)\b(?![^:=]*[:=])(?![^?]*\s(?:is|are)\s)/i;

const HELP =
  /^(?:help|\?|what\s+can\s+(?:you|i)\s+do|what\s+do\s+you\s+do|how\s+do(?:es)?\s+(?:this|it|you|fazt)\s+work|what\s+are\s+you|who\s+are\s+you|what\s+is\s+fazt|(?:tell\s+me\s+|talk\s+)about\s+(?:yourself|you|fazt)|commands)\b[\s?!.]*$/i;

/**
 * "can you remember things?", "do you remember stuff?", "how do you take notes?": a question
 * about what fazt can do, with no particular thing in it. Group 1 is the verb.
 */
const ABILITY =
  /^(?:(?:can|could|will|would|do|does|did|are)\s+(?:you|u|fazt|it)(?:\s+(?:be\s+)?able\s+to)?|how\s+(?:do|does|can|would)\s+(?:you|u|fazt|it)|(?:is|are)\s+(?:you|u|fazt|it)\s+able\s+to)\s+(?:even\s+|actually\s+|really\s+|also\s+|still\s+)?([a-z]+(?:\s+(?:up|down|notes?))?)(?:\s+(?:things|stuff|anything|everything|something|facts|notes|info|information|details|much|a\s+lot|what\s+i\s+(?:say|tell\s+you)|(?:things|stuff)\s+i\s+(?:say|tell\s+you)))?(?:\s+(?:at\s+all|between\s+sessions|across\s+sessions|offline|for\s+me|long[\s-]term|later|forever|permanently|too|as\s+well))*\s*[?.!]*$/i;

/**
 * The tools a question about an ability is about: every tool of each domain that has a tool whose
 * title or an example's opening word is the verb asked about ("remember" → the facts and the notes
 * tools). Undefined when the request is not such a question or no tool does that.
 */
function abilityQuestion(cleaned: string, registry: Registry): Interpretation | undefined {
  const match = ABILITY.exec(cleaned);
  if (!match?.[1]) return undefined;
  const [verb, ...rest] = tokenize(match[1]).map((token) => token.norm);
  if (!verb) return undefined;
  const has = (words: readonly string[], word: string) =>
    words.some((other) => matchWord(word, other, false) === 'exact');
  // "take notes" is a tool whose title or an example opens with "take" and also says "notes".
  const says = (words: readonly string[]) => rest.every((word) => has(words, word));
  const doers = registry.list().filter((tool) => {
    const title = tool.title.split(/\s+/).map(normaliseWord);
    if (has(title, verb) && says(title)) return true;
    return tool.examples.some((example) => {
      const words = tokenize(example.replace(/\{[^}]*\}/g, ' ')).map((token) => token.norm);
      return words[0] !== undefined && matchWord(verb, words[0], false) === 'exact' && says(words);
    });
  });
  if (doers.length === 0) return undefined;
  const domains = new Set(doers.map(domainOf));
  const tools = registry.list().filter((tool) => domains.has(domainOf(tool)) && tool.examples.length > 0);
  return { kind: 'ability', verb: match[1].toLowerCase(), tools };
}

const MIN_COMPLETE_RATIO = 0.55;

interface Matches {
  complete: TemplateMatch[];
  partial: TemplateMatch[];
}

function matchAll(
  registry: Registry,
  tokens: Token[],
  question: boolean,
  tools: readonly AnyTool[] = registry.list(),
): Matches {
  const complete: TemplateMatch[] = [];
  const partial: TemplateMatch[] = [];
  const vocabulary = new Set(tokens.flatMap((token) => (token.quoted ? [] : [token.norm])));
  for (const tool of tools) {
    if (question && tool.risk !== 'read') continue;
    for (const template of toolTemplates(tool)) {
      for (const match of matchTemplate(template, tokens, { vocabulary })) {
        if (match.complete) {
          if (match.score >= template.hardWords * MIN_COMPLETE_RATIO) complete.push(match);
        } else partial.push(match);
      }
    }
  }
  return {
    complete: complete.sort((a, b) => b.score - a.score),
    partial: partial.sort((a, b) => b.score - a.score),
  };
}

/**
 * Matches a request against every tool's templates: the best complete match whose slots fill
 * and validate wins; a match that stops short becomes a question for what is missing; a question
 * nothing matched is answered from memory and notes; anything else is not understood.
 */
export function interpret(request: string, registry: Registry): Interpretation {
  const reading = asTypedValues(
    request,
    privateKept(request, interpretCleaned(cleanText(request), registry)),
  );
  // "remember my address is:\nforget everything": a pasted command is no value; asked, not kept.
  const pasted = pastedCommand(reading, request, (line) => interpret(line, registry));
  if (pasted) return pasted;
  // "I'm allergic to cats too", "I also work at Beta": kept beside what is stored.
  const added = addition(request, (text) => interpret(text, registry)) ?? reading;
  // "My name is Zoë. I live in Lyon with my husband Marc.": each sentence read as it would be
  // alone, when that keeps more (round 32); only for the request as typed, never a part of it.
  if (introducing > 0) return added;
  introducing++;
  try {
    return readIntroduction(cleanText(request), added, (text) => interpret(text, registry)) ?? added;
  } finally {
    introducing--;
  }
}

/** How deep `interpret` is in reading the sentences of an introduction on their own (0 or more). */
let introducing = 0;

/** Spaces as `cleanText` leaves them, and the characters it made into one ("\u00a0", "\u200b"). */
const TYPED_SPACE = '[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+';

/**
 * `value` as the request typed it: `cleanText` reads a no-break or zero-width space as a space and
 * a curly quote as a straight one, which a value keeps as typed ("12\u00a034", "don’t panic").
 * The typed text is found in the request by those characters alone; with none or several different
 * ones found, `value` stays as read.
 */
export function asTypedValue(value: string, request: string): string {
  const raw = request.normalize('NFC');
  if (!value.trim() || raw.includes(value)) return value;
  const pattern = [...value]
    .map((char) =>
      /\s/u.test(char)
        ? TYPED_SPACE
        : char === "'"
          ? "['‘’‚]"
          : char === '"'
            ? '["“”„]'
            : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
    )
    .join('')
    .replaceAll(`${TYPED_SPACE}${TYPED_SPACE}`, TYPED_SPACE);
  const found = new Set(Array.from(raw.matchAll(new RegExp(pattern, 'gu')), ([typed]) => typed));
  return found.size === 1 ? [...found][0]! : value;
}

/**
 * The reading with every value said as typed (`asTypedValue`): the text fields of each step's
 * input, except a fact's `key`, which is a name (a name's spaces are spaces).
 */
function asTypedValues(request: string, reading: Interpretation): Interpretation {
  const typed = (input: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(input).map(([field, value]) => [
        field,
        typeof value === 'string' && field !== 'key' ? asTypedValue(value, request) : value,
      ]),
    );
  if (reading.kind === 'call')
    return { ...reading, steps: reading.steps.map((step) => ({ ...step, input: typed(step.input) })) };
  if (reading.kind === 'ask') return { ...reading, input: typed(reading.input) };
  return reading;
}

/**
 * A write asked for with a privacy lead-in ("keep this private: my diary code is 9876") says what
 * private means for a fact in fazt (`leadins.ts`): the lead-in is honoured, never a fact's name.
 */
function privateKept(request: string, reading: Interpretation): Interpretation {
  const empty = reading.kind === 'ask' ? emptyLeadIn(cleanText(request)) : undefined;
  if (reading.kind === 'ask' && empty) return { ...reading, question: empty, input: {} };
  if (reading.kind !== 'call' || !reading.steps.some((step) => step.tool.risk === 'write')) return reading;
  const said = cleanText(request).replace(/^(?:(?:ok(?:ay)?|please|pls|plz|hey|hi|so|fazt)[\s,!.:]+)+/i, '');
  if (!leadIn(said)?.private || reading.say?.includes(PRIVATE_KEPT)) return reading;
  return { ...reading, say: reading.say ? `${reading.say} ${PRIVATE_KEPT}` : PRIVATE_KEPT };
}

function interpretCleaned(said: string, registry: Registry): Interpretation {
  // "i have a cat called mochi 🐱 she is 3": "my cat is called mochi and she is 3"; "my daughter
  // élodie turns 6 on 14 march": "my daughter is élodie and their birthday is 14 march" (m29).
  // "my wife's called Orla and she's a pharmacist", "our daughter is Kasia, she's 9" (S44).
  // "my wife works at Lincs Pharmacy", "Orla works at Tesco as a manager": workplace (and job).
  // "my work is at A?? no wait, I work at B": only what was said again is read.
  // "when is my daughters bday 🎂": the emoji after a question goes.
  const cleaned = askedEmojiDropped(
    worksTurned(namedClauseTurned(turnsOnTurned(haveCalledTurned(restatedTurned(householdTurned(said)))))),
  );
  // "🙂", "thanks", "never mind, don't remember my code": nothing asked, nothing kept, said so.
  const ack = acknowledgement(cleaned);
  if (ack) return { kind: 'chatter', reply: ack };
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return { kind: 'empty' };
  if (HELP.test(cleaned)) return { kind: 'help' };
  // "remind me to call mum at 5", "set an alarm for 7": fazt has no reminders; said so, nothing kept.
  const reminder = reminderReply(cleaned);
  if (reminder) return { kind: 'chatter', reply: reminder, status: 'not_understood' };
  if (SELF_PROMISE.test(cleaned))
    return {
      kind: 'chatter',
      reply: 'Okay. I kept nothing. To have me keep something, say "remember that my … is …" or "note: …".',
    };
  if (REMINISCE.test(cleaned))
    return {
      kind: 'chatter',
      reply:
        'Sounds like a good memory. I kept nothing. To have me keep something, say "note: …" or "remember that my … is …".',
    };
  // "remember my garage code is 9999?": a question is never a write; asked back, nothing kept.
  const doubtful = questionedRemember(cleaned);
  if (doubtful) {
    const plain = interpret(doubtful.plain, registry);
    const write = plain.kind === 'call' ? plain.steps.find((step) => step.tool.risk === 'write') : undefined;
    if (write) return { kind: 'ask', tool: write.tool, question: doubtful.ask, input: {} };
  }
  const lines = byLine(cleaned, registry);
  if (lines) return lines;
  const change = changedReading(cleaned, registry);
  if (change) return change;
  const corrected = correctedReading(cleaned, registry);
  if (corrected) return corrected;
  const doubted = hedgedReading(cleaned, registry);
  if (doubted) return doubted;
  const own = selfReading(cleaned, registry);
  if (own) return own;
  const named = appositionReading(cleaned, registry);
  if (named) return named;
  // Several targets of one verb ("delete note 2 and note 3", "make blog and photos private"):
  // each is read on its own, so the tail of the list is never a request of its own.
  const targets = readTargets(cleaned, (text) => interpret(text, registry));
  // A skill installed for exactly this phrasing ("add milk and eggs to my shopping list") takes
  // the request whole, never its items one by one.
  if (targets) return skillReading(cleaned, registry) ?? targets;
  // "what's my router admin page, my dentist and my shoe size": one lookup each.
  const asked = readAskedList(cleaned, (text) => interpret(text, registry));
  if (asked) return asked;
  // "my wifi name and password are CasaNet and hunter2": two facts, each with its own value.
  const pair = pairedFacts(cleaned);
  if (pair && 'text' in pair) return interpret(pair.text, registry);
  if (pair) {
    // The tool that would have kept the first fact is the one that asks.
    const first = interpret(pair.probe, registry);
    const write = first.kind === 'call' ? first.steps.find((step) => step.tool.risk === 'write') : undefined;
    if (write) return { kind: 'ask', tool: write.tool, question: pair.ask, input: {} };
  }
  // Several requests in one ("remember my car is a Honda; my bike is a Trek", "What is my
  // address? Remember my zip is 99999."): each clause is read on its own.
  const several = readSegments(cleaned, (text) => interpret(text, registry));
  if (several) return runOnAsked(several, cleaned);
  const ability = abilityQuestion(cleaned, registry);
  if (ability) return ability;
  const kept = verbatimReading(cleaned, registry);
  if (kept) return kept;
  const reading = readClauses(cleaned, (text) => interpretText(text, registry));
  // A statement's replace check reads the whole request: "actually, …" may sit in another clause;
  // a delete target's `elsewhere` reads its verb ("forget my blog" is about a fact).
  if (reading.kind === 'call')
    reading.steps = reading.steps.map((step) => ({ ...step, said: step.said ?? cleaned }));
  return reading.kind === 'unknown' && reading.closest.length === 0
    ? { ...reading, closest: closestTools(registry, cleaned) }
    : runOnAsked(reading, cleaned);
}

/**
 * A write whose value still holds another fact clause ("my flight is BA117 at 9am the hotel is
 * the ritz": `runOnValue`) asks instead, keeping nothing: where the first value ends is a guess.
 */
function runOnAsked(reading: Interpretation, cleaned: string): Interpretation {
  if (reading.kind !== 'call') return reading;
  const step = reading.steps.find(
    (each) =>
      each.tool.risk === 'write' && typeof each.input.value === 'string' && runOnValue(each.input.value),
  );
  if (!step) return reading;
  return {
    kind: 'ask',
    tool: step.tool,
    input: {},
    question: `I read more than one thing in "${cleaned.trim()}", and "${String(step.input.value)}" looks like more than one value. I kept nothing, since I would be guessing where one ends and the next begins. Say each on its own, or with a comma between them: "remember my … is …, my … is …".`,
  };
}

/** The doubt of the value before a clause of its own said after it, if any. */
function hedgedHead(cleaned: string): ReturnType<typeof hedged> {
  const trailing = trailingClause(cleaned);
  return trailing && !trailing.time ? hedged(trailing.head) : undefined;
}

/**
 * A value said with doubt ("I think my room is 55", "my code is probably 12", "my room might be
 * 66": `hedged` in `runons.ts`) is asked about, naming the value it would keep; nothing is kept.
 * Undefined when nothing is doubted, or when the request without its doubt writes no fact.
 */
function hedgedReading(cleaned: string, registry: Registry): Interpretation | undefined {
  // "my code is 12 I guess and thanks": the doubt before a clause cut from the value (`tails.ts`).
  const found = hedged(cleaned) ?? hedgedHead(cleaned);
  if (!found) return undefined;
  // "maybe my PIN is 1234?": a doubted statement with a "?" is still a statement to confirm.
  const statement = found.text.replace(/(?<=\b(?:is|are)\s+\S.*?)\s*\?+\s*$/iu, '');
  const reading = interpret(statement, registry);
  if (reading.kind === 'ask') return reading;
  if (reading.kind !== 'call') return undefined;
  const written = reading.steps.filter(
    (each) =>
      each.tool.risk === 'write' &&
      typeof each.input.key === 'string' &&
      typeof each.input.value === 'string',
  );
  const step = written[0];
  if (!step) return undefined;
  return {
    kind: 'ask',
    tool: step.tool,
    input: {},
    question:
      written.length === 1
        ? sureQuestion(String(step.input.key), String(step.input.value), found.hedge)
        : `You said "${found.hedge}", so I kept nothing. Say each fact you are sure of on its own, like "remember my ${String(step.input.key)} is ${String(step.input.value)}".`,
  };
}

/**
 * "my old PIN was 1234 and my new one is 9999", "my PIN changed from 1234 to 9999": read as the
 * update "remember my PIN is 9999" (`changes.ts`), the old value said back, never kept in a key or
 * a value. Undefined when the text says no change, or the update reads as no write.
 */
function changedReading(cleaned: string, registry: Registry): Interpretation | undefined {
  const change = changedValue(cleaned);
  if (!change) return undefined;
  // Said as a change ("is now"), so a stored secret it replaces is changed without asking again.
  const reading = interpret(`remember my ${change.key} is now ${change.now}`, registry);
  if (reading.kind !== 'call' || !reading.steps.some((step) => step.tool.risk === 'write')) return undefined;
  const said = `You said your ${change.key} was ${change.was} before; only the new one is kept.`;
  return { ...reading, say: [reading.say, said].filter(Boolean).join(' ') };
}

/** How deep `appositionReading` is in reading its own form again (0 or 1). */
let appositionDepth = 0;

/**
 * "my son Tim is 7", "my boss, Priya, is strict": the name kept as the relation's, what is said
 * of them under both words (`appositions.ts`), read as the facts it holds. Undefined otherwise.
 */
function appositionReading(cleaned: string, registry: Registry): Interpretation | undefined {
  if (appositionDepth > 0) return undefined;
  const parts = appositionParts(cleaned);
  if (!parts) return undefined;
  appositionDepth++;
  try {
    const reading = interpret(parts.facts, registry);
    if (reading.kind !== 'call') return undefined;
    // "my mother-in-law Amélie is 78 and lives with us": the clause is no fact, said as not kept.
    const left = parts.left
      ? `I did not keep "${parts.left}": only facts said as "my … is …" are kept.`
      : undefined;
    const say = [reading.say, left].filter(Boolean).join(' ') || undefined;
    // The name's step is checked against the words said ("my son Max is …", no "name"): a name
    // beside a relation whose name is kept otherwise is another person, not a new name (m23).
    const [named, ...rest] = reading.steps;
    return named ? { ...reading, say, steps: [{ ...named, said: cleaned }, ...rest] } : { ...reading, say };
  } finally {
    appositionDepth--;
  }
}

/** How deep `selfReading` is in reading its own form again (0 or 1). */
let selfDepth = 0;

/**
 * A first-person fact, question or forget ("I live in Paris", "how old am I?", "forget where I
 * live": `self.ts`), read in the templates' form. A fact it is not sure of is asked about, naming
 * the value, and nothing is written; chatter ("I'm tired") is answered. Undefined otherwise.
 */
function selfReading(cleaned: string, registry: Registry): Interpretation | undefined {
  // The form it is said again in ("what is my age?") is read by the templates, never again here.
  if (selfDepth > 0) return undefined;
  // "my name's Dana and I live in Kraków": each clause is read on its own, never one value.
  if (segments(cleaned)) {
    const several = readSegments(cleaned, (text) => interpret(text, registry));
    if (several) return runOnAsked(several, cleaned);
  }
  const own = firstPerson(cleaned);
  if (!own) return undefined;
  if (own.kind === 'chatter') return { kind: 'chatter', reply: own.reply };
  selfDepth++;
  let reading: Interpretation;
  try {
    reading = interpret(own.text, registry);
  } finally {
    selfDepth--;
  }
  // "what am I allergic to?" is read as "what is my allergies?"; the steps keep the question as
  // said, which a tool reading questions whole is given when the lookup finds nothing (S25).
  if (own.kind === 'read' && reading.kind === 'call')
    return { ...reading, steps: reading.steps.map((step) => ({ ...step, said: cleaned })) };
  if (own.kind === 'read' || !own.ask) return reading;
  const step = reading.kind === 'call' ? reading.steps.find((each) => each.tool.risk === 'write') : undefined;
  if (!step) return reading.kind === 'call' ? undefined : reading;
  return { kind: 'ask', tool: step.tool, input: {}, question: own.ask };
}

/**
 * A request that corrects its own value ("my gate code is 12, sorry I mean 21") is read with the
 * last value; one that doubts between two ("12 or maybe 21") asks which, keeping nothing
 * (`corrections.ts`). Undefined when neither, or when the request then reads as no write.
 */
function correctedReading(cleaned: string, registry: Registry): Interpretation | undefined {
  const said = selfCorrection(cleaned);
  // "12 or 21 but I'm not sure": the options end at the contrast word.
  const contrast = said && said.kind !== 'corrected' ? contrastClause(cleaned) : undefined;
  const found = (contrast && selfCorrection(contrast.head)) || said;
  if (!found) return undefined;
  const reading = interpret(found.text, registry);
  if (reading.kind !== 'call') return undefined;
  if (found.kind === 'corrected') return reading;
  const step = reading.steps.find((each) => each.tool.risk === 'write' && typeof each.input.key === 'string');
  if (!step) return undefined;
  return {
    kind: 'ask',
    tool: step.tool,
    input: {},
    question: whichOne(String(step.input.key), found.options),
  };
}

/**
 * Several lines ("remember that X is 1\nremember that Y is 2", as piped from a file): each line is
 * its own request when every line reads as a call, and their calls run in order. When some line
 * is not a request and the whole would keep a fact (not a note's text) running across lines, it
 * says so and keeps nothing. Undefined for one line, or for text a note keeps whole ("note:
 * shopping\nmilk\neggs").
 */
function byLine(cleaned: string, registry: Registry): Interpretation | undefined {
  const list = listReading(cleaned, registry);
  if (list) return list;
  const lines = cleaned
    .split(/\r?\n+/)
    .map((line) => line.trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
  if (lines.length < 2) return undefined;
  const readings = lines.map((line) => interpret(line, registry));
  const calls = readings.flatMap((reading) => (reading.kind === 'call' && !reading.reply ? [reading] : []));
  if (calls.length === readings.length)
    return {
      kind: 'call',
      steps: calls.flatMap((reading) => reading.steps),
      template: calls.map((reading) => reading.template).join('\n'),
      score: Math.min(...calls.map((reading) => reading.score)),
      ...(calls.some((reading) => reading.say)
        ? { say: calls.flatMap((reading) => (reading.say ? [reading.say] : [])).join(' ') }
        : {}),
    };
  const whole = readClauses(cleaned, (text) => interpretText(text, registry));
  const across =
    whole.kind === 'call' &&
    whole.steps.some(
      (step) =>
        step.tool.risk !== 'read' &&
        Object.entries(step.input).some(
          ([field, value]) => field !== 'text' && typeof value === 'string' && /\n/.test(value),
        ),
    );
  if (!across) return undefined;
  const at = readings.findIndex((reading) => reading.kind !== 'call');
  return {
    kind: 'ask',
    tool: whole.steps[0]!.tool,
    question: `I read each line as its own request, and line ${at + 1} ("${lines[at]}") is not one I can do, so I kept nothing. Send the lines one at a time, or start with "note:" to keep them all as one note.`,
    input: {},
  };
}

/**
 * A pasted list of facts (`lists.ts`): each line read on its own as one write; the lines that read
 * as no write are named and not guessed at. With no line to write, a question back (nothing kept).
 */
function listReading(cleaned: string, registry: Registry): Interpretation | undefined {
  const pasted = multiLineValue(cleaned);
  if (pasted) {
    // One fact whose value is the lines after "my address is:": read with its first line as the
    // value, then given all of them; anything else it reads as is asked about, never guessed.
    const reading = interpret(pasted.request, registry);
    const step =
      reading.kind === 'call' && !reading.reply && reading.steps.length === 1 ? reading.steps[0] : undefined;
    if (reading.kind === 'call' && step && step.tool.risk === 'write' && typeof step.input.key === 'string')
      return {
        ...reading,
        steps: [{ ...step, input: { ...step.input, value: pasted.value }, said: cleaned }],
      };
    return {
      kind: 'ask',
      tool: registry.list().find((tool) => tool.risk === 'write' && tool.offline?.statement)!,
      input: {},
      question: `I read "${cleaned.split(/\r\n|\r|\n/)[0]!.trim()}" as a fact whose value is on the lines after it, but could not read which fact, so I kept nothing. Say it as "remember my … is …" with the value on the same line.`,
    };
  }
  const list = listOf(cleaned);
  if (!list) return undefined;
  const steps: Step[] = [];
  const templates: string[] = [];
  const said: string[] = [];
  const unread: string[] = [];
  const asked: string[] = [];
  let score = Number.POSITIVE_INFINITY;
  for (const { line, said: typed, request } of list.lines) {
    // "🙂", "---": a line with no words reads as nothing, so it is named.
    const reading: Interpretation = /[\p{L}\p{N}]/u.test(typed)
      ? interpret(request, registry)
      : { kind: 'empty' };
    if (
      reading.kind === 'call' &&
      !reading.reply &&
      reading.steps.length > 0 &&
      // A fact: a write with a name and a value ("buy milk" would be a note: named, not guessed).
      reading.steps.every(
        (step) =>
          step.tool.risk === 'write' && typeof step.input.key === 'string' && step.input.value !== undefined,
      )
    ) {
      steps.push(...reading.steps.map((step) => ({ ...step, said: request })));
      templates.push(reading.template);
      score = Math.min(score, reading.score);
      if (reading.say && !said.includes(reading.say)) said.push(reading.say);
      continue;
    }
    // A line asked about says its own question ("Is your locker 12? You said …").
    if (reading.kind === 'ask') asked.push(`I did not keep line ${line} ("${typed}"): ${reading.question}`);
    else unread.push(`line ${line} ("${typed}")`);
  }
  const skipped = [
    ...asked,
    ...(unread.length > 0
      ? [
          `I did not keep ${unread.join(', ')}: I could not read ${unread.length === 1 ? 'it' : 'them'} as "name: value", so I did not guess. Say ${unread.length === 1 ? 'it' : 'each'} as "remember my … is …".`,
        ]
      : []),
  ].join(' ');
  if (steps.length === 0)
    return {
      kind: 'ask',
      tool: registry.list().find((tool) => tool.risk === 'write' && tool.offline?.statement)!,
      input: {},
      question: `I read your text as a list, one fact a line, but no line reads as one, so I kept nothing. ${skipped}`,
    };
  return {
    kind: 'call',
    steps,
    template: templates.join('\n'),
    score,
    ...(said.length > 0 || skipped ? { say: [...said, skipped].filter(Boolean).join(' ') } : {}),
  };
}

/**
 * A request whose framing says the rest is the person's own text ("note: buy flowers for my love"):
 * a tool's `offline.verbatim` pattern, its slot check (for empty chatter) and its schema decide.
 */
function verbatimReading(cleaned: string, registry: Registry): Interpretation | undefined {
  for (const tool of registry.list()) {
    for (const { pattern, field } of tool.offline?.verbatim ?? []) {
      const said = pattern.exec(cleaned)?.[1]?.trim();
      if (!said) continue;
      const checked = tool.offline?.slots?.[field]?.(said) ?? { value: said };
      if ('problem' in checked) continue;
      const input = { [field]: checked.value };
      if (!tool.input.safeParse(input).success) continue;
      return { kind: 'call', steps: [{ tool, input }], template: pattern.source, score: 5 };
    }
  }
  return undefined;
}

/**
 * A skill's own example matched by the request as said, before the planner's generic rewriting
 * (which reads "add eggs to my shopping list" as a note). A skill the person installed for exactly
 * that phrasing should win; built-in tools still go through the full reading below.
 */
function skillReading(cleaned: string, registry: Registry): Interpretation | undefined {
  const skills = registry.list().filter((tool) => registry.sourceOf(tool.name)?.startsWith('skill:'));
  if (skills.length === 0) return undefined;
  const tokens = tokenize(cleaned);
  const { complete } = matchAll(registry, tokens, false, skills);
  for (const match of complete.slice(0, 20)) {
    if (match.typos > 0) continue;
    const filled = fill(match, tokens, cleaned);
    if ('problem' in filled) continue;
    const { tool, source } = match.template;
    const steps = [filled.input, ...(filled.also ?? [])].map((input) => ({ tool, input }));
    return { kind: 'call', steps, template: source, score: match.score + filled.bonus };
  }
  return undefined;
}

function interpretText(cleaned: string, registry: Registry): Interpretation {
  const learned = skillReading(cleaned, registry);
  if (learned) return learned;
  const text = rewriteRequest(cleaned);
  const tokens = tokenize(text);
  if (tokens.length === 0) return { kind: 'empty' };
  const question = isQuestion(cleaned, tokens, text);
  const phrased = byPhrase(text, registry, question);
  if (phrased) return phrased;
  const { complete, partial } = matchAll(registry, tokens, question);

  let firstProblem: { match: TemplateMatch; problem: SlotProblem } | undefined;
  const candidates: {
    match: TemplateMatch;
    input: Record<string, unknown>;
    also: Record<string, unknown>[];
    score: number;
  }[] = [];
  for (const match of complete.slice(0, 40)) {
    const filled = fill(match, tokens, text, true, registry);
    if ('problem' in filled) {
      firstProblem ??= { match, problem: filled.problem };
      continue;
    }
    candidates.push({
      match,
      input: filled.input,
      also: filled.also ?? [],
      score: match.score + filled.bonus,
    });
  }
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  // "remember my birthday isn't in May": the tool that fits best said why it will not keep that
  // (its whole answer), so a looser reading by another tool (a note of the same words) is not
  // kept instead.
  const refused = firstProblem?.problem.reply ? firstProblem : undefined;
  if (
    best &&
    refused &&
    refused.match.template.tool.risk === 'write' &&
    refused.match.template.tool !== best.match.template.tool &&
    refused.match.score >= best.match.score
  )
    return { kind: 'ask', tool: refused.match.template.tool, question: refused.problem.reply!, input: {} };
  if (best) {
    const { tool, source } = best.match.template;
    const statement = bareStatement(best.match);
    // "set the theme to dark" (a setting's verb on no one's thing); "set my share code to 12" names
    // something of yours, so it is that fact whether or not it is stored yet.
    const yours =
      /^(?:my|our|mine)$/.test(tokens[1]?.norm ?? '') || /['’]s$/.test(text.split(/\s+/)[1] ?? '');
    const opening = { verb: tokens[0]?.norm ?? '', yours };
    const steps = splitInput(tool, best.input, best.also).map((step) => ({
      ...step,
      ...(statement ? { statement } : {}),
      opening,
    }));
    const { say } = best.match.template;
    return { kind: 'call', steps, template: source, score: best.score, ...(say ? { say } : {}) };
  }

  const incomplete = partial.find((match) =>
    match.missing.some((name) => toolFields(match.template.tool).get(name)?.required),
  );
  const problemScore = firstProblem?.match.score ?? Number.NEGATIVE_INFINITY;
  // "make my life easier": the word where a choice belongs ("public", "private") is none of them,
  // so the template does not fit; asking for the choice would be a question about nothing said.
  const choiceMissed =
    firstProblem !== undefined &&
    incomplete?.template.tool === firstProblem.match.template.tool &&
    toolFields(incomplete.template.tool).get(firstProblem.problem.field)?.kind === 'enum' &&
    incomplete.missing.includes(firstProblem.problem.field);
  if (choiceMissed && !question)
    return { kind: 'unknown', closest: closestTools(registry, text), lookup: false, query: text };
  if (incomplete && incomplete.score + 0.5 >= problemScore) {
    const filled = fill(incomplete, tokens, text, false);
    if ('input' in filled) {
      const missing = incomplete.missing.find(
        (name) => toolFields(incomplete.template.tool).get(name)?.required,
      );
      const { tool } = incomplete.template;
      if (missing)
        return { kind: 'ask', tool, question: questionFor(tool, missing, filled.input), input: filled.input };
    }
  }
  // A question whose name the tool says it cannot answer as asked ("what is her pin?": whose?).
  const whole = firstProblem?.problem.reply;
  if (question && whole && firstProblem?.match.template.tool.risk === 'read')
    return { kind: 'ask', tool: firstProblem.match.template.tool, question: whole, input: {} };
  if (question) return { kind: 'question', query: text };
  if (firstProblem && !firstProblem.problem.outOfReach) {
    const { tool } = firstProblem.match.template;
    const { field, message, instead, reply, chatter } = firstProblem.problem;
    if (reply && chatter) return { kind: 'chatter', reply, status: 'done' };
    if (reply) return { kind: 'ask', tool: firstProblem.match.template.tool, question: reply, input: {} };
    const ask = questionsOf(tool)[field];
    const other = instead === undefined ? undefined : registry.get(instead);
    if (ask || tool.risk !== 'read') {
      const said = `I couldn't do that: ${message}.`;
      const next = other
        ? `To ${other.title.toLowerCase()}, say it like "${sampleRequest(other)}".`
        : ask?.({});
      return { kind: 'ask', tool, question: next ? `${said} ${next}` : said, input: {} };
    }
  }
  return { kind: 'unknown', closest: closestTools(registry, text), lookup: tokens.length <= 6, query: text };
}
