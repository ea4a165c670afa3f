import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { pathProblemOf } from '../offline.js';
import { text } from '../schemas.js';

const notAFolder = pathProblemOf('folder');

export const photosImport = defineTool({
  name: 'photos_import',
  title: 'Import photos',
  description:
    'Import every photo (JPEG, PNG, WebP, AVIF, HEIC where decodable) under a folder, recursively, into the cartridge with thumbnails for the private gallery. Same bytes are stored once; importing again adds only new photos and notices removed files.',
  // external: it reads a folder on the host, outside the cartridge.
  risk: 'external',
  // One photo per commit, under cartridge.exclusive: a kill keeps what is done, a re-run resumes.
  transactional: false,
  input: z.object({
    folder: text(4096, 'folder').describe('The folder that holds the photos, e.g. "~/Pictures".'),
  }),
  output: z.object({
    folder: z.string().describe('The folder imported (absolute).'),
    found: z.number().int().describe('Photo files found.'),
    added: z.number().int().describe('Photos new to the cartridge.'),
    existing: z.number().int().describe('Files already there (same bytes).'),
    skipped: z
      .array(z.object({ path: z.string(), reason: z.string() }))
      .describe('Files not imported and why (first 200).'),
    skippedCount: z.number().int(),
    removed: z
      .number()
      .int()
      .describe('Files seen by an earlier import that are gone from the folder (their photos stay).'),
    ignored: z.number().int().describe('Files that are not photos (by extension).'),
    albums: z.number().int(),
    photos: z.number().int().describe('Photos in the cartridge now.'),
    derivingMs: z.number().int().describe('Milliseconds spent making thumbnails and web copies.'),
    durationMs: z.number().int(),
  }),
  examples: [
    'import my photos from {folder}',
    'import photos from {folder}',
    'import the photos in {folder}',
    'add my photos from {folder}',
    'add the pictures in {folder}',
    'import pictures from {folder}',
    'load my photos from {folder}',
  ],
  async run({ folder }, { cartridge, emit, signal }) {
    const { importPhotos } = await import('./import.js');
    return importPhotos(cartridge, folder, { emit, signal });
  },
  describe: (result) => describeImport(result),
  offline: {
    samples: { folder: '~/Pictures' },
    // "import my holiday photos from ~/Pictures/2024": any words before the folder, as long as they
    // say photos (the planner's bonus for the tool's own words outweighs this template's malus).
    templates: [
      'import {folder}',
      'add {folder}',
      'load {folder}',
      'upload {folder}',
      'bring in {folder}',
    ].map((source) => ({ source, bonus: -0.5, check: notAFolder })),
  },
});

/** "Imported 12 new photos (3 already there, 1 skipped, 2 removed from the folder); 5 albums." */
export function describeImport(result: {
  added: number;
  existing: number;
  skippedCount: number;
  removed: number;
  albums: number;
  photos: number;
  skipped: { path: string; reason: string }[];
}): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts = [`${result.existing} already there`, `${result.skippedCount} skipped`];
  if (result.removed > 0) parts.push(`${result.removed} removed from the folder`);
  const lines = [
    `Imported ${plural(result.added, 'new photo')} (${parts.join(', ')}). You have ${plural(result.photos, 'photo')} in ${plural(result.albums, 'album')}.`,
  ];
  for (const item of result.skipped.slice(0, 10)) {
    lines.push(`  skipped ${printable(item.path)}: ${printable(item.reason)}`);
  }
  if (result.skippedCount > 10) lines.push(`  … and ${result.skippedCount - 10} more skipped`);
  return lines.join('\n');
}

/**
 * A host file name made safe to print: control characters (a newline, or an escape sequence that
 * would recolour or clear the terminal) are shown as `\n`, `\x1b`, … The JSON output keeps the
 * real path.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) =>
    character === '\n' ? '\\n' : `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}
