import type { SkillFiles } from '../tools/skills/store.js';

/** The files of a skill the sandbox needs: tools.js and the tests. */
export function codeFiles(files: SkillFiles): SkillFiles {
  return Object.fromEntries(
    Object.entries(files).filter(([path]) => path === 'tools.js' || /^tests\/[^/]+\.test\.js$/.test(path)),
  );
}

/** The test files of a skill, sorted. */
export function testFiles(files: SkillFiles): string[] {
  return Object.keys(files)
    .filter((path) => /^tests\/[^/]+\.test\.js$/.test(path))
    .sort();
}

/**
 * Text as one sentence: a final period added unless it already ends in `.`, `!`, `?` or `…`
 * (a sandbox or tool message often ends in one already; two in a row read as a typo).
 */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
