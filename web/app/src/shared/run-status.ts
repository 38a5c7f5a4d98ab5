/** What a run's or a sweep's status means to the screens. */
import type { RunStatus } from '../api/client.ts';

/** Done, timed out or failed: nothing more will happen to it. */
export function isFinished(status: RunStatus): boolean {
  return status !== 'queued' && status !== 'running';
}
