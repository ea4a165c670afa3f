import type { CapabilityMigration } from '../capability.js';

/**
 * The photos tables. A photo is its original's bytes (`sha256`, the content id everywhere: blob
 * id of the original, media URLs, gallery JSON); a file is one host path where those bytes were
 * found. The same bytes at two paths are one photo with two files.
 */
export const photosMigrations: readonly CapabilityMigration[] = [
  {
    version: 1,
    description: 'photos_items (one row per distinct original), photos_files (host paths seen by imports)',
    up(db) {
      db.exec(`
        CREATE TABLE photos_items (
          sha256 TEXT PRIMARY KEY,
          format TEXT NOT NULL,
          size INTEGER NOT NULL,
          width INTEGER NOT NULL,
          height INTEGER NOT NULL,
          orientation INTEGER,
          taken_local TEXT NOT NULL,
          taken_offset TEXT,
          taken_at INTEGER,
          taken_source TEXT NOT NULL CHECK (taken_source IN ('exif', 'file')),
          camera_make TEXT,
          camera_model TEXT,
          gps_latitude REAL,
          gps_longitude REAL,
          gps_altitude REAL,
          thumb_sha256 TEXT NOT NULL,
          thumb_type TEXT NOT NULL,
          thumb_width INTEGER NOT NULL,
          thumb_height INTEGER NOT NULL,
          web_sha256 TEXT NOT NULL,
          web_type TEXT NOT NULL,
          web_width INTEGER NOT NULL,
          web_height INTEGER NOT NULL,
          imported_at INTEGER NOT NULL
        );
        CREATE INDEX photos_items_taken ON photos_items (taken_local DESC, sha256 DESC);
        CREATE INDEX photos_items_month ON photos_items (substr(taken_local, 1, 7));
        CREATE TABLE photos_files (
          path TEXT PRIMARY KEY,
          root TEXT NOT NULL,
          folder TEXT NOT NULL,
          sha256 TEXT NOT NULL REFERENCES photos_items (sha256) ON DELETE CASCADE,
          size INTEGER NOT NULL,
          mtime_ms INTEGER NOT NULL,
          seen_at INTEGER NOT NULL,
          removed_at INTEGER
        );
        CREATE INDEX photos_files_sha ON photos_files (sha256);
        CREATE INDEX photos_files_album ON photos_files (root, folder);
      `);
    },
  },
];
