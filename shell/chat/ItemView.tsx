import { Box, Text } from 'ink';
import { Markdown } from './Markdown.js';
import type { Item } from './state.js';
import { ToolCardView } from './ToolCardView.js';
import { useColor } from './theme.js';

/** One finished item of the transcript, printed once by `<Static>`. */
export function ItemView({ item, width }: { item: Item; width: number }) {
  const color = useColor();
  switch (item.kind) {
    case 'user':
      return (
        <Text bold {...color('cyan')}>
          {`› ${item.text}`}
        </Text>
      );
    case 'answer':
      return (
        <Box flexDirection="column" marginBottom={item.joined ? 0 : 1}>
          {item.markdown.trim() ? <Markdown text={item.markdown} width={width} /> : null}
          {item.cancelled ? (
            <Text dimColor {...color('yellow')}>
              ⊘ cancelled
            </Text>
          ) : null}
        </Box>
      );
    case 'tool':
      return <ToolCardView card={item.card} width={width} details={item.details} />;
    case 'details':
      return <ToolCardView card={item.card} width={width} details />;
    case 'notice':
      return item.tone === 'error' ? (
        <Text {...color('red')}>{item.text}</Text>
      ) : (
        <Text dimColor={item.tone === 'dim'}>{item.text}</Text>
      );
    case 'lines':
      return <Text>{item.lines.join('\n')}</Text>;
  }
}
