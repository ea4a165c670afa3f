import { defineCapability } from '../capability.js';
import { skillsList } from './list-skills.js';
import { skillsMigrations } from './migrations.js';

/**
 * Skills: packaged abilities (SKILL.md, optional sandboxed tools.js, tests, evals), every version
 * kept in the cartridge. The format, the sandbox, the loader and the harness live in `skills/`;
 * each enabled skill joins the registry as its own capability `skill:<name>`.
 */
export const skillsCapability = defineCapability({
  id: 'skills',
  title: 'Skills',
  source: 'builtin',
  tools: [skillsList],
  migrations: skillsMigrations,
  instructions:
    'Skills are abilities fazt has learned; each enabled skill adds its own tools. `fazt skill new "…"` teaches a new one.',
});
