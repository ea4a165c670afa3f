import { createInterface } from 'node:readline/promises';
import { FaztError } from '../cartridge/errors.js';

/** Code needs_approval (exit 3 at the CLI edge) and a message saying how to give consent: nothing was changed. */
export class NeedsApprovalError extends FaztError {
  constructor(message: string) {
    super(message, { code: 'needs_approval' });
    this.name = 'NeedsApprovalError';
  }
}

/**
 * Asks a yes/no question on the terminal. `yes` (from --yes) answers it up front. Without a
 * terminal to ask on, nothing is done: a NeedsApprovalError says to run again with --yes.
 * Returns false when the person says no (and says so on stderr).
 */
export async function confirm(question: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY || !process.stderr.isTTY) {
    throw new NeedsApprovalError(`${question} Nothing was changed: run again with --yes to approve.`);
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await prompt.question(`${question} [y/N] `)).trim().toLowerCase();
    if (answer === 'y' || answer === 'yes') return true;
    process.stderr.write('Nothing was changed.\n');
    return false;
  } finally {
    prompt.close();
  }
}
