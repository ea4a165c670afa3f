import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { errorMessage, FaztError, UsageError } from '../../cartridge/errors.js';
import { resolveCartridgePath } from '../../cartridge/paths.js';
import { printJson } from '../output.js';
import type { GlobalOptions } from '../runtime.js';

export const SYSTEMD_UNIT_NAME = 'fazt.service';
export const LAUNCHD_LABEL = 'dev.fazt.serve';

/** What the service runs: `<node> <fazt.js> --cartridge <path> serve`, all absolute. */
export interface ServiceCommand {
  node: string;
  script: string;
  cartridge: string;
}

/** One systemd ExecStart word, quoted when needed (systemd.service(5) "Command lines"; % escaped). */
function systemdWord(word: string): string {
  const escaped = word.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%');
  return /[\s"'\\;$]/.test(word) ? `"${escaped}"` : escaped;
}

/** The systemd user unit: starts `fazt serve` at login and restarts it when it fails. */
export function systemdUnit({ node, script, cartridge }: ServiceCommand): string {
  const exec = [node, script, '--cartridge', cartridge, 'serve'].map(systemdWord).join(' ');
  return `[Unit]
Description=fazt personal server (fazt serve: apps, share links, MCP over HTTP)
After=network.target

[Service]
Type=simple
ExecStart=${exec}
Restart=on-failure
RestartSec=2
Environment=NODE_ENV=production
NoNewPrivileges=yes

[Install]
WantedBy=default.target
`;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The launchd agent (macOS): runs at login, restarted when it exits with failure. */
export function launchdPlist({ node, script, cartridge }: ServiceCommand, logDir: string): string {
  const args = [node, script, '--cartridge', cartridge, 'serve'].map(
    (arg) => `    <string>${xml(arg)}</string>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>${LAUNCHD_LABEL}</string>
  <key>ProgramArguments</key>
  <array>
${args.join('\n')}
  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <dict>
    <key>SuccessfulExit</key>
    <false/>
  </dict>
  <key>StandardOutPath</key>
  <string>${xml(join(logDir, 'fazt-serve.log'))}</string>
  <key>StandardErrorPath</key>
  <string>${xml(join(logDir, 'fazt-serve.log'))}</string>
</dict>
</plist>
`;
}

interface ServicePlan {
  kind: 'systemd' | 'launchd';
  file: string;
  content: string;
}

function plan(globals: GlobalOptions): ServicePlan {
  const command: ServiceCommand = {
    node: process.execPath,
    script: realpathSync(process.argv[1] ?? ''),
    cartridge: resolve(resolveCartridgePath(globals.cartridge)),
  };
  if (platform() === 'darwin') {
    const file = join(homedir(), 'Library', 'LaunchAgents', `${LAUNCHD_LABEL}.plist`);
    return { kind: 'launchd', file, content: launchdPlist(command, join(homedir(), 'Library', 'Logs')) };
  }
  if (platform() !== 'linux') {
    throw new UsageError(
      `fazt service supports Linux (systemd) and macOS (launchd), not ${platform()}. Run \`fazt serve\` yourself.`,
    );
  }
  const config = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return {
    kind: 'systemd',
    file: join(config, 'systemd', 'user', SYSTEMD_UNIT_NAME),
    content: systemdUnit(command),
  };
}

/** Runs a service manager command; returns its failure message, or undefined when it worked. */
function manage(command: string, args: string[]): string | undefined {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return stderr || errorMessage(error);
  }
}

function managerCommands(
  kind: ServicePlan['kind'],
  file: string,
  action: 'start' | 'stop',
): [string, string[]][] {
  if (kind === 'systemd') {
    return action === 'start'
      ? [
          ['systemctl', ['--user', 'daemon-reload']],
          ['systemctl', ['--user', 'enable', '--now', SYSTEMD_UNIT_NAME]],
        ]
      : [['systemctl', ['--user', 'disable', '--now', SYSTEMD_UNIT_NAME]]];
  }
  const domain = `gui/${process.getuid?.() ?? 501}`;
  return action === 'start'
    ? [['launchctl', ['bootstrap', domain, file]]]
    : [['launchctl', ['bootout', `${domain}/${LAUNCHD_LABEL}`]]];
}

/**
 * `fazt service install [--no-start] [--json]`: writes the systemd user unit (Linux) or launchd
 * agent (macOS) that runs `fazt serve` for this cartridge at login and restarts it on failure,
 * then enables and starts it (unless --no-start).
 */
export async function serviceInstallCommand(
  globals: GlobalOptions,
  options: { start?: boolean; json?: boolean },
): Promise<void> {
  const service = plan(globals);
  mkdirSync(dirname(service.file), { recursive: true });
  writeFileSync(service.file, service.content, { mode: 0o644 });
  const commands = managerCommands(service.kind, service.file, 'start');
  let failure: string | undefined;
  if (options.start !== false) {
    for (const [command, args] of commands) {
      failure = manage(command, args);
      if (failure) break;
    }
  }
  const started = options.start !== false && failure === undefined;
  if (options.json) printJson({ kind: service.kind, file: service.file, started, error: failure ?? null });
  else {
    process.stdout.write(`Wrote ${service.file}.\n`);
    if (started)
      process.stdout.write('fazt serve now starts at login and restarts if it fails. It is running.\n');
    else if (options.start === false) {
      process.stdout.write(
        `Start it with: ${commands.map(([c, a]) => `${c} ${a.join(' ')}`).join(' && ')}\n`,
      );
    }
  }
  if (failure !== undefined) {
    throw new FaztError(
      `The service file is written, but starting it failed: ${failure}. ${service.kind === 'systemd' ? 'Is a systemd user session running (`systemctl --user status`)? ' : ''}Start it by hand with: ${commands.map(([c, a]) => `${c} ${a.join(' ')}`).join(' && ')}`,
      { code: 'service_start_failed' },
    );
  }
}

/** `fazt service uninstall`: stops and disables the service and removes its file. */
export async function serviceUninstallCommand(
  globals: GlobalOptions,
  options: { json?: boolean },
): Promise<void> {
  const service = plan(globals);
  const existed = existsSync(service.file);
  if (existed) {
    for (const [command, args] of managerCommands(service.kind, service.file, 'stop')) manage(command, args);
    rmSync(service.file, { force: true });
    if (service.kind === 'systemd') manage('systemctl', ['--user', 'daemon-reload']);
  }
  if (options.json) printJson({ kind: service.kind, file: service.file, removed: existed });
  else
    process.stdout.write(
      existed
        ? `Removed ${service.file}; fazt serve no longer starts at login.\n`
        : `No service installed (${service.file} does not exist).\n`,
    );
}

/** `fazt service status`: whether the service file exists, whether the manager runs it, and whether the server answers. */
export async function serviceStatusCommand(
  globals: GlobalOptions,
  options: { json?: boolean },
): Promise<void> {
  const service = plan(globals);
  const installed = existsSync(service.file);
  let active: string | null = null;
  if (installed && service.kind === 'systemd') {
    try {
      active = execFileSync('systemctl', ['--user', 'is-active', SYSTEMD_UNIT_NAME], {
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10_000,
      })
        .toString()
        .trim();
    } catch (error) {
      active = (error as { stdout?: Buffer }).stdout?.toString().trim() || 'unknown';
    }
  }
  const { probeServer } = await import('../../tools/apps/server-status.js');
  const { openCartridge } = await import('../../cartridge/open.js');
  const cartridge = openCartridge(resolveCartridgePath(globals.cartridge));
  let running: Awaited<ReturnType<typeof probeServer>>;
  try {
    running = await probeServer(cartridge);
  } finally {
    cartridge.close();
  }
  if (options.json) {
    printJson({
      kind: service.kind,
      file: service.file,
      installed,
      active,
      running: running.running,
      url: running.url,
    });
    return;
  }
  process.stdout.write(
    `${installed ? `Installed: ${service.file}${active ? ` (${active})` : ''}` : 'Not installed (install it with `fazt service install`).'}\n` +
      `${running.running ? `fazt serve is answering at ${running.url}.` : `Nothing answers at ${running.url}; start it with \`fazt serve\` or \`fazt service install\`.`}\n`,
  );
}
