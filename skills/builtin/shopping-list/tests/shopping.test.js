const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));

test('adds each item as its own note, then lists them', async () => {
  const added = await byName.shopping_add.run({ items: 'milk, eggs and some bread' }, fazt);
  assert.deepEqual(added.added, ['milk', 'eggs', 'bread']);
  const listed = await byName.shopping_list.run({}, fazt);
  assert.deepEqual(listed.items.map((entry) => entry.item).sort(), ['bread', 'eggs', 'milk']);
  assert.ok(listed.text.startsWith('On your shopping list:'));
});

test('an empty request is refused', async () => {
  await assert.rejects(() => byName.shopping_add.run({ items: ' , and ' }, fazt), /Say what to add/);
});
