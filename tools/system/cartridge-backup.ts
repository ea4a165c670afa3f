import { z } from 'zod';
import { backupCartridge } from '../../cartridge/backup.js';
import { UsageError } from '../../cartridge/errors.js';
import { expandHome, formatBytes } from '../blobs/schemas.js';
import { defineTool } from '../define-tool.js';
import { text } from '../schemas.js';

/** Where a backup goes must read as a path ("/tmp/x.db", "~/backups/", "x.db"), not a name or a person. */
const pathProblem = ({ path }: { path: string }) =>
  /[/\\~]|\.[a-z0-9]{1,8}$/i.test(path)
    ? undefined
    : { field: 'path', message: `"${path}" does not look like a file or folder path` };

/** What may follow a backup's path to say it replaces the file there ("and overwrite it"). */
const REPLACE_CLAUSES = ['and', ''].flatMap((joint) =>
  ['overwrite', 'replace', 'overwriting', 'replacing'].flatMap((verb) =>
    ['it', 'the old one', 'the old file', 'the old backup', 'the existing file', 'that file'].map((what) =>
      `${joint} ${verb} ${what}`.trim(),
    ),
  ),
);

/**
 * A clause after the path that says what to do with it ("/tmp/x.db and overwrite it", "x.db,
 * replacing it"): the words are an option, not part of the path, so no file is made by that name.
 */
const trailingClause = (value: unknown) => {
  const path = String(value);
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return /(?:,\s*|\s+and\s+|\s+)(?:over-?writ|replac|keep|delet|remov|then\b|please\b)/i.test(name)
    ? {
        problem: {
          field: 'path',
          message: `"${path}" holds more than a path; to replace an existing file say "back up to FILE and overwrite it" (it needs your consent)`,
        },
      }
    : { value };
};

/** "restore from ~/b.db": the answer naming the `fazt restore` command; nothing runs. */
const restoreReply = ({ path }: { path?: string }) => {
  const file = path ? (/\s/.test(path) ? `"${path}"` : path) : '<backup file>';
  return {
    field: 'path',
    message: 'restoring is a command of its own',
    reply: `Restoring replaces everything fazt holds with the backup, so it is a command of its own rather than something I do here: run \`fazt restore ${file}\` (it checks the backup first and keeps the replaced cartridge beside it). Nothing was changed.`,
  };
};

export const cartridgeBackup = defineTool({
  name: 'cartridge_backup',
  title: 'Back up the cartridge',
  description:
    'Write a consistent copy of the whole cartridge (everything fazt holds) to a new file, safe while fazt keeps working. A folder gets a dated file inside it. An existing file is never overwritten, unless `replace` is set and the call is approved (then only an SQLite file is replaced).',
  // external: it writes a file on the host, outside the cartridge (an MCP token needs admin).
  risk: 'external',
  // Replacing the file at path loses what was there: that needs consent (`--yes`, `--replace`).
  consent: ({ replace }) => replace === true,
  // SQLite's online backup cannot run inside a write transaction of the same connection.
  transactional: false,
  input: z.object({
    path: text(4096, 'path').describe(
      'Where to write the backup: a new file, or a folder, e.g. "~/backups/".',
    ),
    replace: z
      .boolean()
      .optional()
      .describe(
        'Replace an existing SQLite file at path (an earlier backup). Needs approval; without it an existing file is a clash.',
      ),
  }),
  output: z.object({
    from: z.string().describe('The cartridge that was copied.'),
    path: z.string().describe('The backup file written.'),
    bytes: z.number().int(),
    schemaVersion: z.number().int(),
    replaced: z.boolean(),
    durationMs: z.number(),
  }),
  examples: [
    'back up to {path}',
    'backup to {path}',
    'back up the cartridge to {path}',
    'make a backup in {path}',
    'make a backup to {path}',
    'make a backup of everything to {path}',
    'back up everything to {path}',
    'save a backup to {path}',
    'copy the cartridge to {path}',
  ],
  offline: {
    samples: { path: '~/backups/fazt.db' },
    preview: ({ path, replace }) =>
      replace
        ? `replace the file at ${path} with a backup of the cartridge`
        : `back up the cartridge to ${path}`,
    slots: { path: trailingClause },
    // "save a copy of the database as /tmp/x.db", "export everything to …": a copy of the whole
    // cartridge said other ways; "database", "db" and "storage" are the cartridge's synonyms.
    templates: [
      ...[
        'save a copy of the cartridge as {path}',
        'save a copy of the cartridge to {path}',
        'save a copy of the cartridge in {path}',
        'save a copy of everything to {path}',
        'save a copy of everything as {path}',
        'save a copy of everything in {path}',
        'save a copy of my data to {path}',
        'save a copy of my data in {path}',
        'save a copy of my data as {path}',
        'save a copy to {path}',
        'save a copy as {path}',
        'save a copy in {path}',
        'make a copy of the cartridge at {path}',
        'make a copy of the cartridge in {path}',
        'make a copy of everything in {path}',
        'copy the cartridge as {path}',
        'copy everything to {path}',
        'export the cartridge to {path}',
        'export the cartridge as {path}',
        'export everything to {path}',
        'export all my data to {path}',
        'duplicate the cartridge to {path}',
        'save a backup at {path}',
        'save a backup as {path}',
        'save a backup in {path}',
        'back up the cartridge as {path}',
        'save the cartridge as {path}',
        'save the cartridge to {path}',
        // "back up my stuff to …": the whole cartridge is the only thing fazt backs up.
        ...[
          'my stuff',
          'all my stuff',
          'my data',
          'all my data',
          'my things',
          'everything',
          'all of it',
          'fazt',
        ].flatMap((what) => [
          `back up ${what} to {path}`,
          `back up ${what} in {path}`,
          // "backup everything to …": the verb said as one word.
          `backup ${what} to {path}`,
          `backup ${what} in {path}`,
          `make a backup of ${what} in {path}`,
        ]),
      ].map((source) => ({ source, check: pathProblem })),
      // "back up to /tmp/x.db and overwrite it", "…, replacing it", "… and replace the old one":
      // the clause after the path is the replace option (consent asked, as `fazt backup --replace`),
      // never part of the file's name.
      ...[
        // Every way of saying the backup above, "back up" or "backup", with what it covers.
        ...['back up', 'backup'].flatMap((verb) =>
          [
            '',
            ' everything',
            ' the cartridge',
            ' my data',
            ' all my data',
            ' my stuff',
            ' all my stuff',
          ].flatMap((what) => [`${verb}${what} to`, `${verb}${what} in`]),
        ),
        'make a backup to',
        'make a backup in',
        'make a backup of everything to',
        'make a backup of everything in',
        'save a backup to',
        'save a copy of everything to',
        'copy the cartridge to',
        'copy everything to',
        'export everything to',
      ]
        .flatMap((start) => REPLACE_CLAUSES.map((clause) => `${start} {path} ${clause}`))
        .map((source) => ({ source, fixed: { replace: true }, bonus: 1, check: pathProblem })),
      // "restore from ~/b.db": replacing the cartridge is the `fazt restore` command (it checks the
      // backup and keeps the replaced file), never a tool call mid-conversation; the answer says so.
      ...[
        'restore from {path}',
        'restore {path}',
        'restore the cartridge from {path}',
        'restore the backup {path}',
        'restore the backup from {path}',
        'restore my data from {path}',
        'restore everything from {path}',
        'restore fazt from {path}',
        'load the backup {path}',
        'load the backup from {path}',
        'roll back to the backup {path}',
      ].map((source) => ({
        source,
        bonus: 1,
        check: restoreReply,
      })),
      ...[
        'restore',
        'restore a backup',
        'restore from a backup',
        'restore from backup',
        'restore the cartridge',
      ].map((source) => ({ source, bonus: 1, check: restoreReply })),
    ],
  },
  // The one rule for an existing file (`fazt backup` is a thin caller): it is a clash, unless the
  // person asked to replace it (`replace`) and approved the call (`--yes`, `fazt backup --replace`).
  async run({ path, replace }, { cartridge, caller, approved }) {
    const source = caller.id ? `${caller.kind}:${caller.id}` : caller.kind;
    if (replace && !approved) {
      throw new UsageError(
        `Replacing an existing file needs your consent: add --yes (or run \`fazt backup FILE --replace\`). Nothing was written.`,
        { code: 'backup_replace_unapproved' },
      );
    }
    return backupCartridge(cartridge, expandHome(path), { source, overwrite: replace === true });
  },
  describe: ({ path, bytes, replaced }) =>
    `Backed up the cartridge to ${path} (${formatBytes(bytes)})${replaced ? ', replacing the file that was there' : ''}.`,
});
