/** Stored county files: the bytes as uploaded and the imported County. Deleting hides a dataset; runs keep theirs. */
import type { ImportIssue } from '../../../engine/county/issues.ts';
import type { County } from '../../../engine/county/types.ts';
import type { DatasetSummary } from '../../contract/index.ts';
import { now, type Db } from './database.ts';

interface DatasetRow {
  id: number;
  name: string;
  file_name: string;
  format: DatasetSummary['format'];
  schools: number;
  warnings: string;
  created_at: string;
}

export interface NewDataset {
  name: string;
  fileName: string;
  format: DatasetSummary['format'];
  bytes: Uint8Array;
  county: County;
  warnings: ImportIssue[];
}

/** A dataset whose county is already JSON (engine/node/upload.ts made it off the event loop). */
export interface EncodedDataset extends Omit<NewDataset, 'county'> {
  /** JSON.stringify(county) as UTF-8 bytes. */
  countyJson: Uint8Array;
  schools: number;
}

/** The bytes as a Buffer without copying them (a county file may be 20 MB). */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const SUMMARY_COLUMNS = 'id, name, file_name, format, schools, warnings, created_at';

function summary(row: DatasetRow): DatasetSummary {
  return {
    id: row.id, name: row.name, fileName: row.file_name, format: row.format, schools: row.schools,
    warnings: JSON.parse(row.warnings) as ImportIssue[], createdAt: row.created_at,
  };
}

/** The client's file name kept only as a label: its last path segment, no control characters, at most 200 characters. */
export function fileNameLabel(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const label = last.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return label === '' || label === '.' || label === '..' ? 'upload' : label;
}

export class DatasetStore {
  constructor(private readonly db: Db) {}

  insert(d: NewDataset): DatasetSummary {
    const { county, ...rest } = d;
    return this.insertEncoded({ ...rest, countyJson: new TextEncoder().encode(JSON.stringify(county)), schools: county.schools.length });
  }

  /** The county column is TEXT: the JSON bytes are stored as text (CAST reads them as UTF-8, no re-encoding). */
  insertEncoded(d: EncodedDataset): DatasetSummary {
    const info = this.db.prepare(
      'INSERT INTO datasets (name, file_name, format, bytes, county, warnings, schools, created_at) VALUES (?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?)',
    ).run(d.name, fileNameLabel(d.fileName), d.format, asBuffer(d.bytes), asBuffer(d.countyJson), JSON.stringify(d.warnings), d.schools, now());
    return this.get(Number(info.lastInsertRowid))!;
  }

  list(): DatasetSummary[] {
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM datasets WHERE deleted_at IS NULL ORDER BY id`).all() as DatasetRow[];
    return rows.map(summary);
  }

  get(id: number): DatasetSummary | undefined {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM datasets WHERE id = ? AND deleted_at IS NULL`).get(id) as DatasetRow | undefined;
    return row && summary(row);
  }

  county(id: number, includeDeleted = false): County | undefined {
    const row = this.db.prepare(`SELECT county FROM datasets WHERE id = ?${includeDeleted ? '' : ' AND deleted_at IS NULL'}`).get(id) as { county: string } | undefined;
    return row && (JSON.parse(row.county) as County);
  }

  /** True when there was such a dataset to delete. */
  delete(id: number): boolean {
    return this.db.prepare('UPDATE datasets SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now(), id).changes === 1;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM datasets').get() as { n: number }).n;
  }
}
