import { Box, Text } from 'ink';
import { cardLine, detailLines } from './cards.js';
import type { ToolCard } from './state.js';
import { useColor } from './theme.js';

const TONE: Record<ToolCard['status'], string> = {
  running: 'yellow',
  ok: 'green',
  error: 'red',
  declined: 'yellow',
  cancelled: 'yellow',
  needs_approval: 'yellow',
};

/** One line per tool call; its full input and output below it when details are on. */
export function ToolCardView({ card, width, details }: { card: ToolCard; width: number; details: boolean }) {
  const color = useColor();
  return (
    <Box flexDirection="column">
      <Text {...color(TONE[card.status])} wrap="truncate-end">
        {cardLine(card, width)}
      </Text>
      {details ? <Text dimColor>{detailLines(card).join('\n')}</Text> : null}
    </Box>
  );
}
