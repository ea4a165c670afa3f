import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MIN_NODE_MAJOR, unsupportedNode } from './node-version.js';

describe('unsupportedNode', () => {
  it('accepts the minimum and newer', () => {
    expect(unsupportedNode(`v${MIN_NODE_MAJOR}.0.0`)).toBeUndefined();
    expect(unsupportedNode('v24.21.0')).toBeUndefined();
    expect(unsupportedNode('v26.1.0')).toBeUndefined();
  });

  it('refuses an older Node with the version and what to do', () => {
    const message = unsupportedNode('v20.20.2');
    expect(message).toContain('Node.js 22 or newer is needed');
    expect(message).toContain('v20.20.2');
    expect(message).toContain('npx fazt');
  });

  it('agrees with engines.node in package.json', async () => {
    const { default: packageJson } = await import('../package.json', { with: { type: 'json' } });
    expect(packageJson.engines.node).toBe(`>=${MIN_NODE_MAJOR}`);
  });
});

/** The machine's own `node`, when it is older than fazt supports (CI machines carry Node 20). */
function olderSystemNode(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
      if (unsupportedNode(version)) return candidate;
    } catch {
      // not installed here
    }
  }
  return undefined;
}

const oldNode = olderSystemNode();

describe.skipIf(!oldNode)('the built CLI on an older Node', () => {
  it('exits 1 with the plain message, not a stack trace', () => {
    const result = spawnSync(oldNode!, ['dist/fazt.js', 'ask', 'what is my garage code?'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^fazt: Node\.js 22 or newer is needed/);
    expect(result.stderr).not.toContain('SyntaxError');
  });
});
