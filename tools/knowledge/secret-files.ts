import { basename } from 'node:path';
import { holdsCardNumber } from '../../cartridge/secrets.js';

/**
 * Files that look like they hold secrets (S37 H7: `passwords-private.txt`, "WHITFIELD-5G password
 * larch42-Sunflower!", was learned with no word): learn skips them unless the person asks for
 * them (`fazt learn --include-secrets`, knowledge_learn's includeSecrets). A learned file can be
 * quoted in any answer and read through search and the `fazt://` resources, so a secret kept in
 * the cartridge by accident travels further than the file on disk.
 *
 * Precise on purpose: a word alone is never enough ("reset the password in settings", "your PIN
 * is on the letter", "the keys are returned at the end of the lease"). A line must pair a secret
 * word with a value that looks like one ("password: larch42-Sunflower!", "PIN 4471"), be a key
 * block or a well-known token, or the file's name must say it holds them ("passwords.txt").
 * Different from `cartridge/secrets.ts`, which judges one remembered fact: there "code" or "key"
 * names a secret, in a document they are everywhere ("key safe code", "post code", "key dates").
 */

/** What a file looks like it holds, as said in "looks like it holds …". */
export type SecretKind = 'passwords' | 'a private key' | 'API keys or tokens' | 'card numbers' | 'secrets';

/** Why a file looks like it holds secrets: by its name (line undefined) or a line of its text. */
export interface SecretSign {
  kind: SecretKind;
  /** The (1-based) line that holds one; undefined when the name says it. */
  line?: number;
}

/** "looks like it holds passwords (line 3)", "looks like it holds secrets (its name)". */
export const secretDetail = (sign: SecretSign): string =>
  `looks like it holds ${sign.kind} (${sign.line === undefined ? 'its name' : `line ${sign.line}`})`;

/**
 * A name that says the file holds secrets: passwords, passcodes, logins, credentials, secrets,
 * API or private keys as a word of the name ("passwords-private.txt", "bank logins.md",
 * "client_secret.json"), an SSH private key (`id_rsa`, not `id_rsa.pub`), an `.env` file.
 * Not "secret santa" (a gift list).
 */
export function secretByName(path: string): SecretSign | undefined {
  const name = basename(path).toLowerCase();
  const word = (body: string) => new RegExp(`(?:^|[^a-z])(?:${body})(?:[^a-z]|$)`);
  if (word('passw(?:or)?ds?|passcodes?|pass ?phrases?|logins?').test(name)) return { kind: 'passwords' };
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)$/.test(name) || word('private[-_ ]?keys?').test(name))
    return { kind: 'a private key' };
  if (word('api[-_ ]?keys?|access[-_ ]?tokens?|auth[-_ ]?tokens?').test(name))
    return { kind: 'API keys or tokens' };
  if (
    (word('credentials?|secrets?').test(name) && !/secret[-_ ]?santa/.test(name)) ||
    (/(?:^|\.)env(?:\.[a-z]+)?$/.test(name) &&
      name.startsWith('.') &&
      !/\.(?:example|sample|template|dist)$/.test(name))
  )
    return { kind: 'secrets' };
  return undefined;
}

/** Values that stand for one, never one: "<your password>", "${PASSWORD}", "xxxx", "****". */
const PLACEHOLDER =
  /^(?:[<{[$%]|.*\b(?:your|example|changeme|placeholder|redacted|hidden)\b|[x*•.#_-]{3,}$|\.\.\.)/i;

/** Code, not a value: a call ("hash(pw)"), a dotted name ("self.password1", "process.env.PASSWORD"). */
const CODE = /\(|^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

/** A value that looks like a password or PIN: four digits or more, letters with digits, or a symbol among letters. */
function passwordLike(raw: string): boolean {
  const value = raw.replace(/^["'`“‘(]+|["'`”’),;.]+$/g, '');
  if (value.length < 4 || value.length > 80 || PLACEHOLDER.test(value) || CODE.test(value)) return false;
  // A keypad's digits may end in its enter key ("1999#").
  if (/^\d{4,}[#*]?$/.test(value)) return true;
  if (/\p{L}/u.test(value) && /\d/.test(value)) return !/^\d+(?:st|nd|rd|th|s)$/i.test(value);
  // A safe's or padlock's combination: "12-34-56".
  if (/^\d{1,3}(?:-\d{1,3}){2,}$/.test(value)) return true;
  return /\p{L}[!@#$%^&*+=?~|]+\p{L}/u.test(value);
}

/** A value that looks like a key or token: 16 characters or more of a token's alphabet, letters with digits. */
function tokenLike(raw: string): boolean {
  const value = raw.replace(/^["'`“‘(]+|["'`”’),;]+$/g, '');
  return (
    /^[A-Za-z0-9_\-+/=.~]{16,}$/.test(value) &&
    /[A-Za-z]/.test(value) &&
    /\d/.test(value) &&
    !PLACEHOLDER.test(value)
  );
}

/** What a keypad code opens, in the words a household note uses. */
const OPENS =
  '(?:door|gate|alarm|keypad|key ?safe|lock ?box|lock|padlock|safe|entrance|entry|garage|building|porch|shed|flat|apartment)';

/** Words that name a password or PIN, in the languages fazt's secrets know best. */
const PASSWORD_WORDS =
  'passwords?|passwd|passcodes?|pass ?phrases?|pass code|pins?(?: ?(?:code|number|no\\.?))?|wi-?fi key|network key|wpa2? key|passwort|kennwort|mot de passe|contraseña|wachtwoord|senha|пароль|' +
  // A code that opens a door is a PIN by another name ("door code: 7781", "key safe code 4420").
  '(?:door|gate|alarm|keypad|key ?safe|lock ?box|lock|entry|entrance|garage|building|safe|padlock)[ -]?codes?|combination|' +
  // "wifi pass …", "mdp wifi : …", "Digicode : 4729B", "PIN-Code: 1234", "WLAN-Schlüssel: …".
  '(?:wi-?fi|wlan|router) (?:pass|pw|pwd)|pwd?|mdp|code (?:secret|confidentiel)|digicode|pin-code|wlan-schlüssel|clave (?:del )?wi-?fi|' +
  '(?:tür|tor|haustür|alarm|zugangs|eingangs)code|' +
  "code (?:de (?:la |l'|l’)?|du |d'|d’)?(?:porte|portail|alarme|entrée|accès|immeuble)|" +
  'código (?:de (?:la |el )?)?(?:puerta|alarma|acceso|entrada|portal)|' +
  "codice (?:della |del |dell'|dell’|di )?(?:porta|allarme|cancello|portone|accesso|ingresso)|" +
  // "The code for the front door is 4729B": a code said to be a door's, a gate's, an alarm's.
  `codes?(?= (?:for|to|of|on) (?:the |our |my |your )?[\\p{L} -]{0,20}?${OPENS}\\b)`;
/** Words that name a key or token. */
const TOKEN_WORDS =
  'api[ _-]?keys?|api[ _-]?tokens?|access[ _-]?tokens?|auth[ _-]?tokens?|bearer|secret[ _-]?keys?|client[ _-]?secrets?|access[ _-]?keys?(?:[ _-]?id)?|tokens?|secrets?';

/**
 * A secret word, then what may stand between it and its value: "for <what>" before an explicit
 * separator ("Password for WHITFIELD-5G: …"), or a separator (":", "=", " - ", "is", "was") or
 * just a space ("WHITFIELD-5G password larch42-Sunflower!"); then the value.
 */
const paired = (words: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${words})(?![\\p{L}\\p{N}])["'*_]{0,2}(?:\\s+(?:for|of|to|on)\\s+[^\\n:=]{1,40}?(?:\\s*[:=：]\\s*|\\s+(?:is|was)\\s+)|\\s*[:=：]\\s*|\\s*[-–—]\\s+|\\s+(?:is|was|ist|est|es|è)\\s+|\\s+)[*_]{0,2}\\s*(\\S+)`,
    'giu',
  );
const PASSWORD_PAIR = paired(PASSWORD_WORDS);

/**
 * A secret word, up to three words that say whose ("Mot de passe wifi : …", "Code PIN carte
 * bleue : 6604", "WLAN Passwort Gäste: …"), then an explicit separator and the value. The value
 * must look like a password: "password policy: strict" says nothing secret.
 */
const PASSWORD_QUALIFIED = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${PASSWORD_WORDS})(?:\\s+[\\p{L}\\p{N}'’-]+){1,3}\\s*[:=：]\\s*(\\S+)`,
  'giu',
);

/**
 * A router's own network name (SSID): its maker's or provider's name and a short hexadecimal tag,
 * maybe a band before or after ("Livebox-4A2C", "SFR_7B10", "BTHub6-8C2F", "SKY1A2B3",
 * "TP-Link_5G_3F20", "FRITZ!Box-7590"): a network, never its password (k31, S45).
 */
const NETWORK_NAME = new RegExp(
  `^(?:${[
    'livebox',
    'freebox',
    'bbox',
    'sfr',
    'neufbox',
    'numericable',
    'orange',
    'bt',
    'bthub\\d*',
    'bt-hub\\d*',
    'sky',
    'virgin(?:media)?',
    'vm',
    'talktalk',
    'plusnet',
    'ee',
    'vodafone',
    'telstra',
    'optus',
    'tp-?link',
    'netgear',
    'linksys',
    'asus',
    'd-?link',
    'fritz!?box',
    'huawei',
    'zte',
    'xfinity',
    'att',
    'spectrum',
    'eir',
    'telekom',
    'movistar',
    'fastweb',
    'ziggo',
    'kpn',
    'proximus',
    'swisscom',
    'upc',
  ].join(
    '|',
  )})(?:[-_ ]?(?:5g|2\\.4g|5ghz|2\\.4ghz))?[-_ ]?[0-9a-f]{2,8}(?:[-_ ]?(?:5g|2\\.4g|5ghz|2\\.4ghz))?[,;.]?$`,
  'iu',
);

/**
 * What else says a line holds a password: a wifi label whose value is a password, not a
 * network's name ("WiFi: Pomme-Verte-2211", never "Wi-Fi network: OliveiraBox"); a key given
 * on a wifi line ("Wi-Fi network: OliveiraBox, key Pomme-Verte-2211"); a keypad code labelled by
 * what it opens ("Alarm: 8812# to disarm", "gate 1357 for the car park"); a login with its
 * password ("Netflix login mateus@example.fr / Cinéma!2024").
 */
const OTHER_PASSWORDS: { pattern: RegExp; value: (raw: string) => boolean }[] = [
  {
    pattern: /(?<![\p{L}\p{N}])(?:wi-?fi|wlan)\s*[:=：]\s*(\S+)/giu,
    value: (raw) => passwordLike(raw) && !NETWORK_NAME.test(raw),
  },
  {
    pattern:
      /(?<![\p{L}\p{N}])(?:wi-?fi|wlan|router|ssid|réseau)(?![\p{L}]).*?(?<![\p{L}\p{N}])(?:key|pass|pw|pwd|clé|clef|clave|schlüssel)(?!\p{L})\s*[:=：]?\s*(\S+)/giu,
    value: (raw) => passwordLike(raw),
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${OPENS}|alarme|allarme|alarma|porte|portail|puerta|porta|cancello)\\s*[:=：]\\s*(\\S+)`,
      'giu',
    ),
    value: keypadLike,
  },
  { pattern: /(?<![\p{L}\p{N}])(?:door|gate|alarm|keypad)\s+(\S+)/giu, value: keypadLike },
  {
    pattern:
      /(?:(?<![\p{L}])(?:log-?ins?|user(?:name)?|user name|identifiant|usuario|benutzer(?:name)?)\s*[:=：]?\s*\S+|\S+@\S+\.\p{L}{2,})\s*[/|]\s*(\S+)/giu,
    value: (raw) => passwordLike(raw),
  },
];

/**
 * A keypad's code: four to eight digits, maybe a letter or its enter key after ("4729B",
 * "8812#"); a bare year is not one ("Garage: 2019").
 */
function keypadLike(raw: string): boolean {
  const value = raw.replace(/[,;.!)]+$/, '');
  return /^\d{4,8}(?:[A-Z]|[#*])?$/.test(value) && !/^(?:19|20)\d\d$/.test(value);
}
const TOKEN_PAIR = paired(TOKEN_WORDS);

/** An environment or config line: `DB_PASSWORD=…`, `export GITHUB_TOKEN="…"`. */
const ENV_LINE =
  /^\s*(?:export\s+)?(?:[A-Za-z0-9]+_)*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY)(?:_[A-Za-z0-9]+)*["']?\s*[=:]\s*(\S+)/i;

/** Tokens recognisable by their prefix (GitHub, GitLab, Slack, OpenAI, Stripe, AWS, Google). */
const KNOWN_TOKEN =
  /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{20,}|sk-(?:proj-)?[A-Za-z0-9]{20,}|[sr]k_live_[A-Za-z0-9]{20,}|(?:AKIA|ASIA)[A-Z0-9]{16}|AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9])/;

/** A PEM or PGP private key block. */
const KEY_BLOCK = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;

/** Lines worth a closer look (cheap, so a big file costs little). */
const CANDIDATE =
  /pass|pin|pw|key|token|secret|code|combination|bearer|BEGIN|gh[pousr]_|github_pat|glpat|xox|sk[-_]|AKIA|ASIA|AIza|wort|mot de|contrase|senha|пароль|wi-?fi|wlan|mdp|alarm|door|gate|lock|safe|garage|porte|portail|puerta|porta|cancello|login|user|@|codice|código/i;

/** A header cell that names a password column ("name,url,username,password"). */
const PASSWORD_COLUMN = /^(?:passwords?|passwd|passcodes?|pins?|pin code)$/i;

/**
 * Words a password is said to be, never one: "the password is required", "PIN: unknown",
 * "password is case-sensitive". Only a plain word (no digit, no symbol) is checked against them.
 */
const NOT_A_VALUE = new Set(
  (
    'required needed optional mandatory incorrect wrong correct invalid valid expired changed reset set saved ' +
    'stored unknown none blank empty missing below above attached enclosed here there same different secret ' +
    'private personal weak strong long short secure hidden visible shown fine okay new old temporary forgotten ' +
    'lost locked sent printed written unchanged default unset disabled enabled off on case-sensitive sensitive ' +
    'protected encrypted needs must should will can cannot the a an your my our their his her its this that ' +
    'not too also still now yes no tbc tbd n/a'
  ).split(' '),
);

/**
 * A plain word given as a password with a separator that says so, and nothing after it in its
 * clause: "Password: sunshine", "wifi password is sunshine". Not "password: see the router",
 * "the password is required", "password policy: 12 characters" (no separator after the word).
 */
function plainValue(line: string, match: RegExpMatchArray): boolean {
  if (!/[:=：]|\s(?:is|was|ist|est|es|è)\s/iu.test(match[0].slice(0, -match[1]!.length))) return false;
  const value = match[1]!.replace(/^["'`“‘(*_]+|["'`”’),;.!*_]+$/g, '');
  if (!/^\p{L}[\p{L}'-]{3,39}$/u.test(value) || NOT_A_VALUE.has(value.toLowerCase())) return false;
  const rest = line.slice((match.index ?? 0) + match[0].length);
  return /^\s*(?:$|[,;(—–]|[.!]\s|[.!]$|\s-\s)/u.test(rest);
}

/** Words that say a long number is a payment card's. */
const CARD_WORDS = /card|visa|master ?card|amex|american express|debit|credit|\bcc\b/i;

/** A payment card number (Luhn-valid) named as one, or written in four groups of four. */
function cardNumber(line: string): boolean {
  if (!/(?:\d[ -]?){13}/.test(line) || !holdsCardNumber(line)) return false;
  return CARD_WORDS.test(line) || /(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)/.test(line);
}

/** The first line of `text` that holds a secret, and what kind; undefined when none does. */
export function secretInText(text: string): SecretSign | undefined {
  return secretLines(text, true)[0];
}

/**
 * Every line of `text` that holds a secret, in order, each with its kind and (1-based) line: a
 * private key block is every line from its BEGIN to its END. Learn withholds these lines of a
 * file and learns the rest (ingest.ts), unless the person asks for the secrets too.
 */
export function secretLinesInText(text: string): SecretSign[] {
  return secretLines(text, false);
}

function secretLines(text: string, first: boolean): SecretSign[] {
  const found: SecretSign[] = [];
  const lines = text.split('\n');
  /** A table or CSV header's password column: its delimiter and index, from the line under it. */
  let column: { delimiter: string; index: number } | undefined;
  for (let at = 0; at < lines.length && !(first && found.length); at++) {
    const line = lines[at]!;
    const kind = lineSecret(line, column);
    if (column && !line.includes(column.delimiter)) column = undefined;
    if (kind === 'a private key') {
      // The whole block, to its END line (or the text's end).
      const end = lines.findIndex(
        (next, index) => index >= at && /-----END [A-Z0-9 ]*PRIVATE KEY/.test(next),
      );
      const last = end < 0 ? lines.length - 1 : end;
      for (let inside = at; inside <= last; inside++) found.push({ kind, line: inside + 1 });
      at = last;
      continue;
    }
    if (kind) {
      found.push({ kind, line: at + 1 });
      continue;
    }
    if (!CANDIDATE.test(line)) continue;
    for (const delimiter of [',', ';', '\t', '|']) {
      const cells = line.split(delimiter).map((cell) => cell.trim().replace(/^["']|["']$/g, ''));
      const index = cells.findIndex((cell) => PASSWORD_COLUMN.test(cell));
      if (cells.length > 1 && index >= 0) {
        column = { delimiter, index };
        break;
      }
    }
  }
  return found;
}

/** What secret one line holds (under a password column, when a header named one), if any. */
function lineSecret(line: string, column?: { delimiter: string; index: number }): SecretKind | undefined {
  if (column) {
    const cell = line.split(column.delimiter)[column.index]?.trim();
    if (cell && passwordLike(cell)) return 'passwords';
  }
  if (cardNumber(line)) return 'card numbers';
  if (!CANDIDATE.test(line)) return undefined;
  if (KEY_BLOCK.test(line)) return 'a private key';
  if (KNOWN_TOKEN.test(line)) return 'API keys or tokens';
  const env = ENV_LINE.exec(line);
  if (env && (tokenLike(env[2]!) || passwordLike(env[2]!)))
    return /pass|pwd/i.test(env[1]!) ? 'passwords' : 'API keys or tokens';
  // A manual's factory default ("the default PIN is 0000") is nobody's secret.
  if (/\bdefault\b/i.test(line)) return undefined;
  for (const match of line.matchAll(PASSWORD_PAIR))
    if (passwordLike(match[1]!) || plainValue(line, match)) return 'passwords';
  for (const match of line.matchAll(PASSWORD_QUALIFIED)) if (passwordLike(match[1]!)) return 'passwords';
  for (const { pattern, value } of OTHER_PASSWORDS)
    for (const match of line.matchAll(pattern)) if (value(match[1]!)) return 'passwords';
  for (const match of line.matchAll(TOKEN_PAIR)) if (tokenLike(match[1]!)) return 'API keys or tokens';
  return undefined;
}
