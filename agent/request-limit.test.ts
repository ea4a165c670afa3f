import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ConversationStore, createConversationStore } from '../cartridge/conversations.js';
import { UsageError } from '../cartridge/errors.js';
import { type TestRuntime, testRuntime } from '../test/helpers/runtime.js';
import { createOfflinePlanner, MAX_OFFLINE_REQUEST } from './offline/index.js';
import { MAX_REQUEST_CHARS, requestTooLong } from './request-limit.js';
import { startTurn } from './session.js';

describe('the request size limit', () => {
  let harness: TestRuntime;
  let conversations: ConversationStore;
  beforeEach(() => {
    harness = testRuntime();
    conversations = createConversationStore(harness.cartridge);
  });
  afterEach(() => harness.close());

  it('is the longest a tool takes (a note), and above what the offline planner reads', () => {
    expect(MAX_REQUEST_CHARS).toBe(100_000);
    expect(MAX_OFFLINE_REQUEST).toBeLessThan(MAX_REQUEST_CHARS);
  });

  it('startTurn refuses a longer request before anything is stored, whatever the surface', () => {
    const planner = createOfflinePlanner(harness.registry);
    const start = () =>
      startTurn({
        planner,
        executor: harness.executor,
        conversations,
        text: 'a'.repeat(MAX_REQUEST_CHARS + 1),
      });
    expect(start).toThrow(/100,001 characters long; fazt takes requests of up to 100,000 characters/);
    expect(conversations.latest()).toBeUndefined();
  });

  it('the message says the limit, that nothing was stored, and where long text goes', () => {
    const error = requestTooLong('The request on stdin');
    expect(UsageError.isInstance(error)).toBe(true);
    expect(error.code).toBe('request_too_long');
    expect(error.message).toMatch(
      /^The request on stdin is too long; .*100,000.*Nothing was stored.*fazt learn/,
    );
  });
});
