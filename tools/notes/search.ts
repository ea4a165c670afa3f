import { z } from 'zod';
import { ownerMissing, secretWordsNamed } from '../../cartridge/text-similarity.js';
import { defineTool } from '../define-tool.js';
import { whenSaid } from '../moment.js';
import { limit, text } from '../schemas.js';
import { endSentence } from '../sentence.js';
import { noteAnswers, noteLines, searchQuery } from './offline.js';
import { noteHit } from './schemas.js';
import { maskedHint, maskedNote } from './secret.js';
import { createNotesStore } from './store.js';

/** "when did I add/write the milk note", "… the note about milk": group 1 or 2 is what it says. */
const WHEN_NOTED =
  /^when\s+did\s+i\s+(?:add|write|wrote|make|made|take|took|save|create|jot\s+down)\s+(?:the|my|that)\s+(?:note\s+(?:about|on|saying|that\s+says|with)\s+(.+?)|(.+?)\s+note)\s*[?.!]*$/i;

/** A note's text on one line, cut at 80 characters. */
const oneLine = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

export const notesSearch = defineTool({
  name: 'notes_search',
  title: 'Search notes',
  description: 'Full-text search over notes; best matches first, each with a snippet around the hit.',
  risk: 'read',
  input: z.object({ query: text(1000, 'query').describe('Words to look for.'), limit: limit(10, 100) }),
  output: z.object({
    hits: z.array(noteHit),
  }),
  examples: [
    'search my notes for {query}',
    'search notes for {query}',
    'find notes about {query}',
    'find my note about {query}',
    'which notes mention {query}',
    'which note was about {query}',
    'did I write anything about {query}',
    'do I have a note about {query}',
    'do I have notes about {query}',
    'any notes about {query}',
    'search for {query}',
    'find {query}',
  ],
  run({ query, limit: count }, { cartridge }) {
    return { hits: createNotesStore(cartridge).search(query, { limit: count }) };
  },
  describe: ({ hits }, { query }) =>
    hits.length === 0
      ? endSentence(`No notes mention ${query}`)
      : `Found ${hits.length} note${hits.length === 1 ? '' : 's'}:\n${hits.map((hit) => `#${hit.id} ${maskedNote(hit.text)}`).join('\n')}${maskedHint(hits)}`,
  offline: {
    // A note named by what it is about ("show me the boiler note", "the note on the boiler").
    templates: [
      { source: 'show me the {query} note' },
      { source: 'show the {query} note' },
      { source: 'show me my note about {query}' },
      { source: 'show the note about {query}' },
      { source: 'open the note about {query}' },
      { source: 'where is the note about {query}' },
      { source: 'where is my note about {query}' },
      { source: 'find my note on {query}' },
      { source: 'look up my note on {query}' },
      { source: 'look up my notes about {query}' },
      { source: 'what did I note about {query}' },
      { source: 'what did I write about {query}' },
      { source: 'show me everything about {query}' },
      { source: 'show everything about {query}' },
    ],
    slots: { query: searchQuery },
    questions: { query: () => 'What should I look for in your notes?' },
    samples: { query: 'milk' },
    everyday: true,
    // A question no fact answers may be in the notes; so may a name nothing is remembered under.
    answer: {
      order: 30,
      input: ({ kind, text, words }) =>
        kind === 'name' || words.length === 0
          ? undefined
          : { query: kind === 'lookup' ? text : words.join(' '), limit: 5 },
      // A note about somebody else never answers for the owner asked about ("dad's" vs "mum's"),
      // nor one without the secret word asked ("toms pin" is not "the alarm code 9090", S31).
      reply: ({ hits: all }, { lead, text }) => {
        // The secret word asked for names the note's secret, so it is said in full.
        const hits = all.filter((hit) => !ownerMissing(text, hit.text) && secretWordsNamed(text, hit.text));
        return hits.length === 0
          ? undefined
          : `${lead ? `${lead}, but your notes mention it:` : 'From your notes:'}\n${noteLines(hits, true)}`;
      },
      // Notes that only share a word with the question ("the rent increase" for "how much is the
      // rent?") let the learned documents answer first (S45 H1).
      partial: ({ hits }, question) =>
        !hits.some(
          (hit) =>
            !ownerMissing(question.text, hit.text) &&
            secretWordsNamed(question.text, hit.text) &&
            noteAnswers(question, hit.text),
        ),
    },
    phrases: [
      // "when did I add the milk note?": when each note that mentions it was written.
      {
        pattern: WHEN_NOTED,
        question: true,
        input: (match) => {
          const query = (match[1] ?? match[2] ?? '').trim();
          return query ? { query, limit: 5 } : undefined;
        },
        reply: ({ hits }, { query }) => {
          if (hits.length === 0) return { answer: `No note mentions "${query}".`, status: 'done' };
          const line = (hit: (typeof hits)[number]) =>
            `note #${hit.id} on ${whenSaid(hit.createdAt)}${hit.updatedAt > hit.createdAt ? ` (last changed ${whenSaid(hit.updatedAt)})` : ''}: ${oneLine(hit.text)}`;
          return {
            answer:
              hits.length === 1
                ? `You wrote ${line(hits[0]!)}`
                : `${hits.length} notes mention "${query}":\n${hits.map((hit) => `- ${line(hit)}`).join('\n')}`,
            status: 'done',
          };
        },
      },
    ],
  },
});
