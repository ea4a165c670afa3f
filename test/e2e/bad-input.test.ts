import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';

/**
 * Bad input through the real CLI: every case exits 2 with a message that names the field, and
 * nothing is written (the domain tables are read straight from the SQLite file afterwards).
 */
let cart: TempCartridge;

/** Rows in the tables a tool could have written to. */
function domainRows(): Record<string, number> {
  const db = new Database(cart.path, { readonly: true });
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const events = db.prepare("SELECT count(*) AS n FROM events WHERE type NOT IN ('tool.called')").get() as {
      n: number;
    };
    return {
      memory: count('memory'),
      notes: count('notes'),
      documents: count('documents'),
      blobs: count('blobs'),
      config: count('config'),
      domainEvents: events.n,
    };
  } finally {
    db.close();
  }
}

let baseline: Record<string, number>;

beforeAll(async () => {
  cart = await tempCartridge();
  const seeded = await runCli(['run', 'memory_remember', '--key', 'bike lock code', '--value', '4312'], {
    cartridge: cart.path,
  });
  expect(seeded.code, seeded.stderr).toBe(0);
  baseline = domainRows();
  expect(baseline.memory).toBe(1);
});
afterAll(() => cart.cleanup());

interface ErrorJson {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

/** Runs `fazt run <tool> … --json` and checks: exit 2, the field named, JSON error, nothing written. */
async function expectRefused(
  args: string[],
  field: string,
  what: RegExp,
  input?: string | Buffer,
): Promise<CliResult> {
  const result = await runCli(['run', ...args, '--json'], {
    cartridge: cart.path,
    ...(input === undefined ? {} : { input }),
  });
  expect(result.code, result.stderr).toBe(2);
  const body = JSON.parse(result.stdout) as ErrorJson;
  const issue = body.error.issues?.find((candidate) => candidate.path === field);
  if (issue) expect(issue.message).toMatch(what);
  else expect(body.error.message).toMatch(new RegExp(`\\b${field.replaceAll('.', '\\.')}\\b`));
  expect(body.error.message).toMatch(what);
  expect(result.stderr).toMatch(/^fazt: /);
  expect(result.stderr).toContain(field);
  expect(result.stderr.length).toBeLessThan(2000);
  expect(domainRows()).toEqual(baseline);
  return result;
}

const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

describe('wrong types and missing fields', () => {
  it('a number where text belongs', async () => {
    await expectRefused(['memory_remember', '{"key": 42, "value": "4312"}'], 'key', /expected string/);
  });

  it('a boolean where text belongs, named among several issues', async () => {
    const result = await expectRefused(
      ['memory_remember', '{"key": "pin", "value": true}'],
      'value',
      /expected string/,
    );
    expect(result.stderr).not.toMatch(/key:/);
  });

  it('missing fields are named as required', async () => {
    const result = await expectRefused(['memory_remember', '{}'], 'key', /is required/);
    expect(result.stderr).toMatch(/value: is required/);
  });

  it('a missing field when flags are used', async () => {
    await expectRefused(['memory_remember', '--key', 'pin'], 'value', /is required/);
  });

  it('text given to a number flag', async () => {
    await expectRefused(['memory_list', '--limit', 'lots'], 'limit', /expected number/);
  });

  it('an injection attempt given as a note id', async () => {
    await expectRefused(['notes_delete', '{"id": "1; DROP TABLE notes"}', '--yes'], 'id', /expected number/);
  });

  it('an entries array with one bad item among 10,000: the index is named and nothing is imported', async () => {
    const entries = Array.from({ length: 10_000 }, (_, index) => ({
      key: `fact ${index}`,
      value: `${index}`,
    }));
    entries[5000] = { key: '', value: 'blank key' };
    await expectRefused(
      ['memory_import', '-'],
      'entries.5000.key',
      /must not be empty/,
      JSON.stringify({ entries }),
    );
  });
});

describe('10 MB strings', () => {
  it('a 10 MB value from a file', async () => {
    const file = await cart.writeFile('big-value.json', JSON.stringify({ key: 'pin', value: tenMegabytes }));
    await expectRefused(['memory_remember', `@${file}`], 'value', /too long \(at most 10,000 characters\)/);
  });

  it('a 10 MB key from stdin', async () => {
    await expectRefused(
      ['memory_remember', '-'],
      'key',
      /too long \(at most 200 characters\)/,
      JSON.stringify({ key: tenMegabytes, value: '1' }),
    );
  });

  it('a 10 MB note from stdin', async () => {
    await expectRefused(['notes_add', '-'], 'text', /too long/, JSON.stringify({ text: tenMegabytes }));
  });
});

describe('invalid UTF-8 (raw bytes)', () => {
  const withBytes = (before: string, bytes: number[], after: string) =>
    Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);

  it('broken bytes in a value, from a file', async () => {
    const file = await cart.writeFile(
      'broken.json',
      withBytes('{"key": "pin", "value": "43', [0xff, 0xfe], '12"}'),
    );
    await expectRefused(['memory_remember', `@${file}`], 'value', /not valid UTF-8/);
  });

  it('a truncated multi-byte sequence inside an array item, from stdin', async () => {
    const input = withBytes(
      '{"entries": [{"key": "a", "value": "1"}, {"key": "b", "value": "caf',
      [0xc3],
      '"}]}',
    );
    await expectRefused(['memory_import', '-'], 'entries.1.value', /not valid UTF-8/, input);
  });

  it('an overlong encoding of "/" (a classic path-check bypass) in a key', async () => {
    const file = await cart.writeFile(
      'overlong.json',
      withBytes('{"key": "..', [0xc0, 0xaf], 'etc", "value": "1"}'),
    );
    await expectRefused(['memory_remember', `@${file}`], 'key', /not valid UTF-8/);
  });

  it('a lone surrogate written as a JSON escape', async () => {
    await expectRefused(
      ['memory_remember', '{"key": "pin", "value": "\\ud800"}'],
      'value',
      /not valid UTF-8/,
    );
  });
});

describe('NUL bytes', () => {
  it('an escaped NUL in inline JSON', async () => {
    await expectRefused(['memory_remember', '{"key": "pin", "value": "43\\u000012"}'], 'value', /NUL/);
  });

  it('a raw NUL byte in a file', async () => {
    const file = await cart.writeFile('nul.json', Buffer.from('{"key": "pin", "value": "43\u000012"}'));
    await expectRefused(['memory_remember', `@${file}`], 'value', /NUL/);
  });

  it('a raw NUL byte in a note from stdin', async () => {
    await expectRefused(['notes_add', '-'], 'text', /NUL/, Buffer.from('{"text": "a\u0000b"}'));
  });
});

describe('paths where names belong', () => {
  for (const key of ['../../etc/passwd', 'notes/secret', '..\\windows', '..']) {
    it(`the key ${JSON.stringify(key)}`, async () => {
      await expectRefused(['memory_remember', JSON.stringify({ key, value: '1' })], 'key', /plain name/);
    });
  }

  it('a ../ key inside a batch: nothing of the batch is written', async () => {
    const entries = [
      { key: 'fine', value: '1' },
      { key: '../escape', value: '2' },
    ];
    await expectRefused(['memory_import', JSON.stringify({ entries })], 'entries.1.key', /plain name/);
  });
});

describe('the cartridge afterwards', () => {
  it('still holds exactly what was there, and every refusal was audited', () => {
    const db = new Database(cart.path, { readonly: true });
    try {
      const memory = db.prepare('SELECT key, value FROM memory').all();
      expect(memory).toHaveLength(1);
      const refused = db.prepare("SELECT count(*) AS n FROM audit WHERE outcome = 'invalid_input'").get() as {
        n: number;
      };
      // Refusals the executor saw (not the ones the CLI stopped before: broken UTF-8 bytes).
      expect(refused.n).toBeGreaterThanOrEqual(15);
      const inputs = db.prepare('SELECT max(length(input)) AS longest FROM audit').get() as {
        longest: number;
      };
      expect(inputs.longest).toBeLessThan(10_000);
    } finally {
      db.close();
    }
  });
});
