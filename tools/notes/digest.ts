import type { CapabilityPrompt } from '../capability.js';
import { notesList } from './list.js';
import type { Note } from './schemas.js';
import { notesSearch } from './search.js';

/** The MCP prompt `notes_digest`: a digest of recent notes, or of those about a topic. */
export const notesDigest: CapabilityPrompt = {
  name: 'notes_digest',
  title: 'Digest my notes',
  description:
    'Summarise your fazt notes (all recent ones, or those about a topic): themes, decisions, open questions and to-dos, citing note ids.',
  arguments: [
    {
      name: 'topic',
      description: 'Only notes about this (full-text search); leave out for recent notes.',
      required: false,
    },
  ],
  async render({ topic }, { read }) {
    const notes = topic?.trim()
      ? ((await read(notesSearch.name, { query: topic, limit: 50 })) as { hits: Note[] }).hits
      : ((await read(notesList.name, { limit: 50 })) as { notes: Note[] }).notes;
    const about = topic?.trim() ? ` about "${topic.trim()}"` : '';
    const body = notes.length
      ? notes.map(
          (note) => `#${note.id} (${new Date(note.createdAt).toISOString().slice(0, 10)}): ${note.text}`,
        )
      : [`(There are no notes${about}.)`];
    return {
      description: `A digest of ${notes.length} note${notes.length === 1 ? '' : 's'}${about}`,
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: [
              `Here are my notes${about} from fazt, newest first:`,
              '',
              ...body,
              '',
              'Write a short digest: the main themes, any decisions, open questions, and anything that reads like a to-do. Cite note ids like #12. If there are no notes, say so and suggest what I could note down.',
            ].join('\n'),
          },
        },
      ],
    };
  },
};
