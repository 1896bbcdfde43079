/** SQLite storage: every Graph resource is a JSON document keyed by kind and id. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Default database file, relative to the working folder; the folder is git-ignored. */
export const DEFAULT_DB_PATH = '.local-m365/local-m365.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS docs (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  parent TEXT NOT NULL DEFAULT '',
  seq INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS docs_parent ON docs (kind, parent, seq);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
`;

/** A document store over one SQLite database; documents keep their insertion order. */
export class DocStore {
  readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
  }

  /** Returns the document, or undefined when there is none. */
  get<T>(kind: string, id: string): T | undefined {
    const row = this.db.prepare('SELECT data FROM docs WHERE kind = ? AND id = ?').get(kind, id) as
      { data: string } | undefined;
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  /** Inserts or replaces a document; a replaced document keeps its place in the order. */
  put(kind: string, id: string, data: unknown, parent = ''): void {
    const existing = this.db
      .prepare('SELECT seq FROM docs WHERE kind = ? AND id = ?')
      .get(kind, id) as { seq: number } | undefined;
    const seq = existing?.seq ?? this.next('seq');
    this.db
      .prepare('INSERT OR REPLACE INTO docs (kind, id, parent, seq, data) VALUES (?, ?, ?, ?, ?)')
      .run(kind, id, parent, seq, JSON.stringify(data));
  }

  /** Returns the documents of one kind under a parent, in insertion order. */
  children<T>(kind: string, parent: string): T[] {
    const rows = this.db
      .prepare('SELECT data FROM docs WHERE kind = ? AND parent = ? ORDER BY seq')
      .all(kind, parent) as { data: string }[];
    return rows.map((row) => JSON.parse(row.data) as T);
  }

  /** Returns every document of one kind, in insertion order. */
  all<T>(kind: string): T[] {
    const rows = this.db.prepare('SELECT data FROM docs WHERE kind = ? ORDER BY seq').all(kind) as {
      data: string;
    }[];
    return rows.map((row) => JSON.parse(row.data) as T);
  }

  /** Deletes a document; returns whether it existed. */
  remove(kind: string, id: string): boolean {
    return this.db.prepare('DELETE FROM docs WHERE kind = ? AND id = ?').run(kind, id).changes > 0;
  }

  /** Increments and returns a named counter, starting at 1. */
  next(name: string): number {
    const row = this.db
      .prepare(
        'INSERT INTO counters (name, value) VALUES (?, 1) ' +
          'ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value',
      )
      .get(name) as { value: number };
    return row.value;
  }

  /** Deletes every document except those of the kinds in `keep`; counters run on. */
  clear(keep: string[] = []): void {
    const marks = keep.map(() => '?').join(', ');
    const sql = keep.length ? `DELETE FROM docs WHERE kind NOT IN (${marks})` : 'DELETE FROM docs';
    this.db.prepare(sql).run(...keep);
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }
}
