import { z } from 'zod';
import { timestamp } from '../schemas.js';

export const memoryEntry = z.object({
  key: z.string().describe('The normalised key used for lookup.'),
  label: z.string().describe('The key as it was first said.'),
  value: z.unknown(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
