import type { TokenScope } from '../../cartridge/tokens.js';
import { type ApprovalPolicy, needsConsent } from '../../tools/approval.js';
import type { Risk } from '../../tools/define-tool.js';

/**
 * Which risks each token scope may run. `external` tools reach outside the machine, so like
 * destructive ones they need an admin token.
 */
export const SCOPE_RISKS: Readonly<Record<TokenScope, readonly Risk[]>> = {
  read: ['read'],
  write: ['read', 'write'],
  admin: ['read', 'write', 'destructive', 'external'],
};

export function scopeAllows(scope: TokenScope, risk: Risk): boolean {
  return SCOPE_RISKS[scope].includes(risk);
}

/** The narrowest scope that may run a risk. */
export function scopeFor(risk: Risk): TokenScope {
  return risk === 'read' ? 'read' : risk === 'write' ? 'write' : 'admin';
}

/**
 * The approval policy for a token: what its scope covers runs (an admin token is the consent for
 * destructive work), everything else is denied and audited as such. A call that needs consent for
 * what it would do (a share link that never expires, which opens a private app for good) needs an
 * admin token too, whatever the tool's risk: HTTP has no one to ask (S36).
 */
export function scopePolicy(scope: TokenScope): ApprovalPolicy {
  return ({ tool, input }) =>
    scopeAllows(scope, tool.risk) && (scope === 'admin' || !needsConsent(tool, input)) ? 'allow' : 'deny';
}
