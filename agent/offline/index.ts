import { randomUUID } from 'node:crypto';
import type { Registry } from '../../tools/registry.js';
import type { ToolResult } from '../../tools/tool-result.js';
import type { Planner, PlannerDeps, PlannerEvent, PlanRequest, PlanStatus } from '../planner.js';
import { approvalNeeded, emptyRequest, notUnderstood } from './answer.js';
import { closestTools } from './closest.js';
import { interpret } from './interpret.js';

const NO_USAGE = { inputTokens: 0, outputTokens: 0 } as const;

/**
 * The planner that needs no model and no network: it matches the request against each tool's
 * sentence templates (with synonyms, typo tolerance and a ranked fallback), fills slots from the
 * tools' zod types, runs the one tool through the executor, and answers from what it returned.
 * It never runs a destructive tool without approval, and never writes when it is unsure.
 */
export function createOfflinePlanner(registry: Registry): Planner {
  return {
    model: 'offline',
    async *run(request: PlanRequest, deps: PlannerDeps): AsyncGenerator<PlannerEvent> {
      const finish = function* (answer: string, status: PlanStatus): Generator<PlannerEvent> {
        if (answer) yield { type: 'text-delta', text: answer };
        yield { type: 'finish', answer, status, usage: { ...NO_USAGE } };
      };
      const call = async function* (
        name: string,
        input: Record<string, unknown>,
        results: ToolResult[],
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

      const meaning = interpret(request.text, registry);
      switch (meaning.kind) {
        case 'empty':
          yield* finish(emptyRequest(closestTools(registry, '')), 'not_understood');
          return;
        case 'unknown':
          yield* finish(notUnderstood(request.text.trim(), meaning.closest), 'not_understood');
          return;
        case 'ask':
          yield* finish(meaning.question, 'needs_input');
          return;
        case 'question': {
          yield* finish(
            notUnderstood(request.text.trim(), closestTools(registry, meaning.query)),
            'not_understood',
          );
          return;
        }
        case 'call': {
          const results: ToolResult[] = [];
          yield* call(meaning.tool.name, meaning.input, results);
          const result = results[0]!;
          if (result.ok) {
            yield* finish(result.text, 'done');
            return;
          }
          if (result.error.code === 'needs_approval') {
            const message = approvalNeeded(meaning.tool, meaning.input);
            yield {
              type: 'approval-request',
              callId: randomUUID(),
              name: meaning.tool.name,
              input: meaning.input,
              risk: meaning.tool.risk,
              message,
            };
            yield* finish(message, 'needs_approval');
            return;
          }
          yield* finish(result.error.message, 'error');
          return;
        }
      }
    },
  };
}
