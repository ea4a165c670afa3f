import { createHash } from 'node:crypto';

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
