import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { requireBlobs, sweepUnreferencedBlobs } from '../../cartridge/blob-references.js';
import { errorMessage, UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';
import { pathProblem } from '../../cartridge/paths.js';
import { contentTypeOf, isCompressible } from './content-types.js';
import { hasControlCharacters } from './paths.js';
import { type AppFile, createAppsStore } from './store.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** At most this many files and bytes in one deploy. */
export const MAX_FILES = 20_000;
export const MAX_BYTES = 2 * 1024 ** 3;
/** Files larger than this are stored without compressed copies (compressing them costs too long). */
const MAX_COMPRESS = 16 * 1024 * 1024;

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface DeployResult {
  name: string;
  version: number;
  created: boolean;
  files: number;
  bytes: number;
  compressed: number;
  skipped: SkippedFile[];
  hasIndex: boolean;
}

/** A path as served: `/`-separated, no control characters, no backslash, no dot segments. */
function servablePath(path: string): string | undefined {
  const parts = path.split(sep);
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return undefined;
  if (parts.some((part) => hasControlCharacters(part) || part.includes('\\') || !part.isWellFormed()))
    return undefined;
  return parts.join('/');
}

/** Every regular file under `root`, skipping dot folders/files (except .well-known) and symlinks. */
async function walk(root: string, skipped: SkippedFile[]): Promise<{ path: string; file: string }[]> {
  const found: { path: string; file: string }[] = [];
  const visit = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const file = join(folder, entry.name);
      const rel = relative(root, file);
      if (entry.name.startsWith('.') && entry.name !== '.well-known') {
        skipped.push({
          path: rel,
          reason: 'hidden file or folder (names starting with ".") are not published',
        });
        continue;
      }
      if (entry.isSymbolicLink()) {
        skipped.push({ path: rel, reason: 'symbolic link (only regular files are published)' });
        continue;
      }
      if (entry.isDirectory()) {
        await visit(file);
        continue;
      }
      if (!entry.isFile()) {
        skipped.push({ path: rel, reason: 'not a regular file' });
        continue;
      }
      const path = servablePath(rel);
      if (!path) {
        skipped.push({ path: rel, reason: 'the name holds control characters, a backslash or broken UTF-8' });
        continue;
      }
      found.push({ path, file });
      if (found.length > MAX_FILES) {
        throw new UsageError(
          `The folder has more than ${MAX_FILES} files; an app may have at most ${MAX_FILES}. Deploy the built output folder (such as dist/), not the project.`,
          { code: 'deploy_too_many_files' },
        );
      }
    }
  };
  await visit(root);
  return found;
}

/**
 * A file name that looks like a secret: private keys and certificates' keys, SSH keys, password
 * databases and shadow files, credential and API-key files. Hosting one would copy it into the
 * cartridge and serve it to whoever can open the app.
 */
const SECRET_NAME =
  /^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|g?shadow-?|master\.passwd|htpasswd|(?:credentials?|secrets?|\w*api[_-]?keys?)(?:\.(?:json|ya?ml|txt|toml|ini|conf|cfg))?)$|\.(?:pem|key|p12|pfx|jks|keystore|kdbx|ovpn)$/i;

/** Whether a published path (`a/b/file`) looks like a secret by its file name. */
export function looksSecret(path: string): boolean {
  return SECRET_NAME.test(path.split('/').pop() ?? '');
}

/** Folders of the system itself, never hosted whole: the root, its top folders, and the home folder. */
const SYSTEM_FOLDERS = new Set([
  '/',
  '/etc',
  '/usr',
  '/bin',
  '/sbin',
  '/lib',
  '/lib64',
  '/var',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/root',
  '/run',
  '/opt',
  '/srv',
  '/home',
  '/tmp',
]);

/**
 * Refuses to host a system folder (`/`, `/etc`, `/usr`, …) or the home folder itself: they hold
 * the machine's or the person's private files, never a site. `real` is the resolved folder.
 */
export function refuseSystemFolder(real: string, said: string): void {
  const home = process.env.HOME ? resolve(process.env.HOME) : undefined;
  if (SYSTEM_FOLDERS.has(real) || real === home) {
    throw new UsageError(
      `${said} is ${real === home ? 'your home folder' : 'a system folder'}, not a site: hosting it would copy its private files into an app. Nothing was deployed. Give the folder that holds the site itself (index.html at its top), e.g. ~/site.`,
      { code: 'deploy_system_folder' },
    );
  }
}

/** Checks that `folder` is a readable directory and returns its real path. */
export async function deployableFolder(folder: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(folder);
    if (!(await lstat(real)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new UsageError(
      `Cannot deploy ${folder}: ${(error as { code?: unknown })?.code ? pathProblem(resolve(folder), error) : errorMessage(error)}. Give the path of a folder holding the site (index.html at its top).`,
      { code: 'deploy_folder_missing', cause: error },
    );
  }
  return real;
}

/**
 * Deploys the files of `folder` as a new version of app `name`. Each file is imported as a blob
 * (with gzip and brotli copies made now for text types, kept only when smaller), then one
 * transaction records the version and makes it live. Anything failing before that last step
 * leaves the previous version live and untouched. Earlier versions are kept for rollback.
 */
export async function deployFolder(
  cartridge: Cartridge,
  {
    folder,
    name,
    spa,
    signal,
    onStored,
    allowSecrets = false,
    beforeStore,
  }: {
    folder: string;
    name: string;
    spa?: boolean;
    /** Publish secret-looking files too (the person consented); otherwise they refuse the deploy. */
    allowSecrets?: boolean;
    signal?: AbortSignal;
    onStored?: (result: DeployResult) => void;
    /**
     * Called with the folder's real path inside the transaction that makes the version live,
     * before it does; a throw keeps the live version (the check of another deploy that raced).
     */
    beforeStore?: (root: string) => void;
  },
): Promise<DeployResult> {
  const root = await deployableFolder(folder);
  const store = createAppsStore(cartridge);
  const before = store.get(name);
  if (before?.kind === 'builtin') {
    throw new UsageError(
      `"${name}" is a built-in app and cannot be replaced by a deploy. Deploy under another name (for example "${name}-site").`,
      { code: 'app_builtin' },
    );
  }
  const skipped: SkippedFile[] = [];
  const entries = await walk(root, skipped);
  if (entries.length === 0) {
    throw new UsageError(
      `${folder} has no files to publish. Put the site's files (index.html first) in it.`,
      {
        code: 'deploy_empty',
      },
    );
  }
  const secrets = allowSecrets ? [] : entries.filter((entry) => looksSecret(entry.path));
  if (secrets.length > 0) {
    const shown = secrets.slice(0, 5).map((entry) => entry.path);
    const more = secrets.length > shown.length ? ` and ${secrets.length - shown.length} more` : '';
    throw new UsageError(
      `${folder} holds ${secrets.length} file${secrets.length === 1 ? '' : 's'} that look${secrets.length === 1 ? 's' : ''} secret (${shown.join(', ')}${more}); hosting would copy ${secrets.length === 1 ? 'it' : 'them'} into the app. Nothing was deployed. Move ${secrets.length === 1 ? 'it' : 'them'} out of the folder, or deploy anyway on purpose with --yes.`,
      { code: 'deploy_secret_files' },
    );
  }
  const files: AppFile[] = [];
  let bytes = 0;
  let compressed = 0;
  for (const entry of entries) {
    signal?.throwIfAborted();
    let data: Buffer;
    try {
      data = await readFile(entry.file);
    } catch (error) {
      throw new UsageError(
        `Cannot read ${entry.file}: ${errorMessage(error)}. Nothing was deployed; the live version is unchanged.`,
        { code: 'deploy_read_failed', cause: error },
      );
    }
    bytes += data.length;
    if (bytes > MAX_BYTES) {
      throw new UsageError(
        `The folder holds more than ${MAX_BYTES / 1024 ** 3} GiB; an app may hold at most that.`,
        {
          code: 'deploy_too_big',
        },
      );
    }
    const contentType = contentTypeOf(entry.path);
    const stored = await cartridge.blobs.importStream([data], { signal });
    const file: AppFile = {
      path: entry.path,
      sha256: stored.sha256,
      size: data.length,
      contentType,
      gzip: null,
      br: null,
    };
    if (isCompressible(contentType) && data.length >= 256 && data.length <= MAX_COMPRESS) {
      const [gz, br] = await Promise.all([
        gzipAsync(data, { level: 9 }),
        brotliAsync(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: data.length <= 1024 * 1024 ? 11 : 9,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ]);
      if (gz.length < data.length * 0.95) {
        const blob = await cartridge.blobs.importStream([gz], { signal });
        file.gzip = { sha256: blob.sha256, size: gz.length };
      }
      if (br.length < data.length * 0.95) {
        const blob = await cartridge.blobs.importStream([br], { signal });
        file.br = { sha256: blob.sha256, size: br.length };
      }
      if (file.gzip || file.br) compressed++;
    }
    files.push(file);
  }
  signal?.throwIfAborted();
  return cartridge.exclusive(() =>
    cartridge.transaction(() => {
      requireBlobs(
        cartridge,
        files.flatMap((file) =>
          [file.sha256, file.gzip?.sha256, file.br?.sha256].filter((id) => id !== undefined),
        ),
        `the deploy of ${name}`,
      );
      beforeStore?.(root);
      const added = store.addVersion(name, { source: root, files, spa });
      // What an earlier deploy killed mid-way (kill -9) left behind, referred to by nothing.
      sweepUnreferencedBlobs(cartridge);
      const result: DeployResult = {
        name,
        version: added.version,
        created: added.created,
        files: files.length,
        bytes,
        compressed,
        skipped,
        hasIndex: files.some((file) => file.path === 'index.html'),
      };
      onStored?.(result);
      return result;
    }),
  );
}
