import { z } from 'zod';
import { attributeWithheld } from '../../cartridge/text-similarity.js';
import { defineTool } from '../define-tool.js';
import { questionWords } from '../offline.js';
import { limit } from '../schemas.js';
import { endSentence } from '../sentence.js';
import { bestFacts, factSentence, factSubject, listedFact, maskedNote } from './offline.js';
import { memoryEntry } from './schemas.js';
import { createMemoryStore } from './store.js';

export const memoryList = defineTool({
  name: 'memory_list',
  title: 'List remembered facts',
  description:
    'List the facts fazt remembers, most recently updated first. The output (JSON, MCP) has every value exact; the sentence said to a person masks a secret\'s value (PIN, password, code…) as "••••", to be asked for by name.',
  risk: 'read',
  input: z.object({
    limit: limit(50),
    offset: z.number().int().min(0).default(0).describe('How many to skip, for paging.'),
  }),
  output: z.object({ entries: z.array(memoryEntry), total: z.number().int() }),
  examples: [
    'what do you remember',
    'list my memories',
    'show everything you remember',
    'what do you remember about me',
    'show everything you have remembered',
    'what have I asked you to remember',
    'list remembered facts',
    'what do you know about me',
    'show everything you know about me',
    'how many things do you remember',
    'how many facts do you have',
    'tell me everything you remember',
    'list facts',
    'what have you got on me',
    'show my saved memories',
    'show all the facts you have',
    'what is stored about me',
    // m13 (stranger): the same question said other ways.
    'list everything you know',
    'list everything you remember',
    'show me everything you know',
    'show all my facts',
    'list all my facts',
    'what facts do you have',
  ],
  run({ limit: count, offset }, { cartridge }) {
    const memory = createMemoryStore(cartridge);
    return { entries: memory.list({ limit: count, offset }), total: memory.count() };
  },
  describe: ({ entries, total }) =>
    total === 0
      ? 'I have nothing remembered yet.'
      : // A secret's value is masked; asked for by name it is said (`listedFact`).
        `${endSentence(`I remember ${total} thing${total === 1 ? '' : 's'}: ${entries.map(listedFact).join('; ')}`)}${maskedNote(entries)}`,
  offline: {
    // A question answered from the facts: half its words in one fact's name or value; after a
    // lookup that found nothing, or for a bare name, every word ("wifi pw", "heart doctor").
    answer: {
      order: 10,
      input: ({ words }) => (words.length > 0 ? { limit: 1000 } : undefined),
      reply: ({ entries }, { kind, text, sameWord }) => {
        const facts = bestFacts(text, entries, sameWord, kind === 'question' ? 0.5 : 0.99);
        if (facts.length > 1)
          // Several fit as well as each other: listed, and which one is asked; none is guessed.
          return {
            question: `${endSentence(
              `${facts.length === 2 ? 'Two' : facts.length} remembered facts fit: ${facts.map(listedFact).join('; ')}`,
            )} Which one do you mean? Ask with its full name.`,
          };
        if (facts[0]) return factSentence(facts[0]);
        // "bank" with "bank PIN" stored: the fact is named, its value never given.
        const asked = questionWords(text).join(' ');
        const held = asked ? entries.filter((entry) => attributeWithheld(asked, entry.label)) : [];
        if (held.length === 0 || held.length > 3) return undefined;
        const names = held.map((entry) => {
          const subject = factSubject(entry.label);
          return subject.startsWith('Your ') ? `your ${subject.slice(5)}` : subject;
        });
        return `I have nothing remembered as "${asked}". I have ${names.join(' and ')}; ask for ${names.length === 1 ? 'it' : 'one'} by name.`;
      },
    },
  },
});
