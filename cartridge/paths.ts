import { accessSync, constants, mkdirSync, type Stats, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

/** Where relative paths and `~` point: the working directory and the home folder. */
export interface PathBase {
  cwd?: string;
  home?: string;
}

/**
 * The one resolver for every path a person gives fazt (`--cartridge`, `FAZT_CARTRIDGE`, tool
 * inputs, backup and restore files, `@file` inputs): `~` and `~/…` are the home folder,
 * a relative path is taken from the working directory, and the result is absolute and
 * normalised. `~user` and `$VARS` are not expanded (no shell is involved), so they stay names.
 */
export function resolveUserPath(path: string, base: PathBase = {}): string {
  const home = base.home ?? homedir();
  const expanded = path === '~' ? home : path.startsWith('~/') ? join(home, path.slice(2)) : path;
  return isAbsolute(expanded) ? resolve(expanded) : resolve(base.cwd ?? process.cwd(), expanded);
}

/**
 * Where the cartridge lives: an explicit path (`--cartridge`), else `FAZT_CARTRIDGE`, else
 * `$XDG_DATA_HOME/fazt/fazt.db`, else `~/.local/share/fazt/fazt.db`; through `resolveUserPath`,
 * so `FAZT_CARTRIDGE='~/fazt.db'` is the home folder, not a folder named `~`.
 */
export function resolveCartridgePath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit !== undefined) {
    if (explicit.trim() === '') {
      throw new UsageError(
        `--cartridge was given ${explicit === '' ? 'an empty path' : 'a path of only spaces'}. Give the cartridge file, e.g. \`--cartridge ~/fazt.db\`, or leave --cartridge out to use the default.`,
        { code: 'bad_path' },
      );
    }
    return resolveUserPath(explicit);
  }
  // An empty FAZT_CARTRIDGE is unset, as an empty XDG_DATA_HOME is (XDG Base Directory spec,
  // and the shell's own `${VAR:-default}`): `FAZT_CARTRIDGE= fazt …` means "the default".
  // Only spaces is a mistake, not a wish for the default.
  const fromEnv = env.FAZT_CARTRIDGE;
  if (fromEnv !== undefined && fromEnv !== '' && fromEnv.trim() === '') {
    throw new UsageError(
      'FAZT_CARTRIDGE holds only spaces. Set it to the cartridge file (e.g. `export FAZT_CARTRIDGE=~/fazt.db`), or unset it to use the default.',
      { code: 'bad_path' },
    );
  }
  if (fromEnv) return resolveUserPath(fromEnv);
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return resolveUserPath(join(dataHome, 'fazt', 'fazt.db'));
}

/** The longest file name most file systems allow, in bytes (ext4, APFS, NTFS: 255). */
const NAME_MAX = 255;

/** The longest whole path Linux takes, in bytes, without the final NUL (PATH_MAX 4096). */
const PATH_MAX = 4095;

/** `path` shortened in the middle to about 110 characters, so a message stays readable. */
const clipPath = (path: string) => (path.length > 110 ? `${path.slice(0, 70)}…${path.slice(-40)}` : path);

/**
 * Which part of `path` is too long, in words: one name (a segment over NAME_MAX bytes), or the
 * whole path (over PATH_MAX bytes though every name is short).
 */
function tooLongPart(path: string): string {
  const long = path.split('/').find((part) => Buffer.byteLength(part) > NAME_MAX);
  if (long !== undefined) {
    return `${clipPath(path)} has a name too long: ${long.length > 40 ? `${long.slice(0, 30)}…` : long} is ${Buffer.byteLength(long)} bytes, and a file name may have at most ${NAME_MAX}`;
  }
  return `the path ${clipPath(path)} is too long: ${Buffer.byteLength(path)} bytes in all, and a path may have at most ${PATH_MAX}`;
}

/**
 * Why an existing `path` is not a file fazt can keep data in, from its `stat`, or undefined when
 * it is a regular file: a folder, a device (`/dev/null`), a named pipe, a socket, or a file of
 * the kernel's virtual file systems (`/proc`, `/sys`), which look like files but hold none.
 */
export function notAFile(path: string, info: Stats): string | undefined {
  if (info.isDirectory()) return `${path} is a folder, not a file`;
  if (info.isCharacterDevice() || info.isBlockDevice()) return `${path} is a device, not a file`;
  if (info.isFIFO()) return `${path} is a named pipe (FIFO), not a file`;
  if (info.isSocket()) return `${path} is a socket, not a file`;
  if (!info.isFile()) return `${path} is not a regular file`;
  if (/^\/(?:proc|sys)(?:\/|$)/.test(path)) {
    return `${path} is in ${path.split('/')[1] === 'proc' ? '/proc' : '/sys'}, the kernel's virtual file system, not a file that can hold data`;
  }
  return undefined;
}

/** The deepest ancestor of `path` that exists, and whether it is a folder. */
function existingAncestor(path: string): { path: string; isDirectory: boolean } {
  let current = dirname(path);
  for (;;) {
    try {
      return { path: current, isDirectory: statSync(current).isDirectory() };
    } catch {
      const parent = dirname(current);
      if (parent === current) return { path: current, isDirectory: true };
      current = parent;
    }
  }
}

/**
 * Why `path` cannot be used, from the error a file-system call gave, in plain words naming the
 * path (or the part of it at fault): "/a/b is a file, not a folder", "the name is too long". For
 * codes not listed, the system's own message.
 */
export function pathProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': {
      const ancestor = existingAncestor(path);
      return ancestor.path === dirname(path)
        ? `${path} does not exist`
        : `${path} does not exist (there is no folder ${dirname(path)})`;
    }
    case 'ENOTDIR': {
      const ancestor = existingAncestor(path);
      return ancestor.isDirectory
        ? `a part of ${path} is a file, not a folder`
        : `${ancestor.path} is a file, not a folder, so ${path} cannot be inside it`;
    }
    case 'EISDIR':
      return `${path} is a folder, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied for ${path} (check who owns it and its mode, e.g. \`ls -l ${dirname(path)}\`)`;
    case 'ENAMETOOLONG':
      return tooLongPart(path);
    case 'EROFS':
      return `${path} is on a read-only file system`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `there is no space left for ${path}`;
    case 'ELOOP':
      return `${path} has too many symbolic links (a loop?)`;
    case 'EEXIST':
      return `${path} already exists`;
    case 'EIO':
      return `the device holding ${path} reported an input/output error (it is not a normal file, or the disk is failing)`;
    default:
      return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** `pathProblem` as a UsageError: "Cannot <verb>: <problem>. <advice>" (exit 2). */
export function pathError(
  verb: string,
  path: string,
  error: unknown,
  advice = 'Check the path and try again.',
): UsageError {
  return new UsageError(`Cannot ${verb}: ${pathProblem(path, error)}. ${advice}`, {
    code: 'bad_path',
    cause: error,
  });
}

/** A name longer than a file system allows, or a whole path longer than PATH_MAX, as ENAMETOOLONG. */
function nameTooLong(path: string): NodeJS.ErrnoException | undefined {
  const tooLong =
    Buffer.byteLength(path) > PATH_MAX || path.split('/').some((part) => Buffer.byteLength(part) > NAME_MAX);
  return tooLong ? Object.assign(new Error('name too long'), { code: 'ENAMETOOLONG' }) : undefined;
}

/**
 * Whether there is a file at `path` (absolute) fazt could use, without creating anything:
 * `'exists'` for a regular file, `'missing'` when it is not there but could be made (its nearest
 * existing ancestor is a folder); otherwise throws a `pathError` saying why it cannot be used
 * (a folder, a device, a pipe, /proc, a file where a folder should be, a name too long). For
 * commands that only read, which must never create a cartridge or a folder.
 */
export function checkExistingFile(
  path: string,
  { verb, advice }: { verb: string; advice?: string },
): 'exists' | 'missing' {
  const long = nameTooLong(path);
  if (long) throw pathError(verb, path, long, advice);
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw pathError(verb, path, error, advice);
    const ancestor = existingAncestor(path);
    if (!ancestor.isDirectory) {
      throw pathError(verb, path, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), advice);
    }
    return 'missing';
  }
  const problem = notAFile(path, info);
  if (problem) {
    throw new UsageError(`Cannot ${verb}: ${problem}. ${advice ?? 'Give the path of a file.'}`, {
      code: 'bad_path',
    });
  }
  return 'exists';
}

/**
 * Checks that fazt can create or write the file at `path` (absolute), making missing parent
 * folders (mode 0700) when `createParents`; throws a `pathError` naming the part at fault.
 * Folders are made one at a time, never with `recursive`, which loops forever under `/proc`.
 */
export function prepareFileForWriting(
  path: string,
  { verb, createParents = false, advice }: { verb: string; createParents?: boolean; advice?: string },
): void {
  const long = nameTooLong(path);
  if (long) throw pathError(verb, path, long, advice);
  try {
    const problem = notAFile(path, statSync(path));
    if (problem) {
      throw new UsageError(`Cannot ${verb}: ${problem}. ${advice ?? 'Give the path of a file.'}`, {
        code: 'bad_path',
      });
    }
    accessSync(path, constants.R_OK | constants.W_OK);
    return;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw pathError(verb, path, error, advice);
  }
  const ancestor = existingAncestor(path);
  if (!ancestor.isDirectory) {
    throw pathError(verb, path, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), advice);
  }
  if (ancestor.path !== dirname(path) && !createParents) {
    throw pathError(
      verb,
      path,
      Object.assign(new Error('missing'), { code: 'ENOENT' }),
      advice ?? 'Create the folder first, or choose another place.',
    );
  }
  const missing: string[] = [];
  for (let folder = dirname(path); folder !== ancestor.path; folder = dirname(folder))
    missing.unshift(folder);
  for (const folder of missing) {
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // ENOENT from mkdir under an existing folder: a virtual file system such as /proc.
      const why =
        code === 'ENOENT'
          ? `the file system at ${dirname(folder)} does not allow it`
          : pathProblem(folder, error);
      throw new UsageError(
        `Cannot ${verb}: the folder ${folder} cannot be created (${why}). ${advice ?? 'Choose another place.'}`,
        {
          code: 'bad_path',
          cause: error,
        },
      );
    }
  }
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw pathError(verb, dirname(path), error, advice);
  }
}

/**
 * Checks that `path` (absolute) is a file fazt can read; throws a `pathError` saying why not
 * (missing, a folder, a file where a folder should be, no permission, name too long).
 */
export function checkFileForReading(path: string, { verb, advice }: { verb: string; advice?: string }): void {
  const long = nameTooLong(path);
  if (long) throw pathError(verb, path, long, advice);
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!info.isFile()) {
      throw new UsageError(
        `Cannot ${verb}: ${notAFile(path, info)}. ${advice ?? 'Give the path of a file.'}`,
        {
          code: 'bad_path',
        },
      );
    }
    accessSync(path, constants.R_OK);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw pathError(verb, path, error, advice);
  }
}
