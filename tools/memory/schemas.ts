import { z } from 'zod';
import { timestamp } from '../schemas.js';

/** One remembered fact: the only declaration of its shape (the store and tools infer from it). */
export const memoryEntry = z.object({
  key: z.string().describe('The normalised key used for lookup.'),
  label: z.string().describe('The key as it was first said.'),
  value: z.unknown(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type MemoryEntry = z.output<typeof memoryEntry>;
