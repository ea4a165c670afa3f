import type { ToolCard } from './state.js';
import { clip, printable } from './text.js';

const ICON: Record<ToolCard['status'], string> = {
  running: '⋯',
  ok: '✓',
  error: '✗',
  declined: '⊘',
  cancelled: '⊘',
  needs_approval: '?',
};

/** The key arguments of a call, `key="bike lock code" value=4312`: at most three, each short. */
export function keyArgs(input: unknown, width = 24): string {
  if (typeof input !== 'object' || input === null) return '';
  return Object.entries(input as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .slice(0, 3)
    .map(([key, value]) => {
      const shown =
        typeof value === 'string'
          ? JSON.stringify(clip(printable(value).replace(/\s+/g, ' '), width))
          : clip(JSON.stringify(value) ?? '', width);
      return `${key}=${shown}`;
    })
    .join(' ');
}

/** A duration for a card: `4 ms`, `1.2 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * One line for a tool call: icon, tool, key arguments, outcome, duration, cut to `width` columns.
 * The duration stays in view: a long outcome is what gets cut.
 */
export function cardLine(card: ToolCard, width: number): string {
  const parts = [`${ICON[card.status]} ${card.name}`];
  const args = keyArgs(card.input);
  if (args) parts[0] += ` ${args}`;
  if (card.status === 'running') parts.push('running');
  else if (card.outcome) parts.push(card.status === 'cancelled' ? 'cancelled' : card.outcome);
  const room = Math.max(10, width);
  const tail = card.durationMs === undefined ? '' : ` · ${duration(card.durationMs)}`;
  if (tail && tail.length <= room - 20) return `${clip(parts.join(' · '), room - tail.length)}${tail}`;
  return clip(parts.join(' · ') + tail, room);
}

/** Full input and output of a call (Ctrl+O), as indented JSON, at most `maxLines` lines each. */
export function detailLines(card: ToolCard, maxLines = 20): string[] {
  const block = (label: string, value: unknown) => {
    const lines = printable(JSON.stringify(value ?? null, null, 2) ?? 'null').split('\n');
    const shown = lines.slice(0, maxLines);
    if (lines.length > maxLines) shown.push(`… ${lines.length - maxLines} more lines`);
    return [`  ${label}:`, ...shown.map((line) => `    ${line}`)];
  };
  const out = block('input', card.input);
  if (card.status === 'ok') out.push(...block('output', card.output));
  else if (card.outcome) out.push(`  ${card.status}: ${card.outcome}`);
  return out;
}
