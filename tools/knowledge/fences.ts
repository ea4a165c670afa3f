/**
 * Markdown's fenced code blocks and YAML front matter (issue 10, stranger round 9, LOW): text in
 * a fence (```…``` or ~~~…~~~, CommonMark §4.5) is an example, a config or a command, not a fact
 * of the document's prose — `rent: 9999` in a fence is never the rent — so it answers only a
 * question about code or config. A `---` block at the very top of a file (closed by `---` or
 * `...`, as Jekyll, Hugo and Pandoc read it) is metadata: it may be cited beside the body that
 * says the same, never instead of it.
 */

/** The text-line indexes inside fences (their markers included) and in front matter (its `---` included). */
export function fencesOf(
  lines: readonly string[],
  fileStart: boolean,
): { fenced: Set<number>; front: Set<number> } {
  const fenced = new Set<number>();
  const front = new Set<number>();
  let from = 0;
  if (fileStart && /^---\s*$/u.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
    // Front matter is short "key: value" lines; a "---" rule after prose is no front matter.
    if (
      end > 0 &&
      end <= 60 &&
      lines.slice(1, end).every((line) => /^\s*(?:[\w-]+\s*:|-\s|\s|$)/u.test(line))
    ) {
      for (let index = 0; index <= end; index += 1) front.add(index);
      from = end + 1;
    }
  }
  let open: { marker: string; indent: number } | undefined;
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const fence = /^( {0,3})(`{3,}|~{3,})/u.exec(line);
    if (open) {
      fenced.add(index);
      if (
        fence &&
        (fence[2] as string)[0] === open.marker[0] &&
        (fence[2] as string).length >= open.marker.length &&
        line.trim() === fence[2]
      )
        open = undefined;
    } else if (
      fence &&
      !((fence[2] as string)[0] === '`' && line.slice((fence[0] as string).length).includes('`'))
    ) {
      open = { marker: fence[2] as string, indent: (fence[1] as string).length };
      fenced.add(index);
    }
  }
  return { fenced, front };
}

/** Words that ask about code or config, when a fence's text may answer. */
const CODE_WORDS = new Set(
  'code snippet snippets config configuration configs yaml yml json toml ini command commands shell bash script example examples block fence fenced syntax setting settings'.split(
    ' ',
  ),
);

/** Whether a question (its lowercase words) asks about code or config. */
export function asksAboutCode(questionWords: readonly string[]): boolean {
  return questionWords.some((word) => CODE_WORDS.has(word));
}

/**
 * A setting line of a fence (issue 10, stranger S14 HIGH 1): `wifi_password: otter-maple-92`,
 * `BACKUP_PORT = 2222`, `"timeout": 30,`, `- retries: 3` — a key and a value, as YAML, INI, TOML,
 * .env and JSON write them. Returns the key in words ("wifi password", "backup port"; SNAKE_CASE,
 * kebab-case, dotted and camelCase keys split), or undefined for any other line. Such a line states
 * a value the way a label line does: it answers a question that asks for its key's words.
 */
export function settingName(line: string): string | undefined {
  const match =
    /^\s*(?:-\s+)?(?:export\s+)?["']?([\p{L}_][\p{L}\p{N}_.-]{0,40})["']?\s*(?::|=(?!=))\s*(\S.*)$/u.exec(
      line,
    );
  if (!match) return undefined;
  const value = (match[2] as string).trim();
  // `key:` opening a nested block, or a value that is only punctuation, states nothing.
  if (!/[\p{L}\p{N}]/u.test(value)) return undefined;
  const name = (match[1] as string)
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return name || undefined;
}
