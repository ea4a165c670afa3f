import { request as httpRequest } from 'node:http';

export interface RawHttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/**
 * One HTTP request sent as given: any Host header, any path bytes (no URL normalisation, so
 * traversal attempts reach the server exactly as an attacker would send them).
 */
export function rawRequest(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawHttpResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            text: body.toString('utf8'),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** The `name=value` part of each Set-Cookie header, by cookie name. */
export function setCookies(response: RawHttpResponse): Record<string, { value: string; attributes: string }> {
  const raw = response.headers['set-cookie'] ?? [];
  const cookies: Record<string, { value: string; attributes: string }> = {};
  for (const line of Array.isArray(raw) ? raw : [raw]) {
    const [pair = '', ...rest] = line.split(';');
    const index = pair.indexOf('=');
    cookies[pair.slice(0, index).trim()] = { value: pair.slice(index + 1), attributes: rest.join(';') };
  }
  return cookies;
}
