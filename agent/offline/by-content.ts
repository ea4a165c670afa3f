import type { Registry } from '../../tools/registry.js';
import type { Interpretation } from './interpret.js';

/** "delete the note about the book club": a note named by what it says, not by its number. */
const DELETE_BY_CONTENT =
  /^(?:delete|remove|erase|drop|rm|del)\s+(?:the\s+|my\s+|that\s+|this\s+)?(?:note|memo)\s+(?:about|on|regarding|concerning|mentioning|that\s+(?:says|mentions)|saying|with)\s+(?:the\s+|my\s+|a\s+)?(.+?)[\s.!]*$/i;

/**
 * A note to delete named by its content: the plan only searches the notes, and `index.ts` shows
 * what matched and asks for the number ("delete note 2"). A destructive call is never guessed,
 * even when one note matches and the run is approved.
 */
export function noteByContent(text: string, registry: Registry): Interpretation | undefined {
  const match = DELETE_BY_CONTENT.exec(text);
  const search = registry.get('notes_search');
  if (!match || !search || !registry.get('notes_delete')) return undefined;
  const query = match[1]!.trim();
  if (!query || /^(?:number\s+|no\.?\s*|#)?\d+$/.test(query)) return undefined;
  return {
    kind: 'call',
    steps: [{ tool: search, input: { query, limit: 5 } }],
    template: 'delete the note about {query}',
    score: 4,
    followUp: 'offer-delete',
  };
}
