import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDir } from '../test/helpers/runtime.js';
import { openCartridge } from './open.js';

describe('a scratch cartridge', () => {
  it('syncs nothing to disk, while a person’s cartridge keeps synchronous = NORMAL', () => {
    const dir = testDir();
    const kept = openCartridge(join(dir, 'kept.db'));
    const scratch = openCartridge(join(dir, 'scratch.db'), { scratch: true });
    try {
      // SQLite's codes: 0 OFF, 1 NORMAL, 2 FULL.
      expect(kept.db.pragma('synchronous', { simple: true })).toBe(1);
      expect(scratch.db.pragma('synchronous', { simple: true })).toBe(0);
      // Still a whole cartridge: WAL, migrated, usable.
      expect(scratch.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(scratch.db.pragma('user_version', { simple: true })).toBe(
        kept.db.pragma('user_version', { simple: true }),
      );
    } finally {
      kept.close();
      scratch.close();
    }
  });
});
