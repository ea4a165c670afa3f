import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { text } from '../schemas.js';
import { clauseLike, KEPT_AS_NOTE, NOTE_FRAMING, noteTextCheck } from './offline.js';
import { note } from './schemas.js';
import { noteHoldsSecret } from './secret.js';
import { createNotesStore } from './store.js';

export const notesAdd = defineTool({
  name: 'notes_add',
  title: 'Add a note',
  description:
    'Save a short free-text note (an idea, a to-do, something seen). Notes are full-text searchable.',
  risk: 'write',
  input: z.object({ text: text(100_000, 'text').describe('The note itself.') }),
  output: z.object({ note }),
  examples: [
    'note {text}',
    'add a note {text}',
    'add a note that {text}',
    'take a note {text}',
    'write a note {text}',
    'make a note {text}',
    'jot down {text}',
    'write down {text}',
    'note down {text}',
    'note that {text}',
    'remind me to {text}',
    'remember to {text}',
  ],
  run({ text: body }, { cartridge, emit }) {
    const added = createNotesStore(cartridge).add(body.trim());
    emit('note.added', { id: added.id });
    return { note: added };
  },
  // A note holding a secret is kept as typed, and said so: listings mask it (S46).
  describe: ({ note: added }) =>
    noteHoldsSecret(added.text)
      ? `Noted (#${added.id}). It holds a secret, so note listings hide it (••••); "show note ${added.id}" shows it in full. To keep it as a secret fact instead, say "remember my … password is …" and delete this note.`
      : `Noted (#${added.id}).`,
  offline: {
    slots: { text: noteTextCheck },
    // "note: buy flowers for my love", "make a note that the meeting is at 5": kept as typed.
    verbatim: [{ pattern: NOTE_FRAMING, field: 'text' }],
    questions: { text: () => 'What should the note say?' },
    templates: [
      { source: 'remember that {text}', check: clauseLike, say: KEPT_AS_NOTE },
      { source: 'remember {text}', check: clauseLike, say: KEPT_AS_NOTE },
      { source: 'add to my notes {text}' },
      { source: 'put {text} in my notes' },
      { source: 'new note {text}' },
    ],
    samples: { text: 'buy milk' },
    everyday: true,
  },
});
