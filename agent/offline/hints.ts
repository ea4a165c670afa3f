import { configKeys } from '../../cartridge/config.js';
import { similarity } from '../../cartridge/text-similarity.js';
import { isAside } from './clauses.js';
import type { SlotProblem } from './values.js';

/** A slot value after a tool-specific check: the value to use, or why it does not fit. */
export type HintResult = { value: unknown; bonus?: number } | { problem: SlotProblem };

/** What the offline planner knows about a tool beyond its schema: slot checks and questions. */
export interface ToolHints {
  /** Checks or rewrites one slot's value; a problem makes the planner try another reading. */
  slots?: Record<string, (value: unknown) => HintResult>;
  /** The question to ask when a field is missing, given what is already known. */
  questions?: Record<string, (input: Record<string, unknown>) => string>;
  /** What the call would do, for an approval request ("forget your bike lock code"). */
  preview?: (input: Record<string, unknown>) => string;
  /** Extra sentence templates, with input they imply and a check of the filled input. */
  templates?: {
    source: string;
    fixed?: Record<string, unknown>;
    check?: (input: Record<string, unknown>) => SlotProblem | undefined;
    /** Added to the match score when the check passes: a reading more specific than its words. */
    bonus?: number;
    /** Said after the tool's answer: why the request went to this tool rather than the one it named. */
    say?: string;
  }[];
}

const CONFIG_ALIASES: Readonly<Record<string, string>> = {
  model: 'model',
  'language model': 'model',
  llm: 'model',
  ai: 'model',
  planner: 'model',
  ollama: 'model',
  openai: 'model',
  provider: 'model',
  'ollama host': 'ollama.host',
  'ollama url': 'ollama.host',
  'ollama server': 'ollama.host',
  'openai base url': 'openai.baseUrl',
  'openai url': 'openai.baseUrl',
  'base url': 'openai.baseUrl',
  'openai key': 'openai.apiKey',
  'openai api key': 'openai.apiKey',
  'api key': 'openai.apiKey',
  'ai model': 'model',
  'model name': 'model',
  'max steps': 'agent.maxSteps',
  steps: 'agent.maxSteps',
  'server host': 'server.host',
  host: 'server.host',
  'server port': 'server.port',
  port: 'server.port',
  'rate limit': 'mcp.rateLimit',
  'mcp rate limit': 'mcp.rateLimit',
};

/** A config key from how a person says it ("the model", "server port", "agent.maxSteps"). */
export function resolveConfigKey(text: string): string | undefined {
  const wanted = text
    .trim()
    .replace(/^(?:the|my|your)\s+/i, '')
    .replace(/\s+(?:setting|option|config|value)$/i, '');
  const exact = Object.keys(configKeys).find((key) => key.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const spaced = wanted
    .toLowerCase()
    .replace(/[._-]+/g, ' ')
    .replace(/\s+/g, ' ');
  const alias = CONFIG_ALIASES[spaced];
  if (alias) return alias;
  let best: { key: string; score: number } | undefined;
  for (const key of Object.keys(configKeys)) {
    const score = similarity(
      spaced,
      key
        .replace(/[.]/g, ' ')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase(),
    );
    if (score >= 0.8 && (!best || score > best.score)) best = { key, score };
  }
  return best?.key;
}

const configKey = (value: unknown): HintResult => {
  const key = typeof value === 'string' ? resolveConfigKey(value) : undefined;
  return key
    ? { value: key, bonus: 0.5 }
    : {
        problem: {
          field: 'key',
          message: `there is no setting called "${String(value)}" (settings: ${Object.keys(configKeys).join(', ')})`,
        },
      };
};

const EVENT_TYPES: Readonly<Record<string, string>> = {
  memory: 'memory.*',
  memories: 'memory.*',
  fact: 'memory.*',
  facts: 'memory.*',
  remember: 'memory.*',
  note: 'note.*',
  notes: 'note.*',
  tool: 'tool.called',
  tools: 'tool.called',
  'tool call': 'tool.called',
  'tool calls': 'tool.called',
  config: 'config.*',
  configuration: 'config.*',
  setting: 'config.*',
  settings: 'config.*',
};

const eventType = (value: unknown): HintResult => {
  const text = String(value).toLowerCase().trim();
  const mapped = EVENT_TYPES[text] ?? (/^[a-z0-9_]+$/.test(text) ? `${text}.*` : text);
  return /^[a-z0-9_.]+(\.\*)?$/.test(mapped)
    ? { value: mapped }
    : { problem: { field: 'type', message: `"${String(value)}" is not an event type` } };
};

const memoryKeyCheck = (value: unknown): HintResult => {
  const text = String(value);
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
  if (/^(?:is|are|was|were|am|be|i|we|he|she|they|you)\b(?!['’]s)/i.test(text)) {
    return { problem: { field: 'key', message: `"${text}" is a sentence, not the name of a fact` } };
  }
  if (onlyFunctionWords(text)) {
    return { problem: { field: 'key', message: `"${text}" does not say what the fact is about` } };
  }
  return { value: text };
};

/** Things people set or turn on and off: a request to control them is not a fact to keep. */
const DEVICES =
  /^(?:(?:the|my|our)\s+)?(?:thermostat|heating|heat|ac|a\/c|air\s+con(?:ditioning)?|aircon|fan|lights?|lamp|volume|brightness|alarm|timer|tv|television|radio|music|oven|dishwasher|washing\s+machine|dryer|kettle|blinds|oven\s+timer|sound|ringer|wifi|bluetooth|screen|display)$/i;

/**
 * Words that never name a fact on their own: pronouns, articles, forms of "be" and "have",
 * prepositions, conjunctions ("remember that is 1234", "that's it", "it's cold today").
 */
const FUNCTION_WORDS = new Set(
  "a an the this that these those it its it's that's s is are was were be been being am do does did have has had i me my mine you your yours he him his she her hers we us our they them their there here what which who whom whose where when why how and or but nor so if then than as at by for from in into of off on onto out over to up down with about all any some each every no not now just very too also only still again ever yes ok okay".split(
    ' ',
  ),
);

/** True when every word of `text` is a function word (see FUNCTION_WORDS). */
function onlyFunctionWords(text: string): boolean {
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
const MOOD_WORDS = new Set(
  'awful terrible horrible bad worse worst good better best great nice lovely fine ok okay cool amazing awesome fantastic wonderful brilliant beautiful ugly boring bored fun funny hilarious weird strange crazy insane stupid dumb silly annoying annoyed angry mad sad happy glad tired exhausted sleepy asleep awake hungry full sick ill cold hot warm chilly freezing boiling wet dry windy rainy sunny cloudy foggy busy quiet loud noisy slow fast late early hard easy difficult tough simple useful useless important interesting cute sweet nasty gross messy clean dirty broken done over finished ready fine alright right wrong true false real fake weird mine yours ours here there gone away back home out in up down on off so very really too quite pretty totally super kinda sorta a bit little lot today tonight now finally again already still yet lately anymore as usual always never sometimes again for me to us me'.split(
    ' ',
  ),
);

/** More ways to say how things are going: states and nouns of complaint ("dead", "a mess"). */
const STATE_WORDS = new Set(
  'dead dying broken bust kaput flat empty mess disaster nightmare joke pain killing driving bugging annoying doing going acting playing slow laggy buggy down up off on over late sore hurting aching sick stuck lost missing gone a an the such total complete absolute bit of'.split(
    ' ',
  ),
);

/**
 * True when a value only says how something feels or is going ("awful today", "so boring",
 * "dead", "a mess"), or is a clause about the speaker ("killing me", "driving me crazy").
 */
export function onlyMood(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return false;
  if (words.length <= 4 && /^\p{L}+ing\s+(?:me|us|him|her|them)\b/iu.test(text)) return true;
  return words.every((word) => MOOD_WORDS.has(word) || STATE_WORDS.has(word));
}

/** "now 204", "1234 now", "8000 instead": the word that marks an update is not part of the value. */
const memoryValueCheck = (value: unknown): HintResult => {
  const text = String(value)
    .replace(/^(?:now|actually|instead|really)\s+/i, '')
    // "Dr. Nguyen, not Dr. Patel", "9920 instead of 7781": the old value is not part of the new one.
    .replace(/[\s,;]+(?:not|rather\s+than|instead\s+of)\s+[^,;]+$/i, '')
    // "12-43-08 i mixed it up": a code, then an aside about it.
    .replace(/^(\S*\d\S*)\s+(\S.*)$/, (whole, code: string, rest: string) =>
      isAside(rest) ? code.replace(/[.,;:!]+$/, '') : whole,
    )
    .replace(/[\s,]+(?:now|instead|from\s+now\s+on|these\s+days|anymore)$/i, '')
    .trim();
  if (!text) return { problem: { field: 'value', message: 'the value is empty' } };
  if (onlyMood(text))
    return {
      problem: { field: 'value', message: `"${text}" says how things are going, not a fact to keep` },
    };
  return { value: text };
};

/**
 * "remember I park in spot B17" has no "X is Y" to split, but it is more than a name: it holds a
 * number, a person, or a few words. Such a thing is kept as a note rather than asked about.
 */
const clauseLike = ({ text }: Record<string, unknown>): SlotProblem | undefined => {
  const value = String(text);
  const words = value.split(/\s+/).filter(Boolean);
  // "remember that is 1234": the sentence has lost its subject; ask rather than keep "is 1234".
  // "remember that it's 1234", "… that that is 5": a pronoun in place of what it is about.
  if (
    /^(?:that\s+)?(?:(?:it|that|this|these|those|there|here)(?:['’]s\b|\s+(?:is|are|was|were)\b)|(?:is|are|was|were|am|be|been|has|have|had)\b)/i.test(
      value,
    )
  )
    return { field: 'text', message: 'this does not say what it is about' };
  if (/\d/.test(value) || /^(?:i|i'm|im|we|he|she|they|you)\b/i.test(value) || words.length >= 5)
    return undefined;
  return { field: 'text', message: 'this names a fact without saying what it is' };
};

/**
 * "remember wifi password Hunter2": no "is", but a few plain words followed by one code-like token
 * (digits, symbols or inner capitals) read as a name and its value.
 */
const nameThenCode = ({ key, value }: Record<string, unknown>): SlotProblem | undefined => {
  const name = String(key);
  const code = String(value);
  const plainName = /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$/u.test(name);
  const phoneLike = /^\+?\d[\d\s().-]{3,}\d$/.test(code);
  const codeLike =
    phoneLike || (!/\s/.test(code) && (/[\d@#$%&*!?_=+:/]/.test(code) || /\p{Ll}\p{Lu}/u.test(code)));
  return plainName && codeLike ? undefined : { field: 'value', message: 'no value to remember' };
};

/** "anything about stamps" → "stamps". */
const searchQuery = (value: unknown): HintResult => {
  if (/\b(?:web|online|internet|google|bing|duckduckgo|youtube|amazon|wikipedia)\b/i.test(String(value))) {
    return {
      problem: { field: 'query', message: 'I can only search your notes, not the web', outOfReach: true },
    };
  }
  const text = String(value)
    .replace(
      /^(?:anything|something|stuff|things|notes?)\s+(?:about|on|regarding|mentioning|with|that\s+mentions?)\s+/i,
      '',
    )
    .replace(/^(?:about|on|regarding|mentioning)\s+/i, '')
    .replace(/^(?:the|my|a|an)\s+/i, '')
    .trim();
  return text ? { value: text } : { problem: { field: 'query', message: 'there is nothing to search for' } };
};

const example = 'for example "remember that my bike lock code is 4312"';

/** Why a "remember …" became a note: said, never silent. */
const KEPT_AS_NOTE =
  'I kept it as a note, since it does not name a fact and its value (like "my locker is 118"); notes are searchable with "search my notes for …".';

/** Hints for the built-in tools, by tool name. */
export const TOOL_HINTS: Readonly<Record<string, ToolHints>> = {
  memory_remember: {
    slots: { key: memoryKeyCheck, value: memoryValueCheck },
    templates: [{ source: 'remember {key} {value}', check: nameThenCode, bonus: 0.5 }],
    questions: {
      key: () => `What should I remember? Tell me what it is and its value, ${example}.`,
      value: ({ key }) =>
        key === undefined
          ? `What should I remember? Tell me what it is and its value, ${example}.`
          : `What should I remember as your ${String(key)}? Say it like "my ${String(key)} is …".`,
    },
  },
  memory_recall: {
    slots: { key: memoryKeyCheck },
    questions: { key: () => 'What should I look up? For example "what is my bike lock code?"' },
  },
  memory_forget: {
    slots: { key: memoryKeyCheck },
    questions: {
      key: () => 'Which fact should I forget? Name it, for example "forget my bike lock code".',
    },
    preview: ({ key }) => `forget your ${String(key)}`,
  },
  notes_add: {
    questions: { text: () => 'What should the note say?' },
    templates: [
      { source: 'remember that {text}', check: clauseLike, say: KEPT_AS_NOTE },
      { source: 'remember {text}', check: clauseLike, say: KEPT_AS_NOTE },
      { source: 'add to my notes {text}' },
      { source: 'put {text} in my notes' },
      { source: 'new note {text}' },
    ],
  },
  notes_search: {
    slots: { query: searchQuery },
    questions: { query: () => 'What should I look for in your notes?' },
  },
  notes_delete: {
    questions: {
      id: () =>
        'Which note should I delete? Give its number ("list my notes" shows them), for example "delete note 3".',
    },
    preview: ({ id }) => `delete note #${String(id)}`,
  },
  config_get: {
    slots: { key: configKey },
    templates: [
      { source: 'what {key} does the server use' },
      { source: 'what is the {key} setting' },
      { source: 'are you using {key}' },
      { source: 'which {key} is set' },
      { source: 'which {key} is configured' },
      { source: 'what {key} is set' },
      { source: 'what {key} are you on' },
      { source: 'which {key} are you running' },
      { source: 'what {key} are you running' },
      { source: 'which {key} are you on' },
    ],
  },
  config_set: {
    slots: { key: configKey },
    templates: [
      { source: 'set {key} to {value}' },
      { source: 'set {key} {value}' },
      { source: 'use {value} as {key}' },
      { source: 'use {value} as the {key}' },
    ],
    questions: {
      key: () => `Which setting should I change? Settings: ${Object.keys(configKeys).join(', ')}.`,
      value: ({ key }) => `What should I set ${String(key)} to?`,
    },
  },
  events_list: {
    slots: { type: eventType },
    templates: [{ source: 'show the last {limit} events' }],
  },
};
