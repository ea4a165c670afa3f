import type { CapabilityMigration } from '../capability.js';
import { SKILLS_SCHEMA } from './store.js';

/** The skills capability's tables: skills, every version of each, and each version's files. */
export const skillsMigrations: readonly CapabilityMigration[] = [
  { version: 1, description: 'skills, versions and their files', up: (db) => db.exec(SKILLS_SCHEMA) },
];
