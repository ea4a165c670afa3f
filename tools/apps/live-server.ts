import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Cartridge } from '../../cartridge/open.js';

/**
 * Which `fazt serve` processes answer for this cartridge, and where. Each running server keeps
 * one row in `apps_servers` (its machine, pid, the start stamp of that pid, and its base URL) from
 * the moment it listens until it stops; links (share links, app URLs) are then made with the URL
 * the server really has, not the configured `server.port`.
 *
 * A row outlives a server killed with SIGKILL, so a row is trusted only while its process is
 * alive on this machine *and* is the same process (Linux: the start time in /proc/<pid>/stat,
 * field 22, must match, so a reused pid is not taken for the server). Rows of dead processes are
 * ignored, and removed the next time a server starts.
 */

/** A server that answers now. */
export interface LiveServer {
  url: string;
  pid: number;
  startedAt: number;
}

interface ServerRow {
  machine: string;
  pid: number;
  stamp: string | null;
  url: string;
  started_at: number;
}

/** The start time of a process (clock ticks since boot, /proc/<pid>/stat field 22), where /proc has it. */
export function processStamp(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(row: ServerRow): boolean {
  if (row.machine !== hostname()) return false;
  try {
    process.kill(row.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return row.stamp === null || row.stamp === processStamp(row.pid);
}

function hasTable(cartridge: Cartridge): boolean {
  return (
    cartridge.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'apps_servers'").get() !==
    undefined
  );
}

/**
 * The newest `fazt serve` of this cartridge that is running now on this machine, or undefined.
 * Reads only (never waits on a writer); a cartridge without the table has no server.
 */
export function liveServer(cartridge: Cartridge): LiveServer | undefined {
  if (!hasTable(cartridge)) return undefined;
  const rows = cartridge
    .prepare(
      'SELECT machine, pid, stamp, url, started_at FROM apps_servers ORDER BY started_at DESC, pid DESC',
    )
    .all() as ServerRow[];
  const row = rows.find(alive);
  return row ? { url: row.url, pid: row.pid, startedAt: row.started_at } : undefined;
}

/**
 * Records this process as a server answering at `url` (the apps tables must exist), removing the
 * rows of servers that are gone. Returns a function that removes this row again (on a clean stop).
 */
export function recordServer(cartridge: Cartridge, url: string, now = Date.now()): () => void {
  const machine = hostname();
  const pid = process.pid;
  cartridge.transaction(() => {
    const rows = cartridge
      .prepare('SELECT machine, pid, stamp, url, started_at FROM apps_servers')
      .all() as ServerRow[];
    for (const row of rows) {
      if (row.machine === machine && !alive(row)) {
        cartridge.prepare('DELETE FROM apps_servers WHERE machine = ? AND pid = ?').run(row.machine, row.pid);
      }
    }
    cartridge
      .prepare(
        `INSERT INTO apps_servers (machine, pid, stamp, url, started_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (machine, pid) DO UPDATE SET stamp = excluded.stamp, url = excluded.url, started_at = excluded.started_at`,
      )
      .run(machine, pid, processStamp(pid), url, now);
  });
  return () => {
    cartridge.transaction(() => {
      cartridge.prepare('DELETE FROM apps_servers WHERE machine = ? AND pid = ?').run(machine, pid);
    });
  };
}
