import type { CapabilityMigration } from '../capability.js';
import { SKILLS_SCHEMA } from './store.js';

/** The skills capability's tables: skills, every version of each, and each version's files. */
export const skillsMigrations: readonly CapabilityMigration[] = [
  { version: 1, description: 'skills, versions and their files', up: (db) => db.exec(SKILLS_SCHEMA) },
  {
    version: 2,
    description: 'whether a version was installed after its grants were shown to the person',
    up: (db) => db.exec('ALTER TABLE skills_version ADD COLUMN grants_shown INTEGER NOT NULL DEFAULT 0'),
  },
];
