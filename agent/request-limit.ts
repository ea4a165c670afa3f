import { UsageError } from '../cartridge/errors.js';

/** 10000 → "10,000", without loading ICU data (`toLocaleString` costs ~20 ms on first use). */
const grouped = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The longest request (UTF-16 units, as `String.length` counts) any planner is given: `fazt ask`
 * words, `fazt ask -` stdin, a chat message. 100,000 is the longest text a tool takes (a note),
 * about 25,000 model tokens, and far past anything a person types; a document belongs in
 * `fazt learn`. It is checked at the edge (before reading more of stdin than it needs) and again
 * by `startTurn`, before anything is stored, so no surface can skip it.
 *
 * The offline planner reads less (`MAX_OFFLINE_REQUEST`, 4,000): its sentence matching tries
 * many splits of a request, which costs time past a few sentences. A request between the two
 * limits is fine for a model planner and answered by the offline one with its own message; both
 * messages point to `fazt learn` for documents.
 */
export const MAX_REQUEST_CHARS = 100_000;

/**
 * The most bytes a request of `MAX_REQUEST_CHARS` units can take in UTF-8 (3 bytes per unit at
 * most: a 4-byte character is 2 units). A reader may stop past this and know the request is too long.
 */
export const MAX_REQUEST_BYTES = MAX_REQUEST_CHARS * 3;

/**
 * The refusal of a request longer than `MAX_REQUEST_CHARS`; `length` is its length in characters
 * when known, else undefined (a reader stopped early), `where` says where it came from.
 */
export function requestTooLong(where: string, length?: number): UsageError {
  const size = length === undefined ? 'is too long' : `is ${grouped(length)} characters long`;
  return new UsageError(
    `${where} ${size}; fazt takes requests of up to ${grouped(MAX_REQUEST_CHARS)} characters. Nothing was stored. Say it in fewer words; to ask about a long document, learn it first with \`fazt learn <file>\` and then ask, e.g. \`fazt knowledge ask "…"\`.`,
    { code: 'request_too_long' },
  );
}
