import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Stranger S45 HIGH 7: "when is my car's MOT due?" quoted "Contrôle technique (MOT) passed: 18
 * March 2025". A when-due question prefers the file's due/next line over a passed/last one.
 */

const CAR = `Vehicle: Škoda Octavia Estate, registration GH-417-KZ
Contrôle technique (MOT) passed: 18 March 2025
Next contrôle technique due: 18 March 2027
Mileage at test: 84,215 km
`;

describe('a when-due question gives the due line, not the passed one (S45 HIGH 7)', () => {
  it('the MOT, asked with "my car\'s"', async () => {
    const { ask } = await learn({ 'car_mot.txt': CAR });
    const due = await ask("when is my car's MOT due?");
    expect(due.answer).toContain('18 March 2027');
    expect(due.answer).not.toContain('passed');
    const passed = await ask('when was the MOT passed?');
    expect(passed.answer).toContain('18 March 2025');
  });
});
