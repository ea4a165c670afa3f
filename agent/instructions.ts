import type { Cartridge } from '../cartridge/open.js';
import { learnedDocuments } from '../cartridge/status.js';
import { contentWords } from '../cartridge/text-similarity.js';
import type { Capability } from '../tools/capability.js';
import { relevantPassages } from '../tools/knowledge/context.js';
import { createMemoryStore } from '../tools/memory/store.js';
import { createNotesStore } from '../tools/notes/store.js';
import type { Registry } from '../tools/registry.js';

export interface InstructionsInput {
  registry: Registry;
  cartridge: Cartridge;
  /** The person's request, used to pick the remembered facts worth showing. */
  request: string;
  /** The tools offered for this request, when not all of them (see tool-selection.ts). */
  tools?: readonly string[];
  /** Passages of learned documents for this request, when the caller already found them. */
  passages?: readonly string[];
  now?: Date;
}

/** Facts shown to the model at most; each value cut to this many characters. */
const MAX_FACTS = 5;
const MAX_FACT_VALUE = 160;
/** Above this many facts, finding the relevant ones costs more than it saves; the model uses memory_recall. */
const MAX_FACTS_SCANNED = 5_000;

const RULES = [
  "You are fazt, a personal assistant running on the person's own computer. What you know about them is in their cartridge, which you reach only through the tools.",
  'Use a tool whenever the request needs stored information or a change. Never invent facts, ids or values.',
  'If a tool returns an error, read it, fix the input and try again once, or explain what went wrong.',
  'Destructive tools need the person\'s approval. If a call comes back "needs_approval", do not retry it.',
  'If information you need is missing, ask one short question instead of guessing.',
  'Answer in plain language and briefly. Do not show JSON or tool names unless asked.',
];

/** A skill's instructions (SKILL.md body) shown at most, in characters. */
const MAX_SKILL_DETAILS = 4_000;

const isSkill = (capability: Capability) => capability.id.startsWith('skill:');

/**
 * The skills a request is about, whose instructions the prompt loads: a content word of the
 * request is a word of the skill's name, or two are words of its description or its tools'
 * descriptions and examples. The rest cost the prompt one line each (name and description).
 */
export function relevantSkills(registry: Registry, request: string): Capability[] {
  const wanted = new Set(contentWords(request));
  return registry.capabilities().filter((capability) => {
    if (!isSkill(capability)) return false;
    const name = new Set(contentWords(capability.id.slice('skill:'.length).replaceAll('-', ' ')));
    if ([...wanted].some((word) => name.has(word))) return true;
    const words = new Set(
      contentWords(
        [
          capability.instructions ?? '',
          ...capability.tools.flatMap((tool) => [
            tool.description,
            ...tool.examples.map((e) => e.replace(/\{\w+\}/g, '')),
          ]),
        ].join(' '),
      ),
    );
    return [...wanted].filter((word) => words.has(word)).length >= 2;
  });
}

function skillLines(registry: Registry, request: string): string[] {
  const skills = registry.capabilities().filter(isSkill);
  if (skills.length === 0) return [];
  const relevant = relevantSkills(registry, request);
  return [
    '',
    'Skills (abilities you have learned; use one when the request fits its "use when"):',
    ...skills.map(
      (skill) => `- ${skill.id.slice('skill:'.length)}: ${clip(skill.instructions ?? skill.title, 300)}`,
    ),
    ...relevant
      .filter((skill) => skill.details)
      .flatMap((skill) => [
        '',
        `Instructions of the skill ${skill.id.slice('skill:'.length)}:`,
        skill.details!.length > MAX_SKILL_DETAILS
          ? `${skill.details!.slice(0, MAX_SKILL_DETAILS)}…`
          : skill.details!,
      ]),
  ];
}

function clip(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

function holdings(cartridge: Cartridge): string {
  const facts = createMemoryStore(cartridge).count();
  const notes = createNotesStore(cartridge).count();
  const documents = learnedDocuments(cartridge);
  const parts = [
    `${facts} remembered fact${facts === 1 ? '' : 's'}`,
    `${notes} note${notes === 1 ? '' : 's'}`,
  ];
  if (documents) parts.push(`${documents} learned document${documents === 1 ? '' : 's'}`);
  return `The cartridge holds ${parts.join(', ')}.`;
}

function relevantFacts(cartridge: Cartridge, request: string): string[] {
  const memory = createMemoryStore(cartridge);
  if (memory.count() > MAX_FACTS_SCANNED) return [];
  return memory
    .recall(request, { limit: MAX_FACTS, minScore: 0.3 })
    .map(({ entry }) => `- ${entry.label}: ${clip(JSON.stringify(entry.value), MAX_FACT_VALUE)}`);
}

const two = (value: number) => String(value).padStart(2, '0');

function today(now: Date): string {
  const weekday = now.toLocaleDateString('en-GB', { weekday: 'long' });
  return `Now: ${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())} (${weekday}), local time.`;
}

/**
 * The system prompt: rules, the date, what the cartridge holds, one line per tool, one line per
 * skill (with its instructions when the request is about it, see relevantSkills), and the
 * remembered facts that look relevant to the request. Tool schemas travel separately as tool
 * definitions; this stays well under 1,000 tokens so 8k-context local models keep room to work.
 */
export function buildInstructions({
  registry,
  cartridge,
  request,
  tools: offered,
  passages: found,
  now = new Date(),
}: InstructionsInput): string {
  const tools = registry
    .list()
    .filter((tool) => !offered || offered.includes(tool.name))
    .map((tool) => `- ${tool.name} (${tool.risk}): ${tool.title}`)
    .sort();
  const facts = relevantFacts(cartridge, request);
  const passages =
    offered && !offered.some((name) => name.startsWith('knowledge_'))
      ? []
      : (found ?? relevantPassages(cartridge, request));
  return [
    RULES.join('\n'),
    '',
    today(now),
    holdings(cartridge),
    '',
    'Tools:',
    ...tools,
    ...skillLines(registry, request),
    ...(facts.length
      ? ['', 'Remembered facts that may be relevant (use memory_recall for others):', ...facts]
      : []),
    ...(passages.length
      ? [
          '',
          "Passages from the person's own documents that may answer (quote only these, cite them as [file:lines]; if they do not answer, say you don't know; knowledge_search finds more):",
          ...passages,
        ]
      : []),
  ].join('\n');
}
