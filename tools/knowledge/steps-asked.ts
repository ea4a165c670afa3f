/**
 * "what are the steps to repressurise the boiler?" asks how to repressurise it: "steps",
 * "instructions", "directions" frame the question and are no words a document must say
 * (S29 HIGH 5). The question as "how do I …?", or undefined when it is not of that shape.
 */
const STEPS_ASKED =
  /^\s*(?:(?:what|which)\s+(?:are|were)\s+|what's\s+|what’s\s+|give\s+me\s+|tell\s+me\s+|list\s+|show\s+me\s+)?(?:the\s+)?(?:steps|instructions|directions|procedure)\s+(?:to|for|on\s+how\s+to|on)\s+(.+?)\s*\??\s*$/iu;

export function asHowTo(question: string): string | undefined {
  const rest = STEPS_ASKED.exec(question)?.[1];
  return rest ? `how do I ${rest}?` : undefined;
}
