/**
 * The knowledge worker (built as dist/knowledge-worker.js): prepares one big file at a time for
 * `createPreparer` (prepare.ts) and posts back its chunks or why it was skipped.
 */
import { parentPort } from 'node:worker_threads';
import { type PrepareOptions, prepareFile } from './prepare.js';

parentPort?.on(
  'message',
  async (job: { id: number; bytes: Uint8Array; path: string; options?: PrepareOptions }) => {
    try {
      parentPort?.postMessage({ id: job.id, prepared: await prepareFile(job.bytes, job.path, job.options) });
    } catch (error) {
      parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
  },
);
