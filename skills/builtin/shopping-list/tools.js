// A shopping list kept as notes, one per item, composed from the notes tools it is granted.

const PREFIX = 'shopping: ';

/** "milk, eggs and bread" → ["milk", "eggs", "bread"]. */
export function splitItems(text) {
  return String(text)
    .split(/,|\band\b|\n/)
    .map((item) => item.trim().replace(/^(some|a|an)\s+/i, ''))
    .filter(Boolean);
}

export const tools = [
  {
    name: 'shopping_add',
    description: 'Add one or more items to the shopping list (kept as notes).',
    risk: 'write',
    input: {
      type: 'object',
      properties: {
        items: {
          type: 'string',
          minLength: 1,
          maxLength: 500,
          description: 'What to buy, e.g. "milk, eggs".',
        },
      },
      required: ['items'],
    },
    examples: [
      'add {items} to my shopping list',
      'add {items} to the shopping list',
      'put {items} on my shopping list',
      'put {items} on the shopping list',
      'i need to buy {items}',
    ],
    async run({ items }, fazt) {
      const list = splitItems(items);
      if (list.length === 0) throw new Error('Say what to add, e.g. "add milk to my shopping list".');
      for (const item of list) await fazt.call('notes_add', { text: PREFIX + item });
      return { added: list, text: `Added ${list.join(', ')} to your shopping list.` };
    },
  },
  {
    name: 'shopping_list',
    description: 'List everything on the shopping list.',
    risk: 'read',
    input: { type: 'object', properties: {} },
    examples: [
      'what is on my shopping list',
      'show my shopping list',
      'shopping list',
      'what do i need to buy',
    ],
    async run(_input, fazt) {
      const { hits } = await fazt.call('notes_search', { query: 'shopping', limit: 100 });
      const items = hits
        .filter((hit) => hit.text.startsWith(PREFIX))
        .map((hit) => ({ id: hit.id, item: hit.text.slice(PREFIX.length) }));
      const text = items.length
        ? `On your shopping list:\n${items.map((entry) => `#${entry.id} ${entry.item}`).join('\n')}`
        : 'Your shopping list is empty.';
      return { items, text };
    },
  },
];
