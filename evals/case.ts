import { z } from 'zod';
import { matcherProblems } from './matchers.js';

const STATUSES = ['done', 'needs_approval', 'needs_input', 'not_understood', 'error'] as const;
const status = z.enum(STATUSES);

/** A matcher tree (see matchers.ts), checked for unknown `$` keys and bad regexes on load. */
const matcher = z.unknown().superRefine((value, context) => {
  for (const problem of matcherProblems(value)) context.addIssue({ code: 'custom', message: problem });
});

/** A skill's name as the Agent Skills format spells it (the folder name). */
const skillName = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'a skill name such as unit-convert (lowercase letters, digits, hyphens)',
  );

const toolName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a tool name such as memory_remember');
const oneOrMany = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (typeof value === 'string' ? [value] : value));

/** A tool call run through the executor (setup before the request, or a state check after it). */
const toolCall = z
  .object({
    tool: toolName,
    input: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

const textExpectation = z
  .object({
    /** Each must appear, case-insensitively. */
    contains: oneOrMany.optional(),
    /** None may appear, case-insensitively. */
    notContains: oneOrMany.optional(),
    /** A regular expression, case-insensitive. */
    matches: z.string().optional(),
  })
  .strict();

/** What the planner's run must show. */
const runExpectation = z
  .object({
    /** How the planner must end: one status or any of a list. */
    status: z.union([status, z.array(status)]).optional(),
    /** Successful tool calls that must have happened, in this order (other calls may come between). */
    calls: z.array(z.object({ tool: toolName, input: matcher.optional() }).strict()).optional(),
    /** With `calls`: no successful call beyond the listed ones. */
    only: z.boolean().optional(),
    /** Tools that must not have run successfully. */
    forbid: z.array(toolName).optional(),
    /** `false`: no tool that writes, deletes or reaches out may have run successfully. */
    writes: z.boolean().optional(),
    answer: textExpectation.optional(),
  })
  .strict();

/** What must be true after the request. */
const expectation = runExpectation
  .extend({
    /** At least one of these must hold, for requests with more than one right answer. */
    anyOf: z.array(runExpectation).min(1).optional(),
    /** Checks of the cartridge afterwards: a tool call and what it must return. */
    state: z
      .array(toolCall.extend({ output: matcher.optional(), text: textExpectation.optional() }).strict())
      .optional(),
  })
  .strict();

/** One eval case: a request in plain language, optional setup, and what must be true after it. */
export const evalCase = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, ".", "_" and "-"'),
    request: z.string({
      error: 'request must be text (quote it in YAML if it looks like a number or yes/no)',
    }),
    /** Consent for destructive steps, as `fazt ask --yes` gives. */
    approved: z.boolean().default(false),
    tags: z.array(z.string()).default([]),
    /** Why the case exists, for the person reading a failure. */
    why: z.string().optional(),
    setup: z.array(toolCall).default([]),
    /**
     * Earlier turns of one conversation, run through the planner (after `setup`) before the
     * request, which is then their follow-up (`fazt ask --conversation <id>`). What they do is
     * not checked; `expect` is about the request alone.
     */
    before: z
      .array(
        z
          .object({
            request: z.string({ error: 'a turn must be text (quote it in YAML)' }),
            approved: z.boolean().default(false),
          })
          .strict(),
      )
      .default([]),
    /**
     * In a skill's evals.yaml: whether this request must use the skill (call one of its tools)
     * or must not. The report gives each skill's trigger rate from these.
     */
    triggers: z.boolean().optional(),
    /**
     * Which of the suite's `skills` the case's `triggers` is about; without it, every skill the
     * suite installs (must trigger: any of them; must not: none of them).
     */
    skill: skillName.optional(),
    expect: expectation,
  })
  .strict();

/** A YAML file of cases. */
export const evalSuite = z
  .object({
    suite: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, "_" and "-"'),
    description: z.string().optional(),
    /**
     * Built-in skills (`skills/builtin/<name>`) installed into every case's fresh cartridge, so
     * the suite can score whether each triggers when it should and stays quiet when it should not.
     */
    skills: z.array(skillName).default([]),
    cases: z.array(evalCase).min(1, 'a suite needs at least one case'),
  })
  // Which skills exist is the loader's to know (evals/load.ts checks `skills` and each case's `skill`).
  .strict();

export type EvalCase = z.output<typeof evalCase>;
export type EvalSuite = z.output<typeof evalSuite>;
export type Expectation = z.output<typeof expectation>;
export type RunExpectation = z.output<typeof runExpectation>;
export type TextExpectation = z.output<typeof textExpectation>;
export type PlanStatusName = (typeof STATUSES)[number];
