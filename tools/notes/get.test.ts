import { describe, expect, it } from 'vitest';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

describe('notes_get', () => {
  const caller = { kind: 'person' as const, id: 'test' };

  it('reads one note by id, and says how to find ids when there is no such note', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    await executor.execute('notes_add', { text: 'buy milk' }, { caller });
    await executor.execute('notes_add', { text: 'call the bank' }, { caller });

    const second = await executor.execute('notes_get', { id: 2 }, { caller });
    expect(second).toMatchObject({ ok: true, output: { note: { id: 2, text: 'call the bank' } } });
    expect(second.ok && second.text).toBe('#2 call the bank');

    const missing = await executor.execute('notes_get', { id: 9 }, { caller });
    // Not invalid_input: the request was well formed, there is just no such note (issue 8).
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(!missing.ok && missing.error.message).toMatch(/no note #9.*"list my notes"/);
  });
});
