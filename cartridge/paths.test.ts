import { describe, expect, it } from 'vitest';
import { pathProblem, resolveCartridgePath, resolveUserPath } from './paths.js';

describe('resolveUserPath', () => {
  const base = { cwd: '/work/here', home: '/home/ana' };
  it('expands ~ and ~/…, resolves relative paths against the working directory', () => {
    expect(resolveUserPath('~', base)).toBe('/home/ana');
    expect(resolveUserPath('~/fazt.db', base)).toBe('/home/ana/fazt.db');
    expect(resolveUserPath('~/a/../b.db', base)).toBe('/home/ana/b.db');
    expect(resolveUserPath('data/fazt.db', base)).toBe('/work/here/data/fazt.db');
    expect(resolveUserPath('./x', base)).toBe('/work/here/x');
    expect(resolveUserPath('/abs//x.db', base)).toBe('/abs/x.db');
  });

  it('leaves ~user, ~ in the middle and $VARS as names (no shell is involved)', () => {
    expect(resolveUserPath('~bob/x', base)).toBe('/work/here/~bob/x');
    expect(resolveUserPath('a/~/x', base)).toBe('/work/here/a/~/x');
    expect(resolveUserPath('$HOME/x', base)).toBe('/work/here/$HOME/x');
  });

  it('resolves FAZT_CARTRIDGE and --cartridge the same way', () => {
    expect(resolveCartridgePath(undefined, { FAZT_CARTRIDGE: '~/f.db' })).toMatch(/^\/.*\/f\.db$/);
    expect(resolveCartridgePath(undefined, { FAZT_CARTRIDGE: '~/f.db' })).not.toContain('~');
    expect(resolveCartridgePath('~/g.db', {})).not.toContain('~');
  });
});

describe('pathProblem', () => {
  const error = (code: string) => Object.assign(new Error(code), { code });
  it('says each reason in words, naming the path', () => {
    expect(pathProblem('/x/y', error('EACCES'))).toMatch(/^permission denied for \/x\/y/);
    expect(pathProblem('/x/y', error('EPERM'))).toMatch(/^permission denied for \/x\/y/);
    expect(pathProblem('/x/y', error('EROFS'))).toBe('/x/y is on a read-only file system');
    expect(pathProblem('/x/y', error('ENOSPC'))).toBe('there is no space left for /x/y');
    expect(pathProblem('/x/y', error('EISDIR'))).toBe('/x/y is a folder, not a file');
    expect(pathProblem('/x/y', error('ELOOP'))).toMatch(/too many symbolic links/);
  });
});
