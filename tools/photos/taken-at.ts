import type { TakenAtSource } from './store.js';

export interface TakenAt {
  /** Wall-clock time where the photo was taken, `YYYY-MM-DDTHH:MM:SS`. */
  local: string;
  /** `+02:00`, or null when the camera did not record one. */
  offset: string | null;
  /** Unix ms, or null when there is no offset (the instant is then unknown). */
  at: number | null;
  source: TakenAtSource;
}

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** `+02:00` → 120 (minutes east of UTC); undefined for anything else. */
function offsetMinutes(offset: string): number | undefined {
  const match = OFFSET.exec(offset.trim());
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (minutes > 14 * 60) return undefined;
  return match[1] === '-' ? -minutes : minutes;
}

const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/**
 * Reads EXIF `DateTimeOriginal` (`2024:05:03 14:22:01`, as exifr returns it with
 * `reviveValues: false`) and `OffsetTimeOriginal` (`+02:00`, EXIF 2.31). A date of all zeros or
 * out of range (cameras write `0000:00:00 00:00:00` when unset) counts as absent.
 */
export function exifTakenAt(dateTimeOriginal: unknown, offsetTimeOriginal: unknown): TakenAt | undefined {
  if (typeof dateTimeOriginal !== 'string') return undefined;
  const match = EXIF_DATE.exec(dateTimeOriginal.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (
    year < 1826 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour > 23 ||
    minute > 59 ||
    second > 60
  ) {
    return undefined;
  }
  const local = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}`;
  const minutes = typeof offsetTimeOriginal === 'string' ? offsetMinutes(offsetTimeOriginal) : undefined;
  if (minutes === undefined) return { local, offset: null, at: null, source: 'exif' };
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - minutes * 60_000;
  return { local, offset: formatOffset(minutes), at: utc, source: 'exif' };
}

/** The fallback: the file's modification time, in this host's time zone (marked `file`). */
export function fileTakenAt(mtimeMs: number): TakenAt {
  const date = new Date(Math.floor(mtimeMs));
  const minutes = -date.getTimezoneOffset();
  const local = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return { local, offset: formatOffset(minutes), at: date.getTime(), source: 'file' };
}

/** The ISO 8601 form shown to people and clients: `2024-05-03T14:22:01+02:00`, or without offset. */
export function takenAtIso(local: string, offset: string | null): string {
  return offset ? `${local}${offset}` : local;
}
