import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../../test/helpers/cli.js';

describe('fazt token', () => {
  const cart = useTempCartridge('fazt-token-cli-');
  const token = (args: string[]) => runCli(['token', ...args], { cartridge: cart().path });

  it('create prints the secret once, as the last line of stdout', async () => {
    const result = await token(['create', '--name', 'claude-code', '--scope', 'write', '--expires', '30d']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^fazt_[A-Za-z0-9_-]{43}$/);
    expect(result.stdout).toMatch(/Created token "claude-code" with scope write, expiring \d{4}-/);
    const listed = await token(['list']);
    expect(listed.stdout).toMatch(/claude-code\s+write\s+active/);
    expect(listed.stdout).not.toContain(lines.at(-1)!);
  });

  it('create --json gives {token, name, scope, expiresAt}', async () => {
    const created = await runCliJson<Record<string, unknown>>(
      ['token', 'create', '--name', 'ci', '--scope', 'admin', '--json'],
      { cartridge: cart().path },
    );
    expect(Object.keys(created).sort()).toEqual(['expiresAt', 'name', 'scope', 'token']);
    expect(created).toMatchObject({ name: 'ci', scope: 'admin', expiresAt: null });
    expect(created.token).toMatch(/^fazt_/);
  });

  it('refuses bad input with exit 2 and a message saying what to do', async () => {
    const badScope = await token(['create', '--name', 'x', '--scope', 'root']);
    expect(badScope.code).toBe(2);
    expect(badScope.stderr).toMatch(/Unknown scope "root": use --scope read/);
    const badExpiry = await token(['create', '--name', 'x', '--scope', 'read', '--expires', 'tomorrow']);
    expect(badExpiry.code).toBe(2);
    expect(badExpiry.stderr).toMatch(/Cannot read the expiry "tomorrow"/);
    const noScope = await token(['create', '--name', 'x']);
    expect(noScope.code).toBe(2);
    await token(['create', '--name', 'taken', '--scope', 'read']);
    const taken = await token(['create', '--name', 'taken', '--scope', 'read']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/already exists \(active\).*fazt token revoke taken/);
    expect(await runCliJson<unknown[]>(['token', 'list', '--json'], { cartridge: cart().path })).toHaveLength(
      1,
    );
  });

  it('revoke marks a token revoked once, records events, and refuses unknown names', async () => {
    await token(['create', '--name', 'old', '--scope', 'read']);
    const revoked = await token(['revoke', 'old']);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/Revoked token "old"/);
    expect((await token(['revoke', 'old'])).stdout).toMatch(/already revoked/);
    const unknown = await token(['revoke', 'ghost']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no token named "ghost"/);
    const list = await runCliJson<{ name: string; status: string; revokedAt: number }[]>(
      ['token', 'list', '--json'],
      { cartridge: cart().path },
    );
    expect(list).toEqual([
      expect.objectContaining({ name: 'old', status: 'revoked', revokedAt: expect.any(Number) }),
    ]);
    const events = await runCliJson<{ events: { type: string; data: { name: string } }[] }>(
      ['run', 'events_list', '{"type":"token.*"}', '--json'],
      { cartridge: cart().path },
    );
    expect(events.events.map((event) => event.type).sort()).toEqual(['token.created', 'token.revoked']);
  });
});
