/**
 * Questions that compare two things (issue 10, stranger round 7, MEDIUM): "what's the difference
 * between the basic and the premium plan?", "compare the train with the bus", "basic vs premium
 * plan". No one sentence says both, so each side is answered on its own and the answers joined;
 * when either side is not in the documents, neither is the comparison.
 */

/** The two sides of a comparing question, each a question of its own words, or undefined. */
export function comparedSides(question: string): [string, string] | undefined {
  const text = question.replace(/[?!.]+\s*$/u, '').trim();
  const patterns = [
    /\b(?:difference|differences)\s+between\s+(.+?)\s+and\s+(.+)$/iu,
    /\b(?:compare|comparing)\s+(.+?)\s+(?:and|with|to|against|vs\.?|versus)\s+(.+)$/iu,
    /\bhow\s+(?:does|do|is|are)\s+(.+?)\s+(?:differ|different)\s+from\s+(.+)$/iu,
    /^(?:what\s+about\s+)?(.+?)\s+(?:vs\.?|versus)\s+(.+)$/iu,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    let first = (match[1] as string).replace(/^(?:the|my|a|an|our|your)\s+/iu, '').trim();
    const second = (match[2] as string).replace(/^(?:the|my|a|an|our|your)\s+/iu, '').trim();
    if (!first || !second) continue;
    // "the basic and the premium plan": the noun after the second side is the first's too.
    const tail = second.split(/\s+/).slice(1);
    if (first.split(/\s+/).length === 1 && tail.length > 0) first = `${first} ${tail.join(' ')}`;
    return [first, second];
  }
  return undefined;
}
