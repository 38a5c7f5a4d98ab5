/**
 * The trash: deleted datasets and scenarios stay in their tables (deleted_at set) until an admin restores them or
 * empties the trash. Emptying removes the rows nothing refers to; a dataset or scenario a run or sweep used only
 * leaves the trash (purged_at), so those runs keep their inputs.
 */
import type { TrashItem } from '../../contract/index.ts';
import type { Db } from './database.ts';

export class TrashStore {
  constructor(private readonly db: Db) {}

  list(): TrashItem[] {
    const datasets = this.db.prepare('SELECT id, name, deleted_at FROM datasets WHERE deleted_at IS NOT NULL AND purged_at IS NULL').all() as { id: number; name: string; deleted_at: string }[];
    const scenarios = this.db.prepare(`
      SELECT s.id, v.name, s.deleted_at FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id
      WHERE s.deleted_at IS NOT NULL AND s.purged_at IS NULL AND v.version = (SELECT max(version) FROM scenario_versions WHERE scenario_id = s.id)`)
      .all() as { id: number; name: string; deleted_at: string }[];
    return [
      ...datasets.map((d) => ({ kind: 'dataset' as const, id: d.id, name: d.name, deletedAt: d.deleted_at })),
      ...scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, name: s.name, deletedAt: s.deleted_at })),
    ].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** True when the item was in the trash and is back. */
  restore(kind: 'dataset' | 'scenario', id: number): boolean {
    const table = kind === 'dataset' ? 'datasets' : 'scenarios';
    return this.db.prepare(`UPDATE ${table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL AND purged_at IS NULL`).run(id).changes === 1;
  }

  /** Empties the trash; returns how many items left it. */
  empty(now: string): number {
    return this.db.transaction(() => {
      const used = (table: 'datasets' | 'scenarios') => (table === 'datasets'
        ? 'id IN (SELECT dataset_id FROM runs UNION SELECT dataset_id FROM sweeps)'
        : 'id IN (SELECT scenario_id FROM runs UNION SELECT scenario_id FROM sweeps)');
      let n = 0;
      n += this.db.prepare(`DELETE FROM datasets WHERE deleted_at IS NOT NULL AND purged_at IS NULL AND NOT (${used('datasets')})`).run().changes;
      n += this.db.prepare(`UPDATE datasets SET purged_at = ?, bytes = x'' WHERE deleted_at IS NOT NULL AND purged_at IS NULL`).run(now).changes;
      const unusedScenarios = `SELECT id FROM scenarios WHERE deleted_at IS NOT NULL AND purged_at IS NULL AND NOT (${used('scenarios')})`;
      this.db.prepare(`DELETE FROM scenario_versions WHERE scenario_id IN (${unusedScenarios})`).run();
      n += this.db.prepare(`DELETE FROM scenarios WHERE id IN (${unusedScenarios})`).run().changes;
      n += this.db.prepare('UPDATE scenarios SET purged_at = ? WHERE deleted_at IS NOT NULL AND purged_at IS NULL').run(now).changes;
      return n;
    })();
  }
}
