import { Box, Text } from 'ink';
import { completions } from './slash.js';
import { INPUT_LINES, type InputState } from './state.js';
import { useColor } from './theme.js';

/** The input line: what is typed, the cursor, and slash-command completions with their help. */
export function Prompt({
  input,
  busy,
  hint,
  width = 80,
  completions: listed = { shown: 4, more: 0, all: false },
}: {
  input: InputState;
  /** How many slash commands to list (see shownCompletions); all of them after Tab on several. */
  completions?: { shown: number; more: number; all: boolean };
  busy: boolean;
  hint?: string;
  width?: number;
}) {
  const color = useColor();
  const { value, cursor } = input;
  const before = value.slice(0, cursor);
  const at = value.slice(cursor).match(/^[\s\S]/u)?.[0] ?? ' ';
  const after = value.slice(cursor + (at === ' ' && cursor >= value.length ? 0 : at.length));
  const shown = `${before}\u0000${after}`;
  const lines = shown.split('\n');
  const hidden = Math.max(0, lines.length - INPUT_LINES);
  const visible = lines.slice(hidden);
  const options = completions(value).slice(0, listed.shown);
  return (
    <Box flexDirection="column">
      {hidden ? <Text dimColor>{`  … ${hidden} more line${hidden === 1 ? '' : 's'} above`}</Text> : null}
      {visible.map((line, index) => {
        const [fullLeft = '', fullRight] = line.split('\u0000');
        // A very long line shows only around the cursor, so the prompt never outgrows the screen.
        const room = Math.max(8, width - 4);
        const left = fullLeft.length > room * 2 ? `…${fullLeft.slice(-room * 2)}` : fullLeft;
        const right =
          fullRight !== undefined && fullRight.length > room ? `${fullRight.slice(0, room)}…` : fullRight;
        const clipped =
          fullRight === undefined && left.length > room * 3 ? `…${left.slice(-room * 3)}` : left;
        const mark = index === 0 && !hidden ? (busy ? '…' : '›') : ' ';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one input, in order.
          <Text key={index}>
            <Text {...color(busy ? 'gray' : 'cyan')}>{`${mark} `}</Text>
            {clipped}
            {right === undefined ? null : (
              <>
                <Text inverse>{at === '\n' ? ' ' : at}</Text>
                {right}
              </>
            )}
          </Text>
        );
      })}
      {listed.all ? (
        <Text dimColor>{`  ${options.length} commands start with ${value} — type more to choose one:`}</Text>
      ) : null}
      {options.map((option) => (
        <Text key={option.name} dimColor>
          {`  /${option.name}${option.args ? ` ${option.args}` : ''} — ${option.help}`}
        </Text>
      ))}
      {listed.more > 0 ? <Text dimColor>{`  … ${listed.more} more (Tab lists them all)`}</Text> : null}
      {hint ? <Text dimColor>{hint}</Text> : null}
    </Box>
  );
}
