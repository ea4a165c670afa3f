/**
 * A stored time said to a person: "30 Nov 2026 at 11:40", in the machine's local time zone.
 * Built from Date getters, not `toLocaleString` (its first call loads ICU data, ~20 ms of a CLI start).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Unix ms → "30 Nov 2026 at 11:40" (local time, 24-hour clock). */
export function whenSaid(ms: number): string {
  const at = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()} at ${two(at.getHours())}:${two(at.getMinutes())}`;
}
