import type { Cartridge } from '../../cartridge/open.js';
import { isSecretFact } from '../../cartridge/secrets.js';
import { createMemoryStore } from '../memory/store.js';
import { documentsDiffer } from './differs.js';
import { queryTerms } from './text.js';

/** Content words, lowercase with accents folded: "Tortoise sitter" and "tortoise sítter" match. */
const folded = (text: string): string[] =>
  queryTerms(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** A remembered value as said: text as written, anything else as JSON. */
const said = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * When a fact the person told fazt to remember, named by every content word of its name in
 * `question` ("rent" in "what is my rent?", "tortoise sitter" in "who is the tortoise sitter?";
 * the longest such name), says otherwise than the documents' `answer` (documentsDiffer: money,
 * ages, dates, numbers, names and places): "You told me your rent is £800; your documents say
 * otherwise."; of a secret (`isSecretFact`), that they differ without its value. Undefined when no fact is named, when they agree, or when the cartridge has no
 * memory. Read here so every surface (model, MCP, HTTP, the offline planner) sees it in
 * knowledge_ask's output, not only the planner that also recalled the fact.
 */
export function rememberedDiffers(
  cartridge: Cartridge,
  question: string,
  answer: string,
): string | undefined {
  const asked = new Set(folded(question));
  let memory: ReturnType<typeof createMemoryStore>;
  let labels: { label: string }[];
  try {
    memory = createMemoryStore(cartridge);
    labels = memory.labels({ limit: 1000 });
  } catch {
    return undefined; // a cartridge without the memory capability's table
  }
  const named = labels
    .map(({ label }) => ({ label, words: folded(label) }))
    .filter(({ words }) => words.length > 0 && words.every((word) => asked.has(word)))
    .sort((a, b) => b.words.length - a.words.length)[0];
  const fact = named && memory.get(named.label);
  if (!fact) return undefined;
  const told = `Your ${fact.label} is ${said(fact.value)}.`;
  if (!documentsDiffer(told, answer)) return undefined;
  // A secret's value is said only when asked for by name through memory, never in another tool's output.
  return isSecretFact(fact.label, fact.value)
    ? `What you told me as your ${fact.label} is not what your documents say.`
    : `You told me your ${fact.label} is ${said(fact.value)}; your documents say otherwise.`;
}
