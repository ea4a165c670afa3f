import { wordTable } from '../../cartridge/lexicon.js';

/**
 * Facts about the person themself (issue 7, m11): "I live in Paris" is kept as the fact "home" =
 * "Paris", "I'm 30" as "age" = "30", "I work at Acme" as "workplace" = "Acme". The keys are plain
 * nouns (they list and export well); this module says them back as the person would: "You live in
 * Paris.", "You are 30.", "You work at Acme." Only a fact of the person's own (no owner: "my home",
 * "home", never "Anna's home") is said this way; anything else keeps `factSentence`'s form.
 */

/** The person's own fact name: "my home" and "home" are "home"; "Anna's home" is no one's here. */
function ownName(label: string): string | undefined {
  const name = label
    .trim()
    .replace(/^(?:my|your)\s+/i, '')
    .toLowerCase();
  return /['’\s]/.test(name) && !/^(?:star sign|blood type|shoe size)$/.test(name) ? undefined : name;
}

/** How each own fact is said, from its value as typed (without the sentence's final "."). */
const SAID: Readonly<Record<string, (value: string) => string | undefined>> = wordTable({
  home: (value) => `You live ${/^\d/.test(value) ? 'at' : 'in'} ${value}`,
  hometown: (value) => `You are from ${value}`,
  age: (value) => `You are ${value}`,
  birthplace: (value) => `You were born in ${value}`,
  // "I was born in 1990": a year alone is when, not a day to celebrate.
  birthday: (value) => (/^\d{4}$/.test(value) ? `You were born in ${value}` : undefined),
  workplace: (value) => `You work at ${value}`,
  // "I'm a nurse": said with its article; "my job is teaching" keeps "Your job is teaching".
  job: (value) => (/^an?\s/i.test(value) ? `You are ${value}` : undefined),
  allergies: (value) => `You are allergic to ${value}`,
  diet: (value) => (/\s/.test(value) ? undefined : `You are ${value}`),
  'star sign': (value) => `You are a ${value}`,
});

/**
 * "You live in Paris" for the person's own "home" = "Paris"; undefined for any other fact (or an
 * own fact whose value does not read in that form). No final ".": the caller ends the sentence.
 */
export function selfSentence(label: string, value: string): string | undefined {
  const name = ownName(label);
  return name === undefined ? undefined : SAID[name]?.(value);
}

/**
 * What the person says to set an own fact again, in their own words: "I live in Lyon" for home,
 * "I'm 31" for age; undefined for other facts (their hint stays "remember my <key> is <value>").
 */
export function selfSay(key: string, value: string): string | undefined {
  const name = ownName(key);
  if (name === undefined) return undefined;
  const said = wordTable({
    home: `I live in ${value}`,
    hometown: `I'm from ${value}`,
    age: `I'm ${value}`,
    birthplace: `I was born in ${value}`,
    workplace: `I work at ${value}`,
    allergies: `I'm allergic to ${value}`,
  });
  return said[name];
}
