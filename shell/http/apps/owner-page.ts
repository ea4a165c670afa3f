import type { Context } from 'hono';
import packageJson from '../../../package.json' with { type: 'json' };
import { shareStatus } from '../../../tools/apps/store.js';
import type { Hosting } from './hosting.js';
import type { OwnerAuth } from './owner-auth.js';
import { escapeHtml, PAGE_CSP, PAGE_REFERRER_POLICY, page } from './pages.js';

/**
 * `GET /` for a browser: what this server is and how to connect (for anyone), and — behind the
 * owner login — the apps it hosts with their access and share links, and a logout button.
 */
export function ownerPage(
  c: Context,
  { auth, hosting, baseUrl }: { auth: OwnerAuth; hosting: Hosting; baseUrl: string },
): Response {
  const mcp = `${baseUrl}/mcp`;
  const connect = `claude mcp add --transport http fazt ${mcp} --header "Authorization: Bearer $FAZT_TOKEN"`;
  const status = `<details${auth.isOwner(c.req.raw) ? '' : ' open'}><summary>Connect an MCP client</summary>
<p>MCP (Streamable HTTP): <code>${escapeHtml(mcp)}</code>. Every request needs <code>Authorization: Bearer &lt;token&gt;</code>.</p>
<p>Create a token: <code>fazt token create --name claude-code --scope write</code></p>
<p>Connect Claude Code: <code>${escapeHtml(connect)}</code></p></details>`;
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': PAGE_CSP,
    'referrer-policy': PAGE_REFERRER_POLICY,
  });
  if (!auth.isOwner(c.req.raw)) {
    return new Response(
      page(
        'fazt',
        `<h1>fazt ${escapeHtml(packageJson.version)} is running</h1>
<p><a href="/_fazt/login?next=%2F">Sign in</a> to see the apps this server hosts.</p>${status}`,
      ),
      { headers },
    );
  }
  const { token, setCookie } = auth.csrf(c);
  if (setCookie) headers.append('set-cookie', setCookie);
  const now = Date.now();
  const shares = hosting.store().listShares();
  const items = hosting
    .apps()
    .map((app) => {
      const active = shares.filter(
        (share) => share.app === app.name && shareStatus(share, now) === 'active',
      ).length;
      return `<li><a href="/a/${app.name}/">${escapeHtml(app.name)}</a> <span class="tag ${app.access}">${app.access}</span>
<span class="muted">${app.kind === 'builtin' ? 'built in' : `version ${app.version}`}${active ? ` · ${active} active share link${active === 1 ? '' : 's'}` : ''}</span></li>`;
    })
    .join('\n');
  return new Response(
    page(
      'Your apps · fazt',
      `<header><h1>Your apps</h1><form method="post" action="/_fazt/logout"><input type="hidden" name="csrf" value="${escapeHtml(token)}"><button type="submit">Log out</button></form></header>
${items ? `<ul class="apps">${items}</ul>` : '<p>No apps yet. Deploy a folder: <code>fazt run apps_deploy --folder ~/site --name blog</code></p>'}
<p class="muted">Share one: <code>fazt share &lt;app&gt; --label "for grandma"</code> · links: <code>fazt share --list</code></p>
${status}`,
    ),
    { headers },
  );
}
