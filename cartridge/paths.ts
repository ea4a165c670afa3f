import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the cartridge lives: an explicit path (`--cartridge`), else `FAZT_CARTRIDGE`,
 * else `$XDG_DATA_HOME/fazt/fazt.db`, else `~/.local/share/fazt/fazt.db`.
 */
export function resolveCartridgePath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit;
  if (env.FAZT_CARTRIDGE) return env.FAZT_CARTRIDGE;
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'fazt', 'fazt.db');
}
