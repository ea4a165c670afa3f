import { z } from 'zod';
import { timestamp } from '../schemas.js';

export const note = z.object({
  id: z.number().int(),
  text: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const noteId = z
  .number()
  .int()
  .min(1)
  .describe("The note's id, as shown by notes_list or notes_search.");
