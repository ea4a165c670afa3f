import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/**
 * The knowledge commands read a path the one way (tools/knowledge/scope.ts): relative to the
 * working folder, `~` is home, a bare name that is no learned path picks learned files so
 * called; "I don't know" is an answer (exit 0) everywhere; messages that found nothing name
 * the filters that were active.
 */
describe('knowledge paths, exit codes and filter messages (real CLI)', () => {
  let cart: TempCartridge;
  let work: string;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-paths-');
    work = join(cart.dir, 'work');
    mkdirSync(join(work, 'notes'), { recursive: true });
    mkdirSync(join(work, 'elsewhere', 'notes'), { recursive: true });
    mkdirSync(join(cart.dir, 'home', 'docs'), { recursive: true });
    writeFileSync(
      join(work, 'notes', 'lease.md'),
      '# Lease\n\nPets are allowed with a deposit of 200 euros.\n',
    );
    writeFileSync(join(work, 'elsewhere', 'notes', 'boiler.txt'), 'The boiler pressure is 1.5 bar.\n');
    writeFileSync(join(cart.dir, 'home', 'docs', 'garden.md'), '# Garden\n\nWater the tomatoes daily.\n');
  });
  afterAll(async () => {
    await cart.cleanup();
  });

  const cli = (args: string[], cwd = work) =>
    runCli(args, { cartridge: cart.path, cwd, env: { HOME: join(cart.dir, 'home') } });

  it('a bare relative name means the same folder in learn, search, ask, list and forget', async () => {
    const learned = await cli(['learn', 'notes', 'elsewhere/notes', '~/docs', '--yes']);
    expect(learned.code, learned.stderr).toBe(0);
    expect(learned.stdout).toMatch(/3 new/);

    // "notes" from `work` is work/notes only, never elsewhere/notes (also called "notes").
    const search = await cli(['knowledge', 'search', '--path', 'notes', 'boiler pressure pets', '--json']);
    expect(search.code, search.stderr).toBe(0);
    const paths = (JSON.parse(search.stdout) as { passages: { path: string }[] }).passages.map((p) => p.path);
    expect(paths).toEqual([join(work, 'notes', 'lease.md')]);
    const ask = await cli(['knowledge', 'ask', '--path', 'notes', 'what is the boiler pressure?']);
    expect(ask.stdout).toMatch(/^I don't know/);
    expect(ask.stdout).toContain(`under ${join(work, 'notes')}`);
    const askPets = await cli(['knowledge', 'ask', '--path', 'notes', 'are pets allowed?']);
    expect(askPets.stdout).toContain('(lease.md:3)');
    const list = await cli(['knowledge', 'list', 'notes', '--json']);
    const listed = JSON.parse(list.stdout) as { under: string; files: { path: string }[] };
    expect(listed.under).toBe(join(work, 'notes'));
    expect(listed.files.map((f) => f.path)).toEqual([join(work, 'notes', 'lease.md')]);
    // `~` is home in every option; "./notes/" (slash, dot) is the same folder as "notes".
    const home = await cli(['knowledge', 'search', '--path', '~/docs', 'tomatoes', '--json']);
    expect(JSON.parse(home.stdout).passages[0].path).toBe(join(cart.dir, 'home', 'docs', 'garden.md'));
    const dotted = await cli(['knowledge', 'list', './notes/', '--json']);
    expect(JSON.parse(dotted.stdout).files.map((f: { path: string }) => f.path)).toEqual(
      listed.files.map((f) => f.path),
    );

    // From elsewhere/, "notes" is elsewhere/notes, for search and ask alike.
    const inner = join(work, 'elsewhere');
    const innerAsk = await cli(
      ['knowledge', 'ask', '--path', 'notes', 'what is the boiler pressure?'],
      inner,
    );
    expect(innerAsk.stdout).toContain('1.5 bar');
    const innerSearch = await cli(['knowledge', 'search', '--path', 'notes', 'pets', '--json'], inner);
    expect(JSON.parse(innerSearch.stdout).passages).toEqual([]);

    // forget "notes" from `work` forgets work/notes only.
    const forget = await cli(['knowledge', 'forget', 'notes', '--yes', '--json']);
    expect(forget.code, forget.stderr).toBe(0);
    expect(JSON.parse(forget.stdout).forgotten).toEqual([join(work, 'notes', 'lease.md')]);
    const left = await cli(['knowledge', 'list', '--json']);
    expect(JSON.parse(left.stdout).files.map((f: { path: string }) => f.path)).toEqual([
      join(cart.dir, 'home', 'docs', 'garden.md'),
      join(work, 'elsewhere', 'notes', 'boiler.txt'),
    ]);
    // Now work/notes holds nothing learned: a bare name falls back to the learned folder so called.
    const byName = await cli(['knowledge', 'ask', '--path', 'notes', 'what is the boiler pressure?']);
    expect(byName.stdout).toContain('1.5 bar');
  }, 120_000);

  it('a path filter that picks no learned file says so, naming the resolved path, in every command', async () => {
    for (const args of [
      ['knowledge', 'search', '--path', 'nothere', 'pets'],
      ['knowledge', 'ask', '--path', 'nothere', 'pets?'],
      ['knowledge', 'forget', 'nothere', '--yes'],
      ['run', 'knowledge_search', JSON.stringify({ query: 'pets', pathPrefix: 'nothere/sub' })],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(join(work, 'nothere'));
      expect(result.stderr).not.toMatch(/unexpected error/i);
    }
    const empty = await cli(['knowledge', 'search', 'pets', '--path', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--path was given an empty path/);
    const list = await cli(['knowledge', 'list', 'nothere']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`No learned documents under ${join(work, 'nothere')}`);
  }, 120_000);

  it('"I don\'t know" exits 0 from fazt ask and fazt knowledge ask, and names the active filters', async () => {
    const direct = await cli(['knowledge', 'ask', 'what does my lease say about parking spaces?']);
    expect(direct.code).toBe(0);
    expect(direct.stdout).toMatch(/^I don't know/);
    // A question no template reads: memory, notes and documents are searched, then "I don't know".
    const planned = await cli(['ask', 'how long do I cook the quinoa']);
    expect(planned.stdout).toMatch(/^I don't know/);
    expect(planned.code).toBe(0);
    const viaDocs = await cli(['ask', 'what do my documents say about parking spaces?']);
    expect(viaDocs.stdout).toMatch(/^I don't know/);
    expect(viaDocs.code).toBe(0);
    // A request fazt cannot read at all still needs more from the person (exit 3).
    const unread = await cli(['ask', 'asdkjh qwpoeiru zmxncb']);
    expect(unread.code).toBe(3);

    const filtered = await cli([
      'knowledge',
      'ask',
      'what is the boiler pressure?',
      '--type',
      'md,pdf',
      '--path',
      '~/docs',
      '--since',
      '2026-01-01',
    ]);
    expect(filtered.code).toBe(0);
    expect(filtered.stdout).toMatch(/^I don't know/);
    expect(filtered.stdout).toContain(
      `Searched only Markdown or PDF files under ${join(cart.dir, 'home', 'docs')} modified since 2026-01-01.`,
    );
    const search = await cli(['knowledge', 'search', 'boiler', '--type', 'pdf', '--until', '2001-01-01']);
    expect(search.code).toBe(0);
    expect(search.stdout.trim()).toBe('Nothing in PDF files modified until 2001-01-01 matches boiler.');
    const json = await runCliJson<{ filters?: string; known: boolean }>(
      ['knowledge', 'ask', 'boiler?', '--path', 'elsewhere', '--json'],
      { cartridge: cart.path, cwd: work, env: { HOME: join(cart.dir, 'home') } },
    );
    expect(json.filters).toBe(`files under ${join(work, 'elsewhere')}`);
    // Without filters nothing is added.
    const plain = await cli(['knowledge', 'search', 'zebra']);
    expect(plain.stdout.trim()).toBe('Nothing in your documents matches zebra.');
  }, 120_000);
});
