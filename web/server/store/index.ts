/** The server's store: one SQLite file holding datasets, scenario versions, runs and sweeps, users, sessions and the audit trail. */
import { AuditStore } from './audit.ts';
import { openDatabase, type Db } from './database.ts';
import { BatchStore } from './batches.ts';
import { DatasetStore } from './datasets.ts';
import { RunStore, SweepStore } from './jobs.ts';
import { ScenarioStore } from './scenarios.ts';
import { TrashStore } from './trash.ts';
import { UserStore } from './users.ts';

export interface Store {
  db: Db;
  datasets: DatasetStore;
  scenarios: ScenarioStore;
  runs: RunStore;
  sweeps: SweepStore;
  users: UserStore;
  audit: AuditStore;
  trash: TrashStore;
  batches: BatchStore;
  close(): void;
}

export function openStore(path: string): Store {
  const db = openDatabase(path);
  return {
    db,
    datasets: new DatasetStore(db),
    scenarios: new ScenarioStore(db),
    runs: new RunStore(db),
    sweeps: new SweepStore(db),
    users: new UserStore(db),
    audit: new AuditStore(db),
    trash: new TrashStore(db),
    batches: new BatchStore(db),
    close: () => db.close(),
  };
}
