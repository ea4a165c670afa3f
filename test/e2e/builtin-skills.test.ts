import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, useTempCartridge } from '../helpers/cli.js';

const builtin = readdirSync(join(ROOT, 'skills/builtin'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Every built-in skill, through the real CLI: its tests pass in the sandbox, and its evals pass. */
describe('built-in skills', { timeout: 180_000 }, () => {
  const cart = useTempCartridge('fazt-builtin-skills-');

  it('ships at least the three skills the README names', () => {
    expect(builtin).toEqual(expect.arrayContaining(['unit-convert', 'shopping-list', 'photo-sharing']));
  });

  it.each(builtin)(
    '%s imports (its tests pass) and its evals pass, triggering when it should',
    async (name) => {
      const fazt = (args: string[]) => runCli(args, { cartridge: cart().path });
      const imported = await fazt(['skill', 'import', name, '--yes']);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/tests passed — ok/);
      const evaluated = await fazt(['skill', 'eval', name]);
      expect(evaluated.code, evaluated.stdout + evaluated.stderr).toBe(0);
      expect(evaluated.stdout).toMatch(/triggered (\d+)\/\1 times it should, 0\/\d+ times it must not/);
    },
  );
});

describe('photo-sharing composes the hosting tools', { timeout: 120_000 }, () => {
  const cart = useTempCartridge('fazt-photo-sharing-');

  it('"share my photos with grandma for 3 days" makes a labelled, expiring link to the gallery', async () => {
    const fazt = (args: string[]) => runCli(args, { cartridge: cart().path });
    expect((await fazt(['skill', 'import', 'photo-sharing', '--yes'])).code).toBe(0);
    const shared = await fazt(['ask', 'share my photos with grandma for 3 days']);
    expect(shared.code, shared.stderr).toBe(0);
    expect(shared.stdout).toMatch(
      /grandma's link to your photos, working until \d{4}-\d\d-\d\d: http:\/\/127\.0\.0\.1:\d+\/a\/photos\/\?share=/,
    );
    const listed = await fazt(['share', '--list']);
    expect(listed.stdout).toContain('for grandma');
    const who = await fazt(['ask', 'who can see my photos']);
    expect(who.stdout).toContain('Working links to your photos: for grandma');
  });
});
