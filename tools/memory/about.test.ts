import { describe, expect, it } from 'vitest';
import { factsAbout, topicOf } from './about.js';

const facts = [
  'guest wifi name',
  'wifi password',
  "Tom's phone",
  "Tom's birthday",
  "sister Ann's phone",
  'car plate',
  "car's insurance",
  'garage door colour',
  "mom's birthday",
  "Анна's phone",
  '🔑 box',
  'tomato sauce brand',
  'carpet colour',
  '.env secret',
].map((label) => ({ label, key: label.toLowerCase() }));

const about = (topic: string) => factsAbout(topic, facts).map(({ label }) => label);

describe('factsAbout: the facts whose name or owner says a topic (issue 7, m13)', () => {
  it.each([
    ['wifi', ['guest wifi name', 'wifi password']],
    ['Tom', ["Tom's phone", "Tom's birthday"]],
    ['tom', ["Tom's phone", "Tom's birthday"]],
    ['TOM', ["Tom's phone", "Tom's birthday"]],
    ['Ann', ["sister Ann's phone"]],
    ['my sister', ["sister Ann's phone"]],
    ['my sis', ["sister Ann's phone"]],
    ['my car', ['car plate', "car's insurance"]],
    ['cars', ['car plate', "car's insurance"]],
    ['the garage', ['garage door colour']],
    ['my mum', ["mom's birthday"]],
    ['mother', ["mom's birthday"]],
    ['Анна', ["Анна's phone"]],
    ['🔑', ['🔑 box']],
    ['.env', ['.env secret']],
    ["Tom's phone", ["Tom's phone"]],
    ['wifi password', ['wifi password']],
  ])('"%s" → %j', (topic, labels) => {
    expect(about(topic)).toEqual(labels);
  });

  it.each([['quantum physics'], ['Tomás'], ['brother'], ['carp'], ['my facts'], ['the'], [''], ['env']])(
    '"%s" is about none (whole words only, a topic of filler names nothing)',
    (topic) => {
      expect(about(topic)).toEqual([]);
    },
  );

  it('the words a topic must name leave out "my", "the", "facts", "stored"', () => {
    expect(topicOf('my stored facts about the Garage')).toEqual(['garage']);
  });
});
