import { randomUUID } from 'node:crypto';
import type { Registry } from '../../tools/registry.js';
import type { ToolResult } from '../../tools/tool-result.js';
import type { Planner, PlannerDeps, PlannerEvent, PlanRequest, PlanStatus } from '../planner.js';
import { approvalNeeded, capabilityList, emptyRequest, notUnderstood } from './answer.js';
import { closestTools } from './closest.js';
import { resolveConfigKey } from './hints.js';
import { interpret, type Step } from './interpret.js';
import { bestFact, type FactEntry, factSentence, questionWords } from './recollect.js';

const NO_USAGE = { inputTokens: 0, outputTokens: 0 } as const;

interface NoteHit {
  id: number;
  text: string;
}

const noteLines = (hits: readonly NoteHit[]) => hits.map((hit) => `#${hit.id} ${hit.text}`).join('\n');

/**
 * The planner that needs no model and no network: it matches the request against each tool's
 * sentence templates (with synonyms, typo tolerance and a ranked fallback), fills slots from the
 * tools' zod types, runs the tools through the executor, and answers from what they returned.
 * It never runs a destructive tool without approval, and never writes when it is unsure.
 */
export function createOfflinePlanner(registry: Registry): Planner {
  return {
    model: 'offline',
    async *run(request: PlanRequest, deps: PlannerDeps): AsyncGenerator<PlannerEvent> {
      const results: ToolResult[] = [];
      const finish = function* (answer: string, status: PlanStatus): Generator<PlannerEvent> {
        if (answer) yield { type: 'text-delta', text: answer };
        yield { type: 'finish', answer, status, usage: { ...NO_USAGE } };
      };
      /** Runs one tool through the executor, announcing it; the result lands in `results`. */
      const call = async function* (
        name: string,
        input: Record<string, unknown>,
      ): AsyncGenerator<PlannerEvent> {
        const callId = randomUUID();
        yield { type: 'tool-call-start', callId, name, input };
        const result = await deps.executor.execute(name, input, {
          caller: deps.caller,
          approved: request.approved ?? false,
          ...(request.signal ? { signal: request.signal } : {}),
        });
        results.push(result);
        yield { type: 'tool-call-end', callId, name, input, result };
      };
      const last = () => results.at(-1)!;

      /** A question no template took: look through remembered facts, then notes. */
      const answerQuestion = async function* (query: string): AsyncGenerator<PlannerEvent> {
        const words = questionWords(query);
        if (words.length > 0 && registry.get('memory_list')) {
          yield* call('memory_list', { limit: 1000 });
          const listed = last();
          const fact = listed.ok
            ? bestFact(query, (listed.output as { entries: FactEntry[] }).entries)
            : undefined;
          if (fact) return yield* finish(factSentence(fact), 'done');
        }
        if (words.length > 0 && registry.get('notes_search')) {
          yield* call('notes_search', { query: words.join(' '), limit: 5 });
          const searched = last();
          const hits = searched.ok ? (searched.output as { hits: NoteHit[] }).hits : [];
          if (hits.length > 0) return yield* finish(`From your notes:\n${noteLines(hits)}`, 'done');
        }
        const closest = closestTools(registry, query);
        yield* finish(
          `I don't know: nothing you've asked me to remember or noted answers "${request.text.trim()}". Without a language model I can only answer from those. I can:\n${capabilityList(closest)}`,
          'not_understood',
        );
      };

      /** Runs the planned steps in order; stops at the first that needs approval or fails. */
      const runSteps = async function* (steps: Step[], say?: string): AsyncGenerator<PlannerEvent> {
        const texts: string[] = [];
        for (const step of steps) {
          yield* call(step.tool.name, step.input);
          const result = last();
          if (result.ok) {
            texts.push(result.text);
            continue;
          }
          if (result.error.code === 'needs_approval') {
            const message = approvalNeeded(step.tool, step.input);
            yield {
              type: 'approval-request',
              callId: randomUUID(),
              name: step.tool.name,
              input: step.input,
              risk: step.tool.risk,
              message,
            };
            return yield* finish([...texts, message].join('\n'), 'needs_approval');
          }
          return yield* finish([...texts, result.error.message].join('\n'), 'error');
        }
        const only = steps.length === 1 ? steps[0] : undefined;
        const recalled = results.at(-1);
        if (
          only?.tool.name === 'memory_recall' &&
          recalled?.ok &&
          !(recalled.output as { found: boolean }).found
        ) {
          const key = String(only.input.key);
          // Near facts about something else ("my brother's …" for "my sister's …"), said as such.
          const near = (recalled.output as { alternatives: unknown[] }).alternatives.length > 0;
          if (registry.get('memory_list')) {
            // "wifi pw", "name of my heart doctor": every word of the name found in one fact's name.
            yield* call('memory_list', { limit: 1000 });
            const listed = last();
            const entries = listed.ok ? (listed.output as { entries: FactEntry[] }).entries : [];
            const fact = bestFact(key, entries, 0.99);
            if (fact) return yield* finish(factSentence(fact), 'done');
          }
          const setting = resolveConfigKey(key);
          if (setting && registry.get('config_get')) {
            yield* call('config_get', { key: setting });
            const read = last();
            if (read.ok) return yield* finish(read.text, 'done');
          }
          if (registry.get('notes_search')) {
            yield* call('notes_search', { query: key, limit: 5 });
            const searched = last();
            const hits = searched.ok ? (searched.output as { hits: NoteHit[] }).hits : [];
            if (hits.length > 0) {
              return yield* finish(
                `I have nothing remembered as "${key}", but your notes mention it:\n${noteLines(hits)}`,
                'done',
              );
            }
            if (near) return yield* finish(`${recalled.text} No note mentions it either.`, 'done');
            return yield* finish(
              `I don't have anything remembered about ${key}, and no note mentions it. I answer from what you have told me (and cannot look things up online); to teach me, say "remember that ${key} is …".`,
              'done',
            );
          }
        }
        yield* finish([...texts, ...(say ? [say] : [])].join('\n'), 'done');
      };

      const meaning = interpret(request.text, registry);
      switch (meaning.kind) {
        case 'empty':
          return yield* finish(emptyRequest(closestTools(registry, '')), 'not_understood');
        case 'help':
          return yield* finish(
            `Without a language model I understand plain requests like these:\n${capabilityList(registry.list().filter((tool) => tool.examples.length > 0))}`,
            'done',
          );
        case 'unknown': {
          if (meaning.lookup && registry.get('memory_list')) {
            yield* call('memory_list', { limit: 1000 });
            const listed = last();
            const entries = listed.ok ? (listed.output as { entries: FactEntry[] }).entries : [];
            const fact = bestFact(meaning.query, entries, 0.99);
            if (fact) return yield* finish(factSentence(fact), 'done');
          }
          return yield* finish(notUnderstood(request.text.trim(), meaning.closest), 'not_understood');
        }
        case 'ask':
          return yield* finish(meaning.question, 'needs_input');
        case 'question':
          return yield* answerQuestion(meaning.query);
        case 'call': {
          if (meaning.followUp !== 'offer-delete') return yield* runSteps(meaning.steps, meaning.say);
          // A note named by what it says: find it and say how to delete it, never delete a guess.
          for (const step of meaning.steps) yield* call(step.tool.name, step.input);
          const searched = last();
          const hits = searched.ok ? (searched.output as { hits: NoteHit[] }).hits : [];
          const query = String(meaning.steps[0]?.input.query ?? '');
          if (hits.length === 0) {
            return yield* finish(
              `No note mentions "${query}", so I deleted nothing. "list my notes" shows them all.`,
              'done',
            );
          }
          const say = hits.length === 1 ? `"delete note ${hits[0]!.id}"` : '"delete note <number>"';
          return yield* finish(
            `${hits.length === 1 ? 'This note mentions' : `${hits.length} notes mention`} "${query}":\n${noteLines(hits)}\nI delete notes only by number, so I deleted nothing yet. To delete it, say ${say}.`,
            'needs_input',
          );
        }
      }
    },
  };
}
