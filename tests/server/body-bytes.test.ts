import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { contentLength, readBodyBytes } from '../../web/server/body-bytes.ts';

/** A stream that sends `chunks` one at a time, as a socket does. */
function chunked(chunks: Buffer[]): Readable {
  return Readable.from(chunks, { objectMode: false });
}

const pieces = (count: number, size: number): Buffer[] => Array.from({ length: count }, (_, i) => Buffer.alloc(size, i % 251));

describe('readBodyBytes', () => {
  it('copies an announced body into shared memory, byte for byte', async () => {
    const chunks = pieces(40, 65_536);
    const bytes = await readBodyBytes(chunked(chunks), { limit: 4 * 1024 * 1024, length: 40 * 65_536 }, true);
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(bytes).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('grows shared memory for a body of unannounced length, and keeps a small body a Buffer when not shared', async () => {
    const chunks = pieces(50, 50_000); // 2.5 MB: past the first 1 MB capacity twice
    const grown = await readBodyBytes(chunked(chunks), { limit: 4 * 1024 * 1024 }, true);
    expect(grown.length).toBe(2_500_000);
    expect(Buffer.from(grown).equals(Buffer.concat(chunks))).toBe(true);
    const small = await readBodyBytes(chunked([Buffer.from('{"a":'), Buffer.from('1}')]), { limit: 1024 }, false);
    expect(Buffer.isBuffer(small)).toBe(true);
    expect(Buffer.from(small).toString()).toBe('{"a":1}');
  });

  it('refuses past the limit with 413, a body shorter than announced with 400, and an announced length over the limit at once', async () => {
    await expect(readBodyBytes(chunked(pieces(3, 1000)), { limit: 2500 }, true)).rejects.toMatchObject({ statusCode: 413 });
    await expect(readBodyBytes(chunked(pieces(2, 1000)), { limit: 5000, length: 3000 }, true)).rejects.toMatchObject({ statusCode: 400 });
    await expect(readBodyBytes(chunked([]), { limit: 100, length: 101 }, false)).rejects.toMatchObject({ statusCode: 413 });
  });

  it('refuses a stream that failed or was destroyed, even before it is read (a cut multipart part)', async () => {
    const failed = new PassThrough();
    failed.destroy(new Error('Unexpected end of form'));
    await expect(readBodyBytes(failed, { limit: 100 }, true)).rejects.toMatchObject({ statusCode: 400, message: 'Unexpected end of form' });
    const cut = new PassThrough();
    cut.write('part of it');
    const reading = readBodyBytes(cut, { limit: 100 }, true);
    cut.destroy();
    await expect(reading).rejects.toMatchObject({ statusCode: 400 });
  });

  it('reads Content-Length headers as byte counts', () => {
    expect(contentLength('19000000')).toBe(19_000_000);
    expect(contentLength(undefined)).toBeUndefined();
    expect(contentLength('many')).toBeUndefined();
  });
});
