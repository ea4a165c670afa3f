import type { Handler } from 'hono';
import packageJson from '../../package.json' with { type: 'json' };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * `GET /`: what this server is and how to connect. It says nothing about the cartridge: that
 * needs a token, and this page needs none.
 */
export function statusPage(baseUrl: () => string): Handler {
  return (c) => {
    const mcp = `${baseUrl()}/mcp`;
    const status = { name: 'fazt', version: packageJson.version, mcp, auth: 'bearer' };
    if (!c.req.header('accept')?.includes('text/html')) return c.json(status);
    const connect = `claude mcp add --transport http fazt-http ${mcp} --header "Authorization: Bearer $FAZT_TOKEN"`;
    return c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>fazt</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:.1rem .3rem}</style>
</head><body>
<h1>fazt ${escapeHtml(packageJson.version)} is running</h1>
<p>MCP (Streamable HTTP): <code>${escapeHtml(mcp)}</code>. Every request needs <code>Authorization: Bearer &lt;token&gt;</code>.</p>
<p>Create a token: <code>fazt token create --name claude-code --scope write</code></p>
<p>Connect Claude Code: <code>${escapeHtml(connect)}</code></p>
</body></html>`);
  };
}
