import { Box, Text } from 'ink';
import type { PickerHit } from './state.js';
import { clip } from './text.js';
import { useColor } from './theme.js';

const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** `/resume`: a search box over what was said, and the matching conversations, newest first. */
export function ResumePicker({
  query,
  hits,
  selected,
  width,
  rows,
}: {
  query: string;
  hits: PickerHit[];
  selected: number;
  width: number;
  rows: number;
}) {
  const color = useColor();
  const room = Math.max(1, Math.min(8, Math.floor((rows - 8) / 2)));
  const start = Math.min(Math.max(0, selected - room + 1), Math.max(0, hits.length - room));
  return (
    <Box flexDirection="column">
      <Text bold>{`Resume a conversation — search: ${query}▏`}</Text>
      {hits.length === 0 ? (
        <Text dimColor>{query ? 'No conversation says that.' : 'No conversations yet.'}</Text>
      ) : null}
      {hits.slice(start, start + room).map((hit, index) => {
        const active = start + index === selected;
        return (
          <Box key={hit.id} flexDirection="column">
            <Text {...(active ? color('cyan') : {})} bold={active} wrap="truncate-end">
              {clip(`${active ? '›' : ' '} ${when(hit.updatedAt)}  ${hit.title || '(untitled)'}`, width)}
            </Text>
            <Text dimColor wrap="truncate-end">
              {clip(`    ${hit.snippet}`, width)}
            </Text>
          </Box>
        );
      })}
      <Text dimColor>type to search · ↑/↓ choose · Enter resume · Esc close</Text>
    </Box>
  );
}
