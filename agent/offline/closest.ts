import { contentWords, words, wordsMatch } from '../../cartridge/text-similarity.js';
import type { AnyTool } from '../../tools/define-tool.js';
import type { Registry } from '../../tools/registry.js';

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

/** The better of word overlap (typo-tolerant) and trigram overlap, as Dice coefficients. */
function compare(left: Profile, right: Profile): number {
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
export function toolSimilarity(tool: AnyTool, request: string | Profile): number {
  const wanted = typeof request === 'string' ? profile(request) : request;
  const known = toolProfile(tool);
  let best = compare(wanted, known.title) * 0.9;
  for (const example of known.examples) best = Math.max(best, compare(wanted, example));
  const descriptionWords = { ...known.description, grams: new Map<string, number>(), gramCount: 0 };
  return Math.max(best, compare(wanted, descriptionWords) * 0.8);
}

/** The tools closest to a request, best first; the everyday ones when nothing is close. */
export function closestTools(registry: Registry, request: string, count = 3): AnyTool[] {
  const wanted = profile(request.slice(0, 2000));
  const ranked = registry
    .list()
    .filter((tool) => tool.examples.length > 0)
    .map((tool) => ({ tool, score: toolSimilarity(tool, wanted) }))
    .filter(({ score }) => score >= 0.25)
    .sort((a, b) => b.score - a.score)
    .map(({ tool }) => tool);
  const everyday = registry.list().filter((tool) => tool.offline?.everyday);
  return [...new Set([...ranked, ...everyday])].slice(0, count);
}
