import { FILLER_WORDS } from './lexicon.js';
import type { Template } from './templates.js';
import type { Token } from './tokens.js';
import { matchWord } from './words.js';

/** Where a slot's words sit in the token list: `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One way a request fits a template. */
export interface TemplateMatch {
  template: Template;
  slots: Record<string, Span>;
  /** Template slots the request did not reach ("remember my bike lock code" has no value). */
  missing: string[];
  /** Words matched, less penalties for typos, synonyms and skipped words. */
  score: number;
  typos: number;
  complete: boolean;
}

const PENALTY = { synonym: 0.1, typo: 0.35, softSkip: 0.15, fillerSkip: 0.1 } as const;
const MAX_STEPS = 20_000;

/**
 * A template opens with a verb said as a command ("note {text}", "remember {key} is {value}"):
 * the request's word for it in another form ("notes are useful", "remembering names is hard",
 * "my notes app crashed") is a noun or a gerund, not the command. A word ending a clause
 * ("notes: buy milk") still counts.
 */
function inflectedVerb(part: number, word: string, token: Token): boolean {
  if (part !== 0 || token.boundary || token.norm === word) return false;
  return (
    /(?:s|ing|ed)$/.test(token.norm) && !/(?:s|ing|ed)$/.test(word) && token.norm.startsWith(word.slice(0, 4))
  );
}

/**
 * Every way `tokens` fit `template`, best first. Slots take one or more tokens; template words
 * match exactly, by synonym or with a typo; soft template words ("the", "my") may be absent and
 * filler request words ("please", "now") may be skipped. A request that ends before the template
 * does gives an incomplete match naming the slots still missing.
 */
export function matchTemplate(
  template: Template,
  tokens: Token[],
  options: { typos?: boolean; vocabulary?: ReadonlySet<string> } = {},
): TemplateMatch[] {
  const { parts } = template;
  const results: TemplateMatch[] = [];
  let steps = 0;
  const typos = options.typos ?? true;
  const vocabulary =
    options.vocabulary ?? new Set(tokens.flatMap((token) => (token.quoted ? [] : [token.norm])));
  const first = parts.find((part) => part.kind === 'word' && !part.soft);
  if (first?.kind === 'word' && ![...vocabulary].some((word) => matchWord(first.word, word, typos)))
    return [];

  const visit = (
    part: number,
    at: number,
    slots: Record<string, Span>,
    score: number,
    typoCount: number,
    matchedWords: number,
  ) => {
    if (++steps > MAX_STEPS) return;
    if (part === parts.length) {
      let end = at;
      let penalty = 0;
      while (end < tokens.length && !tokens[end]!.quoted && FILLER_WORDS.has(tokens[end]!.norm)) {
        end++;
        penalty += PENALTY.fillerSkip;
      }
      if (end === tokens.length) {
        results.push({
          template,
          slots,
          missing: [],
          score: score - penalty,
          typos: typoCount,
          complete: true,
        });
      }
      return;
    }
    if (at === tokens.length) {
      if (matchedWords === 0) return;
      const missing = parts
        .slice(part)
        .flatMap((item) => (item.kind === 'slot' && !slots[item.name] ? [item.name] : []));
      results.push({ template, slots, missing, score: score - 0.5, typos: typoCount, complete: false });
      return;
    }
    const current = parts[part]!;
    const token = tokens[at]!;
    if (current.kind === 'word') {
      if (!token.quoted && !inflectedVerb(part, current.word, token)) {
        const kind = matchWord(current.word, token.norm, typos);
        // "Node's age is 22": a name's possessive is that name, never "note's" mistyped (R32).
        if (kind && !(kind === 'typo' && token.named)) {
          const penalty = kind === 'exact' ? 0 : PENALTY[kind];
          visit(
            part + 1,
            at + 1,
            slots,
            score + 1 - penalty,
            typoCount + (kind === 'typo' ? 1 : 0),
            matchedWords + 1,
          );
        }
      }
      if (current.soft) visit(part + 1, at, slots, score - PENALTY.softSkip, typoCount, matchedWords);
      if (!token.quoted && FILLER_WORDS.has(token.norm) && (part > 0 || matchedWords === 0)) {
        visit(part, at + 1, slots, score - PENALTY.fillerSkip, typoCount, matchedWords);
      }
      return;
    }
    const last = part === parts.length - 1;
    if (last) {
      visit(
        part + 1,
        tokens.length,
        { ...slots, [current.name]: { start: at, end: tokens.length } },
        score,
        typoCount,
        matchedWords,
      );
      return;
    }
    for (let end = at + 1; end <= tokens.length; end++) {
      visit(part + 1, end, { ...slots, [current.name]: { start: at, end } }, score, typoCount, matchedWords);
    }
  };

  visit(0, 0, {}, 0, 0, 0);
  return results;
}
