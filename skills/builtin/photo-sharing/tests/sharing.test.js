// The skill's tests share one scratch cartridge, so the empty case runs first.
const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));

test('nobody yet, and a link for nobody is refused', async () => {
  const listed = await byName.photos_shared_with.run({}, fazt);
  assert.deepEqual(listed.people, []);
  assert.equal(listed.text, 'Nobody has a working link to your photos.');
  await assert.rejects(() => byName.photos_share_with.run({ person: '  ' }, fazt), /Say who the link is for/);
});

test('a link per person, replaced when made again, listed with its expiry', async () => {
  const first = await byName.photos_share_with.run({ person: 'grandma', days: 3 }, fazt);
  assert.equal(first.label, 'for grandma');
  assert.ok(first.url.includes('/a/photos/?share='), first.url);
  assert.ok(first.text.includes("grandma's link"));
  const second = await byName.photos_share_with.run({ person: 'for grandma' }, fazt);
  assert.ok(second.url !== first.url);
  const listed = await byName.photos_shared_with.run({}, fazt);
  assert.equal(listed.people.length, 1);
  assert.equal(listed.people[0].label, 'for grandma');
  assert.ok(listed.text.startsWith('Working links to your photos: for grandma'));
});
