const [unitConvert] = tools;

test('10 km is 6.214 mi', async () => {
  const out = await unitConvert.run({ value: 10, from: 'km', to: 'mi' });
  assert.equal(out.result, 6.214);
  assert.equal(out.text, '10 km is 6.214 mi.');
});

test('understands names, plurals and abbreviations', async () => {
  assert.equal((await unitConvert.run({ value: 2, from: 'pounds', to: 'kilograms' })).result, 0.9072);
  assert.equal((await unitConvert.run({ value: 1, from: 'cup', to: 'ml' })).result, 236.6);
  assert.equal((await unitConvert.run({ value: 3, from: 'Feet', to: 'inches' })).result, 36);
});

test('temperatures are affine, not factors', async () => {
  assert.equal((await unitConvert.run({ value: 100, from: '°C', to: '°F' })).result, 212);
  assert.equal((await unitConvert.run({ value: -40, from: 'f', to: 'celsius' })).result, -40);
  assert.equal((await unitConvert.run({ value: 300, from: 'K', to: 'C' })).result, 26.85);
});

test('refuses mixed kinds and unknown units with a clear message', async () => {
  await assert.rejects(() => unitConvert.run({ value: 1, from: 'km', to: 'kg' }), /cannot be converted/);
  await assert.rejects(
    () => unitConvert.run({ value: 1, from: 'furlongs', to: 'm' }),
    /don't know the unit "furlongs"/,
  );
});
