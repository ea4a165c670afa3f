/**
 * Plain facts and questions said in another language, read as their English form: "mi color
 * favorito es azul" is "my color favorito is azul", "wie ist meine Telefonnummer" is "what is my
 * Telefonnummer" (S31). Only the frame is read: the fact's name and value stay as typed, and
 * anything more than "my X is Y" / "what is my X" is left to the other readings. "remember mi
 * contraseña es …" is not read here: stranger-secrets-17 keeps nothing for it (a name that ends in
 * another language's "is").
 */

/** One language's words for "my", "is" and "what is", as alternations (lowercase). */
interface Language {
  my: string;
  is: string;
  whatIs: string;
}

const LANGUAGES: readonly Language[] = [
  {
    my: 'mi|mis',
    is: 'es|son',
    whatIs: 'cuál es|cual es|cuáles son|cuales son|qué es|que es',
  },
  {
    my: 'mein|meine|meinen',
    is: 'ist|sind',
    whatIs: 'wie ist|was ist|wie lautet|was sind|wie lauten',
  },
  {
    my: 'mon|ma|mes',
    is: 'est|sont',
    whatIs: 'quel est|quelle est|quels sont|quelles sont',
  },
  {
    my: 'il mio|la mia|i miei|le mie',
    is: 'è|sono',
    whatIs: "qual è|qual e|quali sono|cos[’']è",
  },
  {
    my: 'o meu|a minha|meu|minha',
    is: 'é|são',
    whatIs: 'qual é|qual e|quais são',
  },
];

const READINGS: readonly [RegExp, string][] = LANGUAGES.flatMap(({ my, is, whatIs }) => [
  // "wie ist meine telefonnummer?": the question first, so its "ist" is never read as a copula.
  [new RegExp(`^(?:${whatIs})\\s+(?:${my})\\s+([\\p{L}\\p{N}][^?]*?)\\s*\\?*$`, 'iu'), 'what is my $1'],
  // Unasked, only a fact's shape: a name of two words or more, or a value with a digit ("mi color
  // favorito es azul", "meine Telefonnummer ist 0171 …"); "meine Mutter ist krank" is chatter.
  [
    new RegExp(
      `^(?:${my})\\s+(?:(\\p{L}[\\p{L}\\p{N}'’-]*(?:\\s+[\\p{L}\\p{N}'’-]+){1,3}?)\\s+(?:${is})\\s+(\\S.*)|(\\p{L}[\\p{L}\\p{N}'’-]*)\\s+(?:${is})\\s+(\\S*\\p{N}.*))$`,
      'iu',
    ),
    'my $1$3 is $2$4',
  ],
]);

/** `text` in English when it is a plain fact or question of another language (`LANGUAGES`), else as is. */
export function inEnglish(text: string): string {
  const trimmed = text.trim();
  for (const [pattern, english] of READINGS)
    if (pattern.test(trimmed)) return trimmed.replace(pattern, english);
  return text;
}
