import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/** Casual questions and the kind of answer asked, through the real CLI (issue 10, S12 HIGH 1/3, MEDIUM 10). */
describe('fazt knowledge ask reads casual typing and the kind asked (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-words9-');
    const dir = join(cart.dir, 'work');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'router.html'),
      '<html><body><h1>Zyxel AX3 Router</h1><p>The Wi-Fi password is <code>maple&amp;fox77</code>.</p><h2>Specifications</h2><p>Price: &euro;119</p></body></html>',
    );
    // The page holds a Wi-Fi password on purpose: learned with the person's consent (k25-docs).
    await runCli(['learn', '--include-secrets', dir], { cartridge: cart.path });
  }, 120_000);
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[]) => runCli(args, { cartridge: cart.path });

  it('answers "whats the wifi pw" in fazt knowledge ask and fazt ask', async () => {
    const asked = await cli(['knowledge', 'ask', 'whats the wifi pw']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('maple&fox77');
    const routed = await cli(['ask', 'whats the wifi pw']);
    expect(routed.stdout).toContain('maple&fox77');
  }, 120_000);

  it('answers the price asked as a cost, and a search command around a folder', async () => {
    const cost = await cli(['knowledge', 'ask', 'how much does the router cost?']);
    expect(cost.stdout).toContain('Price: €119');
    expect(cost.stdout).not.toContain('maple');
    const searched = await cli(['knowledge', 'ask', 'search my work folder for the wifi password']);
    expect(searched.code).toBe(0);
    expect(searched.stdout).toContain('maple&fox77');
  }, 120_000);
});
