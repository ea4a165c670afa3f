/**
 * Joining words that open a second request inside one sentence (issue 7, m11): "… is 55-AB then my
 * desk number is 4.12", "… is 8 & my cubby is 9", "… is C02XK0ABJGH5 also remember my monitor …",
 * "store these: vpn server = vpn.example.net, vpn port = 1194", "save my github user as octo-cat &
 * my gitlab user as gl_cat". Each is rewritten so the clause cutter (`joints.ts`) sees a joint it
 * knows (", then …", "; remember …"); a joining word whose next words open no request of their own
 * ("Tom & Jerry", "Now and Then", "E = mc2") is left as typed, so it stays the value's own.
 */

/**
 * Joining words that may open a clause: "then", "and then", "&", "+", "plus", "also", "and also",
 * "as well as". Only a spaced "+" counts ("+44 20" is a phone number's own).
 */
const JOINER =
  /\s+(?:and\s+then|and\s+also|then\s+also|plus\s+also|as\s+well\s+as|then|&|\+|plus|also|n)\s+|\s*&\s*(?=(?:my|our|the)\s)/giu;

/** Quoted passages: never cut inside. */
const QUOTED = /"[^"\n]+"|(?<=^|[\s(:])'[^'\n]+'(?=$|[\s.,!?;:)])/g;

/**
 * `sentence` with a ", " put before each joining word whose next words open a request of their
 * own (`opens`: a command or "my X is Y"), and "&"/"+" read as "and" there. Other joining words are
 * kept as typed.
 */
export function markJoiners(sentence: string, opens: (rest: string) => boolean): string {
  const quoted = [...sentence.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length]);
  let out = '';
  let start = 0;
  for (const match of sentence.matchAll(JOINER)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (at === 0 || end >= sentence.length) continue;
    if (quoted.some(([from = 0, to = 0]) => at > from && at < to)) continue;
    // "… and then …" after a comma, or a joint already there: nothing to add.
    // "…, and please also note …": after another joining word the clause is already opened.
    if (
      /(?:[,;]|(?:^|\s)(?:and|please|pls|plz|oh|so|but|or|then|also|plus))\s*$/i.test(sentence.slice(0, at))
    )
      continue;
    const rest = sentence.slice(end);
    if (!opens(rest) || !/[\p{L}\p{N}]/u.test(sentence.slice(0, at))) continue;
    const word = match[0].trim().replace(/^(?:&|\+|n)$/i, 'and');
    out += `${sentence.slice(start, at)}, ${word} `;
    start = end;
  }
  return start === 0 ? sentence : out + sentence.slice(start);
}

/** A request to keep a list: "store these:", "remember:", "please save the following -". */
const LIST_LEAD =
  /^((?:(?:please|pls|plz|can\s+you|could\s+you|would\s+you)\s+)*(?:remember|memori[sz]e|store|save|keep|note(?:\s+down)?|jot\s+down|record|add)(?:\s+(?:these|this|the\s+following|all\s+of\s+these|for\s+me))*)\s*(?::|\s[-–—]\s|\s)\s*/iu;

/** One "key = value" item's key: one to five words, no verb, no sentence of its own. */
const ITEM_KEY =
  /^(?!(?:my|our|the)\s*$)(?:(?:my|our|the)\s+)?[\p{L}][\p{L}\p{N}\p{M}'’#._-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}\p{M}'’#._-]*){0,4}$/u;

/** Words a key of a list never holds: a key with them is a sentence, not a name. */
const NOT_KEY = /\b(?:is|are|was|were|be|been|i|you|it|that|this|then|and|or)\b/i;

/** How an item names its key: "key = value", "key: value", "key - value". */
const SEPARATORS = [/\s*=\s*/, /:\s+/, /\s+[-–—]\s+/] as const;

/**
 * A list of "key = value" items after a request to keep ("store these: vpn server = vpn.example.net,
 * vpn port = 1194", "remember: car: Golf; colour: silver", "save: car - Golf; colour - silver")
 * rewritten as one "remember my <key> is <value>" clause each, joined by "; ", or undefined when the
 * text is no such list: fewer than two items, or a first piece that names no key. A piece with no
 * separator of the list's kind ("address = 12 Oak St, London, …") is the value before's own.
 */
export function keyValueList(text: string): string | undefined {
  if (/\n/.test(text)) return undefined;
  const lead = LIST_LEAD.exec(text);
  if (!lead) return undefined;
  const body = text.slice(lead[0].length).trim();
  const pieces = body.split(/\s*;\s*|,\s+/);
  if (pieces.length < 2) return undefined;
  for (const separator of SEPARATORS) {
    const items: { key: string; value: string }[] = [];
    for (const piece of pieces) {
      const found = separator.exec(piece);
      const key = found ? piece.slice(0, found.index).trim() : '';
      const value = found ? piece.slice(found.index + found[0].length).trim() : '';
      if (found && ITEM_KEY.test(key) && !NOT_KEY.test(key) && value) items.push({ key, value });
      else if (items.length > 0) items[items.length - 1]!.value += `, ${piece.trim()}`;
      else break;
    }
    if (items.length < 2 || items.some((item) => !/[\p{L}\p{N}]/u.test(item.value))) continue;
    return items
      .map(({ key, value }) => {
        const owned = /^(?:my|our|the)\s/i.test(key) ? key : `my ${key}`;
        return `remember ${owned} is ${value.replace(/[.!]+$/, '')}`;
      })
      .join('; ');
  }
  return undefined;
}

/**
 * "save my github user as octo-cat & my gitlab user as gl_cat": facts said "<key> as <value>" after
 * one verb, joined by "&", "and" or ",", each given the verb ("…; save my gitlab user as gl_cat").
 * Undefined unless every piece after the first is "my|our|the <key> as <value>".
 */
export function asPairs(text: string): string | undefined {
  const verb =
    /^((?:(?:please|pls|plz|can\s+you|could\s+you|would\s+you)\s+)*(?:remember|save|store|keep|note|record|set|add))\s+(?=(?:my|our|the)\s)/i.exec(
      text,
    );
  if (!verb) return undefined;
  const body = text.slice(verb[0].length);
  const pieces = body.split(
    /\s*,\s*(?:and\s+|&\s*)?(?=(?:my|our|the)\s)|\s+(?:and|&|plus)\s+(?=(?:my|our|the)\s)|&(?=(?:my|our|the)\s)/i,
  );
  if (pieces.length < 2) return undefined;
  const pair = /^(?:my|our|the)\s+(?:(?!as\b)[\p{L}\p{N}'’#._-]+\s+){1,4}as\s+\S/iu;
  if (!pieces.every((piece) => pair.test(piece.trim()))) return undefined;
  return pieces.map((piece) => `${verb[1]} ${piece.trim()}`).join('; ');
}

/**
 * "my wifi name and password are CasaNet and hunter2", "my email and phone are a@b.c and 0711…",
 * "my height and weight are 180 cm and 75 kg" (issue 7, S24): two names, "are" (or "is", ":" when
 * the values part at one "and"), two values, read
 * as two facts in order, never one fact named "wifi name and password". A shared head word goes
 * to both names: "wifi name and password" → "wifi name", "wifi password". `text` is the two facts
 * joined by "; ", `ask` when the values cannot be parted surely (no "and" between them, or more
 * than one), and undefined when `text` is no such pair.
 */
export function pairedFacts(text: string): { text: string } | { ask: string; probe: string } | undefined {
  const found =
    /^(.*?\b)(my|our|the)\s+((?:(?!(?:and|or|is|are|my|our|the)\b)[\p{L}\p{N}'’-]+\s+){0,3}?)((?:(?!(?:and|or|is|are|my|our|the)\b)[\p{L}\p{N}'’-]+))\s+(?:and|&)\s+(?:(?:my|our|the)\s+)?((?:(?!(?:and|or|is|are|my|our|the)\b)[\p{L}\p{N}'’-]+\s+){0,3}?(?:(?!(?:and|or|is|are|my|our|the)\b)[\p{L}\p{N}'’-]+))(\s+are|\s+is|:)\s+(\S.*?)\s*([.!]*)$/iu.exec(
      text.trim(),
    );
  if (!found) return undefined;
  const [, lead = '', owner = '', modifier = '', head = '', second = '', verb = '', values = ''] = found;
  // Only a request to keep, or a bare statement: "what … and … are …" is asked, not kept.
  if (
    lead.trim() &&
    !/^(?:(?:please|pls|can\s+you|could\s+you|remember|save|store|keep|note|that|so|ok(?:ay)?|and)[\s,:]+)+$/i.test(
      lead,
    )
  )
    return undefined;
  // "my home and work postcodes", "my mum's and dad's birthdays": the head word comes last and
  // belongs to both; that reading is `runons.ts`'s, not this one.
  if ((!modifier && second.includes(' ')) || /['’]s$/.test(head)) return undefined;
  const first = `${modifier}${head}`.trim();
  // "wifi name and password": the words before the first name's head are the second's too.
  const other = second.includes(' ') || !modifier ? second : `${modifier}${second}`;
  const parts = values.split(/\s+(?:and|&)\s+/);
  const parted = parts.length === 2 && parts.every((part) => /[\p{L}\p{N}]/u.test(part));
  // "my bread and butter is teaching": after "is" or ":", one value may well be one thing's.
  if (!parted && !/are/i.test(verb)) return undefined;
  if (!parted)
    return {
      probe: `${lead}${owner} ${first} is ${values}`,
      ask: `I read two things in "${text.trim()}" (your ${first} and your ${other}) but cannot tell surely which value is which, so I kept nothing. Say each on its own: "${lead}${owner} ${first} is …, ${owner} ${other} is …".`,
    };
  const [one = '', two = ''] = parts;
  return { text: `${lead}${owner} ${first} is ${one}; ${lead}${owner} ${other} is ${two}` };
}
