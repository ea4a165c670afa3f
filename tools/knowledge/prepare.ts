import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { chunkText } from './chunk.js';
import { decodeText, type FileKind, kindOf, pdfToText, type TextEncoding } from './extract.js';
import { htmlToText } from './html.js';
import { decodedMail } from './mail-body.js';
import { type SecretSign, secretLinesInText } from './secret-files.js';
import type { ChunkInput } from './store.js';

/**
 * Terminal escape sequences (ECMA-48): CSI `ESC [` params intermediates final ("\x1b[31m",
 * "\x1b[2K"), the 8-bit CSI `\x9b`, OSC/DCS/APC/PM/SOS strings up to BEL or ST ("\x1b]0;title\x07"),
 * and two-character escapes ("\x1b(B", "\x1b=", "\x1bc"). An unterminated string ends at the line's
 * end or after 1024 characters, so a stray ESC never eats a file.
 */
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is matched.
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u009d\u0098\u009e\u009f])[^\u0007\u001b\u009c\r\n]{0,1024}(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;

/**
 * Text as it is indexed and quoted:
 * - Line breaks as editors count them: CRLF is one break, and so is a lone CR (classic Mac OS),
 *   as VS Code counts lines (its text buffer treats `\r\n`, `\r` and `\n` each as one break);
 *   all become `\n`, so a CRLF, CR or LF file cites the same line numbers. (`git diff` and
 *   vim in unix mode show a lone CR as `^M` inside a line; an editor that shows the file as
 *   lines is the one a person checks a citation in.) parse5 counts HTML lines the same way.
 * - Terminal escape sequences (`ESCAPES`: colours in a log, a hostile title-setting OSC) are
 *   removed whole, so no "[31m" leftover reaches a search result, an answer or a terminal.
 * - Other C0/C1 control characters except tab and newline become spaces; they mean nothing to
 *   search. A form feed is a line break.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(ESCAPES, '')
      .replace(/\r\n?|\f/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ')
  );
}

/**
 * A file's chunks (with the lines withheld as secret-holding, `secret-files.ts`, counted in the
 * file), or why it cannot be learned.
 */
export type Prepared =
  | { chunks: ChunkInput[]; kind: FileKind; encoding: TextEncoding; withheld?: SecretSign[] }
  | { skip: 'binary' | 'not UTF-8' | 'empty' }
  /** A PDF pdf.js cannot read (damaged, cut short, locked), with what pdf.js said. */
  | { skip: 'damaged PDF'; detail: string };

/** How a file is prepared. */
export interface PrepareOptions {
  /**
   * Withhold the lines that look like they hold secrets (passwords, PINs, keys, card numbers):
   * each becomes an empty line before the text is cut, so no chunk, FTS row or vector holds it
   * and every other line keeps its number. Learn's default; `--include-secrets` turns it off.
   */
  withholdSecrets?: boolean;
}

/**
 * Bytes → chunks: PDF text through pdf.js; other files decoded (`decodeText`), cleaned
 * (`cleanText`), HTML turned into text with the file line of each line (html.ts), secret lines
 * withheld when asked (`PrepareOptions`), then cut (chunk.ts). An unknown extension is read only
 * if its bytes are plain UTF-8.
 */
export async function prepareFile(
  bytes: Uint8Array,
  path: string,
  options: PrepareOptions = {},
): Promise<Prepared> {
  const named = kindOf(path);
  const title = basename(path, extname(path));
  if (named?.type === 'pdf') {
    let pdf: { text: string; lines: number[] };
    try {
      pdf = await pdfToText(bytes);
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error);
      return {
        skip: 'damaged PDF',
        detail: said.replace(/\s+/g, ' ').trim().slice(0, 200) || 'no reason given',
      };
    }
    // pdfToText already made every line break "\n", so cleaning keeps the lines of its map.
    const kept = withhold(cleanText(pdf.text), options, pdf.lines);
    const chunks = await chunkText(kept.text, named, title, pdf.lines);
    return chunks.length || kept.withheld.withheld
      ? { chunks, kind: named, encoding: 'utf-8', ...kept.withheld }
      : { skip: 'empty' };
  }
  const decoded = decodeText(bytes, named?.type === 'html');
  if (!decoded) return { skip: 'binary' };
  if (!named && decoded.encoding !== 'utf-8') return { skip: 'not UTF-8' };
  const kind = named ?? { type: 'text' };
  let text = cleanText(decoded.text);
  let lines: readonly number[] | undefined;
  if (kind.type === 'html') {
    ({ text, lines } = await htmlToText(text));
    // Character references can spell control characters (&#27;): cleaned again, with no new
    // line breaks, so the text keeps the lines of its map.
    text = cleanText(text.replace(/[\r\f]/g, ' '));
  }
  // An e-mail's quoted-printable or base64 body, decoded (mail-body.ts).
  const mail = /\.eml$/iu.test(path) ? decodedMail(text) : undefined;
  if (mail) ({ text, lines } = mail);
  const kept = withhold(text, options, lines);
  const chunks = await chunkText(kept.text, kind, title, lines);
  // A file of secret lines alone keeps them, so learn can say why nothing of it was learned.
  return chunks.length || kept.withheld.withheld
    ? { chunks, kind, encoding: decoded.encoding, ...kept.withheld }
    : { skip: 'empty' };
}

/**
 * The text with its secret lines emptied (when asked) and those lines counted in the file
 * (through `lines`, if mapped). Emptied, not removed: the text keeps its line map and numbers.
 */
function withhold(
  text: string,
  options: PrepareOptions,
  lines?: readonly number[],
): { text: string; withheld: { withheld?: SecretSign[] } } {
  if (!options.withholdSecrets) return { text, withheld: {} };
  const signs = secretLinesInText(text);
  if (signs.length === 0) return { text, withheld: {} };
  const all = text.split('\n');
  for (const sign of signs) all[sign.line! - 1] = '';
  return {
    text: all.join('\n'),
    withheld: { withheld: signs.map((sign) => ({ ...sign, line: lines?.[sign.line! - 1] ?? sign.line! })) },
  };
}

/** The worker preparing a file stopped before it answered (out of memory, or killed). */
export class WorkerStopped extends Error {}

/** Files at least this big are prepared in the worker. */
export const WORKER_BYTES = 4 * 1024 * 1024;

/**
 * Prepares files, big ones (`WORKER_BYTES`) each in a worker thread of its own.
 * Why a worker: cutting a big file allocates a lot of short-lived garbage (the splitter's word
 * lists, parse5's per-character tokens), and V8 answers by growing the young generation and the
 * heap: learning a 24 MiB one-line file peaked at ~330 MB RSS in-process, ~730 MB before
 * windowing (bench/knowledge-memory.bench.ts). The worker's young generation is capped at 8 MB
 * and its old generation at 256 MB (`resourceLimits`), so garbage is collected early; a 24 MiB
 * page needs ~150 MB live (its text, the extracted text and the line map). A file that needs
 * more ends that worker (the caller skips the file as too large), never the process.
 * `FAZT_KNOWLEDGE_WORKER_MB` sets another old-generation budget (MB).
 * From the source tree (tests), where no built worker exists, everything runs in-process.
 */
export function createPreparer(): {
  prepare(bytes: Uint8Array, path: string, options?: PrepareOptions): Promise<Prepared>;
  close(): Promise<void>;
} {
  const built = new URL('./knowledge-worker.js', import.meta.url);
  const usable = existsSync(fileURLToPath(built));
  let worker: Worker | undefined;
  let next = 0;
  const start = async (): Promise<Worker> => {
    if (worker) return worker;
    const { Worker } = await import('node:worker_threads');
    worker = new Worker(built, {
      resourceLimits: {
        maxYoungGenerationSizeMb: 8,
        maxOldGenerationSizeMb: Number(process.env.FAZT_KNOWLEDGE_WORKER_MB) || 256,
      },
    });
    return worker;
  };
  return {
    async prepare(bytes, path, options = {}) {
      if (!usable || bytes.length < WORKER_BYTES) return prepareFile(bytes, path, options);
      const current = await start();
      const id = ++next;
      // One worker per big file, ended as soon as it answered: its heap is gone before the
      // chunks are written and the learned signal refitted.
      // A copy the worker owns (transferred, not cloned): the caller's buffer may be pooled.
      const copy = new Uint8Array(bytes);
      return new Promise<Prepared>((resolve, reject) => {
        const onMessage = (message: { id: number; prepared?: Prepared; error?: string }) => {
          if (message.id !== id) return;
          done();
          if (worker === current) worker = undefined;
          void current.terminate();
          if (message.prepared) resolve(message.prepared);
          else reject(new Error(message.error ?? 'the knowledge worker failed'));
        };
        const onError = (error: Error) => {
          done();
          worker = undefined;
          reject(new WorkerStopped(`the knowledge worker stopped on ${path}: ${error.message}`));
        };
        const onExit = () => onError(new Error('it exited'));
        const done = () => {
          current.off('message', onMessage);
          current.off('error', onError);
          current.off('exit', onExit);
        };
        current.on('message', onMessage);
        current.on('error', onError);
        current.on('exit', onExit);
        current.postMessage({ id, bytes: copy, path, options }, [copy.buffer]);
      });
    },
    async close() {
      const current = worker;
      worker = undefined;
      if (current) await current.terminate();
    },
  };
}
