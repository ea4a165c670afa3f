/**
 * Requests that ask for nothing and keep nothing, said back plainly (issue 7, S11 #13, #15): an
 * acknowledgement ("🙂", "👍", "ok", "thanks") and a take-back ("never mind", "cancel that",
 * "don't save that", "never mind, don't remember my code"). Neither writes; a take-back says that
 * nothing was kept, and how to undo what an earlier request kept.
 */

/** Emoji (with their modifiers, joiners and variation selectors) and punctuation only: "🙂", "👍👍", "❤️!". */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|[\s!.,?~*])+$/u;

/**
 * Thanks in the languages a household may speak (S47: "dziękuję bardzo", "dank je wel!"): French,
 * German, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian, the Nordic languages,
 * Greek, Japanese, Chinese, Korean, Arabic, Hindi, Swahili, Yoruba, Igbo and Hausa.
 */
const THANKS_ELSEWHERE =
  'merci|danke(?:\\s+schön|\\s+schoen)?|vielen\\s+dank|(?:muchas\\s+)?gracias|grazie|obrigad[oa]|dank\\s+(?:je|u)(?:\\s+wel)?|bedankt|dzi[eę]kuj[eę]|dzi[eę]ki|te[sş]ekk[uü]rler|te[sş]ekk[uü]r\\s+ederim|sa[gğ]\\s*ol|спасибо|tack|takk|kiitos|ευχαριστώ|ありがとう(?:ございます)?|谢谢|謝謝|감사합니다|고마워(?:요)?|شكرا|धन्यवाद|asante|e\\s+se|daal[uụ]|na\\s+gode';

/** Thanks words alone ("thanks", "thank you so much!", "cheers mate", "ty", "merci beaucoup"). */
const THANKS = new RegExp(
  `^(?:(?:ok(?:ay)?|great|cool|nice|perfect|awesome|brilliant|lovely|wonderful|super)[\\s,!.]+)?(?:thanks?|thank\\s+you|thx|ty|tysm|cheers|ta|much\\s+appreciated|appreciate\\s+it|${THANKS_ELSEWHERE})(?:\\s+(?:so\\s+much|a\\s+lot|very\\s+much|mate|buddy|again|fazt|beaucoup|sehr|mille|bardzo|muito|mucho|так|большое|so\\s+veel|wel|så\\s+mycket|paljon|sana))*(?:[\\s,;.!-]+(?:that['’]?s|that\\s+is)\\s+(?:all|it|everything)(?:\\s+for\\s+now)?)?(?:[\\s!.,！。]|\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\u200d|\\ufe0f)*$`,
  'iu',
);

/** Acknowledgements alone ("ok", "cool", "got it", "sounds good", "perfect"). */
const ACK =
  /^(?:ok(?:ay)?|k|kk|cool|great|nice|perfect|awesome|good|fine|alright|all\s+right|sure|got\s+it|sounds\s+good|noted|understood|lol|haha|yay|wow|neat)(?:[\s,!.]+(?:ok(?:ay)?|cool|great|nice|perfect|awesome|good|fine|thanks?|got\s+it))*(?:[\s!.,]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*$/iu;

/**
 * A take-back of what was about to be said or kept: "never mind", "cancel that", "scratch that",
 * "don't save that", "never mind, don't remember my code", "ignore that", "forget I said that".
 */
const TAKE_BACK =
  /^(?:(?:oh[\s,]+|no[\s,]+|nah[\s,]+|wait[\s,]+|actually[\s,]+|sorry[\s,]+|ok(?:ay)?[\s,]+)*(?:never\s*mind|nvm|cancel(?:\s+(?:that|this|it))?|scratch\s+that|ignore\s+(?:that|this|it|me)|disregard\s+(?:that|this|it)|forget\s+i\s+(?:said|asked)\s+(?:that|anything)|don['’]?t\s+(?:save|remember|keep|store|note|write\s+down|record|memori[sz]e)\s+(?:that|this|it|anything))(?:[\s,;.!-]+(?:don['’]?t|do\s+not)\s+(?:save|remember|keep|store|note|record|memori[sz]e)\s+(?:that|this|it|anything|my\s+[\p{L}\p{N}' ’-]{1,60}))?|(?:don['’]?t|do\s+not)\s+(?:save|remember|keep|store|note|record|memori[sz]e)\s+my\s+[\p{L}\p{N}' ’-]{1,60}?\s+after\s+all)[\s.!]*$/iu;

/** A greeting word, in English or another language, and who it is said to: "hello", "good morning fazt", "hey there", "cześć", "merhaba". */
const HELLO =
  "(?:hi|hello|hey|heya|hiya|howdy|yo|hallo|greetings|g['’]?day|good\\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|bonjour|bonsoir|salut|hola|buenos\\s+d[ií]as|ciao|buongiorno|ol[aá]|bom\\s+dia|hej|hoi|goedemorgen|goedendag|guten\\s+(?:morgen|tag|abend)|moin|servus|cze[sś][cć]|dzie[nń]\\s+dobry|merhaba|selam|namaste|привет|здравствуйте|こんにちは|你好|안녕(?:하세요)?|salam|jambo|bawo|ndewo|sannu)(?:[\\s,]+(?:there|all|everyone|again|friend|buddy|mate|pal|fazt))*";
/** Small talk that asks nothing of fazt's store: "how are you", "how's it going", "what's up". */
const SMALL_TALK =
  "(?:how\\s+(?:are|r)\\s+(?:you|u|ya)(?:\\s+(?:doing|going|today|tonight|this\\s+(?:morning|afternoon|evening)))*|how['’]?s\\s+it\\s+going|how\\s+is\\s+it\\s+going|how\\s+(?:are\\s+)?things|how\\s+do\\s+you\\s+do|what['’]?s\\s+up|wh?at\\s+up|sup|wassup|nice\\s+to\\s+meet\\s+you|(?:are\\s+)?you\\s+there)(?:[\\s,]+fazt)?";
const MARKS = '(?:[\\s!.,?~]|\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\u200d|\\ufe0f)*';
/** A greeting or small talk alone: "hi!", "good evening fazt", "hey fazt, how are you doing today?". */
const GREETING = new RegExp(`^(?:${HELLO}(?:[\\s,!.?-]+${SMALL_TALK})?|${SMALL_TALK})${MARKS}$`, 'iu');

/** Words that find fault with fazt or its answer ("useless", "an idiot", "rubbish"). */
const FAULT =
  '(?:so\\s+|really\\s+|completely\\s+|totally\\s+|pretty\\s+|such\\s+|absolutely\\s+)*(?:an?\\s+)?(?:useless|hopeless|pointless|stupid|dumb|rubbish|garbage|trash|terrible|awful|pathetic|bad|broken|wrong|annoying|an?\\s+idiot|idiot|moron|joke|waste\\s+of\\s+time|no\\s+help|not\\s+helpful|unhelpful)';
/**
 * A complaint or an insult said to fazt (S44 #19): "you're useless", "you are so stupid", "ur an
 * idiot", "you suck", "this is useless", "that's rubbish". No attempt at a fact: answered plainly.
 */
const COMPLAINT = new RegExp(
  `^(?:(?:ugh|omg|wow|god|jeez|seriously|honestly|man|lol)[\\s,!.]+)*(?:(?:you(?:['’]?re|\\s+are)?|u(?:\\s+r)?|ur|fazt(?:\\s+is|['’]s)?|this(?:\\s+is|['’]s)|that(?:\\s+is|['’]s)|it(?:\\s+is|['’]s))\\s+${FAULT}|(?:you|u|fazt|this|that)\\s+(?:suck|sucks|stink|stinks)|(?:useless|stupid|rubbish|pathetic)(?:\\s+(?:bot|thing|app|machine))?)${MARKS}$`,
  'iu',
);

/** What fazt does, in plain words, for a greeting: no tool names, nothing kept. */
const WHAT_I_DO =
  'I remember facts you tell me ("remember my locker is 42"), keep notes ("note: call the plumber") and answer questions from those and from documents you have had me learn ("what does my lease say about pets?").';

/**
 * The reply to a greeting or small talk ("hello", "good morning", "how are you"), or undefined:
 * a greeting back and what fazt can do, in plain words; nothing is kept.
 */
export function greeting(request: string): string | undefined {
  const said = request.trim();
  if (!GREETING.test(said)) return undefined;
  const time = /^good\s+(morning|afternoon|evening)\b/i.exec(said)?.[1]?.toLowerCase();
  const hello = time ? `Good ${time}!` : 'Hello!';
  // "how are you", "how's it going": asked after fazt, answered so before what it does.
  const asked = /\bhow\b/i.test(said);
  return `${hello}${asked ? " I'm fine, thanks, and ready to help." : ''} ${WHAT_I_DO}`;
}

/** The answer to an acknowledgement, a take-back or a greeting, or undefined when the request is none. */
export function acknowledgement(request: string): string | undefined {
  const said = request.trim();
  if (!said) return undefined;
  const hello = greeting(said);
  if (hello) return hello;
  if (COMPLAINT.test(said)) return `Sorry that was no help; I kept nothing. ${WHAT_I_DO}`;
  if (TAKE_BACK.test(said))
    return 'Okay, I kept nothing from that. Anything kept earlier stays: "forget my …" or "delete note N" removes it (asked first).';
  if (THANKS.test(said)) return "You're welcome. I kept nothing new.";
  if (EMOJI_ONLY.test(said) && /\p{Extended_Pictographic}/u.test(said)) return 'Okay. I kept nothing new.';
  if (ACK.test(said)) return 'Okay. I kept nothing new.';
  return undefined;
}
