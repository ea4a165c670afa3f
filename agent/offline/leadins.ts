/**
 * Lead-ins that say what to do with what follows, never what it is called (issue 7, S11 round 9):
 * "keep this private: my diary code is 9876", "remember the following: my boot size is 9",
 * "remember these: my hat is red, my scarf is blue", "remember this for me: …", "remember the next
 * thing: …". The lead-in goes and what follows the colon is the request ("remember my diary code
 * is 9876"), so neither "private" nor "following" ever becomes a fact's name.
 *
 * Also said plainly before the key is read: the remember verb as people mistype or shorten it
 * ("rmbr", "remeber", "rember", "remembr"), and a self-repair that opens the request ("sorry, I
 * meant my locker is 41", "I mean, my locker is 41"), which only says the person corrects
 * themselves: the request's own words decide what is kept ("sorry" still marks an update).
 */

/** Emoji said before the colon: "keep this private 🤫:". */
const EMOJI = String.raw`(?:\s*(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+)*`;

/** How many things follow: "the following two things", "these 3". */
const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple\s+of)`;

/** A privacy word after "keep this …": the person wants it kept to themselves. */
const PRIVACY = String.raw`(?:private|secret|confidential|safe|secure|hidden|quiet|safe\s+and\s+sound|to\s+yourself|between\s+(?:us|you\s+and\s+me)|under\s+wraps|locked\s+(?:up|away))`;

/** "keep this private:", "keep these safe -", "please keep the following secret:". */
const KEEP_PRIVATE = new RegExp(
  String.raw`^(?:keep|hold|store|save|remember|guard|stash|lock)\s+(?:this|that|these|those|it|the\s+following|the\s+next\s+(?:thing|one|bit|fact))(?:\s+(?:one|bit|fact|info|information|things?))?\s+${PRIVACY}(?:\s+for\s+me)?${EMOJI}\s*[:,;–—-]\s*(?=\S)`,
  'iu',
);

/** "private:", "secret -", "confidential:" alone before "my …": a privacy mark, never a fact's name. */
const PRIVATE_MARK =
  /^(?:private|secret|confidential|personal|sensitive)\s*[:–—-]\s*(?=(?:my|our|the)\s|\S+['’]s\s)/i;

/** "remember the following:", "remember this for me:", "remember the next thing:", "note these down:". */
const REMEMBER_WHAT = new RegExp(
  String.raw`^(?:remember|memori[sz]e|keep|save|store|record)\s+(?:(?:the\s+following(?:\s+${COUNT})?(?:\s+(?:things?|facts?|bits?|details?|info|information))?|the\s+next\s+(?:${COUNT}\s+)?(?:thing|one|bit|fact)s?|these(?:\s+${COUNT})?(?:\s+(?:things|facts|ones|too|as\s+well))?|those|this\s+(?:one|bit|fact|too|as\s+well|for\s+me|for\s+later|please)|this(?=\s+(?:for|down)\b)|something|a\s+(?:few|couple\s+of)\s+things|some\s+(?:things|facts|stuff)|(?:a\s+)?(?:fact|thing)))(?:\s+(?:for\s+me|for\s+later|please|down|too|as\s+well))*${EMOJI}\s*[:,;–—-]\s*(?=\S)`,
  'iu',
);

/** "here's something to remember:", "here is a fact for you -", "something to remember:". */
const HERE_IS =
  /^(?:here(?:['’]s|\s+is|\s+are)\s+)?(?:something|a\s+(?:fact|thing)|some\s+(?:facts|things)|one)\s+(?:to\s+(?:remember|keep|save|store|note)|for\s+(?:you|later|the\s+record))\s*[:,;–—-]\s*(?=\S)/i;

/** The remember verb mistyped or shortened, as the first word: "rmbr", "remeber", "rember", "rememeber". */
const MISSPELT_REMEMBER =
  /^(?:rmbr|rmb|remeber|rember|remmber|remembr|rememeber|remmeber|remebmer|rememebr|remamber|remembet)\b/i;

/** "sorry, I meant my locker is 41", "I mean, my locker is 41", "oops I meant: …": a self-repair that opens the request. */
const SELF_REPAIR =
  /^(?:(?:sorry|oops|whoops|my\s+bad|no|wait|correction|actually)[\s,!.:;-]+)*(?:i\s+mean(?:t)?(?:\s+to\s+say)?|what\s+i\s+meant\s+(?:was|is)|i\s+should\s+have\s+said)[\s,:;-]+(?=(?:that\s+)?(?:my|our|the|\p{L}+['’]s)\s)(?:that\s+)?/iu;

/**
 * The remember verb in another language, first or before a colon: "запомни: мой пароль от почты
 * 7h!kQ", "recuerda: …", "merke dir: …", "覚えて: …" (issue 7, S24). It says what to do, never
 * what the fact is called.
 */
const FOREIGN_REMEMBER =
  /^(?:запомни(?:те)?|запиши|recuerda|recuérdalo|recordá|merke?\s+dir|merken\s+sie\s+sich|retiens|souviens[-\s]toi|ricorda(?:ti)?|lembre(?:-se)?|lembra(?:-te)?|onthoud|覚えて(?:おいて)?(?:ください)?|记住|記住|기억해(?:줘)?|تذكر|احفظ|याद\s+रखो|याद\s+रखना|hatırla|zapamiętaj|zapamatuj\s+si)(?:\s*[:：,，;\-–—]\s*|\s+)(?=\S)/iu;

/** A copula of another language ("es", "ist", "est", "è", "é", "são"…) between words. */
const FOREIGN_COPULA = /\s(?:es|ist|sind|est|sont|son|era|è|é|são|está|zijn|är|er|jest|je|есть|это)\s/iu;

/**
 * A word before a colon that only marks what follows, before "my …", "the …" or "Ana's …":
 * "important: my bank pin is 4455", "reminder: my gate pin is 3434", "psst: …", "fyi: …". It is
 * never a fact's name, a file to import or a note's text: what follows is kept as a fact.
 */
const MARK =
  /^(?:important|imp|urgent|reminder|psst*|pst|fyi|btw|ps|heads\s+up|for\s+the\s+record)\s*[:!–—-]+\s*(?=(?:my|our|the)\s|\p{L}+['’]s\s)/iu;

/**
 * Filler said before a request: "ok so basically my alarm code is 2580", "and remember my vault
 * passcode is W3R5T7", "tbh my locker is 12", and before a question: "and whats my netflix
 * password again", "ok and what is my pin", "btw where is my car" (S31 M3). It carries nothing,
 * so it is never part of a key nor an owner.
 */
const FILLER_LEAD =
  /^(?:(?:ok(?:ay)?|so|and|basically|honestly|literally|tbh|tbf|lol|lmao|haha+|um+|uh+|er+m?|hmm+|oh|well|btw|anyway|anyways|so\s+yeah|yeah\s+so|right\s+so)(?:[\s,!.:;]+|$))+(?=(?:remember|save|store|keep|note|my|our)\s|(?:what|what['’]?s|wats|where|where['’]?s|who|who['’]?s|when|when['’]?s|how|which|do|does|did|is|are|can|could|tell)\s)/iu;

/** What a lead-in said about the request. */
export interface LeadIn {
  /** The request with the lead-in said plainly ("remember my diary code is 9876"). */
  text: string;
  /** The lead-in asked to keep it private ("keep this private:", "secret:"). */
  private: boolean;
}

/**
 * The request with its lead-in said the way the templates read it, or undefined when it has none.
 * Never drops the words after the lead-in, and never a lead-in that names something ("my private
 * email: …" is a fact named "private email").
 */
export function leadIn(text: string): LeadIn | undefined {
  const found = leadInOf(text.trim());
  // "keep this private: what is my pin?": a question after a lead-in is read as the question.
  const rest = found?.text.replace(/^remember:\s*/, '');
  if (found && rest && QUESTION.test(rest)) return { ...found, text: rest };
  return found;
}

/** A question: a question word opening it, or a "?" ending it. */
const QUESTION = /^(?:what|which|who|whom|whose|where|when|why|how|do|does|did|is|are|can|could)\b|\?\s*$/i;

function leadInOf(trimmed: string): LeadIn | undefined {
  const filler = FILLER_LEAD.exec(trimmed);
  if (filler) {
    const rest = trimmed.slice(filler[0].length);
    return leadInOf(rest) ?? { text: rest, private: false };
  }
  const foreign = FOREIGN_REMEMBER.exec(trimmed);
  const rest = foreign ? trimmed.slice(foreign[0].length) : '';
  // "recuerda: mi PIN del banco es 9090": a sentence with its own copula in another language is
  // not read here (it would become a note holding the PIN); one with no copula names its fact.
  if (foreign && !FOREIGN_COPULA.test(` ${rest} `)) return { text: `remember: ${rest}`, private: false };
  const marked = MARK.exec(trimmed);
  if (marked) return { text: `remember: ${trimmed.slice(marked[0].length)}`, private: false };
  const keep = KEEP_PRIVATE.exec(trimmed);
  if (keep) return { text: `remember: ${trimmed.slice(keep[0].length)}`, private: true };
  const mark = PRIVATE_MARK.exec(trimmed);
  if (mark) return { text: `remember: ${trimmed.slice(mark[0].length)}`, private: true };
  const what = REMEMBER_WHAT.exec(trimmed) ?? HERE_IS.exec(trimmed);
  if (what) return { text: `remember: ${trimmed.slice(what[0].length)}`, private: false };
  const misspelt = MISSPELT_REMEMBER.exec(trimmed);
  if (misspelt) {
    const rest = trimmed.slice(misspelt[0].length);
    return { text: leadInOf(`remember${rest}`)?.text ?? `remember${rest}`, private: false };
  }
  const repair = SELF_REPAIR.exec(trimmed);
  if (repair) return { text: trimmed.slice(repair[0].length), private: false };
  return undefined;
}

/** Said after a write a privacy lead-in asked for: what "private" means for a fact in fazt. */
export const PRIVATE_KEPT =
  'It stays private: what you keep lives only in your cartridge on this machine; fazt sends nothing anywhere and shares it with no one.';

/**
 * The question for a lead-in with nothing after it ("keep this private:", "remember the
 * following:"), or undefined when `text` is not one: what to keep is asked, never a fact named
 * "private" or "following".
 */
export function emptyLeadIn(text: string): string | undefined {
  const said = text.trim();
  const led = leadIn(`${said} x`);
  if (!led || !/[:;,–—-]\s*$/.test(said) || led.text.trim() !== 'remember: x') return undefined;
  return `What should I keep${led.private ? ' private' : ''}? Say it after the colon, e.g. "${said.replace(/\s*[:;,–—-]\s*$/, '')}: my diary code is 9876". Nothing was changed.`;
}

/**
 * "remember my garage code is 1234?", "remember, my garage code is 9999?" (issue 7, S24): a
 * request to keep that ends in "?" is not a clear instruction, so nothing is written. The answer
 * (`ask`) says so and how to keep it; `plain` is the request as an instruction, to find the tool
 * that would keep it. Undefined for anything else: a polite question ("can you remember my pin is
 * 12?") asks for the write, and "remember when …?" keeps nothing anyway.
 */
export function questionedRemember(text: string): { ask: string; plain: string } | undefined {
  const found =
    /^(?:(?:ok(?:ay)?|so|and|oh)[\s,]+)*((?:remember|memori[sz]e|save|store|keep|note)(?:\s+that)?)[\s,:;–—-]+((?:my|our|the|\p{L}+['’]s)\s+.+?\s(?:is|are|was|were)\s+\S.*?)\s*\?+\s*$/iu.exec(
      text.trim(),
    );
  // "remember my wifi is abc123 - also what is my dentist?": a question after the fact is its own.
  // "remember my cat's name is Mochi!?", "… the gate code is 7x?9?": a "?" of the value's own.
  if (
    !found ||
    /\b(?:what|which|who|whom|whose|where|when|why|how)\b|\s[-–—]\s|[;,.!]\s|\s(?:and|also|then)\s|[?!]/i.test(
      found[2]!,
    )
  )
    return undefined;
  const plain = `${found[1]!.toLowerCase()} ${found[2]}`;
  return {
    plain,
    ask: `That ends in "?", so I am not sure you want it kept, and I changed nothing. To keep it, say it without the "?": "${plain}".`,
  };
}
