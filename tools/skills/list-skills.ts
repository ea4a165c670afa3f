import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { createSkillStore } from './store.js';

export const skillsList = defineTool({
  name: 'skills_list',
  title: 'List skills',
  description:
    'List the skills fazt has learned or imported: each with its version, whether it is on, its tools and what it may call.',
  risk: 'read',
  input: z.object({}),
  output: z.object({
    skills: z.array(
      z.object({
        name: z.string(),
        enabled: z.boolean(),
        version: z.number().int(),
        versions: z.number().int(),
        description: z.string(),
        tools: z.array(z.string()),
        allowedTools: z.array(z.string()),
      }),
    ),
  }),
  examples: ['what skills do you have', 'list my skills', 'show skills', 'which skills are installed'],
  run(_input, { cartridge }) {
    return {
      skills: createSkillStore(cartridge)
        .list()
        .map(({ updatedAt: _updatedAt, ...skill }) => skill),
    };
  },
  describe: ({ skills }) =>
    skills.length === 0
      ? 'No skills are installed. Import one with `fazt skill import <folder>` or teach one with `fazt skill new "…"`.'
      : `${skills.length} skill${skills.length === 1 ? '' : 's'}:\n${skills
          .map(
            (skill) =>
              `- ${skill.name} v${skill.version}${skill.enabled ? '' : ' (off)'}: ${skill.description.split(/(?<=\.)\s/)[0]}`,
          )
          .join('\n')}`,
});
