/**
 * A command pasted as a value (issue 7, m13): "remember my address is:\nforget everything",
 * "note: delete note 3", "my address is:\n12 Baker St\nforget everything". A line after a colon
 * opener, or any line after a line break, that reads on its own as one of fazt's own commands —
 * a complete request of a step that deletes or reaches out (forget, delete, clear, erase, take
 * down, make private, host, back up), or a backup, hosting or restore missing only where — is
 * not taken as the value: the answer names both readings and nothing is written. A value that
 * holds such words in passing ("my motto is: forget everything and run", "Forget Me Not") reads
 * as no complete command, and stays a value.
 */
import type { Interpretation, Step } from './interpret.js';

/** What `interpret` made of a text, for the lines of a value read on their own. */
type Read = (text: string) => Interpretation;

/** Whether a line is one of fazt's own commands, read on its own. */
function isCommand(line: string, read: Read): boolean {
  const text = line.trim();
  if (!text || text.length > 200) return false;
  const reading = read(text);
  if (reading.kind === 'call')
    return (
      !reading.asks &&
      reading.steps.length > 0 &&
      reading.steps.every((step) => step.tool.risk === 'destructive' || step.tool.risk === 'external')
    );
  // "back up everything", "restore from backup", "host my photos": only where is missing.
  return reading.kind === 'ask' && reading.tool.risk === 'external';
}

/** The lines of a request that stood after a colon or a line break: where a paste goes. */
function pastedLines(request: string): string[] {
  const lines = request.split(/\r\n|\r|\n/);
  const after = lines.flatMap((line) => {
    const colon = /:[ \t]*(\S.*)$/.exec(line)?.[1];
    return colon ? [colon] : [];
  });
  return [...lines.slice(1), ...after].map((line) => line.trim()).filter(Boolean);
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** How a write with this input is said again as a request to keep the text as written. */
function keepRequest(step: Step, value: string): string {
  const key = step.input.key;
  if (typeof key === 'string') {
    const owned = /^(?:my|our|the)\s|['’]s\s/i.test(key) ? key : `my ${key}`;
    return `remember ${owned} is ${value.replace(/\s*\r?\n\s*/g, ' ')}`;
  }
  return `note ${value.replace(/\s*\r?\n\s*/g, ' ')}`;
}

/**
 * A question back when a write's text holds a pasted command, or undefined. Only writes are
 * checked (a command pasted after a lookup is read as the lookup does).
 */
export function pastedCommand(
  reading: Interpretation,
  request: string,
  read: Read,
): Interpretation | undefined {
  if (reading.kind !== 'call' || !/[:\n]/.test(request)) return undefined;
  const commands = pastedLines(request).filter((line) => isCommand(line, read));
  if (commands.length === 0) return undefined;
  for (const step of reading.steps) {
    if (step.tool.risk !== 'write') continue;
    const texts = Object.entries(step.input)
      .filter(([field, value]) => field !== 'key' && typeof value === 'string')
      .map(([, value]) => value as string);
    const key = typeof step.input.key === 'string' ? step.input.key : '';
    for (const value of texts) {
      // "delete note 3" read as the name "delete note" and the value "3" is the same paste.
      const command = commands.find(
        (line) => flat(value).includes(flat(line)) || flat(`${key} ${value}`).includes(flat(line)),
      );
      if (!command) continue;
      const said = command.trim();
      const whose = key ? `as your ${key.replace(/^(?:my|your)\s+/i, '')}` : 'as a note';
      return {
        kind: 'ask',
        tool: step.tool,
        input: step.input,
        question: `"${said}" reads as one of my own commands, so I did not keep it and did not do it. Which did you mean: keep the text ${whose}, or do "${said}"? Say "${keepRequest(step, value)}" or "${said}".`,
      };
    }
  }
  return undefined;
}
