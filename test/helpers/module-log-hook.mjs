// Loaded with `node --import <this file>`: logs every module the process resolves (ESM imports
// and CommonJS requires alike, through module.registerHooks) to the file named by
// FAZT_MODULE_LOG, one URL a line. The lazy-load test reads it to prove what a command loaded.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const log = process.env.FAZT_MODULE_LOG;
if (!log) throw new Error('module-log-hook: set FAZT_MODULE_LOG to the file to log into.');

registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    appendFileSync(log, `${resolved.url}\n`);
    return resolved;
  },
});
