/** Where an import is: `done` of `total` candidate files looked at so far. */
export interface ImportProgress {
  done: number;
  total: number;
  added: number;
  existing: number;
  skipped: number;
}

type Listener = (progress: ImportProgress) => void;
const listeners = new Set<Listener>();

/**
 * Listens to every photo import in this process, however it was started (the `photos_import`
 * tool through the executor, or importPhotos directly). The CLI uses it for its progress line,
 * so the import itself still goes through the executor. Returns the function that stops listening.
 */
export function onImportProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportImportProgress(progress: ImportProgress): void {
  for (const listener of listeners) listener(progress);
}
