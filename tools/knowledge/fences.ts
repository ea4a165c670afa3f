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
