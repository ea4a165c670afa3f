import { Text } from 'ink';
import type { StatusInfo } from './state.js';
import { clip } from './text.js';

/**
 * Model in use · tokens this session · whether `fazt serve` is running · cartridge · conversation,
 * in that order so a narrow terminal cuts the least useful end.
 */
export function StatusLine({ status, width }: { status: StatusInfo; width: number }) {
  const serve = status.serve === undefined ? 'serve ?' : status.serve ? 'serve on' : 'serve off';
  const parts = [status.model, `${status.tokens} tokens`, serve, status.cartridge];
  if (status.conversationId) parts.push(`#${status.conversationId.slice(0, 6)}`);
  return (
    <Text dimColor wrap="truncate-end">
      {clip(parts.join(' · '), Math.max(10, width))}
    </Text>
  );
}
