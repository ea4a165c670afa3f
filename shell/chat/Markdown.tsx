import { Text } from 'ink';
import { useContext, useMemo } from 'react';
import { renderMarkdown } from './markdown-text.js';
import { ColorContext } from './theme.js';

/** Markdown rendered for the terminal by marked-terminal, at the given width. */
export function Markdown({ text, width }: { text: string; width: number }) {
  const color = useContext(ColorContext);
  const rendered = useMemo(() => renderMarkdown(text, { width, color }), [text, width, color]);
  return <Text>{rendered}</Text>;
}
