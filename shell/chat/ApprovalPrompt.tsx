import { Box, Text } from 'ink';
import { keyArgs } from './cards.js';
import type { PendingApproval } from './state.js';
import { useColor } from './theme.js';

/** The inline question for a call the approval policy holds. */
export function ApprovalPrompt({ approval }: { approval: PendingApproval }) {
  const color = useColor();
  const args = keyArgs(approval.input, 40);
  return (
    <Box flexDirection="column">
      <Text {...color('yellow')}>
        {`? ${approval.name}${args ? ` ${args}` : ''} — ${approval.risk}. Run it?`}
      </Text>
      <Text bold>[y] once · [a] always this session (this tool) · [n] no</Text>
    </Box>
  );
}
