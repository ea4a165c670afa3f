import { lstat, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** One `.gitignore` rule as a test on a path relative to the folder holding the file. */
interface Rule {
  negate: boolean;
  directoryOnly: boolean;
  pattern: RegExp;
}

/** Glob → RegExp per gitignore(5): `*` and `?` stay in one segment, `**` crosses them. */
function globToRegExp(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += (glob[i + 1] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** Parses a `.gitignore` file's text into rules (comments and blank lines skipped). */
export function parseGitignore(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const body = globToRegExp(line);
    rules.push({ negate, directoryOnly, pattern: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`) });
  }
  return rules;
}

interface Scope {
  base: string;
  rules: Rule[];
}

/** Whether a path is ignored by the rules in force (the last matching rule wins, as in git). */
function ignored(scopes: readonly Scope[], path: string, isDirectory: boolean): boolean {
  let result = false;
  for (const scope of scopes) {
    const rel = relative(scope.base, path).split(sep).join('/');
    for (const rule of scope.rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.pattern.test(rel)) result = !rule.negate;
    }
  }
  return result;
}

export interface WalkResult {
  files: string[];
  /** Paths left out, with why (hidden, gitignored), counted by the caller. */
  skipped: {
    path: string;
    reason: 'hidden' | 'gitignored' | 'unreadable' | 'symbolic link' | 'not a regular file';
  }[];
}

/**
 * Every regular file under `root`, recursively, in a stable order. Hidden entries (names
 * starting with ".") are left out, as is anything a `.gitignore` on the way down ignores.
 * Symbolic links are not followed (no cycles, no escaping the folder) and other entries that are
 * not regular files (FIFOs, sockets, devices) are never opened; both are reported as skipped.
 */
export async function walk(root: string): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [] };
  const visit = async (directory: string, scopes: Scope[]) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch {
      result.skipped.push({ path: directory, reason: 'unreadable' });
      return;
    }
    const gitignore = entries.find((entry) => entry.name === '.gitignore' && entry.isFile());
    const inForce = gitignore
      ? [
          ...scopes,
          {
            base: directory,
            rules: parseGitignore(await readFile(join(directory, '.gitignore'), 'utf8').catch(() => '')),
          },
        ]
      : scopes;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.name.startsWith('.')) {
        if (entry.name !== '.gitignore') result.skipped.push({ path, reason: 'hidden' });
        continue;
      }
      const isDirectory = entry.isDirectory();
      // Links are not followed (a folder linked twice is learned once, by the path it really has);
      // FIFOs, sockets and devices are never opened (reading a FIFO would block for ever).
      if (entry.isSymbolicLink()) {
        result.skipped.push({ path, reason: 'symbolic link' });
        continue;
      }
      if (!isDirectory && !entry.isFile()) {
        result.skipped.push({ path, reason: 'not a regular file' });
        continue;
      }
      if (ignored(inForce, path, isDirectory)) {
        result.skipped.push({ path, reason: 'gitignored' });
        continue;
      }
      if (isDirectory) await visit(path, inForce);
      else result.files.push(path);
    }
  };
  await visit(root, await ancestorScopes(root));
  return result;
}

/**
 * The `.gitignore` rules in force at `folder` from the folders above it, as git reads them: when
 * `folder` is inside a git work tree (a `.git` folder or file in it or above), every
 * `.gitignore` from the work tree's top down to `folder`'s parent. Outside a repository, none.
 */
async function ancestorScopes(folder: string): Promise<Scope[]> {
  const above: string[] = [];
  let top: string | undefined;
  for (let current = folder; ; ) {
    if (await lstat(join(current, '.git')).catch(() => undefined)) {
      top = current;
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    above.push(parent);
    current = parent;
  }
  if (top === undefined || top === folder) return [];
  const scopes: Scope[] = [];
  // From the top down: `above` ends at the top's own folder.
  for (const directory of above.reverse()) {
    const text = await readFile(join(directory, '.gitignore'), 'utf8').catch(() => undefined);
    if (text !== undefined) scopes.push({ base: directory, rules: parseGitignore(text) });
  }
  return scopes;
}
