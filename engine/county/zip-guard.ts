/**
 * Checks an XLSX (zip) container before it is unpacked, so a zip bomb is refused in bounded time and memory:
 * the central directory's declared sizes must stay under a limit, and each entry is inflated as a stream,
 * counting bytes and stopping as soon as it produces more than it declared.
 */

/**
 * bytes; a county workbook of a few hundred schools unpacks to well under 1 MB, and 32 MB of sheet XML
 * (about a million cells) already takes exceljs some 400 MB of memory and seconds to read.
 */
export const MAX_XLSX_UNPACKED_BYTES = 32 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number; // bytes
  uncompressedSize: number; // bytes, as declared
  localHeaderOffset: number;
}

/**
 * Why the container is refused; `too-large` for bombs and oversize workbooks, else not a readable zip. `reason` and
 * `params` say it as values (ImportIssue.params), for interfaces that word it in their own language.
 */
export type ZipProblem = {
  kind: 'too-large' | 'unreadable';
  reason: 'not-zip' | 'damaged' | 'zip64' | 'too-many-parts' | 'unpacks-too-large' | 'too-many-rows' | 'part-over-declared';
  params?: Record<string, string | number>;
  message: string;
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}

/** The central directory, or the reason it cannot be read. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.byteLength >= 22 ? findEndOfCentralDirectory(view) : -1;
  if (eocd < 0) return { kind: 'unreadable', reason: 'not-zip', message: 'not a zip container (no end of central directory); the file may be cut short' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === ZIP64_MARK) return { kind: 'too-large', reason: 'zip64', message: 'the workbook uses ZIP64, meant for archives over 4 GB; a county workbook is far smaller' };
  if (count > MAX_ENTRIES) return { kind: 'too-large', reason: 'too-many-parts', params: { count, limit: MAX_ENTRIES }, message: `the workbook holds ${count} parts; at most ${MAX_ENTRIES} are read` };
  if (offset + size > eocd) return { kind: 'unreadable', reason: 'damaged', message: 'the zip central directory points outside the file; the file is damaged' };
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      return { kind: 'unreadable', reason: 'damaged', message: 'the zip central directory is damaged' };
    }
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, Math.min(p + 46 + nameLength, eocd))),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK || entry.localHeaderOffset === ZIP64_MARK) {
      return { kind: 'too-large', reason: 'zip64', message: `part ${entry.name} uses ZIP64 sizes, meant for parts over 4 GB` };
    }
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Most row and cell elements read from a workbook's sheets (a county table has at most 50,000 rows of a few dozen
 * cells): a sheet of a million empty <row/> is small zipped and under the size limit, but costs seconds and
 * gigabytes to parse.
 */
export const MAX_XLSX_ELEMENTS = 2_000_000;
/** Most <row> elements: twice the 50,000 rows read, room for blank and note rows. */
export const MAX_XLSX_ROWS = 100_000;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** Inflates one deflated part as a stream: 'over' as soon as it passes `declared` bytes; counts `<row` and `<c` tags. */
async function inflate(compressed: Uint8Array, declared: number, elements: { count: number; rows: number }): Promise<'ok' | 'over' | 'corrupt'> {
  const stream = new Blob([compressed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return produced === declared ? 'ok' : 'corrupt';
      produced += value.byteLength;
      if (produced > declared) return 'over';
      for (let i = 0; i + 2 < value.length; i++) {
        // "<row" or "<c " / "<c>" / "<c/": 0x3c '<', then 'r','o','w' or 'c' and a delimiter.
        if (value[i] !== 0x3c) continue;
        const row = value[i + 1] === 0x72 && value[i + 2] === 0x6f;
        if (row || (value[i + 1] === 0x63 && (value[i + 2] === 0x20 || value[i + 2] === 0x3e || value[i + 2] === 0x2f))) elements.count++;
        if (row) elements.rows++;
      }
    }
  } catch {
    return 'corrupt';
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** undefined when the workbook may be unpacked; else what is wrong with it. */
export async function checkZip(bytes: Uint8Array, limit = MAX_XLSX_UNPACKED_BYTES): Promise<ZipProblem | undefined> {
  const entries = readCentralDirectory(bytes);
  if (!Array.isArray(entries)) return entries;
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limit) {
    const biggest = entries.reduce((a, b) => (b.uncompressedSize > a.uncompressedSize ? b : a));
    return {
      kind: 'too-large', reason: 'unpacks-too-large', params: { size: mb(total), limit: mb(limit) },
      message: `the workbook would unpack to ${mb(total)} (${biggest.name}: ${mb(biggest.uncompressedSize)} from ${mb(biggest.compressedSize)}); at most ${mb(limit)} is read — this looks like a zip bomb, not a county workbook`,
    };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      return { kind: 'unreadable', reason: 'damaged', message: `part ${entry.name} points outside the file; the file is damaged` };
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method !== 8 || data.byteLength < entry.compressedSize) continue; // stored or damaged parts: the reader decides
    const elements = { count: 0, rows: 0 };
    const outcome = await inflate(data, entry.uncompressedSize, SHEET_PART.test(entry.name) ? elements : { count: 0, rows: 0 });
    if (elements.rows > MAX_XLSX_ROWS || elements.count > MAX_XLSX_ELEMENTS) {
      return { kind: 'too-large', reason: 'too-many-rows', params: { rows: elements.rows, limit: MAX_XLSX_ROWS }, message: `sheet ${entry.name} holds ${elements.rows} rows and ${elements.count - elements.rows} cells; at most ${MAX_XLSX_ROWS} rows and ${MAX_XLSX_ELEMENTS} elements are read (a county table has one row per school) — delete the empty rows and columns below and beside the table` };
    }
    if (outcome === 'over') {
      return { kind: 'too-large', reason: 'part-over-declared', message: `part ${entry.name} unpacks to more than the ${entry.uncompressedSize} bytes it declares — the file is damaged or a zip bomb` };
    }
    if (outcome === 'corrupt') return { kind: 'unreadable', reason: 'damaged', message: `part ${entry.name} is damaged (its compressed data does not unpack)` };
  }
  return undefined;
}
