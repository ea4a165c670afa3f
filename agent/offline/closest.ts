import { contentWords, words, wordsMatch } from '../../cartridge/text-similarity.js';
import type { AnyTool } from '../../tools/define-tool.js';
import type { Registry } from '../../tools/registry.js';

/** Light verbs every kind of request says ("what notes do I have?"): no word shared by topic. */
const LIGHT = new Set('have has had get gets got make makes need needs use uses keep want'.split(' '));

/** A text prepared once for comparison: its content words and character trigrams. */
interface Profile {
  words: string[];
  grams: Map<string, number>;
  gramCount: number;
}

function profile(text: string): Profile {
  const padded = `  ${words(text).join(' ')} `;
  const grams = new Map<string, number>();
  for (let index = 0; index < padded.length - 2; index++) {
    const gram = padded.slice(index, index + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return { words: contentWords(text), grams, gramCount: Math.max(0, padded.length - 2) };
}

/**
 * The better of word overlap (typo-tolerant) and trigram overlap, as Dice coefficients; word
 * overlap only when `byWords` (a question in words shares letters with "describe blob" by chance).
 */
function compare(left: Profile, right: Profile, byWords = false): number {
  let wordScore = 0;
  if (left.words.length > 0 && right.words.length > 0) {
    const unused = [...right.words];
    let shared = 0;
    for (const word of left.words) {
      const index = unused.findIndex((candidate) => wordsMatch(word, candidate));
      if (index >= 0) {
        shared++;
        unused.splice(index, 1);
      }
    }
    wordScore = (2 * shared) / (left.words.length + right.words.length);
  }
  if (byWords)
    return left.words.some((word) => !LIGHT.has(word) && right.words.some((other) => wordsMatch(word, other)))
      ? wordScore
      : 0;
  let shared = 0;
  for (const [gram, count] of left.grams) shared += Math.min(count, right.grams.get(gram) ?? 0);
  const total = left.gramCount + right.gramCount;
  return Math.max(wordScore, total === 0 ? 0 : (2 * shared) / total);
}

interface ToolProfile {
  title: Profile;
  examples: Profile[];
  description: Profile;
}

const profiles = new WeakMap<AnyTool, ToolProfile>();
const withoutSlots = (example: string) =>
  example
    .replace(/\{[^}]+\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function toolProfile(tool: AnyTool): ToolProfile {
  let known = profiles.get(tool);
  if (!known) {
    known = {
      title: profile(tool.title),
      examples: tool.examples.map((example) => profile(withoutSlots(example))),
      description: profile(tool.description),
    };
    profiles.set(tool, known);
  }
  return known;
}

/** How close a request is to what a tool does: its examples, title and description. */
export function toolSimilarity(tool: AnyTool, request: string | Profile, byWords = false): number {
  const wanted = typeof request === 'string' ? profile(request) : request;
  const known = toolProfile(tool);
  let best = compare(wanted, known.title, byWords) * 0.9;
  for (const example of known.examples) best = Math.max(best, compare(wanted, example, byWords));
  const descriptionWords = { ...known.description, grams: new Map<string, number>(), gramCount: 0 };
  return Math.max(best, compare(wanted, descriptionWords) * 0.8);
}

/**
 * The tools closest to a request, best first; the everyday ones when nothing is close. `byWords`:
 * only tools sharing a word with it count as close — for a question nothing answered, where
 * "Describe a blob" or "Cartridge status" offered for "do I need to fast before the scan?" is
 * noise (k20, S32 LOW).
 */
export function closestTools(registry: Registry, request: string, count = 3, byWords = false): AnyTool[] {
  const wanted = profile(request.slice(0, 2000));
  const ranked = registry
    .list()
    .filter((tool) => tool.examples.length > 0)
    .map((tool) => ({ tool, score: toolSimilarity(tool, wanted, byWords) }))
    .filter(({ score }) => score >= 0.25)
    .sort((a, b) => b.score - a.score)
    .map(({ tool }) => tool);
  const everyday = registry.list().filter((tool) => tool.offline?.everyday);
  return [...new Set([...ranked, ...everyday])].slice(0, count);
}

/**
 * The tools to suggest after an "I don't know" to a question: the closest (`closestTools` by
 * words) that only read, or that are as close as a request of their own (x29: "how are you"
 * offered "Remember a fact" and "Add a note", writes nothing in the question asked for).
 */
export function suggestedForQuestion(registry: Registry, question: string, count = 3): AnyTool[] {
  const wanted = profile(question.slice(0, 2000));
  return closestTools(registry, question, registry.list().length, true)
    .filter((tool) => tool.risk === 'read' || toolSimilarity(tool, wanted, true) >= 0.5)
    .slice(0, count);
}
