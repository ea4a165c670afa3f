import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import { ModelAuthError } from '../model-errors.js';
import { headerTimeoutFetch } from './timed-fetch.js';

export interface OpenAIModelOptions {
  model: string;
  baseUrl: string;
  apiKey: string | undefined;
  /** Give up when the server has not started answering within this long. */
  timeoutMs?: number;
}

const isOpenAI = (baseUrl: string) => new URL(baseUrl).hostname === 'api.openai.com';

/**
 * A chat-completions model on any OpenAI-compatible server: OpenAI, OpenRouter, LM Studio,
 * vLLM, llama.cpp's server. Local servers usually need no key; api.openai.com does, and its
 * absence is reported before any request is made.
 */
export function createOpenAIModel({ model, baseUrl, apiKey, timeoutMs }: OpenAIModelOptions): LanguageModel {
  if (!apiKey && isOpenAI(baseUrl)) {
    throw new ModelAuthError(
      `openai:${model} needs an API key. Set OPENAI_API_KEY or \`fazt config set openai.apiKey …\` (or point openai.baseUrl at a local server).`,
    );
  }
  const provider = createOpenAI({
    baseURL: baseUrl,
    apiKey: apiKey ?? 'not-needed',
    name: 'openai',
    ...(timeoutMs ? { fetch: headerTimeoutFetch(timeoutMs) } : {}),
  });
  return provider.chat(model);
}
