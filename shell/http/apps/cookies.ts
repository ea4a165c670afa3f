/** Reads one cookie from a `Cookie` header (the first of that name). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** A `Set-Cookie` value: always HttpOnly and SameSite=Lax; Secure when the request came over TLS. */
export function cookie(
  name: string,
  value: string,
  { path = '/', maxAge, secure }: { path?: string; maxAge?: number; secure: boolean },
): string {
  return [
    `${name}=${value}`,
    `Path=${path}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(maxAge === undefined ? [] : [`Max-Age=${Math.max(0, Math.floor(maxAge))}`]),
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** Whether the request reached fazt over TLS (directly, or through a proxy that says so). */
export function overTls(request: Request): boolean {
  return request.url.startsWith('https:') || request.headers.get('x-forwarded-proto') === 'https';
}
