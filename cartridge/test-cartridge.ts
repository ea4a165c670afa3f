import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type Cartridge, type OpenOptions, openCartridge } from './open.js';

/** A temp directory removed after the current test. */
export function useTempDir(prefix = 'fazt-cartridge-'): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/**
 * `const open = useCartridge(); const cartridge = open();` opens a fresh cartridge file in a temp
 * directory; it is closed and removed after the test.
 */
export function useCartridge(): (options?: OpenOptions & { path?: string }) => Cartridge {
  const tempDir = useTempDir();
  const open: Cartridge[] = [];
  afterEach(() => {
    for (const cartridge of open.splice(0)) if (cartridge.db.open) cartridge.close();
  });
  return ({ path, ...options } = {}) => {
    const cartridge = openCartridge(path ?? join(tempDir(), 'fazt.db'), options);
    open.push(cartridge);
    return cartridge;
  };
}
