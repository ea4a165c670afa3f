/** fazt's own small HTML pages (login, owner page, 404, 403): no scripts, inline styles only. */

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * fazt's own pages (login, owner page) send a referrer only to fazt itself: with `no-referrer`
 * Chromium posts their forms with `Origin: null`, which the Host/Origin guard must refuse.
 */
export const PAGE_REFERRER_POLICY = 'same-origin';

/** The CSP of fazt's own pages: nothing loads but inline style; forms post only to fazt. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const STYLE = `
*{box-sizing:border-box}body{font:16px/1.5 system-ui,-apple-system,sans-serif;max-width:44rem;margin:0 auto;padding:2.5rem 1.25rem;color:#1d1d1f;background:#fafafa}
h1{font-size:1.6rem;margin:0 0 1rem}code{background:#eee;padding:.1rem .3rem;border-radius:4px;word-break:break-all}
form.login{display:flex;flex-direction:column;gap:.75rem;max-width:22rem}input[type=password]{font:inherit;padding:.6rem .75rem;border:1px solid #bbb;border-radius:8px}
button{font:inherit;padding:.6rem 1rem;border:0;border-radius:8px;background:#1d1d1f;color:#fff;cursor:pointer}
.error{color:#b00020}.muted{color:#666}ul.apps{list-style:none;padding:0}ul.apps li{padding:.75rem 0;border-bottom:1px solid #e3e3e3;display:flex;gap:.75rem;align-items:baseline;flex-wrap:wrap}
.tag{font-size:.8rem;padding:.05rem .45rem;border-radius:999px;background:#e8e8ed}.tag.public{background:#ffe8c2}header{display:flex;justify-content:space-between;align-items:center;gap:1rem}
@media (prefers-color-scheme: dark){body{background:#111;color:#eee}code,.tag{background:#333}.muted{color:#aaa}input[type=password]{background:#222;color:#eee;border-color:#555}button{background:#eee;color:#111}ul.apps li{border-color:#333}}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="same-origin"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>${body}</body></html>`;
}

export function loginPage(options: {
  next: string;
  csrf: string;
  error?: string;
  passwordSet: boolean;
}): string {
  if (!options.passwordSet) {
    return page(
      'Sign in · fazt',
      `<h1>Sign in to fazt</h1><p class="error">No owner password is set yet, so nobody can sign in.</p>
<p>On the machine running fazt, set one with <code>fazt passwd</code>, then reload this page.</p>`,
    );
  }
  return page(
    'Sign in · fazt',
    `<h1>Sign in to fazt</h1>
${options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : ''}
<form class="login" method="post" action="/_fazt/login">
<input type="hidden" name="csrf" value="${escapeHtml(options.csrf)}">
<input type="hidden" name="next" value="${escapeHtml(options.next)}">
<label for="password">Owner password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Sign in</button>
</form>`,
  );
}

export function notFoundPage(path: string): string {
  return page(
    'Not found · fazt',
    `<h1>Not found</h1><p>There is nothing at <code>${escapeHtml(path)}</code>.</p><p class="muted">Check the address, or ask whoever sent it for a new link.</p>`,
  );
}

export function refusedPage(reason: 'revoked' | 'expired' | 'unknown'): string {
  const what =
    reason === 'expired'
      ? 'This share link has expired.'
      : reason === 'revoked'
        ? 'This share link was revoked.'
        : 'This share link is not valid.';
  return page(
    'Link not valid · fazt',
    `<h1>${what}</h1><p>Ask the person who shared it with you for a new link.</p>`,
  );
}
