/** RFC 4180 CSV, tolerant of what spreadsheets write: CRLF/LF/CR, quoted fields with newlines, `;` or tab delimiters. */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

/** Cells in one record: Excel's column limit. */
export const MAX_CSV_CELLS = 16_384;
/** Records with any text; blank lines are dropped and do not count. */
export const MAX_CSV_RECORDS = 50_000;

export interface CsvParse {
  /** Records with at least one non-blank cell, in file order. */
  records: CsvRecord[];
  /** Why reading stopped early, where it did; the records read so far are kept. */
  stopped?: { reason: 'unclosed-quote'; line: number; cell: number } | { reason: 'too-many-cells' | 'too-many-records'; line: number };
}

function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.min(text.search(/\r|\n|$/), 65_536));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 1 ? counts[0][0] : ',';
}

export function parseCsv(text: string, delimiter = guessDelimiter(text)): CsvParse {
  const records: CsvRecord[] = [];
  let stopped: CsvParse['stopped'];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let i = 0;
  const endRecord = () => {
    if (cells.length === 0 && field.trim() === '') {
      field = ''; // a blank line: nothing to keep
      return;
    }
    cells.push(field);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    if (records.length > MAX_CSV_RECORDS) stopped = { reason: 'too-many-records', line: recordLine };
    cells = [];
    field = '';
  };
  while (i < text.length && !stopped) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        // Up to the next quote in one slice; line breaks inside count as lines (CRLF once).
        const end = text.indexOf('"', i);
        const chunk = text.slice(i, end < 0 ? text.length : end);
        line += (chunk.match(/\r\n|\r|\n/g) ?? []).length;
        field += chunk;
        i += chunk.length;
        continue;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (ch === delimiter) {
      cells.push(field);
      field = '';
      if (cells.length >= MAX_CSV_CELLS) stopped = { reason: 'too-many-cells', line: recordLine };
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
    i++;
  }
  if (stopped) return { records, stopped };
  if (quoted) return { records, stopped: { reason: 'unclosed-quote', line: quoteLine, cell: cells.length } };
  if (field !== '' || cells.length > 0) endRecord();
  return { records, ...(stopped ? { stopped } : {}) };
}
