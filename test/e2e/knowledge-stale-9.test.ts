import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/**
 * Through the real CLI (5 spawns): an answer from a file edited or deleted since it was learned
 * says so in text and in --json; the list marks them; --type csv is .csv files only; a relative
 * path without extension names the file as the bare name does.
 */
describe('knowledge: stale files, --type extensions, extensionless paths (real CLI)', () => {
  let cart: TempCartridge;
  let home: string;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-stale-');
    home = join(cart.dir, 'home');
    mkdirSync(join(cart.dir, 'work'), { recursive: true });
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'lease.md'), '# Lease\n\nThe monthly rent is 1,250 EUR.\n');
    writeFileSync(join(home, 'people.txt'), 'Maria Lopez: phone +34 600 111 222.\n');
    writeFileSync(join(home, 'costs.csv'), 'what,amount\nrent,1250\n');
    const learned = await runCli(['learn', home], { cartridge: cart.path });
    expect(learned.code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await cart.cleanup();
  });

  it('says a cited file changed or is gone, in text, --json and the list', async () => {
    const lease = join(home, 'lease.md');
    writeFileSync(lease, 'NEW LINE\nNEW LINE 2\n# Lease\n\nThe monthly rent is 1,250 EUR.\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(lease, later, later);
    rmSync(join(home, 'people.txt'));
    const rent = await runCli(['knowledge', 'ask', 'what is the monthly rent?', '--type', 'md'], {
      cartridge: cart.path,
    });
    expect(rent.code).toBe(0);
    expect(rent.stdout).toContain('1,250 EUR');
    expect(rent.stdout).toContain(
      `Note: lease.md changed since it was learned; line numbers may be off — \`fazt learn ${lease}\` to refresh.`,
    );
    const phone = await runCliJson<{ known: boolean; stale?: { path: string; state: string }[] }>(
      ['knowledge', 'ask', "what is Maria's phone?", '--json'],
      { cartridge: cart.path },
    );
    expect(phone.known).toBe(true);
    expect(phone.stale).toEqual([
      expect.objectContaining({ path: join(home, 'people.txt'), state: 'missing' }),
    ]);
    const list = await runCli(['knowledge', 'list'], { cartridge: cart.path });
    expect(list.stdout).toContain(`${lease} (markdown, 1 chunk) — changed since learned`);
    expect(list.stdout).toContain(`${join(home, 'people.txt')} (text, 1 chunk) — gone from disk`);
  }, 120_000);

  it('--type csv searches .csv files only; --path ../home/lease is lease.md', async () => {
    const csv = await runCliJson<{ passages: { path: string }[]; filters?: string }>(
      ['knowledge', 'search', 'rent', '--type', 'csv', '--json'],
      { cartridge: cart.path },
    );
    expect(csv.filters).toBe('.csv files');
    expect(csv.passages.map((p) => p.path)).toEqual([join(home, 'costs.csv')]);
    const relative = await runCli(['knowledge', 'search', 'rent', '--path', '../home/lease'], {
      cartridge: cart.path,
      cwd: join(cart.dir, 'work'),
    });
    expect(relative.code).toBe(0);
    expect(relative.stdout).toMatch(/^lease\.md:/m);
    expect(relative.stdout).not.toContain('costs.csv');
  }, 120_000);
});
