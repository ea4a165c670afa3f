import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

describe('every sentence of a request is accounted for in the answer (issue 7, S5)', () => {
  it('"He is 5." after "my dog\'s name is Rex" keeps Rex and asks whose 5 it is, never guessing', async () => {
    const { ask, facts } = offlineWorld();
    const { answer, finish } = await ask("remember my dog's name is Rex. He is 5.");
    expect(finish.status).toBe('done');
    expect(facts()).toEqual([["dog's name", 'Rex']]);
    expect(answer).toContain('Remembered');
    expect(answer).toContain('"He is 5"');
    expect(answer).toContain('"remember my dog\'s age is 5"');
  });

  it('"Don\'t share it." is said back (fazt shares nothing); the PIN is kept as typed', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask("remember my bank PIN is 4321. Don't share it.");
    expect(facts()).toEqual([['bank PIN', '4321']]);
    expect(answer).toContain('"Don\'t share it"');
    expect(answer).toMatch(/sends nothing anywhere/);
    const never = await ask('remember my gate code is 4410. Never tell anyone.');
    expect(never.answer).toContain('"Never tell anyone"');
  });

  it('"It\'s on floor 3." is never joined into the value ("12 is on floor 3") and is said back', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask("my locker code is 12. It's on floor 3.");
    expect(facts()).toEqual([['locker code', '12']]);
    expect(answer).toContain('"It\'s on floor 3"');
    const lower = await ask("remember my bike code is 77. it's on the back wheel");
    expect(lower.answer).toContain('"it\'s on the back wheel"');
    expect(facts()).toContainEqual(['bike code', '77']);
  });

  it('three sentences: the Volvo is kept, "She is blue" asked about, "Park on level 2" said back', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('remember my car is a Volvo. She is blue. Park on level 2.');
    expect(facts()).toEqual([['car', 'a Volvo']]);
    expect(answer).toContain('"She is blue"');
    expect(answer).toContain('"Park on level 2"');
  });

  it.each([
    ['remember my gate code is 4410. It changes monthly.', 'gate code', '4410', 'It changes monthly'],
    [
      "remember my son's school is Hillview. He starts in May.",
      "son's school",
      'Hillview',
      'He starts in May',
    ],
    [
      'my wifi password is abc. They changed it yesterday.',
      'wifi password',
      'abc',
      'They changed it yesterday',
    ],
    ['remember my gate code is 4410. Lovely weather today.', 'gate code', '4410', 'Lovely weather today'],
  ])('%s keeps %s = %s and says "%s" back', async (request, key, value, sentence) => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask(request);
    expect(facts()).toEqual([[key, value]]);
    expect(answer).toContain(`"${sentence}"`);
  });

  it.each([
    'remember my gate code is 4410. Thanks!',
    'remember my gate code is 4410. Could you keep that for me?',
    'remember my gate code is 4410. Is that ok?',
    'remember my gate code is 4410. I always forget it.',
    'remember my gate code is 4410. lol',
  ])(
    '%s: a sentence about the write itself is answered by it, and the value stays whole',
    async (request) => {
      const { ask, facts } = offlineWorld();
      const { answer } = await ask(request);
      expect(facts()).toEqual([['gate code', '4410']]);
      expect(answer).toBe('Remembered: your gate code is 4410.');
    },
  );

  it('a question after an explicit write is answered after it, never instead of it', async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember my wifi password is Red-Fox-9');
    const { answer, calls } = await ask('remember my gate code is 4410. What is my wifi password?');
    expect(calls.map((call) => call.name)).toEqual(['memory_remember', 'memory_recall']);
    expect(facts()).toContainEqual(['gate code', '4410']);
    expect(answer).toContain('4410');
    expect(answer).toContain('Red-Fox-9');
  });

  it('a question without any word to keep something still writes nothing', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my wifi is slow. What is the password?');
    expect(facts()).toEqual([]);
  });

  it('a value carried on across a "." and a second request still read as before', async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember that my motto is Stop. Think. Act.');
    await ask('remember that my wifi is abc. Also my door code is 55');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['motto', 'Stop. Think. Act.'],
        ['wifi', 'abc'],
        ['door code', '55'],
      ]),
    );
  });

  it.each([
    'remember my PIN is 4321. No, 4322.',
    "remember my PIN is 4321. Actually it's 4322.",
    "remember my PIN is 4321. Wait, it's 4322.",
    'remember my PIN is 4321. Or maybe 4322.',
    'my PIN is 4321. Or maybe 4322.',
  ])('%s: a sentence that corrects the first writes nothing and asks which to keep', async (request) => {
    const { ask, facts } = offlineWorld();
    const { answer, finish } = await ask(request);
    expect(finish.status).toBe('needs_input');
    expect(facts()).toEqual([]);
    expect(answer).toMatch(/^I kept nothing: ".+" changes what came before it/);
  });

  it('"Don\'t forget." after a write is the write\'s own verb, never part of its key or value', async () => {
    const { ask, facts } = offlineWorld();
    await ask("remember my PIN is 4321. Don't forget.");
    await ask('remember my bike code is 88. 🤫');
    expect(facts().sort()).toEqual([
      ['PIN', '4321'],
      ['bike code', '88'],
    ]);
  });

  it('a write read from one sentence of several says the others back; greetings and thanks need nothing', async () => {
    const { ask, facts } = offlineWorld();
    const weather = await ask('The weather is awful today. Remember my locker is 12.');
    expect(weather.answer).toContain('"The weather is awful today"');
    const polite = await ask('Good morning. Remember my gate is 7. Thanks!');
    expect(polite.answer).toBe('Remembered: your gate is 7.');
    expect(facts().sort()).toEqual([
      ['gate', '7'],
      ['locker', '12'],
    ]);
  });

  it.each([
    ["remember my PIN is 4321, don't share it", "don't share it"],
    ["remember my PIN is 4321; don't share it", "don't share it"],
    ['remember my PIN is 4321 - never tell anyone', 'never tell anyone'],
    ['remember my PIN is 4321. 他5岁。', '他5岁。'],
    ['remember my PIN is 4321. Er ist 5.', 'Er ist 5'],
  ])('%s: the value stays 4321 and "%s" is said back', async (request, sentence) => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask(request);
    expect(facts()).toEqual([['PIN', '4321']]);
    expect(answer).toContain(`"${sentence}"`);
  });

  it.each(['remember my PIN is 4321. 🙏 Thanks', 'remember my PIN is 4321. Sorry.'])(
    '%s: thanks behind an emoji, or a bare "Sorry.", is about the write',
    async (request) => {
      const { ask, facts } = offlineWorld();
      const { answer } = await ask(request);
      expect(facts()).toEqual([['PIN', '4321']]);
      expect(answer).toBe('Remembered: your PIN is 4321.');
    },
  );

  it("a value's own negated words stay in it: only an instruction about the thing kept is split off", async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember my motto is work hard, never give up');
    await ask("remember my rule is eat well, don't share food");
    expect(facts().sort()).toEqual([
      ['motto', 'work hard, never give up'],
      ['rule', "eat well, don't share food"],
    ]);
  });

  it('a long paste of sentences is said back briefly: each once, five at most, the rest counted', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask(`remember my PIN is 4321. ${'He is 5. '.repeat(200)}`);
    expect(facts()).toEqual([['PIN', '4321']]);
    expect(answer.match(/"He is 5"/g)).toHaveLength(1);
    expect(answer).toContain('199 more sentences like these kept nothing either.');
    expect(answer.length).toBeLessThan(600);
  });
});
