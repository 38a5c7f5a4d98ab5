/** What a server start does to its database: open it, fail the runs a dead process left, seed it when new. */
import { seedEmptyStore, type SeedFiles } from './seed.ts';
import { openStore, type Store } from './store/index.ts';
import { storageProblem } from './store/storage-error.ts';

export interface Started {
  store: Store;
  /** Runs and sweeps left queued or running by the previous process, now failed. */
  failedJobs: number;
  seeded: { datasets: number; scenarios: number };
}

/** `seed`: the files to load into a new database (default the sample county and scenarios/), or false. */
export async function openServerStore(dbPath: string, seed?: SeedFiles | false): Promise<Started> {
  let store: Store;
  try {
    store = openStore(dbPath);
  } catch (e) {
    const problem = storageProblem(e, dbPath);
    throw new Error(problem ? problem.message : `the database ${dbPath} could not be opened: ${(e as Error).message}`);
  }
  try {
    const failedJobs = store.runs.failUnfinished() + store.sweeps.failUnfinished() + store.batches.failUnfinished();
    const seeded = seed === false ? { datasets: 0, scenarios: 0 } : await seedEmptyStore(store, seed);
    return { store, failedJobs, seeded };
  } catch (e) {
    store.close();
    throw e;
  }
}
