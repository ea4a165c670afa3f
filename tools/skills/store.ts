import { createHash } from 'node:crypto';
import { capabilityVersion } from '../../cartridge/capability-schema.js';
import type { Cartridge } from '../../cartridge/open.js';
import type { Risk } from '../define-tool.js';

/** A skill folder's text files by relative path (`SKILL.md`, `tools.js`, `tests/a.test.js`, …). */
export type SkillFiles = Record<string, string>;

/** SKILL.md's frontmatter and body (Agent Skills spec, agentskills.io/specification). */
export interface SkillManifest {
  name: string;
  description: string;
  license?: string;
  compatibility?: string;
  metadata?: Record<string, string>;
  /** fazt tool names the skill's code may reach through `fazt.call`. */
  allowedTools: string[];
  /** Instructions for the planner, loaded only when a request is about the skill. */
  body: string;
}

/** One tool a skill's tools.js exports, as the sandbox described it (its `run` stays inside). */
export interface SkillToolSpec {
  name: string;
  description: string;
  risk: Risk;
  /** JSON Schema of an object. */
  input: Record<string, unknown>;
  examples: string[];
}

/** Where a version came from: `import:<folder>`, `harness`, `builtin:<name>`. */
export type SkillOrigin = string;

/** One installed skill: its current version and whether it is on. */
export interface SkillRecord {
  name: string;
  enabled: boolean;
  /** The version in use (rollback moves it). */
  version: number;
  /** How many versions are kept. */
  versions: number;
  description: string;
  tools: string[];
  allowedTools: string[];
  updatedAt: number;
}

/** One stored version, without its files. */
export interface SkillVersionInfo {
  name: string;
  version: number;
  manifest: SkillManifest;
  tools: SkillToolSpec[];
  origin: SkillOrigin;
  hash: string;
  createdAt: number;
  /**
   * The person saw this version's grants (its tools' risks and allowed-tools) and approved the
   * install. Only then does their approval of one of its tools carry to the destructive tools it
   * was granted (see skills/load.ts `grantedCalls`).
   */
  grantsShown: boolean;
}

export interface SkillStore {
  /** Every installed skill, by name. */
  list(): SkillRecord[];
  get(name: string): SkillRecord | undefined;
  /** A version's manifest and tools (the current one when `version` is omitted). */
  version(name: string, version?: number): SkillVersionInfo | undefined;
  versions(name: string): SkillVersionInfo[];
  files(name: string, version: number): SkillFiles;
  /** The current version of every enabled skill: what the registry loads. */
  enabled(): SkillVersionInfo[];
  /**
   * Stores a new version and makes it current (enabling the skill). Identical files to the
   * current version store nothing: `created` is false.
   */
  install(input: {
    manifest: SkillManifest;
    tools: SkillToolSpec[];
    files: SkillFiles;
    origin: SkillOrigin;
    /** The grants were shown and approved; an identical version already stored is marked too. */
    grantsShown?: boolean;
  }): {
    version: number;
    created: boolean;
  };
  setEnabled(name: string, enabled: boolean): void;
  /** Makes `version` current; returns false when there is no such version. */
  setCurrent(name: string, version: number): boolean;
  /** Deletes the skill and every version; false when there was none. */
  remove(name: string): boolean;
}

/** The skills tables, created by the capability's first migration (see index.ts). */
export const SKILLS_SCHEMA = `
CREATE TABLE skills_skill (
  name TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL DEFAULT 1,
  current INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE TABLE skills_version (
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  manifest TEXT NOT NULL,
  tools TEXT NOT NULL,
  origin TEXT NOT NULL,
  hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (name, version)
) STRICT;
CREATE TABLE skills_file (
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  path TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (name, version, path),
  FOREIGN KEY (name, version) REFERENCES skills_version (name, version) ON DELETE CASCADE
) STRICT;
`;

/** sha256 of a skill's files, path-sorted: two folders with the same text hash the same. */
export function hashFiles(files: SkillFiles): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(files).sort()) {
    hash.update(path).update('\0').update(files[path]!).update('\0');
  }
  return hash.digest('hex');
}

interface VersionRow {
  name: string;
  version: number;
  manifest: string;
  tools: string;
  origin: string;
  hash: string;
  created_at: number;
  /** Absent before the capability's migration 2. */
  grants_shown?: number;
}

const toInfo = (row: VersionRow): SkillVersionInfo => ({
  name: row.name,
  version: row.version,
  manifest: JSON.parse(row.manifest) as SkillManifest,
  tools: JSON.parse(row.tools) as SkillToolSpec[],
  origin: row.origin,
  hash: row.hash,
  createdAt: row.created_at,
  grantsShown: row.grants_shown === 1,
});

/**
 * The skills and every version of each, in the cartridge. The caller applies the skills
 * capability's migrations first (`applyCapabilityMigrations`), except for `enabled()`, which
 * answers "none" on a cartridge that never had a skill, without creating anything.
 */
export function createSkillStore(cartridge: Cartridge): SkillStore {
  const { prepare } = cartridge;
  const version: SkillStore['version'] = (name, number) => {
    const row = (
      number === undefined
        ? prepare(
            'SELECT v.* FROM skills_version v JOIN skills_skill s ON s.name = v.name AND s.current = v.version WHERE v.name = ?',
          ).get(name)
        : prepare('SELECT * FROM skills_version WHERE name = ? AND version = ?').get(name, number)
    ) as VersionRow | undefined;
    return row ? toInfo(row) : undefined;
  };
  const list = (where = '', ...args: unknown[]): SkillRecord[] => {
    const rows = prepare(
      `SELECT s.name, s.enabled, s.current, s.updated_at, v.manifest, v.tools,
        (SELECT count(*) FROM skills_version x WHERE x.name = s.name) AS versions
       FROM skills_skill s JOIN skills_version v ON v.name = s.name AND v.version = s.current ${where}
       ORDER BY s.name`,
    ).all(...args) as {
      name: string;
      enabled: number;
      current: number;
      updated_at: number;
      manifest: string;
      tools: string;
      versions: number;
    }[];
    return rows.map((row) => {
      const manifest = JSON.parse(row.manifest) as SkillManifest;
      return {
        name: row.name,
        enabled: row.enabled === 1,
        version: row.current,
        versions: row.versions,
        description: manifest.description,
        tools: (JSON.parse(row.tools) as SkillToolSpec[]).map((tool) => tool.name),
        allowedTools: manifest.allowedTools,
        updatedAt: row.updated_at,
      };
    });
  };
  return {
    list: () => list(),
    get: (name) => list('WHERE s.name = ?', name)[0],
    version,
    versions: (name) =>
      (prepare('SELECT * FROM skills_version WHERE name = ? ORDER BY version').all(name) as VersionRow[]).map(
        toInfo,
      ),
    files(name, number) {
      const rows = prepare(
        'SELECT path, content FROM skills_file WHERE name = ? AND version = ? ORDER BY path',
      ).all(name, number) as { path: string; content: string }[];
      return Object.fromEntries(rows.map((row) => [row.path, row.content]));
    },
    enabled() {
      if (capabilityVersion(cartridge, 'skills') === 0) return [];
      return (
        prepare(
          'SELECT v.* FROM skills_version v JOIN skills_skill s ON s.name = v.name AND s.current = v.version WHERE s.enabled = 1 ORDER BY v.name',
        ).all() as VersionRow[]
      ).map(toInfo);
    },
    install({ manifest, tools, files, origin, grantsShown = false }) {
      return cartridge.transaction(() => {
        const hash = hashFiles(files);
        const current = version(manifest.name);
        const now = Date.now();
        if (current?.hash === hash) {
          prepare('UPDATE skills_skill SET enabled = 1, updated_at = ? WHERE name = ?').run(
            now,
            manifest.name,
          );
          if (grantsShown) {
            prepare('UPDATE skills_version SET grants_shown = 1 WHERE name = ? AND version = ?').run(
              manifest.name,
              current.version,
            );
          }
          return { version: current.version, created: false };
        }
        const { last } = prepare(
          'SELECT coalesce(max(version), 0) AS last FROM skills_version WHERE name = ?',
        ).get(manifest.name) as { last: number };
        const next = last + 1;
        prepare(
          'INSERT INTO skills_version (name, version, manifest, tools, origin, hash, created_at, grants_shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          manifest.name,
          next,
          JSON.stringify(manifest),
          JSON.stringify(tools),
          origin,
          hash,
          now,
          grantsShown ? 1 : 0,
        );
        const insert = prepare('INSERT INTO skills_file (name, version, path, content) VALUES (?, ?, ?, ?)');
        for (const [path, content] of Object.entries(files)) insert.run(manifest.name, next, path, content);
        prepare(
          `INSERT INTO skills_skill (name, enabled, current, updated_at) VALUES (?, 1, ?, ?)
           ON CONFLICT (name) DO UPDATE SET enabled = 1, current = excluded.current, updated_at = excluded.updated_at`,
        ).run(manifest.name, next, now);
        return { version: next, created: true };
      });
    },
    setEnabled(name, enabled) {
      cartridge.transaction(() =>
        prepare('UPDATE skills_skill SET enabled = ?, updated_at = ? WHERE name = ?').run(
          enabled ? 1 : 0,
          Date.now(),
          name,
        ),
      );
    },
    setCurrent(name, number) {
      return cartridge.transaction(() => {
        if (!version(name, number)) return false;
        prepare('UPDATE skills_skill SET current = ?, updated_at = ? WHERE name = ?').run(
          number,
          Date.now(),
          name,
        );
        return true;
      });
    },
    remove(name) {
      return cartridge.transaction(() => {
        const removed = prepare('DELETE FROM skills_skill WHERE name = ?').run(name).changes > 0;
        prepare('DELETE FROM skills_file WHERE name = ?').run(name);
        prepare('DELETE FROM skills_version WHERE name = ?').run(name);
        return removed;
      });
    },
  };
}
