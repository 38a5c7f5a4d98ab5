/** In-process fan-out of job events to the server-sent-event streams listening to them. */
import { EventEmitter } from 'node:events';
import type { JobEvent, RunStatus } from '../../contract/index.ts';

export type { JobEvent };

export type JobKey = `run:${number}` | `sweep:${number}` | `batch:${number}`;

export class JobEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  emit(key: JobKey, event: JobEvent): void {
    this.emitter.emit(key, event);
  }

  /** Returns the function that stops listening. */
  listen(key: JobKey, listener: (event: JobEvent) => void): () => void {
    this.emitter.on(key, listener);
    return () => this.emitter.off(key, listener);
  }
}

export function isFinished(status: RunStatus): boolean {
  return status !== 'queued' && status !== 'running';
}
