import { createHash } from 'node:crypto';
import type { BeforeCall } from './offline.js';

/**
 * What a bulk delete was shown, as 16 hex characters: the sha-256 of each item's identity and
 * update time (`"<key or id>\u0000<createdAt>\u0000<updatedAt>"`), sorted, so the order they were
 * read in does not matter. Two stores with the same items, none changed, give the same string; an
 * item added, deleted or rewritten since gives another. Holds no value, so it can sit in a call
 * kept for approval without showing a secret.
 */
export function itemsFingerprint(
  items: readonly { id: string | number; createdAt: number; updatedAt: number }[],
): string {
  const lines = items
    .map((item) => `${String(item.id)}\u0000${item.createdAt}\u0000${item.updatedAt}`)
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/** The input of a bulk delete's `fingerprint` field: what `itemsFingerprint` gives. */
export const FINGERPRINT = /^[0-9a-f]{16}$/;

/**
 * Every item a list tool holds, read a page of 1,000 at a time before a bulk delete is shown for
 * approval, so its fingerprint covers each item shown: `{ items, total }`, or undefined when the
 * list cannot be read (the call then goes on without a preview). `tool` is the list tool
 * (`memory_list`, `notes_list`) and `field` its output array (`entries`, `notes`).
 */
export async function everyItem<T>(
  call: BeforeCall,
  tool: string,
  field: string,
): Promise<{ items: T[]; total: number } | undefined> {
  const items: T[] = [];
  let total: unknown;
  do {
    const found = await call.look({ tool, input: { limit: 1000, offset: items.length } });
    if (!found?.ok) return undefined;
    const page = found.output as Record<string, unknown>;
    total = page.total;
    const listed = page[field];
    if (typeof total !== 'number' || !Array.isArray(listed)) return undefined;
    if (listed.length === 0) break;
    items.push(...(listed as T[]));
  } while (items.length < total);
  return { items, total: total as number };
}
