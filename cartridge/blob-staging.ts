/**
 * Which blob imports are still running. A staging row names the process that writes it; a row
 * whose process is gone belongs to an import that died (kill -9, power loss) and may be swept.
 * A row with this process's own pid is live only if this process is really importing it: the pid
 * may have been reused from an earlier run (containers start every process as pid 1).
 */
const running = new Set<string>();

const keyOf = (cartridgePath: string, id: number) => `${cartridgePath}\u0000${id}`;

/** Notes that this process is importing staging row `id` of the cartridge at `cartridgePath`. */
export function markStaging(cartridgePath: string, id: number): void {
  running.add(keyOf(cartridgePath, id));
}

export function forgetStaging(cartridgePath: string, id: number): void {
  running.delete(keyOf(cartridgePath, id));
}

/** Whether a process with this pid exists (one owned by another user counts). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the staging row may still be written by a live import, here or in another process. */
export function isStagingLive(cartridgePath: string, id: number, pid: number | null): boolean {
  if (pid === null) return false;
  if (pid === process.pid) return running.has(keyOf(cartridgePath, id));
  return processAlive(pid);
}
