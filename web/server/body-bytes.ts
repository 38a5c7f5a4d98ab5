/**
 * A request body's bytes, copied chunk by chunk as they arrive. Uploads (up to the 20 MB upload limit) go into one
 * SharedArrayBuffer sized from Content-Length: fastify's own reading kept every chunk and joined them at the end
 * with Buffer.concat, a 19 MB copy into fresh pages (80 ms on a loaded machine) plus a second 19 MB buffer that
 * brought on major GCs, all on the event loop (issue 16: /api/health stalled ~100 ms during hostile uploads). The
 * shared buffer also goes to the import thread without a copy: structured clone shares a SharedArrayBuffer's memory.
 */
import { finished, type Readable } from 'node:stream';
import { errorCodes } from 'fastify';

/** Capacity of a shared body whose length is not announced; doubled as needed, up to the limit. */
const FIRST_CAPACITY = 1024 * 1024; // bytes

export interface BodyLimits {
  /** Bytes; more is refused with fastify's FST_ERR_CTP_BODY_TOO_LARGE (413). */
  limit: number;
  /** The announced length (Content-Length), if any; a body of another length is refused (400). */
  length?: number | undefined;
  /** Bytes expected at most when the length is not exact (a multipart file: the request's Content-Length). */
  capacityHint?: number | undefined;
}

/** Grows chunk by chunk into a SharedArrayBuffer (upload bytes) or collects chunks for one concat (small bodies). */
class BodyBytes {
  private shared: Uint8Array | undefined;
  private readonly chunks: Buffer[] = [];
  size = 0;

  constructor(sharedCapacity: number | undefined) {
    if (sharedCapacity !== undefined) this.shared = new Uint8Array(new SharedArrayBuffer(sharedCapacity));
  }

  add(chunk: Buffer): void {
    if (!this.shared) this.chunks.push(chunk);
    else {
      if (this.size + chunk.length > this.shared.length) {
        // Only when the length was not announced: a few doublings up to the limit.
        const grown = new Uint8Array(new SharedArrayBuffer(Math.max(this.shared.length * 2, this.size + chunk.length)));
        grown.set(this.shared.subarray(0, this.size));
        this.shared = grown;
      }
      this.shared.set(chunk, this.size);
    }
    this.size += chunk.length;
  }

  bytes(): Uint8Array {
    if (this.shared) return this.shared.subarray(0, this.size);
    return this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size);
  }
}

/**
 * Reads the stream to its end. `shared`: the bytes are a view of a SharedArrayBuffer (for the import thread), else
 * a Buffer. Rejects with 413 past the limit (the rest of the body is not kept) and 400 on a short or broken body.
 */
export function readBodyBytes(stream: Readable, limits: BodyLimits, shared: boolean): Promise<Uint8Array> {
  const { limit, length } = limits;
  if (length !== undefined && length > limit) return Promise.reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
  const hint = length ?? limits.capacityHint;
  const body = new BodyBytes(shared ? Math.max(1, Math.min(hint ?? FIRST_CAPACITY, limit)) : undefined);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err: (Error & { statusCode?: number }) | undefined): void => {
      if (settled) return;
      settled = true;
      stream.removeListener('data', onData);
      stopWatching();
      if (!err) {
        if (length !== undefined && body.size !== length) reject(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
        else resolve(body.bytes());
        return;
      }
      if (!(typeof err.statusCode === 'number' && err.statusCode >= 400)) err.statusCode = 400;
      reject(err);
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (body.size + bytes.length > limit) {
        settle(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
        stream.resume(); // drain the rest; the answer closes the connection
        return;
      }
      body.add(bytes);
    };
    // finished() also reports a stream that ended, failed or was destroyed before this was called (a cut multipart
    // part fails as soon as busboy reads the end of the body), so no body is left waiting.
    const stopWatching = finished(stream, (err) => settle(err ?? undefined));
    stream.on('data', onData);
    stream.resume();
  });
}

/** A Content-Length header as a number of bytes, or undefined when absent or not a number. */
export function contentLength(header: string | string[] | undefined): number | undefined {
  const value = Number(Array.isArray(header) ? header[0] : header);
  return header !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
}
