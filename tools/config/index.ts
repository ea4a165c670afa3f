import { defineCapability } from '../capability.js';
import { configGet } from './get.js';
import { configSet } from './set.js';

/**
 * Settings (model, server port, …). The config store stays in cartridge/ because the planner and
 * `fazt serve` read it too, and `config.changed` stays a shared event (`fazt config unset` writes it).
 */
export const configCapability = defineCapability({
  id: 'config',
  title: 'Config',
  source: 'builtin',
  tools: [configGet, configSet],
  instructions: 'Settings are read and changed with config_get and config_set; secrets are never shown.',
});
