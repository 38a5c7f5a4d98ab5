/** The server's store: one SQLite file holding datasets, scenario versions, runs and sweeps. */
import { openDatabase, type Db } from './database.ts';
import { BatchStore } from './batches.ts';
import { DatasetStore } from './datasets.ts';
import { RunStore, SweepStore } from './jobs.ts';
import { ScenarioStore } from './scenarios.ts';

export interface Store {
  db: Db;
  datasets: DatasetStore;
  scenarios: ScenarioStore;
  runs: RunStore;
  sweeps: SweepStore;
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
    batches: new BatchStore(db),
    close: () => db.close(),
  };
}
