import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { appsCapability } from './index.js';
import { liveServer, processStamp, recordServer } from './live-server.js';
import { serverAddress } from './shared.js';

describe('the live server record', () => {
  it('a cartridge without the apps tables has no live server and links use the configured port', () => {
    const cartridge = testCartridge();
    expect(liveServer(cartridge)).toBeUndefined();
    expect(serverAddress(cartridge)).toEqual({ url: 'http://127.0.0.1:7777', live: false });
  });

  it('records this process, and forgets it on a clean stop', () => {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, appsCapability);
    const forget = recordServer(cartridge, 'http://127.0.0.1:41234');
    expect(liveServer(cartridge)).toMatchObject({ url: 'http://127.0.0.1:41234', pid: process.pid });
    expect(serverAddress(cartridge)).toEqual({ url: 'http://127.0.0.1:41234', live: true });
    forget();
    expect(liveServer(cartridge)).toBeUndefined();
  });

  it('does not trust a dead pid, a reused pid (another start stamp), or another machine', () => {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, appsCapability);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const insert = cartridge.prepare(
      'INSERT INTO apps_servers (machine, pid, stamp, url, started_at) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run(hostname(), dead, null, 'http://127.0.0.1:1001', 3);
    insert.run(hostname(), process.pid, 'not-this-process', 'http://127.0.0.1:1002', 2);
    insert.run(`${hostname()}-elsewhere`, process.pid, processStamp(process.pid), 'http://127.0.0.1:1003', 1);
    expect(liveServer(cartridge)).toBeUndefined();
    // A real server starting sweeps this machine's dead rows (not the other machine's).
    recordServer(cartridge, 'http://127.0.0.1:1004');
    const rows = cartridge.prepare('SELECT url FROM apps_servers ORDER BY url').all();
    expect(rows).toEqual([{ url: 'http://127.0.0.1:1003' }, { url: 'http://127.0.0.1:1004' }]);
  });
});
