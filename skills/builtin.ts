import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built-in skills, next to this module in the source tree and beside dist/ in a build. */
export const BUILTIN_SKILLS = fileURLToPath(new URL('../skills/builtin/', import.meta.url));

/** The folder of a built-in skill by name, when there is one. */
export function builtinSkillFolder(name: string): string | undefined {
  const folder = `${BUILTIN_SKILLS}${name}`;
  return /^[a-z0-9-]+$/.test(name) && existsSync(`${folder}/SKILL.md`) ? folder : undefined;
}

/** The names of the built-in skills (folders of `skills/builtin/` holding a SKILL.md), sorted. */
export function builtinSkillNames(): string[] {
  try {
    return readdirSync(BUILTIN_SKILLS)
      .filter((entry) => builtinSkillFolder(entry))
      .sort();
  } catch {
    return [];
  }
}
