import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestRuntime, testRuntime } from '../test/helpers/runtime.js';
import { createMemoryStore } from '../tools/memory/store.js';
import { createNotesStore } from '../tools/notes/store.js';
import { buildInstructions } from './instructions.js';

describe('system prompt', () => {
  let harness: TestRuntime;
  beforeEach(() => {
    harness = testRuntime();
  });
  afterEach(() => harness.close());

  const build = (request: string) =>
    buildInstructions({
      registry: harness.registry,
      cartridge: harness.cartridge,
      request,
      now: new Date(2026, 10, 24, 9, 5),
    });

  it('lists every tool with its risk, the date and what the cartridge holds', () => {
    createNotesStore(harness.cartridge).add('milk');
    const prompt = build('hello');
    for (const tool of harness.registry.list())
      expect(prompt).toContain(`- ${tool.name} (${tool.risk}): ${tool.title}`);
    expect(prompt).toContain('Now: 2026-11-24 09:05 (Tuesday), local time.');
    expect(prompt).toContain('The cartridge holds 0 remembered facts, 1 note.');
    expect(prompt).not.toContain('Remembered facts that may be relevant');
  });

  it('shows only the remembered facts that look relevant, values cut short', () => {
    createMemoryStore(harness.cartridge).remember('bike lock code', '4312');
    createMemoryStore(harness.cartridge).remember('wifi password', 'x'.repeat(500));
    createMemoryStore(harness.cartridge).remember('dentist', 'Dr Ruiz');
    const prompt = build('what is the wifi password and my bike lock code?');
    expect(prompt).toContain('- bike lock code: "4312"');
    expect(prompt).toMatch(/- wifi password: "x{100,}…\n?/);
    expect(prompt).not.toContain('dentist');
  });

  it('puts the learned passages that answer into the prompt, cited, and none for other requests', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const docs = join(harness.dir, 'docs');
    mkdirSync(docs);
    writeFileSync(
      join(docs, 'lease.md'),
      '# Lease\n\n## Pets\n\nOne cat or one small dog is allowed.\nNo reptiles.\n',
    );
    const learned = await harness.executor.execute(
      'knowledge_learn',
      { paths: [docs] },
      // The harness caller is an agent and the folder is under /tmp: learning it needs consent
      // (tested in test/e2e/mcp-knowledge-learn.test.ts); here it is given, to build a prompt.
      { caller: harness.caller, approved: true },
    );
    expect(learned.ok).toBe(true);
    const prompt = build('what does my lease say about pets?');
    expect(prompt).toContain("Passages from the person's own documents");
    expect(prompt).toContain(
      '- [lease.md:1-6] (lease › Lease) # Lease ## Pets One cat or one small dog is allowed. No reptiles.',
    );
    expect(build('what is the weather like in Lisbon?')).not.toContain('Passages from');
    expect(build('hello')).not.toContain('Passages from');
  });

  it('stays small enough for an 8k-context model', () => {
    for (let index = 0; index < 50; index++)
      createMemoryStore(harness.cartridge).remember(`code ${index}`, 'y'.repeat(300));
    const prompt = build('what is the code?');
    expect(prompt.match(/^- code \d+:/gm)).toHaveLength(5);
    // ~4 characters a token: under 1,000 tokens, leaving the rest of 8k for tools, history and answer.
    expect(prompt.length / 4).toBeLessThan(1_000);
  });
});
