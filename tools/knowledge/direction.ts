/**
 * Which way a trip goes (issue 10, stranger round 11, HIGH 1): "Flight 1: LH 714 Frankfurt ->
 * Tokyo" leaves FROM Frankfurt, so "when does the flight to Frankfurt depart?" is answered by
 * the return flight "LH 741 Osaka -> Frankfurt", and "what time does my flight to Tokyo
 * arrive?" by flight 1 only, not by flight 2 "Tokyo -> Osaka". A question asks a destination
 * ("to X", "for X", "X bound") or an origin ("from X", "leaving X"), or both ("X to Y", "X -> Y");
 * a record states a route as "A -> B", "A → B", "A – B", "A > B", "from A to B" or "A to B" (both
 * capitalised). Trains, buses, ferries and transfers alike: nothing here names a vehicle.
 * "when do I fly home?" asks of the return flight (`homeQuestion`).
 */

/** A route's ends, each the folded words of its place ("tokyo haneda" → {"tokyo", "haneda"}). */
export interface Route {
  from: Set<string>;
  to: Set<string>;
}
/** The ends a question asks, folded single words (a place's name in the question). */
export interface RouteAsked {
  from?: string;
  to?: string;
}

const foldWord = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const placeWords = (text: string) => new Set((text.match(/\p{L}+/gu) ?? []).map(foldWord));

/**
 * A place: one to three capitalised words ("Tokyo", "Tokyo Haneda", "Frankfurt Main"), with its
 * airport code and terminal if given ("London Heathrow (LHR) T2 -> Lisbon (LIS) T1"; S37 H5).
 */
const PLACE =
  "\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2}(?:[ \\t]*\\(\\p{Lu}{3}\\))?(?:[ \\t]+T\\d\\b)?";
const ARROW = new RegExp(`(${PLACE})\\s*(?:->|→|⟶|⇒|=>|>|\\s[–—-]\\s)\\s*(${PLACE})`, 'gu');
const FROM_TO = new RegExp(
  `\\b(?:from|von|de|desde|da)\\s+(${PLACE})\\s+(?:to|nach|à|a|hasta)\\s+(${PLACE})`,
  'gu',
);
/** Words in capitals longer than an airport's code ("TRIP ITINERARY", not "LHR"): a title's. */
const TITLE_WORDS = /^\p{Lu}{4,}(?:\s+\p{Lu}{2,})*$/u;
const A_TO_B = new RegExp(`(${PLACE})\\s+to\\s+(${PLACE})`, 'gu');

/** Every route `text` states, in the order written. */
export function routesIn(text: string): Route[] {
  const out: Route[] = [];
  for (const re of [ARROW, FROM_TO, A_TO_B])
    for (const m of text.matchAll(re)) {
      // "TRIP ITINERARY — LISBON & PORTO": a title in capitals, its dash no way from one to the other (S37 H5).
      if (re === ARROW && /\s[–—-]\s/u.test(m[0]) && TITLE_WORDS.test(m[1] as string)) continue;
      out.push({ from: placeWords(m[1] as string), to: placeWords(m[2] as string) });
    }
  return out;
}

/**
 * A flight's number: an airline's two letters and one to four digits ("TP 1234", "KE906"), or a
 * letter and digit code set apart from its number ("U2 8012"; "B12" is a room).
 */
const FLIGHT_NUMBER = /(?<![\p{L}\p{N}])(?:[A-Z]{2}[ \t]?|[A-Z]\d[ \t])\d{1,4}(?![\p{L}\p{N}])/u;
/** An airport's code in brackets ("Lisbon (LIS)"), an arrow between places, or the words of an airline or airport. */
const AIR = /\(\p{Lu}{3}\)|->|→|⟶|⇒|\bAir\b|\b(?:[Aa]irlines?|[Aa]irways|[Aa]irport|[Bb]oarding|[Gg]ate)\b/u;
/** Words of a way by land or sea: "LNER 1S07 London King's Cross (KGX) -> Edinburgh" is a train. */
const NOT_AIR =
  /\b(?:trains?|rail(?:way)?s?|coach(?:es)?|bus(?:es)?|ferry|ferries|tram|metro|platform|carriage)\b/iu;
/**
 * Whether a line of `text` is a flight's, though it never says "flight" (S48 2): a booking writes
 * "TP 1234 Lisbon (LIS) 10:05 → Frankfurt" — a flight number beside an arrow, an airport's code or
 * an airline's name, on one line. A number with neither ("NW 12", "Room B12"), or a train's or
 * bus's line, is no flight.
 */
export function saysFlight(text: string): boolean {
  return text.split('\n').some((line) => FLIGHT_NUMBER.test(line) && AIR.test(line) && !NOT_AIR.test(line));
}

/**
 * The ends a question asks: "to Frankfurt", "for Osaka", "from Tokyo", "Frankfurt to Tokyo",
 * "Frankfurt -> Tokyo" (the place a word after "to"/"from", any case: "the train to berlin").
 * Undefined when it asks none.
 */
export function routeAsked(question: string): RouteAsked | undefined {
  const arrow = routesIn(question)[0];
  if (arrow) {
    const from = [...arrow.from].at(-1);
    const to = [...arrow.to][0];
    return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }
  // "arrive in Portsmouth", "land at Gatwick": that is where it goes.
  const to =
    /\b(?:to|for|towards|into|nach|vers|hacia|para|(?:arriv\w*|land\w*)\s+(?:in|at))\s+(\p{L}+)/iu.exec(
      question,
    )?.[1];
  const from = /\b(?:from|leaving|out\s+of|von|depuis|desde)\s+(\p{L}+)/iu.exec(question)?.[1];
  if (!to && !from) return undefined;
  return { ...(from ? { from: foldWord(from) } : {}), ...(to ? { to: foldWord(to) } : {}) };
}

/** "departing Lagos 22:50", "leaves from Porto", "leaving Tokyo": the one end a line's leg leaves. */
const LEAVES = new RegExp(`\\b(?:depart(?:s|ing|ure)?|leav(?:es|ing)|from)\\s+(?:from\\s+)?(${PLACE})`, 'u');
/** "arriving Lagos", "arrives in Tokyo", "landing at Gatwick": the one end a line's leg reaches. */
const REACHES = new RegExp(`\\b(?:arriv(?:es|ing|al)|land(?:s|ing))\\s+(?:in\\s+|at\\s+)?(${PLACE})`, 'u');
/** "Return flight KL588 on 4 January", "Inbound: …", "Flight back …": the leg home, the block's route reversed. */
const RETURN_LEG = /\b(?:return(?:ing)?|inbound|homebound)\b|\b(?:flight|train|bus|ferry)\s+back\b/iu;

/**
 * The route one line of a record goes (S47 H2): its own "A to B" when it states one; else the
 * one end it names ("Return flight KL588 …, departing Lagos 22:50" leaves Lagos: `{from: lagos,
 * to: ∅}`); else, for a line of the return leg, `block` reversed; else `block` (the record's
 * route, "Flight KL587 Amsterdam … to Lagos …" for its "Departure: 18 December …" line).
 */
export function lineRoute(text: string, block: Route | undefined): Route | undefined {
  const own = routesIn(text)[0];
  if (own) return own;
  const leaves = LEAVES.exec(text)?.[1];
  const reaches = REACHES.exec(text)?.[1];
  if (leaves || reaches)
    return { from: leaves ? placeWords(leaves) : new Set(), to: reaches ? placeWords(reaches) : new Set() };
  if (block && RETURN_LEG.test(text)) return { from: block.to, to: block.from };
  return block;
}

/** Whether a route has the asked ends: `undefined` when it names neither place asked. */
export function routeFits(route: Route, asked: RouteAsked): boolean | undefined {
  const named =
    (asked.to !== undefined && (route.to.has(asked.to) || route.from.has(asked.to))) ||
    (asked.from !== undefined && (route.from.has(asked.from) || route.to.has(asked.from)));
  if (!named) return undefined;
  return (
    (asked.to === undefined || route.to.has(asked.to)) &&
    (asked.from === undefined || route.from.has(asked.from))
  );
}

/**
 * Of `kept` (the answer's sentences) and `candidates` (every sentence that held the question's
 * subject), the ones whose route has the asked ends, when some record states such a route:
 * `routeOf(m)` is the route of a sentence's record (its block: "Flight 1: … Frankfurt -> Tokyo"
 * for its "Arrives …" line). Sentences of a route the wrong way are dropped; when none kept
 * goes the asked way, the candidates that do are the answer. Unchanged when no route names the place asked.
 */
export function byRoute<T>(
  asked: RouteAsked | undefined,
  kept: readonly T[],
  candidates: readonly T[],
  routeOf: (item: T) => Route | undefined,
  like?: (dropped: T, item: T) => boolean,
): T[] {
  if (!asked) return [...kept];
  const fits = (item: T) => {
    const route = routeOf(item);
    return route ? routeFits(route, asked) : undefined;
  };
  if (![...kept, ...candidates].some((item) => fits(item) !== undefined)) return [...kept];
  const right = kept.filter((item) => fits(item) === true);
  if (right.length > 0) return right;
  const elsewhere = candidates.filter((item) => fits(item) === true);
  // "how many days until our flight to Lagos?": of the right leg's lines, the one stating what the
  // wrong leg's line did (its date), not the baggage and seats of the same record (S47 H2).
  const dropped = kept.filter((item) => fits(item) === false);
  const alike = like ? elsewhere.filter((item) => dropped.some((d) => like(d, item))) : [];
  if (alike.length > 0) return alike;
  if (elsewhere.length > 0) return elsewhere;
  return kept.filter((item) => fits(item) !== false);
}

/**
 * "when do I fly home?", "when is my train back?", "when do we go back home?", "on the way
 * back": the trip home is the return one — "fly home" asks of the return flight, "train home" of the return train.
 */
export function homeQuestion(question: string): string {
  return (
    question
      .replace(/\b(?:fly|flying|flies|flew)\s+(?:back\s+)?home\b/giu, 'take the return flight')
      // "when do we come home?", "when are we coming home?": the return leg (S47 H2).
      .replace(/\b(?:come|comes|coming|came)\s+home\b/giu, 'return')
      .replace(
        /\b(flight|train|bus|ferry|coach|transfer)\s+(?:back\s+)?home\b|\b(flight|train|bus|ferry|coach|transfer)\s+back\b/giu,
        (_, a: string | undefined, b: string | undefined) => `return ${a ?? b}`,
      )
      .replace(
        /\b(?:go|going|travel|travelling|traveling|head|heading|get|getting)\s+back\s+home\b/giu,
        'return',
      )
      // "on the way back", "the journey home", "coming back": the return leg of a booking (S29).
      .replace(/\b(?:on\s+)?the\s+(?:way|journey|trip|leg)\s+(?:back(?:\s+home)?|home)\b/giu, 'on the return')
      .replace(/\b(?:come|comes|coming|came)\s+back(?:\s+home)?\b/giu, 'return')
      // "on the way out", "the journey there": the outbound leg.
      .replace(/\b(?:on\s+)?the\s+(?:way|journey|trip|leg)\s+(?:out|there)\b/giu, 'on the outbound')
      // "when does the ferry arrive back in Portsmouth?": it arrives there, on the way back.
      .replace(/\b(arriv\w*|land\w*)\s+back\s+(?:in|at|to|into)\s+/giu, '$1 in ')
      // "when does the ferry get back to Portsmouth?": it arrives there.
      .replace(/\b(?:get|gets|getting)\s+back\s+(?:in|at|to|into)\s+/giu, 'arrive in ')
      // "when do we fly to Antalya?": the day of the outbound leg, its "Depart:" line, not the
      // "Flights:" cost line (S46): flying there, asked when, is departing.
      .replace(WHEN_FLY_OUT, (_, asking: string, to: string) => `${asking} depart ${to.toLowerCase()}`)
      // "who is going on the Lisbon trip?", "who's coming to Lisbon?": an itinerary's "Travellers:" (S44 11).
      .replace(
        WHO_TRAVELS,
        (_, link: string, trip: string) => `who are the travellers ${link.toLowerCase()} ${trip}`,
      )
  );
}

/**
 * "when do we fly to Antalya?", "what day are we flying out to Rome?", "when do I travel to
 * Porto?": group 1 the words asking when up to the verb, 2 "to"/"for". Never "how much to fly to …".
 */
const WHEN_FLY_OUT =
  /^(\s*(?:when|(?:on\s+)?(?:what|which)\s+(?:day|date|time))\b[^?]*?)\b(?:fly|flies|flying|travel|travels|travell?ing|leave|leaves|leaving)\s+(?:out\s+)?(to|for)\b/iu;

/** "who is going on the trip", "who's flying to Lisbon", "who else is coming on the holiday": group 1 the link, 2 the trip. */
const WHO_TRAVELS =
  /^\s*(?:and\s+)?who(?:\s+else)?(?:\s+is|\s+are|['’]s)?\s+(?:going|coming|travell?ing|flying|off)\s+(?:with\s+(?:us|me)\s+)?(on|to)\s+((?:(?:the|our|my)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:trip|holiday|flight|journey|break|cruise|getaway|visit)\b|\p{Lu}[\p{L}-]*(?![\p{L}'’-]))/u;
