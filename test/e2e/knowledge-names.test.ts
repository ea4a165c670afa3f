import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/**
 * A learned document called by its file name from any folder (issue 10, stranger round 7):
 * `--path shakshuka.md` (with or without extension) picks the one learned file so called,
 * several are refused with their paths listed (exit 2), and "search my recipes for eggs" when
 * nothing learned is called "recipes" searches every document and says so (exit 0).
 */
describe('knowledge documents by file name (real CLI)', () => {
  let cart: TempCartridge;
  let outside: string;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-names-');
    outside = join(cart.dir, 'outside');
    mkdirSync(outside, { recursive: true });
    mkdirSync(join(cart.dir, 'cooking'), { recursive: true });
    mkdirSync(join(cart.dir, 'old', 'notes'), { recursive: true });
    mkdirSync(join(cart.dir, 'new', 'notes'), { recursive: true });
    writeFileSync(
      join(cart.dir, 'cooking', 'shakshuka.md'),
      '# Shakshuka\n\nCrack four eggs into the sauce and cover for 5 minutes.\n',
    );
    writeFileSync(join(cart.dir, 'old', 'notes', 'todo.md'), 'Paint the fence.\n');
    writeFileSync(join(cart.dir, 'new', 'notes', 'todo.md'), 'Paint the shed.\n');
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[]) => runCli(args, { cartridge: cart.path, cwd: outside });

  it('picks the one learned file a bare file name names, and lists several', async () => {
    const learned = await runCli(['learn', 'cooking', 'old', 'new', '--yes'], {
      cartridge: cart.path,
      cwd: cart.dir,
    });
    expect(learned.code, learned.stderr).toBe(0);
    for (const name of ['shakshuka.md', 'shakshuka', 'Shakshuka.MD']) {
      const ask = await cli(['knowledge', 'ask', 'how long do I cover the eggs?', '--path', name]);
      expect(ask.code, `${name}: ${ask.stderr}`).toBe(0);
      expect(ask.stdout).toContain('cover for 5 minutes');
      const search = await cli(['knowledge', 'search', 'eggs', '--path', name]);
      expect(search.code, search.stderr).toBe(0);
      expect(search.stdout).toContain('shakshuka.md');
    }
    const several = await cli(['knowledge', 'search', 'paint', '--path', 'todo.md']);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('Several learned files are called "todo.md"');
    expect(several.stderr).toContain(join(cart.dir, 'old', 'notes', 'todo.md'));
    expect(several.stderr).toContain(join(cart.dir, 'new', 'notes', 'todo.md'));
    // A folder name still picks every file under it; a missing name names the resolved path.
    const folder = await cli(['knowledge', 'search', 'paint', '--path', 'notes']);
    expect(folder.code, folder.stderr).toBe(0);
    const none = await cli(['knowledge', 'ask', 'eggs?', '--path', 'nothere.md']);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain(`Nothing is learned at ${join(outside, 'nothere.md')}`);
  }, 120_000);

  it('"search my recipes for eggs" with nothing called recipes searches every document and says so', async () => {
    const search = await cli(['ask', 'search my recipes for eggs']);
    expect(search.code, search.stderr).toBe(0);
    expect(search.stdout).toContain(
      'No learned folder or file is called "recipes", so I searched all your documents. Found 1 passage:',
    );
    expect(search.stdout).toContain('shakshuka.md');
    // A learned folder so called is still searched alone.
    const scoped = await cli(['ask', 'search my cooking for eggs']);
    expect(scoped.code, scoped.stderr).toBe(0);
    expect(scoped.stdout).toMatch(/^Found 1 passage:/);
    const asked = await cli(['ask', 'what do my recipes say about eggs']);
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.stdout).toBe(
      'No learned folder or file is called "recipes", so I asked all your documents.\nCrack four eggs into the sauce and cover for 5 minutes. (shakshuka.md:3)\n',
    );
    const askedScoped = await cli(['ask', 'what do my cooking say about eggs']);
    expect(askedScoped.stdout).toBe(
      'Crack four eggs into the sauce and cover for 5 minutes. (shakshuka.md:3)\n',
    );
    // "my X folder": the folder's name is X, never "X folder", and "folder" is no word to find.
    const taxes = await cli(['ask', 'search my taxes folder for eggs']);
    expect(taxes.stdout).toContain(
      'No learned folder or file is called "taxes", so I searched all your documents.',
    );
    const folder = await cli(['ask', 'what does my cooking folder say about eggs?']);
    expect(folder.code, folder.stderr).toBe(0);
    expect(folder.stdout).toBe('Crack four eggs into the sauce and cover for 5 minutes. (shakshuka.md:3)\n');
    // An explicit --path is a path on purpose: refused, not widened.
    const explicit = await cli(['knowledge', 'search', 'eggs', '--path', 'recipes']);
    expect(explicit.code).not.toBe(0);
    expect(explicit.stderr).toContain('no learned file or folder is called "recipes"');
  }, 120_000);
});
