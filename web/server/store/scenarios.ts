/** Scenarios and every version of each: a PUT adds a version, nothing is overwritten; DELETE hides the scenario. */
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import type { ScenarioSummary, ScenarioVersion } from '../../contract/index.ts';
import { now, type Db } from './database.ts';

interface VersionRow {
  scenario_id: number;
  version: number;
  name: string;
  text: string;
  file: string;
  created_at: string;
}

export interface NewVersion {
  name: string;
  text: string;
  file: ScenarioFile;
}

function version(row: VersionRow): ScenarioVersion {
  return { id: row.scenario_id, version: row.version, name: row.name, text: row.text, scenario: JSON.parse(row.file) as ScenarioFile, createdAt: row.created_at };
}

export class ScenarioStore {
  constructor(private readonly db: Db) {}

  create(v: NewVersion): ScenarioVersion {
    return this.db.transaction(() => {
      const id = Number(this.db.prepare('INSERT INTO scenarios (created_at) VALUES (?)').run(now()).lastInsertRowid);
      return this.addVersion(id, v)!;
    })();
  }

  /** The new version, or undefined for an unknown or deleted scenario. Versions are numbered 1, 2, … without gaps. */
  addVersion(id: number, v: NewVersion): ScenarioVersion | undefined {
    return this.db.transaction(() => {
      if (!this.exists(id)) return undefined;
      const next = (this.db.prepare('SELECT coalesce(max(version), 0) + 1 AS n FROM scenario_versions WHERE scenario_id = ?').get(id) as { n: number }).n;
      this.db.prepare('INSERT INTO scenario_versions (scenario_id, version, name, text, file, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, next, v.name, v.text, JSON.stringify(v.file), now());
      return this.version(id, next);
    }).immediate();
  }

  exists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM scenarios WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
  }

  latest(id: number): ScenarioVersion | undefined {
    if (!this.exists(id)) return undefined;
    const row = this.db.prepare('SELECT * FROM scenario_versions WHERE scenario_id = ? ORDER BY version DESC LIMIT 1').get(id) as VersionRow | undefined;
    return row && version(row);
  }

  /** A version of a scenario; deleted scenarios' versions stay readable here for runs that used them. */
  version(id: number, n: number, includeDeleted = true): ScenarioVersion | undefined {
    if (!includeDeleted && !this.exists(id)) return undefined;
    const row = this.db.prepare('SELECT * FROM scenario_versions WHERE scenario_id = ? AND version = ?').get(id, n) as VersionRow | undefined;
    return row && version(row);
  }

  versions(id: number): { version: number; name: string; createdAt: string }[] | undefined {
    if (!this.exists(id)) return undefined;
    const rows = this.db.prepare('SELECT version, name, created_at FROM scenario_versions WHERE scenario_id = ? ORDER BY version').all(id) as VersionRow[];
    return rows.map((r) => ({ version: r.version, name: r.name, createdAt: r.created_at }));
  }

  list(): ScenarioSummary[] {
    const rows = this.db.prepare(`
      SELECT s.id, s.created_at, v.version, v.name, v.created_at AS updated_at
      FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id
      WHERE s.deleted_at IS NULL AND v.version = (SELECT max(version) FROM scenario_versions WHERE scenario_id = s.id)
      ORDER BY s.id`).all() as { id: number; created_at: string; version: number; name: string; updated_at: string }[];
    return rows.map((r) => ({ id: r.id, version: r.version, name: r.name, createdAt: r.created_at, updatedAt: r.updated_at }));
  }

  summary(id: number): ScenarioSummary | undefined {
    return this.list().find((s) => s.id === id);
  }

  delete(id: number): boolean {
    return this.db.prepare('UPDATE scenarios SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now(), id).changes === 1;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM scenarios').get() as { n: number }).n;
  }
}
