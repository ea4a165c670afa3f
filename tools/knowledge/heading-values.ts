/**
 * Headings that state a value (issue 10, stranger round 15, item 2): "# Home insurance — policy
 * HX-22817" is the policy's title and its number. A heading names its section and is no answer
 * (answer.ts), except one that holds an identifier: letters and digits in one code ("HX-22817",
 * "AB1234", "K9-004") or a long number ("policy 48213977"). Years, section numbers ("## 3.
 * Expenses") and ranges ("## Weeks 3–4") are no identifiers.
 */

import { VEHICLE_PLATE } from './wording.js';

/** A code of capitals and three digits or more ("HX-22817", "AB1234"), or a run of five digits or more. */
const IDENTIFIER =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Lu}\p{N}]*[-‑–/]?\p{N}{3,}[\p{Lu}\p{N}]*|\p{N}{5,})(?![\p{L}\p{N}])/u;

/** Whether a heading's text states an identifier, so that the heading is an answer too. */
export function headingStatesValue(heading: string): boolean {
  const text = heading.normalize('NFKC');
  // A car's registration ("# Car — AB12 CDE") is its identifier too (k29).
  return IDENTIFIER.test(text) || VEHICLE_PLATE.test(text);
}
