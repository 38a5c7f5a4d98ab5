/** Schema migrations, applied in order; PRAGMA user_version holds the number of the last one applied. */
import type { Database } from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: datasets, scenarios with every version, runs and sweeps with their results.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE datasets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    bytes BLOB NOT NULL,
    county TEXT NOT NULL,
    warnings TEXT NOT NULL,
    schools INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
  );
  CREATE TABLE scenarios (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    deleted_at TEXT
  );
  CREATE TABLE scenario_versions (
    scenario_id INTEGER NOT NULL REFERENCES scenarios(id),
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    file TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scenario_id, version)
  );
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id),
    scenario_id INTEGER NOT NULL,
    scenario_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    stage TEXT,
    error TEXT,
    result TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    FOREIGN KEY (scenario_id, scenario_version) REFERENCES scenario_versions(scenario_id, version)
  );
  CREATE TABLE sweeps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id),
    scenario_id INTEGER NOT NULL,
    scenario_version INTEGER NOT NULL,
    budget_from REAL NOT NULL,
    budget_to REAL NOT NULL,
    steps INTEGER NOT NULL,
    status TEXT NOT NULL,
    points_done INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    result TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    FOREIGN KEY (scenario_id, scenario_version) REFERENCES scenario_versions(scenario_id, version)
  );
  `,
  // 2: a run's purpose: NULL for a plan, 'min-budget' for the least-budget solve.
  `ALTER TABLE runs ADD COLUMN purpose TEXT;`,
  // 3: accounts, sessions (only a hash of each token is kept) and the audit trail.
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'planner', 'admin')),
    salt TEXT NOT NULL,
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user_name TEXT,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT
  );
  -- Emptying the trash: rows no run or sweep refers to are removed; the others only leave the trash (purged_at).
  ALTER TABLE datasets ADD COLUMN purged_at TEXT;
  ALTER TABLE scenarios ADD COLUMN purged_at TEXT;
  `,
  // 4: province batches (issue 17): one scenario over many county datasets, the summary as the result.
  `
  CREATE TABLE batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scenario_id INTEGER NOT NULL,
    scenario_version INTEGER NOT NULL,
    dataset_ids TEXT NOT NULL,
    status TEXT NOT NULL,
    counties_done INTEGER NOT NULL DEFAULT 0,
    counties INTEGER NOT NULL,
    error TEXT,
    result TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    FOREIGN KEY (scenario_id, scenario_version) REFERENCES scenario_versions(scenario_id, version)
  );
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`the database was written by a newer Junheng (schema ${current}, this one knows ${MIGRATIONS.length})`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
