import { randomUUID } from 'node:crypto';
import { needsConsent } from '../../tools/approval.js';
import type { AnyTool } from '../../tools/define-tool.js';
import { NAMED_AGE_CORRECTION, namesCapitalised } from '../../tools/memory/people.js';
import {
  type BeforeVerdict,
  type OfflineQuestion,
  type QuestionKind,
  questionWords,
} from '../../tools/offline.js';
import type { Registry } from '../../tools/registry.js';
import type { ToolErrorCode, ToolResult } from '../../tools/tool-result.js';
import type { Planner, PlannerDeps, PlannerEvent, PlanRequest, PlanStatus } from '../planner.js';
import { typedText } from '../typed-text.js';
import { approvalsNeeded, capabilityList, emptyRequest, listed, notUnderstood } from './answer.js';
import { closestTools, suggestedForQuestion } from './closest.js';
import { type FollowUp, offersOne, readFollowUp, turnBefore } from './followup.js';
import { keptAgesTurned } from './household.js';
import { interpret, type Step } from './interpret.js';
import { MISSPELLINGS } from './lexicon.js';
import { keptAgeCorrected, keptFactNamed } from './statements.js';
import { matchWord } from './words.js';

const NO_USAGE = { inputTokens: 0, outputTokens: 0 } as const;

/** Two words are the same for an answer hook: stems, synonyms and typos allowed. */
const sameWord = (wanted: string, word: string) => matchWord(wanted, word) !== undefined;

/** "it", "its": a follow-up's word for the subject of the question before. */
const IT_POINTS_BACK = /\b(?:it|its)\b/i;

/** The tools that can answer questions, in their `offline.answer.order`. */
const answerers = (registry: Registry): AnyTool[] =>
  registry
    .list()
    .filter((tool) => tool.offline?.answer)
    .sort((a, b) => (a.offline?.answer?.order ?? 50) - (b.offline?.answer?.order ?? 50));

/**
 * The longest request the offline planner reads, in UTF-16 units. Its readings split and match
 * a request many ways; far past anything a person types, that only costs time and stack.
 */
export const MAX_OFFLINE_REQUEST = 4_000;

/**
 * The planner that needs no model and no network: it matches the request against each tool's
 * sentence templates (with synonyms, typo tolerance and a ranked fallback), fills slots from the
 * tools' zod types, runs the tools through the executor, and answers from what they returned.
 * What it knows about a tool beyond its schema comes from the tool's own `offline` field; it names
 * no tool. It never runs a destructive tool without approval, and never writes when it is unsure.
 */
export function createOfflinePlanner(registry: Registry): Planner {
  return {
    model: 'offline',
    async *run(asked: PlanRequest, deps: PlannerDeps): AsyncGenerator<PlannerEvent> {
      // Escape sequences and control characters typed or pasted into a request are not words.
      // startTurn already cleaned a turn's text (for every planner, before it is stored); this
      // covers the planner run alone (evals/run-case.ts). typedText is idempotent, ~µs.
      let request: PlanRequest = { ...asked, text: typedText(asked.text) };
      const results: ToolResult[] = [];
      /** Why a tool asked to answer could not search, when none answered (see `finish`). */
      const unchecked: string[] = [];
      const finish = function* (
        answer: string,
        status: PlanStatus,
        errorCode?: ToolErrorCode,
      ): Generator<PlannerEvent> {
        // A tool that could not search (another process's lock, …) is said, never taken for "nothing".
        if (unchecked.length) answer = [answer, ...unchecked].filter(Boolean).join(' ');
        if (answer) yield { type: 'text-delta', text: answer };
        yield { type: 'finish', answer, status, usage: { ...NO_USAGE }, ...(errorCode ? { errorCode } : {}) };
      };
      // "remember my locker<TAB>number is 12" is the same request as with a space (S45 LOW).
      if (request.text.includes('\t')) request = { ...request, text: request.text.replace(/\t/g, ' ') };
      if (request.text.length > MAX_OFFLINE_REQUEST) {
        yield* finish(
          `That request is ${request.text.length.toLocaleString('en')} characters long; the offline planner reads requests of up to ${MAX_OFFLINE_REQUEST.toLocaleString('en')}. Say it in fewer words, or keep long text in a file and learn it with \`fazt learn\`. Nothing was changed.`,
          'needs_input',
        );
        return;
      }
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
      /**
       * A step not run because it comes after one held for approval: announced as a call that
       * waits (code `needs_approval`, never through the executor, so nothing ran and nothing is
       * audited), so the conversation keeps it for the replay after a "yes" with --yes.
       */
      const waits = function* ({
        name,
        input,
      }: {
        name: string;
        input: Record<string, unknown>;
      }): Generator<PlannerEvent> {
        const callId = randomUUID();
        yield { type: 'tool-call-start', callId, name, input };
        yield {
          type: 'tool-call-end',
          callId,
          name,
          input,
          result: {
            ok: false,
            tool: name,
            error: {
              code: 'needs_approval',
              message: 'Not run yet: it waits for your approval of the step before it.',
            },
            durationMs: 0,
          },
        };
      };

      /**
       * Puts a question to every tool with an `answer` hook, in order; the first answer wins.
       * Each hook runs only reads (an answer never writes); `undefined` when none answered.
       */
      /** The turn before in a conversation (`-c`), for a follow-up's answer to keep its subject. */
      const before = turnBefore(request.history);
      /** What the last `askTools` searched without an answer, said as each tool says it. */
      const searchedInVain: string[] = [];
      /** What the last `askTools` left out of its search on purpose, a line each. */
      const notSearched: string[] = [];
      /** A question put to the answerers: its kind, its words, and the turn before. */
      const questionFor = (
        kind: QuestionKind,
        text: string,
        said: string,
        lead?: string,
      ): OfflineQuestion => ({
        kind,
        // "hw old is leonei": read as "how old …", as the templates read it (S45).
        text: text.replace(/[\p{L}]+/gu, (word) => MISSPELLINGS[word.toLowerCase()] ?? word),
        request: said,
        words: questionWords(text),
        sameWord,
        ...(lead ? { lead } : {}),
        ...(before ? { before } : {}),
      });
      /**
       * After `answerer` answered (or a lookup that is no answerer, as every answerer is later):
       * each later answerer with a `differs` hook reads the same
       * question, and says where its source disagrees (a remembered rent, a lease that says
       * otherwise). Its call is shown only when it disagrees; undefined when every source agrees.
       */
      const otherSays = async function* (
        answerer: AnyTool | undefined,
        question: OfflineQuestion,
        answer: string,
      ): AsyncGenerator<PlannerEvent, string | undefined> {
        const all = answerers(registry);
        for (const tool of answerer ? all.slice(all.indexOf(answerer) + 1) : all) {
          if (tool === answerer) continue;
          const hook = tool.offline?.answer;
          const input = hook?.differs ? hook.input(question) : undefined;
          if (!hook?.differs || input === undefined || tool.risk !== 'read') continue;
          const tried: PlannerEvent[] = [];
          for await (const event of call(tool.name, input)) tried.push(event);
          const result = last();
          const line = result.ok ? hook.differs(result.output, { question, answer }) : undefined;
          if (line) {
            yield* tried;
            return line;
          }
        }
        return undefined;
      };
      const askTools = async function* (
        kind: QuestionKind,
        text: string,
        lead?: string,
        {
          tellTries = true,
          said = text,
          followUp = false,
        }: { tellTries?: boolean; said?: string; followUp?: boolean } = {},
      ): AsyncGenerator<PlannerEvent, { text: string; status: 'done' | 'needs_input' } | undefined> {
        searchedInVain.length = 0;
        notSearched.length = 0;
        unchecked.length = 0;
        let question = questionFor(kind, text, said, lead);
        /** A reply that mentions the question without answering it, said after a better one. */
        let held: string | undefined;
        // "when do we get it back?" right after a document answer: "it" is that answer's subject,
        // so only the tools that take the follow-up answer it, never an unrelated fact (S45 H5).
        const pointsBack =
          followUp ||
          (IT_POINTS_BACK.test(said) &&
            answerers(registry).some((tool) => tool.offline?.answer?.followsUp?.(question)));
        for (const tool of answerers(registry)) {
          const hook = tool.offline?.answer;
          // A follow-up: only the tools that take it after their own answer (`followsUp`).
          if (pointsBack && !hook?.followsUp?.(question)) continue;
          const input = hook?.input(question);
          if (!hook || input === undefined || tool.risk !== 'read') continue;
          // Without `tellTries`, a try that answers nothing is not reported: its output (every
          // stored fact, for the list of facts) is no part of the answer, and a request fazt did not
          // understand never lists what is stored.
          const tried: PlannerEvent[] = [];
          for await (const event of call(tool.name, input)) {
            if (tellTries) yield event;
            else tried.push(event);
          }
          const result = last();
          const reply = result.ok ? hook.reply(result.output, question) : undefined;
          // A reply that only mentions the question's words waits for a better answer (S45 H1).
          if (
            typeof reply === 'string' &&
            reply &&
            held === undefined &&
            result.ok &&
            hook.partial?.(result.output, question)
          ) {
            yield* tried;
            held = reply;
            continue;
          }
          if (typeof reply === 'string' && reply) {
            yield* tried;
            unchecked.length = 0;
            const other = yield* otherSays(tool, question, reply);
            return { text: [reply, other, held].filter(Boolean).join('\n'), status: 'done' };
          }
          if (typeof reply === 'object') {
            yield* tried;
            unchecked.length = 0;
            return { text: reply.question, status: 'needs_input' };
          }
          if (!result.ok && result.error.code !== 'invalid_input') {
            const why = result.error.message.replace(new RegExp(`^${tool.name} failed: `), '');
            unchecked.push(`I could not search ${hook.source ?? tool.title.toLowerCase()}: ${why}`);
          }
          // "my daughter" known to be Léonie: the tools after this one read her name (S45).
          const named = result.ok ? hook.names?.(result.output, question) : undefined;
          if (named) question = { ...question, request: named };
          const note = result.ok ? hook.searched?.(result.output) : undefined;
          if (note) searchedInVain.push(note);
          const left = result.ok ? hook.notSearched?.(result.output) : undefined;
          if (left) notSearched.push(left);
        }
        if (held !== undefined) {
          unchecked.length = 0;
          return { text: held, status: 'done' };
        }
        return undefined;
      };

      /**
       * A question no template took: the tools that can answer questions try it. "I don't know"
       * after searching is an answer (`done`, exit 0), as a recall or a document question that
       * finds nothing is: only a request fazt cannot read at all is `not_understood`.
       */
      const answerQuestion = async function* (query: string): AsyncGenerator<PlannerEvent> {
        const reply = yield* askTools('question', query);
        if (reply) return yield* finish(reply.text, reply.status);
        // Only tools sharing a word with the question (no "Describe a blob" for a question in
        // words), and of those only the ones that read or are as close as a request of their own.
        const closest = suggestedForQuestion(registry, query);
        yield* finish(
          `I don't know: nothing you've asked me to remember, noted or had me learn answers "${request.text.trim()}". Without a language model I can only answer from those.${notSearched.length ? `\n${notSearched.join('\n')}\n` : ' '}I can:\n${capabilityList(closest)}`,
          'done',
        );
      };

      /**
       * Runs the planned steps in order. A target that is not there (a check's or the tool's
       * `not_found`) or a step already done ("blog is already private") is said, and the other
       * steps go on: one missing target of several never drops the rest. The first call held for
       * approval gathers every destructive step after it, each checked against what is stored,
       * into one approval request naming all of them; a question back stops the run there.
       */
      const runSteps = async function* (
        planned: readonly Step[],
        say?: string,
        asks = false,
        question?: string,
      ): AsyncGenerator<PlannerEvent> {
        // A copy: a check may make one step several ("forget my cat and car").
        const steps = [...planned];
        const texts: string[] = [];
        if (question) {
          const reply = yield* askTools('question', question);
          texts.push(
            reply?.text ??
              `I don't know: nothing you've asked me to remember, noted or had me learn answers "${question}".`,
          );
        }
        // A result that is a question back ("two facts fit: which one?") ends the request so.
        let asked = asks;
        // The first failure of a run of several that went on past it (nothing by that name).
        let failed: ToolErrorCode | undefined;
        let several = steps.length > 1;
        /** The steps after `index`, said back when the run stops early, so none is dropped silently. */
        const notDone = (index: number, why: string, skip: (step: Step) => boolean = () => false) => {
          // What the reading says about the parts of the request it could not do is never dropped.
          if (steps.length === 1) return say ? [say] : [];
          const rest = steps.slice(index + 1).filter((step) => !skip(step));
          const unique = [...new Set(rest.map((step) => step.said ?? step.tool.title))];
          const line =
            unique.length === 0 ? [] : [`I did not do ${listed(unique.map((said) => `"${said}"`))}: ${why}.`];
          return [...line, ...(say ? [say] : [])];
        };
        /**
         * One check against what is stored, before the call: it may complete the input ("the
         * app" is the only app), answer instead ("change it to 20?", "nothing to delete"), or
         * make another call ("delete my blog": the app, when no fact has that name).
         */
        const check = async function* (
          step: Step,
        ): AsyncGenerator<
          PlannerEvent,
          { step: Step } | { answer: BeforeVerdict & { kind: 'answer' } } | { split: Step[] }
        > {
          const before = step.tool.offline?.before;
          if (!before) return { step };
          const seen: PlannerEvent[] = [];
          const verdict = await before.check(step.input, {
            said: step.said ?? '',
            ...(step.adds ? { adds: true } : {}),
            statement: step.statement === true,
            ...(step.opening ? { opening: step.opening } : {}),
            approved: request.approved ?? false,
            look: async (lookup) => {
              if (registry.get(lookup.tool)?.risk !== 'read') return undefined;
              for await (const event of call(lookup.tool, lookup.input)) seen.push(event);
              const found = last();
              return found.ok ? { ok: true, output: found.output } : { ok: false, code: found.error.code };
            },
          });
          yield* seen;
          if (verdict.kind === 'answer') return { answer: verdict };
          if (verdict.kind === 'go' && verdict.input) return { step: { ...step, input: verdict.input } };
          if (verdict.kind === 'split') return { split: verdict.inputs.map((input) => ({ ...step, input })) };
          if (verdict.kind === 'redirect') {
            const other = registry.get(verdict.tool);
            if (other) return { step: { ...step, tool: other, input: verdict.input } };
          }
          return { step };
        };
        /** An answer of a check that says a target is missing or already so: the run goes on. */
        const passes = (verdict: BeforeVerdict & { kind: 'answer' }) =>
          several && (verdict.errorCode !== undefined || verdict.status === 'done');
        for (const [index, step0] of steps.entries()) {
          let checked = yield* check(step0);
          // "forget my cat and car": one call that names several stored things is one call each,
          // run in its place (each checked, and approved with the others).
          if ('split' in checked) {
            steps.splice(index, 1, ...checked.split);
            several = true;
            checked = yield* check(steps[index]!);
            if ('split' in checked) checked = { step: steps[index]! };
          }
          if ('answer' in checked) {
            const { answer } = checked;
            if (passes(answer)) {
              texts.push(answer.text);
              failed ??= answer.errorCode;
              continue;
            }
            // "my locker is 21 and my PIN is 9" with both stored as other values: every later part
            // that asks the same kind of question is asked with it, so one "yes" offers them all.
            const offered = new Set<Step>();
            const questions = [answer.text];
            if (answer.status !== 'done' && !answer.errorCode && offersOne(answer.text)) {
              for (const later of steps.slice(index + 1)) {
                const seen = yield* check(later);
                if ('answer' in seen && !seen.answer.errorCode && offersOne(seen.answer.text)) {
                  questions.push(seen.answer.text);
                  offered.add(later);
                }
              }
            }
            return yield* finish(
              [
                ...texts,
                ...questions,
                ...notDone(index, 'I stopped to ask the question above first', (later) => offered.has(later)),
              ].join('\n'),
              answer.errorCode ? 'error' : answer.status === 'done' && !asked ? 'done' : 'needs_input',
              answer.errorCode,
            );
          }
          const { step } = checked;
          yield* call(step.tool.name, step.input);
          const result = last();
          if (result.ok) {
            // A lookup that answers in its own words ("delete my shopping note": which note it is).
            const own = step.reply?.(result.output);
            texts.push(own ? own.answer : result.text);
            asked ||= own?.status === 'needs_input';
            asked ||= step.tool.offline?.asksBack?.(result.output, step.input) === true;
            continue;
          }
          if (result.error.code === 'needs_approval') {
            // Every destructive step after this one is asked about with it, once.
            const held: Step[] = [step];
            // Each later destructive step as its check left it (checked once, before approval).
            const checkedAs = new Map<Step, Step[]>();
            // What the later checks found missing or already so, said after the request.
            const found: string[] = [];
            for (const later of steps.slice(index + 1)) {
              if (!needsConsent(later.tool, later.input)) continue;
              const seen = yield* check(later);
              if ('step' in seen) {
                held.push(seen.step);
                checkedAs.set(later, [seen.step]);
              } else if ('answer' in seen) found.push(seen.answer.text);
              else {
                // A later step naming several things ("… and forget my cat and car"): each is held.
                held.push(...seen.split);
                checkedAs.set(later, seen.split);
              }
            }
            // A tool that held the call itself, for what it found ("blog" is hosted from another
            // folder), says why in its own words; a call held for its risk is said as usual.
            const message =
              held.length === 1 && !needsConsent(step.tool, step.input)
                ? `${result.error.message} To go ahead, run the request again with --yes.`
                : approvalsNeeded(held);
            for (const each of held)
              yield {
                type: 'approval-request',
                callId: randomUUID(),
                name: each.tool.name,
                input: each.input,
                risk: each.tool.risk,
                message,
              };
            // Every later step waits with the held one, in order, and is kept in the conversation as
            // waiting, so a "yes" with --yes (`followup.ts`) replays exactly these steps, in order:
            // "forget my PIN, then remember my PIN is 8" forgets, then remembers. None of them ran.
            for (const later of steps.slice(index + 1)) {
              const waiting = checkedAs.get(later);
              // A later destructive step whose check found nothing to do is said, never kept.
              if (needsConsent(later.tool, later.input) && !waiting) continue;
              for (const wait of waiting ?? [later])
                yield* waits({ name: wait.tool.name, input: wait.input });
            }
            const rest = notDone(
              index,
              'it comes after a step that needs your approval, and I do not run steps out of order; approve with --yes and it runs after that step',
              (later) => needsConsent(later.tool, later.input),
            );
            return yield* finish([...texts, message, ...found, ...rest].join('\n'), 'needs_approval');
          }
          if (several && result.error.code === 'not_found') {
            texts.push(result.error.message);
            failed ??= result.error.code;
            continue;
          }
          return yield* finish(
            [
              ...texts,
              result.error.message,
              ...notDone(index, 'the step before it failed, so I stopped'),
            ].join('\n'),
            'error',
          );
        }
        if (failed) return yield* finish([...texts, ...(say ? [say] : [])].join('\n'), 'error', failed);
        // One lookup that found nothing: the tools that can answer questions try the same words.
        const only = steps.length === 1 ? steps[0] : undefined;
        const looked = results.at(-1);
        const nothing =
          only && looked?.ok ? only.tool.offline?.foundNothing?.(looked.output, only.input) : undefined;
        if (nothing) {
          // The name looked up was cut from a sentence ("rent due" from "when is the rent due?"):
          // a tool that reads questions whole is given the sentence (`request`).
          const reply = yield* askTools('lookup', nothing.query, nothing.lead, {
            said: only?.said?.trim() || request.text.trim(),
          });
          // What else the request said ("…? it's not working") is said after the lookup, never dropped.
          const also = say ? [say] : [];
          if (reply) return yield* finish([reply.text, ...also].join('\n'), reply.status);
          return yield* finish(
            [[nothing.reply, ...searchedInVain].join(' '), ...notSearched, ...also].join('\n'),
            'done',
          );
        }
        // One lookup that found its fact ("what is my rent?"): a source that says otherwise is said too.
        const [told] = texts;
        if (only && looked?.ok && only.tool.offline?.foundNothing && texts.length === 1 && told && !asked) {
          const said = only.said?.trim() || request.text.trim();
          let other = yield* otherSays(undefined, questionFor('lookup', said, said), told);
          // A check ("is the rent more than 18000?") the documents cannot answer as said: they are
          // asked the plain question of the fact it found ("what is my rent?") (S46).
          const plain = other ? undefined : only.tool.offline?.checkedAs?.(looked.output, only.input);
          if (plain) other = yield* otherSays(undefined, questionFor('lookup', plain, plain), told);
          if (other) texts.push(other);
        }
        yield* finish([...texts, ...(say ? [say] : [])].join('\n'), asked ? 'needs_input' : 'done');
      };

      /**
       * "yes" right after a step held for approval: exactly the held calls again, through the
       * executor, which decides consent as always (`--yes`, the chat's prompt). A "yes" typed in
       * words is not approval, so without it the answer says how to approve and nothing changes.
       */
      const replay = async function* (
        pending: Extract<FollowUp, { kind: 'replay' }>,
      ): AsyncGenerator<PlannerEvent> {
        const texts: string[] = [];
        for (const [index, held] of pending.calls.entries()) {
          yield* call(held.name, held.input);
          const result = last();
          if (result.ok) {
            texts.push(result.text);
            continue;
          }
          if (result.error.code === 'needs_approval') {
            // The steps after it wait with it, so a later "yes" with --yes still runs every one.
            for (const rest of pending.calls.slice(index + 1)) yield* waits(rest);
            // The held request said again without --yes: asked again in the same words.
            if (pending.again) return yield* finish([...texts, pending.held].join('\n'), 'needs_approval');
            const what = /^This would (.+?)(?:, which cannot be undone|,? so I did)/.exec(pending.held)?.[1];
            const id = request.conversationId ? `--conversation ${request.conversationId} ` : '';
            return yield* finish(
              [
                ...texts,
                `A "yes" typed as words is not approval for a step that cannot be undone${what ? ` (to ${what.replace(/ \(.*$/, '')})` : ''}; only --yes approves it. Nothing was changed. To go ahead, say yes with --yes: fazt ask ${id}--yes "yes"${pending.request ? `, or ask again with --yes: fazt ask --yes "${pending.request}"` : ''}.`,
              ].join('\n'),
              'needs_approval',
            );
          }
          const rest = pending.calls.length - index - 1;
          return yield* finish(
            [
              ...texts,
              result.error.message,
              ...(rest ? [`I stopped there; ${rest} more not done.`] : []),
            ].join('\n'),
            'error',
          );
        }
        yield* finish(texts.join('\n'), 'done');
      };

      // "leo is 7 now" with son Leo kept: his name, as if capitalised (m27, S42). The kept people
      // are read, without a step said, only when a lower-case word may be one of them.
      for (const tool of registry.list()) {
        const names = tool.offline?.names;
        if (!names?.when.test(request.text)) continue;
        // "no, Bruno is 8" after "how old is Bruno?" (-c): the follow-up reader knows whose age was
        // asked (dog Bruno's); said after anything else it is the kept person's age (S44).
        const before = turnBefore(request.history)?.request ?? '';
        const name = NAMED_AGE_CORRECTION.exec(request.text.trim())?.[1];
        const askedOf = (who: string) =>
          /^(?:how|what|when|who|whats|what['’]s)\b|\?\s*$/i.test(before.trim()) &&
          new RegExp(`(?<!\\p{L})${who}(?!\\p{L})`, 'iu').test(before);
        if (name && askedOf(name)) continue;
        const kept = await deps.executor.execute(tool.name, names.input as Record<string, unknown>, {
          caller: deps.caller,
          approved: false,
        });
        if (!kept.ok) continue;
        const known = names.read(kept.output);
        const keys = names.keys?.(kept.output) ?? {};
        request = {
          ...request,
          text: keptFactNamed(
            keptAgeCorrected(keptAgesTurned(namesCapitalised(request.text, known), known), known, keys),
            keys,
          ),
        };
      }
      // "actually it's 21" after "what's my locker?", "yes" after a question back (`-c <id>`).
      const after = readFollowUp(request.text, request.history, request.approved);
      if (after?.kind === 'answer') return yield* finish(after.text, after.status);
      if (after?.kind === 'replay') return yield* replay(after);
      if (after?.kind === 'requests') {
        // A yes to a question that offered several parts: every part, each read as typed.
        const readings = after.texts.map((text) => interpret(text, registry));
        const plain = (reading: (typeof readings)[number]) =>
          reading.kind === 'call' && !reading.reply && !reading.question && !reading.asks;
        if (readings.every(plain))
          return yield* runSteps(
            readings.flatMap((reading) => (reading.kind === 'call' ? reading.steps : [])),
          );
        return yield* finish(
          `I could not redo every part of that at once, so nothing was changed. Say each one: ${listed(after.texts.map((text) => `"${text}"`))}.`,
          'needs_input',
        );
      }
      const meaning = interpret(after?.kind === 'request' ? after.text : request.text, registry);
      // "what's their email address?" after a document answer: the tool that answered takes it
      // before a question back asks whose, or before "I didn't understand" (`followsUp`).
      if (
        before &&
        ((meaning.kind === 'ask' && meaning.tool.risk === 'read') || meaning.kind === 'unknown')
      ) {
        const reply = yield* askTools('question', request.text, undefined, { followUp: true });
        if (reply) return yield* finish(reply.text, reply.status);
      }
      switch (meaning.kind) {
        case 'empty':
          return yield* finish(emptyRequest(closestTools(registry, '')), 'not_understood');
        case 'help':
          return yield* finish(
            `Without a language model I understand plain requests like these:\n${capabilityList(registry.list().filter((tool) => tool.examples.length > 0))}`,
            'done',
          );
        case 'chatter':
          return yield* finish(meaning.reply, meaning.status ?? 'done');
        case 'ability':
          return yield* finish(
            `Yes, I can ${meaning.verb}. Without a language model I understand requests like these:\n${capabilityList(meaning.tools)}\nWhat you tell me stays in your cartridge, one SQLite file on this machine: it lasts between sessions, works offline and is sent nowhere.`,
            'done',
          );
        case 'unknown': {
          const reply = meaning.lookup
            ? yield* askTools('name', meaning.query, undefined, { tellTries: false })
            : undefined;
          if (reply) return yield* finish(reply.text, reply.status);
          return yield* finish(notUnderstood(request.text.trim(), meaning.closest), 'not_understood');
        }
        case 'ask':
          return yield* finish(meaning.question, 'needs_input');
        case 'question':
          return yield* answerQuestion(meaning.query);
        case 'call': {
          if (!meaning.reply)
            return yield* runSteps(meaning.steps, meaning.say, meaning.asks, meaning.question);
          // A request a tool serves with an answer of its own ("delete the note about X": find it
          // and say how to delete it, never delete a guess).
          for (const step of meaning.steps) yield* call(step.tool.name, step.input);
          const result = last();
          if (!result.ok) return yield* finish(result.error.message, 'error');
          const { answer, status } = meaning.reply(result.output);
          // A check answered from one source ("is the rent more than 18000?" from a remembered
          // rent): another that says otherwise of the fact it found is said too (S46).
          const [step] = meaning.steps;
          const plain =
            meaning.steps.length === 1 && step && status === 'done'
              ? step.tool.offline?.checkedAs?.(result.output, step.input)
              : undefined;
          const other = plain
            ? yield* otherSays(undefined, questionFor('lookup', plain, plain), answer)
            : undefined;
          return yield* finish(other ? `${answer}\n${other}` : answer, status);
        }
      }
    },
  };
}
