import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

/**
 * Several targets in one request, through the real CLI (issue 7, seventh round): one approval
 * names them all (exit 3, nothing changed), `--yes` does them all, a missing one is named (exit
 * 2), the tail of a list never becomes a note, and a clause after a backup's path is its option.
 */
describe('fazt ask with several targets', () => {
  const cart = useTempCartridge('fazt-ask-targets-');
  const fazt = (...args: string[]) => runCli(args, { cartridge: cart().path });
  const notes = async () => {
    const listed = await fazt('run', 'notes_list', '{"limit":50}', '--json');
    const output = JSON.parse(listed.stdout) as { notes: { id: number; text: string }[] };
    return output.notes.map((note) => note.text).sort();
  };
  const seedNotes = async (count: number) => {
    for (let at = 1; at <= count; at++) {
      const added = await fazt('run', 'notes_add', JSON.stringify({ text: `note ${at}` }));
      expect(added.code, added.stderr).toBe(0);
    }
  };

  it('"delete note 2 and note 3": asks once naming both (exit 3), adds no note; --yes deletes both', async () => {
    await seedNotes(4);
    const held = await fazt('ask', 'delete note 2 and note 3');
    expect(held.code, held.stderr).toBe(3);
    expect(held.stdout).toContain('This would delete note #2 and delete note #3');
    expect(held.stderr).not.toContain('notes_add');
    expect(await notes()).toEqual(['note 1', 'note 2', 'note 3', 'note 4']);
    const done = await fazt('ask', '--yes', 'delete note 2 and note 3');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('Deleted note #2 ("note 2").');
    expect(done.stdout).toContain('Deleted note #3 ("note 3").');
    expect(await notes()).toEqual(['note 1', 'note 4']);
  });

  it('"delete notes 2, 3 and 9" with --yes deletes 2 and 3, names #9, exit 2', async () => {
    await seedNotes(3);
    const held = await fazt('ask', 'delete notes 2, 3 and 9');
    expect(held.code, held.stderr).toBe(3);
    expect(held.stdout).toContain('There is no note #9');
    const done = await fazt('ask', '--yes', 'delete notes 2, 3 and 9');
    expect(done.code, done.stderr).toBe(2);
    expect(done.stdout).toContain('There is no note #9');
    expect(await notes()).toEqual(['note 1']);
  });

  it('"delete notes 2-4" deletes the span with --yes', async () => {
    await seedNotes(5);
    const done = await fazt('ask', '--yes', 'delete notes 2-4');
    expect(done.code, done.stderr).toBe(0);
    expect(await notes()).toEqual(['note 1', 'note 5']);
  });

  it('a backup "and overwrite it" replaces only with consent (exit 3 without), never a file named after the clause', async () => {
    const target = join(cart().dir, 'x.db');
    const first = await fazt('ask', `back up to ${target}`);
    expect(first.code, first.stderr).toBe(0);
    for (const request of [
      `back up to ${target} and overwrite it`,
      `back up to ${target}, replacing it`,
      `back up everything to ${target} and replace the old one`,
    ]) {
      const held = await fazt('ask', request);
      expect(held.code, `${request}\n${held.stdout}${held.stderr}`).toBe(3);
      expect(held.stdout).toContain(`replace the file at ${target}`);
      const done = await fazt('ask', '--yes', request);
      expect(done.code, done.stderr).toBe(0);
      expect(done.stdout).toContain('replacing the file that was there');
    }
    expect(readdirSync(cart().dir).filter((name) => name.startsWith('x.db'))).toEqual(['x.db']);
  });

  it('making an app private needs no consent; making it public does; a delete after it is asked about', async () => {
    for (const name of ['blog', 'shop']) {
      const folder = join(cart().dir, name);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'index.html'), `<h1>${name}</h1>`);
      const deployed = await fazt('run', 'apps_deploy', JSON.stringify({ folder, name }), '--yes');
      expect(deployed.code, deployed.stderr).toBe(0);
    }
    const exposed = await fazt('ask', 'make blog and shop public');
    expect(exposed.code, exposed.stderr).toBe(3);
    expect(exposed.stdout).toContain('make blog public');
    expect(exposed.stdout).toContain('make shop public');
    expect((await fazt('ask', '--yes', 'make blog and shop public')).code).toBe(0);
    const hidden = await fazt('ask', 'make blog and shop private');
    expect(hidden.code, hidden.stderr).toBe(0);
    expect(hidden.stdout).toContain('blog is now private');
    expect(hidden.stdout).toContain('shop is now private');
    await fazt('ask', '--yes', 'make blog public');
    const both = await fazt('ask', 'make blog private and delete shop');
    expect(both.code, both.stderr).toBe(3);
    expect(both.stdout).toContain('blog is now private');
    expect(both.stdout).toContain('This would delete the app shop');
    const listed = await fazt('run', 'apps_list', '{}');
    expect(listed.stdout).toContain('shop');
    expect(existsSync(cart().path)).toBe(true);
  });
});
