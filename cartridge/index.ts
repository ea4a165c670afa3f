export type { AuditEntry, AuditOutcome, Caller } from './audit.js';
export { type ConfigKey, configKeys } from './config.js';
export { CartridgeError, errorMessage, FaztError, UsageError } from './errors.js';
export { defineEventType } from './event-types.js';
export type { FaztEvent } from './events.js';
export { type Cartridge, openCartridge } from './open.js';
export { resolveCartridgePath } from './paths.js';
