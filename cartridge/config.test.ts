import { describe, expect, it } from 'vitest';
import { testCartridge } from '../test/helpers/runtime.js';
import { configKeys } from './config.js';
import { FaztError } from './errors.js';
import { openCartridge } from './open.js';

describe('config store', () => {
  it('returns the default for a key never set, marked as default', () => {
    const { config } = testCartridge();
    expect(config.get('model')).toBe('offline');
    const entry = config.list().find((item) => item.key === 'agent.maxSteps');
    expect(entry).toMatchObject({ value: 8, isDefault: true, secret: false });
    expect(config.list().map((item) => item.key)).toEqual(Object.keys(configKeys));
  });

  it('stores a value, coerces numbers typed on a command line, and survives reopening', () => {
    const cartridge = testCartridge();
    expect(cartridge.config.set('agent.maxSteps', '12')).toMatchObject({ value: 12, isDefault: false });
    cartridge.config.set('model', 'ollama:llama3.2');
    cartridge.close();
    const again = openCartridge(cartridge.path);
    try {
      expect(again.config.get('agent.maxSteps')).toBe(12);
      expect(again.config.get('model')).toBe('ollama:llama3.2');
    } finally {
      again.close();
    }
  });

  it('refuses unknown keys and invalid values with a message naming the key, changing nothing', () => {
    const { config } = testCartridge();
    expect(() => config.set('modle', 'offline')).toThrow(/Unknown config key "modle".*Known keys: model/);
    expect(() => config.set('model', 'gpt')).toThrow(/Invalid value for config key "model"/);
    expect(() => config.set('agent.maxSteps', 'many')).toThrow(FaztError);
    expect(() => config.set('server.port', 70_000)).toThrow(/server\.port/);
    expect(config.get('model')).toBe('offline');
    expect(config.list().every((entry) => entry.isDefault)).toBe(true);
  });

  it('unset returns a key to its default', () => {
    const { config } = testCartridge();
    config.set('server.port', 8080);
    expect(config.get('server.port')).toBe(8080);
    config.unset('server.port');
    expect(config.get('server.port')).toBe(7777);
    expect(() => config.unset('nope')).toThrow(/Unknown config key/);
  });

  it('marks secrets so surfaces can hide them', () => {
    const { config } = testCartridge();
    expect(config.set('openai.apiKey', 'sk-test').secret).toBe(true);
  });
});
