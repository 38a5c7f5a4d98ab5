/** Server-sent events of one run or sweep: the current status first, then progress, then `end` and the stream closes. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isFinished, type JobEvent, type JobEvents, type JobKey } from '../jobs/events.ts';
import type { RunStatus } from '../../contract/index.ts';

const HEARTBEAT_MS = 15_000;

export function streamJobEvents(request: FastifyRequest, reply: FastifyReply, events: JobEvents, key: JobKey, current: { status: RunStatus; stage: string | null; error: string | null }): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  const write = (event: JobEvent): void => {
    raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  };
  write({ type: 'status', status: current.status, stage: current.stage });
  if (isFinished(current.status)) {
    write({ type: 'end', status: current.status, error: current.error });
    raw.end();
    return;
  }
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const stop = events.listen(key, (event) => {
    write(event);
    if (event.type === 'end') close();
  });
  function close(): void {
    clearInterval(heartbeat);
    stop();
    if (!raw.writableEnded) raw.end();
  }
  request.raw.on('close', close);
}
