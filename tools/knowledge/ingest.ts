import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';
import { resolveUserPath } from '../../cartridge/paths.js';
import { createEmbedder, type Embedder, embeddingText } from './embedders.js';
import type { TextEncoding } from './extract.js';
import { syncLsa } from './lsa-store.js';
import { createPreparer, type Prepared, WorkerStopped } from './prepare.js';
import { beginLearn, settleInterrupted } from './runs.js';
import { oneLine } from './schemas.js';
import { type SecretKind, secretByName, secretDetail } from './secret-files.js';
import { type Collection, createKnowledgeStore, type KnowledgeStore } from './store.js';
import { walk } from './walk.js';

/** Files larger than this are skipped with a reason (never read whole into memory). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export { cleanText } from './prepare.js';

export type SkipReason =
  | 'binary'
  | 'too large'
  | 'unreadable'
  | 'damaged PDF'
  | 'hidden'
  | 'gitignored'
  | 'symbolic link'
  | 'not a regular file'
  | 'not found'
  | 'empty'
  | 'database file'
  | 'not UTF-8'
  /** Looks like it holds passwords, keys or tokens (secret-files.ts), and includeSecrets was not given. */
  | 'secrets';

export interface LearnProgress {
  phase: 'scanning' | 'learning' | 'embedding' | 'signal' | 'waiting';
  /**
   * Files looked at so far / in all (learning), chunks embedded / to embed (embedding), or chunks
   * given their learned (LSA) vector / to give (signal; total 0 while the model is fitted).
   */
  done: number;
  total: number;
  chunks: number;
  bytes: number;
  /** Milliseconds since learn started. */
  elapsedMs: number;
  path?: string;
  /** While waiting: the process whose refit of the learned signal this learn waits for. */
  pid?: number;
}

export interface LearnSummary {
  collection: string;
  embedder: string;
  new: number;
  changed: number;
  unchanged: number;
  removed: number;
  skipped: number;
  /** How many were skipped for each reason. */
  skippedReasons: Partial<Record<SkipReason, number>>;
  /**
   * The first skipped files with their reason (hidden and gitignored ones are only counted), and
   * for a damaged PDF what the reader said ("Invalid PDF structure.").
   */
  skippedFiles: { path: string; reason: SkipReason; detail?: string }[];
  /**
   * Learned files removed because they are gone or can no longer be learned, with why (first 50);
   * `renamed` when the file is gone and a file learned in this run has its exact content (moved).
   */
  removedFiles: { path: string; reason: SkipReason | 'gone' | 'renamed' }[];
  /**
   * Files learned without some of their lines because those look like they hold secrets (first
   * 50): the file lines withheld and what they look like they hold. Never the lines' text.
   */
  withheldLines: { path: string; lines: number[]; kinds: SecretKind[] }[];
  /** Files read in another encoding than UTF-8, by encoding (e.g. `windows-1252`). */
  encodings: Partial<Record<Exclude<TextEncoding, 'utf-8'>, number>>;
  chunks: number;
  bytes: number;
  /** Chunks given new vectors because the embedder changed or an earlier run stopped. */
  reembedded: number;
  /** Things that went wrong but did not fail the learn (e.g. the learned signal could not be fitted). */
  warnings: string[];
  /**
   * Earlier learns of these paths that stopped before they finished (killed, machine down) and
   * that this learn finished: their absolute paths and start (ms since the epoch), oldest first.
   */
  interrupted: { paths: string[]; startedAt: number }[];
  /**
   * Another learn (its process) that was fitting the learned (LSA) signal when this one came to
   * it, and the seconds this one waited for it instead of fitting a second model beside it.
   */
  waited?: { pid: number; seconds: number };
  seconds: number;
}

type Listener = (progress: LearnProgress) => void;
const listeners = new Set<Listener>();

/** Listens to the progress of every learn in this process (the CLI's progress bar). */
export function onLearnProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface LearnOptions {
  paths: readonly string[];
  collection: string;
  /** `offline`, `ollama:<model>`, `openai:<model>`; default: the `knowledge.embedder` setting. */
  embedder?: string;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /**
   * Learn the lines that look like they hold secrets too (`secret-files.ts`); without it those
   * lines are withheld and the rest of the file learned, and a file whose name says it holds
   * secrets (passwords.txt, id_rsa) is skipped whole ('secrets'), unless it was learned with its
   * secrets before (asked for then).
   */
  includeSecrets?: boolean;
}

const under = (path: string, root: string) =>
  path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Reads at most `max` bytes of a regular file. Opened non-blocking, so a path that became a
 * FIFO since it was looked at fails instead of waiting for a writer for ever.
 */
async function readCapped(path: string, max: number): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new Error(`${path} is not a regular file`);
    const buffer = Buffer.alloc(max);
    let length = 0;
    while (length < max) {
      const { bytesRead } = await handle.read(buffer, length, max - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Switches the collection to `spec` when it differs (dropping the old vectors), then gives a
 * vector to every chunk that has none, in committed batches: after a kill or a server that went
 * away, the next learn continues where this one stopped.
 */
async function alignVectors(
  cartridge: Cartridge,
  store: KnowledgeStore,
  target: Collection,
  embedder: Embedder | undefined,
  report: (progress: Omit<LearnProgress, 'elapsedMs'>) => void,
  signal?: AbortSignal,
): Promise<{ collection: Collection; reembedded: number }> {
  const spec = embedder?.spec ?? 'offline';
  let current = target;
  if (current.embedder !== spec || (embedder && !current.dimension)) {
    const dimension = embedder ? ((await embedder.embed(['dimension probe'], signal))[0]?.length ?? 0) : 0;
    await cartridge.exclusive(() =>
      cartridge.transaction(() => store.setEmbedder(current.id, spec, dimension)),
    );
    current = store.collection(current.name) as Collection;
  }
  if (!embedder) return { collection: current, reembedded: 0 };
  const total = store.chunkCount(current.id) - store.vectorCount(current);
  let done = 0;
  for (;;) {
    const batch = store.chunksWithoutVectors(current, 64);
    if (batch.length === 0) break;
    report({ phase: 'embedding', done, total, chunks: done, bytes: 0 });
    const vectors = await embedder.embed(batch.map(embeddingText), signal);
    await cartridge.exclusive(() =>
      cartridge.transaction(() => {
        // Another learn may have embedded (or removed) some of these meanwhile.
        const still = new Set(
          store.stillWithoutVectors(
            current,
            batch.map((chunk) => chunk.id),
          ),
        );
        batch.forEach((chunk, index) => {
          if (still.has(chunk.id)) store.insertVector(current.id, chunk.id, vectors[index] as Float32Array);
        });
      }),
    );
    done += batch.length;
  }
  if (done) report({ phase: 'embedding', done, total, chunks: done, bytes: 0 });
  return { collection: current, reembedded: done };
}

/**
 * Learns files and folders into a collection: walks them (hidden entries and .gitignore'd paths
 * left out), skips unchanged files by sha256, re-chunks changed ones, removes learned files that
 * are gone, and writes each file (chunk rows, FTS rows, vectors) in one transaction of its own,
 * so a kill leaves every file either fully learned or untouched. Embedding happens before a
 * file's transaction; an embedder that stops answering ends the run with an EmbedderError after
 * the files already written.
 */
export async function learn(cartridge: Cartridge, options: LearnOptions): Promise<LearnSummary> {
  // Registered while it runs, so a forget of the collection waits for it (runs.ts).
  const finished = await beginLearn(
    cartridge,
    options.collection,
    options.paths.map((path) => resolveUserPath(path)),
  );
  try {
    return await learnFiles(cartridge, options);
  } finally {
    await finished();
  }
}

/** `learn`, once registered. */
async function learnFiles(cartridge: Cartridge, options: LearnOptions): Promise<LearnSummary> {
  const started = performance.now();
  const store = createKnowledgeStore(cartridge);
  const spec = options.embedder ?? (cartridge.config.get('knowledge.embedder') as string);
  const embedder = createEmbedder(spec, cartridge, options.env);
  const emit = (progress: Omit<LearnProgress, 'elapsedMs'>) => {
    const full = { ...progress, elapsedMs: performance.now() - started };
    for (const listener of listeners) listener(full);
  };
  const summary: LearnSummary = {
    collection: options.collection,
    embedder: spec,
    new: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    skipped: 0,
    skippedReasons: {},
    skippedFiles: [],
    removedFiles: [],
    withheldLines: [],
    encodings: {},
    chunks: 0,
    bytes: 0,
    reembedded: 0,
    warnings: [],
    interrupted: [],
    seconds: 0,
  };
  const skip = (path: string, reason: SkipReason, detail?: string) => {
    summary.skipped++;
    summary.skippedReasons[reason] = (summary.skippedReasons[reason] ?? 0) + 1;
    if (reason !== 'hidden' && reason !== 'gitignored' && summary.skippedFiles.length < 50) {
      summary.skippedFiles.push({ path, reason, ...(detail ? { detail } : {}) });
    }
  };

  /** Removes a learned file from the index (if still there), counted once, with its reason. */
  const unlearn = async (fileId: number, path: string, reason: SkipReason | 'gone' | 'renamed') => {
    const removed = await cartridge.exclusive(() =>
      cartridge.transaction(() => {
        // Another learn may have removed it already: count only what this run removed.
        if (!store.fileById(fileId)) return false;
        store.removeFile(target, fileId);
        return true;
      }),
    );
    if (removed) {
      summary.removed++;
      if (summary.removedFiles.length < 50) summary.removedFiles.push({ path, reason });
    }
  };
  /**
   * A file that cannot be learned (any more): skipped, and if an earlier learn kept its text,
   * that text is removed, so no answer is given from what the file no longer says.
   */
  const drop = async (path: string, reason: SkipReason, detail?: string) => {
    skip(path, reason, detail);
    const learned = store.file(target.id, path);
    if (learned) await unlearn(learned.id, path, reason);
  };

  let target = await cartridge.exclusive(() =>
    cartridge.transaction(() => store.ensureCollection(options.collection)),
  );
  const aligned = await alignVectors(cartridge, store, target, embedder, emit, options.signal);
  target = aligned.collection;
  summary.reembedded = aligned.reembedded;

  emit({ phase: 'scanning', done: 0, total: 0, chunks: 0, bytes: 0 });
  const roots: string[] = [];
  const files: string[] = [];
  /** The path each file to learn was reached through: its folder given to learn, or itself. */
  const rootOf = new Map<string, string>();
  /** What a folder walk left out on purpose: paths (files or whole folders) and why. */
  const leftOut = new Map<string, 'hidden' | 'gitignored'>();
  const missing: string[] = [];
  const home = (raw: string) => resolveUserPath(raw);
  for (const raw of options.paths) {
    const given = home(raw);
    // A folder reached through a symbolic link is learned by the path it really has: learning
    // ~/docs and a link to it twice keeps one copy.
    let loop = false;
    const root = await realpath(given).catch((error: NodeJS.ErrnoException) => {
      loop = error.code === 'ELOOP';
      return given;
    });
    if (loop) {
      throw new UsageError(
        `"${oneLine(raw)}" is a symbolic-link loop (its links lead back to themselves), so there is nothing to learn there. Fix or remove the link, or give the file or folder it should point to.`,
      );
    }
    const info = await stat(root).catch(() => undefined);
    if (!info) {
      missing.push(raw);
      roots.push(root);
      continue;
    }
    if (roots.includes(root)) continue;
    roots.push(root);
    if (info.isDirectory()) {
      const walked = await walk(root);
      files.push(...walked.files);
      for (const file of walked.files) if (!rootOf.has(file)) rootOf.set(file, root);
      for (const left of walked.skipped) {
        skip(left.path, left.reason);
        if (left.reason === 'hidden' || left.reason === 'gitignored') leftOut.set(left.path, left.reason);
      }
    } else if (info.isFile()) {
      files.push(root);
      rootOf.set(root, root);
    } else skip(raw, 'not a regular file');
  }
  const learnedUnder = store.files(target.id).filter((file) => roots.some((root) => under(file.path, root)));
  if (missing.length === options.paths.length && learnedUnder.length === 0) {
    throw new UsageError(
      `Nothing to learn at ${missing.map((path) => (home(path) === path ? `"${oneLine(path)}"` : `"${oneLine(path)}" (${oneLine(home(path))})`)).join(', ')}: no such file or folder. Give a file or folder that exists.`,
    );
  }

  for (const raw of missing) {
    const root = home(raw);
    if (!learnedUnder.some((file) => under(file.path, root))) skip(raw, 'not found');
  }
  // Forgotten: learned files under a root that are gone from disk, or became something that is
  // not a file (a FIFO, a socket, a device, a folder), and files a folder walk now leaves out
  // (they became hidden or gitignored, or sit in a folder that did): a folder learn reflects what
  // the folder holds now. Files still there that were learned by name, and links, stay learned.
  const seen = new Set(files);
  /** Where and why the walk left `path` out: its own entry or the nearest folder above it left out. */
  const leftOutAt = (path: string) => {
    for (let at = path; ; ) {
      const why = leftOut.get(at);
      if (why) return { at, why };
      if (roots.includes(at)) return undefined;
      const parent = dirname(at);
      if (parent === at) return undefined;
      at = parent;
    }
  };
  /**
   * Gone from disk: forgotten after the files are learned, so one that reappears under another
   * name in this learn is reported as renamed, not gone (S21 LOW 12).
   */
  const gone: typeof learnedUnder = [];
  for (const file of learnedUnder) {
    if (seen.has(file.path)) continue;
    const there = await lstat(file.path).catch(() => undefined);
    if (there?.isFile()) {
      // Learned through the left-out path or below it (the file or a hidden folder named on its
      // own): it stays. Learned through a folder above it: that folder now leaves it out.
      const left = leftOutAt(file.path);
      const root = store.rootOf(file.id);
      if (left && (root === null || !under(root, left.at))) await unlearn(file.id, file.path, left.why);
      continue;
    }
    if (there?.isSymbolicLink()) continue;
    if (there) await unlearn(file.id, file.path, 'not a regular file');
    else gone.push(file);
  }

  // The cartridge itself and its side files are never learned (a folder may hold it).
  const cartridgePath = await realpath(cartridge.path).catch(() => resolve(cartridge.path));
  const ownFiles = new Set(
    ['', '-wal', '-shm', '-journal', '-pending.jsonl'].map((suffix) => `${cartridgePath}${suffix}`),
  );
  let done = 0;
  // A file named twice ("learn ~/docs ~/docs/lease.md") is learned and counted once.
  const queue = [...new Set(files)];
  /** Files this run left out as secret-holding: every other one kept under its roots is forgotten. */
  const leftSecret = new Set<string>();
  // Big files are read in a worker whose young generation is small (prepare.ts).
  const preparer = createPreparer();
  try {
    for (const path of queue) {
      options.signal?.throwIfAborted();
      emit({
        phase: 'learning',
        done,
        total: queue.length,
        chunks: summary.chunks,
        bytes: summary.bytes,
        path,
      });
      done++;
      // A SQLite side file (x.db-wal, -shm, -journal) only when its database is next to it: a
      // note named "travel-journal" is text.
      const side = /^(.*)-(wal|shm|journal)$/.exec(path)?.[1];
      if (ownFiles.has(path) || (side !== undefined && (await lstat(side).catch(() => undefined)))) {
        await drop(path, 'database file');
        continue;
      }
      const info = await stat(path).catch(() => undefined);
      if (!info) {
        await drop(path, 'unreadable');
        continue;
      }
      if (!info.isFile()) {
        await drop(path, 'not a regular file');
        continue;
      }
      if (info.size > MAX_FILE_BYTES) {
        await drop(path, 'too large');
        // A file named on its own gets a plain sentence, not only a count.
        if (roots.includes(path)) {
          summary.warnings.push(
            `${oneLine(basename(path))} is ${(info.size / 1e6).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not learned.`,
          );
        }
        continue;
      }
      if (info.size === 0) {
        // Empty, or a pseudo file (/proc, /sys) whose size says nothing of what a read returns.
        await drop(path, 'empty');
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readCapped(path, info.size);
      } catch {
        await drop(path, 'unreadable');
        continue;
      }
      summary.bytes += bytes.length;
      const size = bytes.length;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const existing = store.file(target.id, path);
      const named = secretByName(path);
      // Secrets are learned when asked for: now, or before (a changed copy stays learned whole).
      // A file named like one, learned before secrets were kept track of, was asked for too.
      const include = Boolean(options.includeSecrets || existing?.secretsIncluded || (existing && named));
      const leftBefore = existing ? store.secretSkips(target.id, { paths: [path] })[0] : undefined;
      // Unchanged, unless its withheld lines are asked for now.
      const relearn = include && leftBefore !== undefined;
      if (existing && existing.sha256 === sha256 && !relearn) {
        summary.unchanged++;
        if (leftBefore) leftSecret.add(path);
        if (existing.modifiedAt !== Math.round(info.mtimeMs)) {
          await cartridge.exclusive(() =>
            cartridge.transaction(() => store.touch(existing.id, Math.round(info.mtimeMs))),
          );
        }
        continue;
      }
      let prepared: Prepared;
      try {
        prepared = await preparer.prepare(bytes, path, { withholdSecrets: !include });
      } catch (error) {
        if (!(error instanceof WorkerStopped)) throw error;
        // The worker ran out of memory (or died): the file is too big to read, never a crash.
        await drop(path, 'too large');
        continue;
      }
      // The bytes are not needed past here: let a big file's buffer go before it is written.
      bytes = Buffer.alloc(0);
      if ('skip' in prepared) {
        await drop(path, prepared.skip, 'detail' in prepared ? prepared.detail : undefined);
        continue;
      }
      // A file whose name says it holds secrets, or whose every line does, is left out whole;
      // otherwise its secret lines were withheld (prepare.ts) and the rest is learned.
      const withheld = prepared.withheld ?? [];
      const secret = include
        ? undefined
        : (named ?? (prepared.chunks.length === 0 ? withheld[0] : undefined));
      if (secret) {
        if (existing) await unlearn(existing.id, path, 'secrets');
        skip(path, 'secrets', secretDetail(secret));
        // Kept (name, kind and line, never the text), so an answer can say it was not searched.
        await cartridge.exclusive(() =>
          cartridge.transaction(() => store.skipSecret(target.id, path, secret)),
        );
        leftSecret.add(path);
        continue;
      }
      const { chunks, kind, encoding } = prepared;
      if (encoding !== 'utf-8') summary.encodings[encoding] = (summary.encodings[encoding] ?? 0) + 1;
      const vectors =
        embedder && chunks.length ? await embedder.embed(chunks.map(embeddingText), options.signal) : [];
      // Decided again inside the write lock: another learn of the same files may have written this
      // one since it was looked at, and then this run counts it as unchanged and writes nothing.
      const outcome = await cartridge.exclusive(() =>
        cartridge.transaction(() => {
          const now = store.file(target.id, path);
          if (now && now.sha256 === sha256 && !relearn) return 'unchanged' as const;
          store.writeFile(
            target,
            {
              path,
              type: kind.type,
              size,
              sha256,
              modifiedAt: Math.round(info.mtimeMs),
              secretsIncluded: include,
            },
            chunks,
            vectors,
          );
          // Kept (lines and kind, never their text), so answers and lists can say what was withheld.
          if (withheld.length) store.skipSecret(target.id, path, withheld[0]!, withheld.length);
          return now ? ('changed' as const) : ('new' as const);
        }),
      );
      summary[outcome]++;
      if (outcome !== 'unchanged') summary.chunks += chunks.length;
      if (withheld.length) {
        leftSecret.add(path);
        if (summary.withheldLines.length < 50) {
          summary.withheldLines.push({
            path,
            lines: withheld.map((sign) => sign.line!),
            kinds: [...new Set(withheld.map((sign) => sign.kind))],
          });
        }
      }
      // A new file with the exact content of a learned file that is gone from disk is that file
      // moved or renamed ("mv gym.md fitness.md; fazt learn fitness.md"): the old path's text is
      // forgotten, so answers never quote the same text twice, once from a file that is not there.
      if (outcome === 'new') {
        for (const twin of store.filesWithHash(target.id, sha256)) {
          if (twin.path === path) continue;
          if (!(await lstat(twin.path).catch(() => undefined))) await unlearn(twin.id, twin.path, 'renamed');
        }
      }
    }
  } finally {
    await preparer.close();
  }
  for (const file of gone) await unlearn(file.id, file.path, 'gone');
  // Files kept as left out for secrets that this learn looked at again and did not leave out for
  // them (learned, clean, gone, hidden, gitignored now) are no longer said to be left out.
  await cartridge.exclusive(() =>
    cartridge.transaction(() =>
      store.clearSecretSkips(
        target.id,
        store
          .secretSkips(target.id)
          .map((skipped) => skipped.path)
          .filter((path) => roots.some((root) => under(path, root)) && !leftSecret.has(path)),
      ),
    ),
  );
  // The path each file was learned through, so a later learn of a folder above knows whether it
  // took the file in (and forgets it once it leaves it out) or the file was named on its own.
  const reached = [...rootOf];
  for (let start = 0; start < reached.length; start += 1000) {
    await cartridge.exclusive(() =>
      cartridge.transaction(() => {
        for (const [path, root] of reached.slice(start, start + 1000)) store.setRoot(target.id, path, root);
      }),
    );
  }
  emit({ phase: 'learning', done, total: queue.length, chunks: summary.chunks, bytes: summary.bytes });
  // The learned LSA signal follows the chunks: folded in, or refitted after many changes.
  // It is optional: the files are learned and BM25 answers without it, so a failure to fit is
  // reported in the summary and never fails the learn (the next learn tries again).
  let signalled = true;
  try {
    const synced = await syncLsa(cartridge, target.id, {
      progress: (done, total) => emit({ phase: 'signal', done, total, chunks: done, bytes: summary.bytes }),
      waiting: ({ pid }) =>
        emit({ phase: 'waiting', done: 0, total: 0, chunks: 0, bytes: summary.bytes, pid }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (synced.waited)
      summary.waited = { pid: synced.waited.pid, seconds: Math.round(synced.waited.waitedMs / 100) / 10 };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    signalled = false;
    summary.warnings.push(
      `The learned (LSA) signal was not updated (${error instanceof Error ? error.message : String(error)}); search uses keywords (BM25) alone until a later learn updates it.`,
    );
  }
  // Earlier learns of these paths that were killed before the end are finished now: every file
  // under them was looked at again and the learned signal is whole (runs.ts).
  if (signalled) {
    const given = options.paths.map((path) => resolveUserPath(path));
    summary.interrupted = (
      await settleInterrupted(cartridge, options.collection, [...roots, ...given], under)
    ).map(({ paths, startedAt }) => ({ paths, startedAt }));
  }
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}
