import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

interface AskJson {
  answer: string;
  toolCalls: Array<{ name: string; input: Record<string, unknown> }>;
  conversationId: string;
}

/**
 * Stranger S38 B8 and MEDIUM through the real CLI: a yes/no question naming a situation in
 * everyday words reaches the documents (never a remembered value guessed) and gets the clause's
 * verdict; a follow-up (`-c`) to a verdict asks the same yes/no of the new thing and keeps a verdict.
 */
describe('situations and verdict follow-ups (S38, real CLI)', () => {
  let cart: TempCartridge;
  let dir: string;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-k25-');
    dir = join(cart.dir, 'papers');
    mkdirSync(dir, { recursive: true });
    const data = join(import.meta.dirname, '..', '..', 'tools', 'knowledge', 'testdata', 'k25');
    for (const name of ['contents-policy.md', 'tenancy.md']) copyFileSync(join(data, name), join(dir, name));
  }, 60_000);
  afterAll(async () => {
    await cart.cleanup();
  });
  const run = (...args: string[]) => runCli(args, { cartridge: cart.path });
  const ask = async (...args: string[]) =>
    JSON.parse((await run('ask', '--json', ...args)).stdout) as AskJson;
  const knowledgeInput = (reply: AskJson) =>
    reply.toolCalls.find((call) => call.name === 'knowledge_ask')?.input;

  it('answers the situation from the clause, and a follow-up keeps the verdict', {
    timeout: 180_000,
  }, async () => {
    expect((await run('learn', dir, '--yes')).code).toBe(0);
    const laptop = await ask('is my laptop covered if I drop it?');
    expect(laptop.toolCalls.map((c) => c.name)).not.toContain('memory_recall');
    expect(laptop.answer).toContain('Yes — it is listed:');
    expect(laptop.answer).toContain(
      'Accidental damage to laptops, tablets and televisions (contents-policy.md:12)',
    );
    const bike = await ask('is my bike worth 1500 covered?');
    expect(bike.answer).toContain('Not in full — 1,500 is more than the £750 limit for one item');
    const away = await ask('can I be away for 3 months?');
    expect(away.answer).toContain('No — 3 months (84 to 93 days) is more than 45 consecutive days');

    const theft = await ask('is theft covered?');
    expect(theft.answer).toContain('Yes — "Theft or attempted theft from your home"');
    const accident = await ask('-c', theft.conversationId, 'what about accidental damage?');
    expect(knowledgeInput(accident)).toEqual({ question: 'is accidental damage covered?' });
    expect(accident.answer).toContain('Yes — it is listed under "## What is covered".');
    const wear = await ask('-c', accident.conversationId, 'and vermin?');
    expect(knowledgeInput(wear)).toEqual({ question: 'is vermin covered?' });
    expect(wear.answer).toContain('No — it is listed under "## What is not covered".');
  });
});
