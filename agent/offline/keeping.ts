/**
 * Words that say how to keep a fact, typed between its key and a colon: "pls keep my wifi pwd safe:
 * qwerty!23", "store my door code somewhere safe: 4410", "keep the alarm code handy - 9090" (issue 7,
 * m11 item 8). They belong to the request, not to the key: the key is "wifi pwd".
 */
const KEPT_HOW =
  /^((?:remember|memori[sz]e|store|save|keep|hold|put|stash)\s+(?:that\s+)?(?:my|our|the)\s+(?:(?![:=])[^:=])+?)\s+(?:safe(?:ly)?|secure(?:ly)?|secret|private(?:ly)?|hidden|handy|in\s+mind|somewhere\s+(?:safe|secure)|in\s+a\s+safe\s+place|for\s+(?:me|later|safekeeping|now)|close\s+by|on\s+file)(?:\s+for\s+me)?\s*(:|=|\s[-–—])\s*(?=\S)/iu;

/** `text` with the words that say how to keep the fact dropped from before its colon. */
export function keptHowDropped(text: string): string {
  return text.replace(
    KEPT_HOW,
    (_, head: string, mark: string) => `${head}${mark.trim() === '=' ? ' =' : ':'} `,
  );
}
