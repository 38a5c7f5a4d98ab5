/** In-process fan-out of job events to the server-sent-event streams listening to them. */
import { EventEmitter } from 'node:events';
import type { RunStatus } from '../schemas.ts';

export type JobEvent =
  | { type: 'status'; status: RunStatus; stage: string | null }
  | { type: 'progress'; stage: string; detail?: string; pointsDone?: number; points?: number }
  | { type: 'end'; status: RunStatus; error: string | null };

export type JobKey = `run:${number}` | `sweep:${number}`;

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
