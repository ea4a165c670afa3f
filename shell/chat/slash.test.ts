import { describe, expect, it } from 'vitest';
import {
  closestCommand,
  complete,
  completions,
  helpLines,
  parseSlash,
  SLASH_COMMANDS,
  unknownCommand,
} from './slash.js';

describe('slash commands', () => {
  it('reads a command and its argument, and only a command', () => {
    expect(parseSlash('/model openai:gpt-4o-mini')).toEqual({ name: 'model', arg: 'openai:gpt-4o-mini' });
    expect(parseSlash('  /EXIT ')).toEqual({ name: 'exit', arg: '' });
    for (const text of ['/', '//x', 'hello /help', '/ help', '/😀']) expect(parseSlash(text)).toBeUndefined();
  });

  it('completes a prefix and lists the candidates with their help', () => {
    expect(completions('/').map((command) => command.name)).toEqual(
      SLASH_COMMANDS.map((command) => command.name),
    );
    expect(completions('/re').map((command) => command.name)).toEqual(['resume', 'redraw']);
    expect(complete('/he')).toBe('/help ');
    expect(complete('/re')).toBe('/re');
    expect(complete('/x')).toBe('/x');
    expect(completions('/help me')).toEqual([]);
  });

  it('suggests the closest command for a typo', () => {
    expect(closestCommand('hepl')?.name).toBe('help');
    expect(closestCommand('resum')?.name).toBe('resume');
    expect(closestCommand('qqqqqq')).toBeUndefined();
    expect(unknownCommand('exti')).toMatch(/There is no \/exti\. Did you mean \/exit/);
    expect(helpLines()).toHaveLength(SLASH_COMMANDS.length);
  });
});
