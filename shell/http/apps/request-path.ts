import { hasControlCharacters } from '../../../tools/apps/paths.js';

/**
 * Reads the part of a URL path inside an app (`/`, `/img/a%20b.png`) into the file path it
 * names (`index.html`, `img/a b.png`, or a folder path ending in "/"). Returns undefined for
 * anything that could step outside the app or smuggle a separator: a segment that decodes to
 * "." or "..", or that holds "/", "\\", NUL or another control character once decoded — also
 * when decoded twice (double encoding such as %252e%252e) — and broken percent-encoding.
 * (The WHATWG URL parser has already resolved literal and %2e dot segments and turned "\\"
 * into "/" before this runs; this is the second line.)
 */
export function filePathOf(rawInner: string): string | undefined {
  if (!rawInner.startsWith('/')) return undefined;
  const segments = rawInner.slice(1).split('/');
  const decoded: string[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (segment === '') {
      // Only a trailing "/" (a folder) may leave an empty segment.
      if (index === segments.length - 1) continue;
      return undefined;
    }
    const once = decode(segment);
    if (once === undefined || unsafe(once)) return undefined;
    if (once.includes('%')) {
      const twice = decode(once);
      if (twice === undefined || unsafe(twice)) return undefined;
    }
    decoded.push(once);
  }
  const path = decoded.join('/');
  return rawInner.endsWith('/') ? (path === '' ? '' : `${path}/`) : path;
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function unsafe(segment: string): boolean {
  return (
    segment === '.' ||
    segment === '..' ||
    segment.includes('/') ||
    segment.includes('\\') ||
    hasControlCharacters(segment) ||
    !segment.isWellFormed()
  );
}
