import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { cliArgs, NODE, useTempCartridge } from '../helpers/cli.js';

/**
 * Every tool, driven the way real MCP clients drive it: the official SDK client lists the tools
 * (which makes it validate every later result against the advertised `outputSchema`), then calls
 * each tool in every shape of answer it has (found / not found, created / replaced, …). A result
 * that does not match its schema makes `callTool` throw, as it does in Gemini CLI or the Inspector.
 */
describe('advertised output schemas match real output', () => {
  const cart = useTempCartridge('fazt-mcp-schemas-');
  let client: Client | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('every tool, every branch, through the SDK client after listTools', async () => {
    const content = Buffer.from('a small file for the blob store\n');
    const file = await cart().writeFile('hello.txt', content);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const site = join(cart().dir, 'site');
    await mkdir(site);
    await writeFile(join(site, 'index.html'), '<!doctype html><title>hi</title><p>hello</p>\n');
    const pictures = join(cart().dir, 'pictures');
    await mkdir(pictures);
    const { default: sharp } = await import('sharp');
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .jpeg()
      .toFile(join(pictures, 'green.jpg'));
    const docs = join(cart().dir, 'docs');
    await mkdir(docs);
    await writeFile(join(docs, 'lease.md'), '# Lease\n\n## Pets\n\nOne cat is allowed with a deposit.\n');
    const transport = new StdioClientTransport({
      command: NODE,
      args: cliArgs(['mcp', '--allow-destructive'], { cartridge: cart().path }),
      stderr: 'pipe',
    });
    client = new Client({ name: 'fazt-schema-check', version: '1.0.0' });
    await client.connect(transport);
    const { tools } = await client.listTools();

    /** Calls, in order; `{id}` in a value is replaced by the id of the note added first. */
    const calls: Array<[string, Record<string, unknown>]> = [
      ['system_status', {}],
      ['memory_remember', { key: 'garage code', value: '7781' }],
      ['memory_remember', { key: 'garage code', value: '7782' }],
      ['memory_remember', { key: 'freezer temperature', value: '-18' }],
      ['memory_recall', { key: 'garage code' }],
      ['memory_recall', { key: 'passport number' }],
      // Several checks in one call: each part's output, a secret guessed wrong withheld.
      [
        'memory_recall',
        {
          key: 'freezer temperature',
          guess: '-18',
          more: [
            { key: 'garage code', guess: '1111' },
            { key: 'passport number', guess: 'X1' },
          ],
        },
      ],
      ['memory_list', {}],
      ['memory_list', { limit: 1, offset: 5 }],
      [
        'memory_import',
        {
          entries: [
            { key: 'wifi', value: 'hunter2' },
            { key: 'garage code', value: '1' },
          ],
        },
      ],
      ['memory_forget', { key: 'wifi' }],
      ['memory_forget', { key: 'never stored' }],
      ['notes_add', { text: 'water the ferns 🌿' }],
      ['notes_get', { id: '{id}' }],
      ['notes_list', {}],
      ['notes_search', { query: 'ferns' }],
      ['notes_search', { query: 'nothing like this' }],
      ['notes_delete', { id: '{id}' }],
      ['notes_get', { id: '{id}' }],
      ['config_get', {}],
      ['config_get', { key: 'model' }],
      ['config_set', { key: 'model', value: 'offline' }],
      ['events_list', {}],
      ['events_list', { type: 'memory.*', limit: 2 }],
      ['blobs_info', { sha256 }],
      ['blobs_import', { path: file }],
      ['blobs_import', { path: file }],
      ['blobs_info', { sha256 }],
      ['cartridge_backup', { path: `${cart().dir}/backup.db` }],
      ['apps_list', {}],
      ['apps_deploy', { folder: site, name: 'site' }],
      ['apps_deploy', { folder: site, name: 'site' }],
      ['apps_rollback', { name: 'site' }],
      ['apps_share', { app: 'site', label: 'grandma', expires: '3d' }],
      ['apps_shares', { app: 'site' }],
      ['apps_unshare', { app: 'site', label: 'grandma' }],
      ['apps_set_access', { name: 'site', access: 'public' }],
      ['apps_list', {}],
      ['apps_delete', { name: 'site' }],
      ['photos_summary', {}],
      ['photos_import', { folder: pictures }],
      ['photos_host', { folder: pictures }],
      ['photos_albums', {}],
      ['photos_list', {}],
      ['photos_list', { limit: 1 }],
      ['photos_remove', { goneFromDisk: true }],
      ['knowledge_list', {}],
      ['knowledge_learn', { paths: [docs] }],
      ['knowledge_search', { query: 'pets allowed' }],
      ['knowledge_search', { query: 'zebra quantum' }],
      ['knowledge_ask', { question: 'what does my lease say about pets?' }],
      ['knowledge_ask', { question: 'what is the capital of France?' }],
      ['knowledge_list', {}],
      ['knowledge_forget', { path: docs }],
      ['skills_list', {}],
      ['notes_add', { text: 'buy stamps' }],
      ['notes_clear', {}],
      ['memory_clear', {}],
    ];
    const validator = new AjvJsonSchemaValidator();
    const schemas = new Map(tools.map((tool: Tool) => [tool.name, tool.outputSchema]));
    const succeeded = new Set<string>();
    let noteId = 0;
    for (const [name, raw] of calls) {
      const args = JSON.parse(JSON.stringify(raw).replaceAll('"{id}"', String(noteId)));
      const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
      if (result.isError) continue; // e.g. notes_get after delete: an error result, no structured content
      succeeded.add(name);
      if (name === 'notes_add') noteId = (result.structuredContent as { note: { id: number } }).note.id;
      const schema = schemas.get(name);
      expect(schema, name).toBeDefined();
      const check = validator.getValidator(schema as Record<string, unknown>)(result.structuredContent);
      expect(check.errorMessage, `${name} ${JSON.stringify(args)}`).toBeUndefined();
    }
    expect([...succeeded].sort()).toEqual(tools.map((tool) => tool.name).sort());
  });
});
