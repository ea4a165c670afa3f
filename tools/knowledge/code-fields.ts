/**
 * Source code lines that are fields (issue 10, stranger round 9, MEDIUM 7): an assignment of a
 * literal — `RETENTION_DAYS = 14  # keep backups for two weeks`, `NAS_HOST = "nas.local"`,
 * `const maxRetries = 3;`, `export const API_URL: string = '…'` — states a value the way a label
 * line does, its name the label. Its name is read as words (SNAKE_CASE and camelCase split:
 * "NAS_HOST" → "nas host", "maxRetries" → "max retries"), so "what is the NAS host?" finds it.
 * Any other code line (`def run():`, `run()`, `import shutil`) states no value and is never an
 * answer by itself; only a line holding a literal (a number or a quoted string) may answer.
 */

/** A declaration's keywords and a type annotation before the name's `=` (`const x: number =`). */
const ASSIGNMENT =
  /^\s*(?:(?:export|const|let|var|final|static|readonly|public|private|protected|val|declare|local|my|our)\s+)*\$?([A-Za-z_][\w]*)\s*(?::\s*[\w<>[\],.| ]+?)?\s*(?::=|=(?!=))\s*(.+?)\s*;?\s*(?:(?:#|\/\/|--)\s.*)?$/u;
/** A literal value: a number (with a unit or sign), a quoted string, a boolean or nothing. */
const LITERAL =
  /^(?:[-+]?\d[\d_.,:]*\s*\w{0,3}|[rbfuRBFU]?(["'`]).*\1|true|false|True|False|None|null|nil|\[[^\]]*["'\d][^\]]*\]|\{[^}]*["'\d][^}]*\})$/u;

/** The assigned name of a code line that assigns a literal, in words ("nas host"), or undefined. */
export function assignedName(line: string): string | undefined {
  const match = ASSIGNMENT.exec(line);
  if (!match) return undefined;
  if (!LITERAL.test((match[2] as string).trim())) return undefined;
  return (match[1] as string)
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/_+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether a code line may answer by itself: not a definition's header (`def run():`, `function
 * go() {`, `class Backup:`), a call without a literal (`run()`, `main();`) or the script-entry
 * guard (`if __name__ == "__main__":`), which say what the code is called, never what it does.
 */
export function answersAlone(line: string): boolean {
  const text = line.trim();
  if (/^(?:export\s+)?(?:async\s+)?(?:def|function|class|fn|func|sub|procedure|method)\b/u.test(text))
    return false;
  if (/^if\s+__name__\s*==/u.test(text)) return false;
  return !/^(?:await\s+)?[\p{L}_$][\w$.]*\s*\([^"'`\d]*\)\s*;?$/u.test(text);
}

/**
 * Whether a question names the identifier a definition or call line defines or calls: it is the
 * whole question ("openShed", "run?"), or the question writes it as code does, with an
 * underscore or an inner capital ("what does open_shed do?"); "how long do backups run?" does not
 * name `def run():`.
 */
export function namesIdentifier(question: string, line: string): boolean {
  const match =
    /\b(?:def|function|class|fn|func|sub|procedure|method)\s+([\p{L}_$][\w$]*)/u.exec(line) ??
    /^\s*(?:await\s+)?([\p{L}_$][\w$.]*)\s*\(/u.exec(line);
  const name = match?.[1];
  if (!name) return false;
  const asked = question.trim().replace(/[?!.]+$/u, '');
  if (asked.toLowerCase() === name.toLowerCase()) return true;
  return (
    /_|\p{Ll}\p{Lu}/u.test(name) &&
    new RegExp(`(?<![\\w$])${name.replace(/[$.]/g, '\\$&')}(?![\\w$])`, 'u').test(question)
  );
}

/**
 * Whether a code line is an import (`import os`, `from x import y`, `#include <stdio.h>`, `use
 * std::fs;`): it answers only a question that names what it imports as written ("json"), never
 * one whose word merely stems alike ("what is very important?" — Porter's "import").
 */
export const isImport = (line: string): boolean =>
  /^(?:import|from\s+\S+\s+import|#\s*include|using|require|use)\b/u.test(line.trim());
