import type { Cartridge } from '../../cartridge/open.js';
import { serverBaseUrl } from './shared.js';

/**
 * Whether `fazt serve` answers at the configured address: `GET /` must say `{"name":"fazt"}`
 * within `timeoutMs` (a loopback request; nothing leaves the machine by default).
 */
export async function probeServer(
  cartridge: Cartridge,
  timeoutMs = 800,
): Promise<{ running: boolean; url: string }> {
  const url = serverBaseUrl(cartridge);
  try {
    const response = await fetch(`${url}/`, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
    const body = (await response.json()) as { name?: string };
    return { running: body.name === 'fazt', url };
  } catch {
    return { running: false, url };
  }
}
