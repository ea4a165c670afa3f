import { cleanContent, cleanName, type SlotProblem } from '../../tools/offline.js';
import { parseTime, timeSpan } from './dates.js';
import type { FieldInfo } from './fields.js';
import { NUMBER_WORDS } from './lexicon.js';

export type { SlotProblem } from '../../tools/offline.js';
export { cleanContent, cleanName } from '../../tools/offline.js';

/** An integer from "3", "#3", "no. 3", "three", "twenty one", "3rd", "third". */
export function parseNumber(text: string): number | undefined {
  const cleaned = text
    .toLowerCase()
    .replace(/\s+(?:permanently|forever|completely|for\s+good|right\s+now|now|too|as\s+well|please)$/, '')
    .replace(/^(?:number|no\.?|num|nr\.?|#|id)\s*/, '')
    .replace(/[#,]/g, '')
    .replace(/[.!?]+$/, '')
    .trim();
  if (/^-?\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(cleaned);
  if (ordinal) return Number(ordinal[1]);
  const words = cleaned.split(/[\s-]+/).filter((word) => word && word !== 'and');
  if (words.length === 0 || words.length > 4) return undefined;
  let total = 0;
  for (const word of words) {
    const value = NUMBER_WORDS[word];
    if (value === undefined) return undefined;
    if (value === 100) total = (total || 1) * 100;
    else total += value;
  }
  return total;
}

const TRUE_WORDS = new Set(['yes', 'true', 'on', 'enabled', 'enable', 'y']);
const FALSE_WORDS = new Set(['no', 'false', 'off', 'disabled', 'disable', 'n']);

export function parseBoolean(text: string): boolean | undefined {
  const word = text.toLowerCase().trim();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

const NAME_FIELDS = /^(key|query|type|name|title|tag|label|id)$/i;

/** Several integers: "1 and 2", "3, 4 and 5", "#1 & #2"; undefined unless every part is one. */
export function parseNumberList(text: string): number[] | undefined {
  const parts = text
    .replace(/^(?:numbers?|nos?\.?|ids?)\s+/i, '')
    .split(/\s*(?:,|&|\band\b|\bplus\b)\s*/i)
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 20) return undefined;
  const numbers = parts.map(parseNumber);
  return numbers.every((value): value is number => value !== undefined) ? numbers : undefined;
}

/** Turns a slot's text into a value of the field's type, or says why it cannot. */
export function coerceSlot(
  field: FieldInfo,
  text: string,
  quoted: boolean,
): { value: unknown; more?: unknown[] } | { problem: SlotProblem } {
  const problem = (message: string) => ({ problem: { field: field.name, message } });
  switch (field.kind) {
    case 'number': {
      const value = parseNumber(text);
      if (value !== undefined) return { value };
      const [first, ...more] = parseNumberList(text) ?? [];
      return first === undefined ? problem(`"${text}" is not a number`) : { value: first, more };
    }
    case 'time': {
      // "what happened last week" is not the one day a week ago: a day field takes no span.
      if (field.name === 'day' && timeSpan(text)) return problem(`"${text}" is longer than a day`);
      const value = parseTime(text);
      return value === undefined ? problem(`I can't tell what time "${text}" means`) : { value };
    }
    case 'boolean': {
      const value = parseBoolean(text);
      return value === undefined ? problem(`"${text}" is not yes or no`) : { value };
    }
    case 'enum': {
      const wanted = cleanName(text).toLowerCase();
      const value = field.options.find((option) => option.toLowerCase() === wanted);
      return value === undefined ? problem(`"${text}" is not one of ${field.options.join(', ')}`) : { value };
    }
    case 'union': {
      const cleaned = quoted ? text : cleanContent(text);
      if (!quoted && field.accepts.includes('number') && /^-?\d+(\.\d+)?$/.test(cleaned))
        return { value: Number(cleaned) };
      if (!quoted && field.accepts.includes('boolean')) {
        const value = parseBoolean(cleaned);
        if (value !== undefined) return { value };
      }
      return { value: cleaned };
    }
    default: {
      if (quoted) return { value: text };
      return { value: NAME_FIELDS.test(field.name) ? cleanName(text) : cleanContent(text) };
    }
  }
}
