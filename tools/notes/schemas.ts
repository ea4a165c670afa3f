import { z } from 'zod';
import { timestamp } from '../schemas.js';

/** One note: the only declaration of its shape (the store and tools infer from it). */
export const note = z.object({
  id: z.number().int(),
  text: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
/** A note found by full-text search. */
export const noteHit = note.extend({
  snippet: z.string().describe('The matching passage with hits wrapped in «…».'),
  score: z.number().describe('bm25 rank turned positive: higher is better.'),
});
export const noteId = z
  .number()
  .int()
  .min(1)
  .describe("The note's id, as shown by notes_list or notes_search.");

export type Note = z.output<typeof note>;
export type NoteHit = z.output<typeof noteHit>;
