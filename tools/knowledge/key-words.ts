import { wordTable } from '../../cartridge/lexicon.js';

/**
 * What a config key's short words mean (issue 10, stranger round 15, item 4): `db_pass` is the
 * database password, `tls_cert_path` where the TLS certificate is, `ttl_seconds` how long a thing
 * is kept. A setting is named by its key path in words (config-keys.ts `keyWords`); the words a
 * person asks with are added to those names here, so "what's the db password?" finds `db_pass:`,
 * and a question word said only by such a key is known to the documents.
 *
 * Small and hand-made on purpose: each entry is a short form config files write for a word a
 * person asks with. Only whole key words are read ("pass" in `db_pass`, never in "passage").
 */
const MEANINGS: Record<string, string> = wordTable({
  pass: 'password',
  passwd: 'password',
  pwd: 'password',
  pw: 'password',
  cert: 'certificate',
  certs: 'certificates',
  crt: 'certificate',
  ttl: 'time to live expiry expire expires keep kept retain retention',
  retain: 'keep kept retention',
  retention: 'keep kept retain',
  db: 'database',
  addr: 'address',
  dir: 'directory folder',
  tmp: 'temporary',
  max: 'maximum',
  min: 'minimum',
  num: 'number',
  cfg: 'config configuration',
  conf: 'config configuration',
  env: 'environment',
  auth: 'authentication',
  usr: 'user',
  user: 'username',
  username: 'user',
  host: 'server hostname',
  hostname: 'host server',
  listen: 'listens listening',
  timeout: 'wait waits time',
  secs: 'seconds',
  sec: 'seconds',
  ms: 'milliseconds',
  mins: 'minutes',
  temp: 'temperature',
  ip: 'address',
});

/** Key words ("db pass") with what their short words mean ("db pass database password"). */
export function meaningsOf(names: string): string {
  const said = names.split(/\s+/u).filter(Boolean);
  const more = said.flatMap((word) => (MEANINGS[word] ?? '').split(' ').filter(Boolean));
  return [...new Set([...said, ...more])].join(' ');
}

/** A key at the start of a config line: `db_pass: …`, `retain_backups = 7`, `"ttl": 60`. */
const KEY = /^\s*(?:-\s+)?["']?([\p{L}\p{N}_.-]{1,60})["']?\s*[:=]/u;

/**
 * The words the config keys of `passages` (config files' passages) mean beyond what they say
 * (`db_pass` → "database password"): with the words the index holds, these are known to the documents.
 */
export function keyMeanings(passages: readonly { text: string }[]): string {
  const out = new Set<string>();
  for (const passage of passages) {
    for (const line of passage.text.split('\n')) {
      const key = KEY.exec(line)?.[1];
      if (!key) continue;
      const words = key
        .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
        .replace(/[_.-]+/gu, ' ')
        .toLowerCase();
      for (const word of words.split(/\s+/u))
        for (const meant of (MEANINGS[word] ?? '').split(' ')) if (meant) out.add(meant);
    }
  }
  return [...out].join(' ');
}

/** Units a key's last word says its number is in (`ttl_seconds`, `timeout_ms`, `max_size_mb`). */
const UNITS: Record<string, string> = wordTable({
  seconds: 'seconds',
  secs: 'seconds',
  sec: 'seconds',
  ms: 'milliseconds',
  millis: 'milliseconds',
  milliseconds: 'milliseconds',
  minutes: 'minutes',
  mins: 'minutes',
  hours: 'hours',
  hrs: 'hours',
  days: 'days',
  weeks: 'weeks',
  kb: 'KB',
  mb: 'MB',
  gb: 'GB',
  bytes: 'bytes',
});

/**
 * A setting's bare number in the unit its key names: "cache › ttl_seconds: 3600" → "3600
 * seconds", so "how long is the cache kept?" is answered in words; undefined when the key names
 * no unit or the value is no bare number.
 */
export function settingMeasure(line: string): string | undefined {
  const match = /([\p{L}\p{N}_.-]+)["']?\s*[:=]\s*["']?(\d+(?:\.\d+)?)["']?,?\s*$/u.exec(line);
  if (!match) return undefined;
  const last =
    (match[1] as string)
      .split(/[_.-]+|(?<=\p{Ll})(?=\p{Lu})/u)
      .at(-1)
      ?.toLowerCase() ?? '';
  const unit = UNITS[last];
  return unit ? `${match[2]} ${unit}` : undefined;
}
