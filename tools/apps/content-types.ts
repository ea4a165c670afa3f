import { extname } from 'node:path';
import { wordTable } from '../../cartridge/lexicon.js';

/** Content types by lowercase extension; text types carry `charset=utf-8`. */
const TYPES: Record<string, string> = wordTable({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.zip': 'application/zip',
});

/** The content type for a file name; unknown extensions are `application/octet-stream` (downloaded, never sniffed). */
export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether compressing this type pays off (text, JSON, SVG, WebAssembly; not images or fonts already packed). */
export function isCompressible(contentType: string): boolean {
  return (
    contentType.startsWith('text/') ||
    /^application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json|wasm)/.test(contentType) ||
    contentType.startsWith('image/svg+xml') ||
    contentType === 'image/x-icon' ||
    contentType === 'image/bmp' ||
    contentType === 'font/ttf' ||
    contentType === 'font/otf'
  );
}
