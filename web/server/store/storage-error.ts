/** SQLite and file-system failures that mean the database cannot be written: a full disk (507) or a read-only file (503). */

export interface StorageProblem { status: 503 | 507; code: string; message: string }

export function storageProblem(e: unknown, dbFile: string): StorageProblem | undefined {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EFBIG' || code.startsWith('SQLITE_IOERR')) {
    return { status: 507, code: 'storage-full', message: `the database could not be written: disk full? (${dbFile}; ${code})` };
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES') {
    return { status: 503, code: 'storage-read-only', message: `the database ${dbFile} is read-only: the server can read but not store anything; check the file's permissions (${code})` };
  }
  return undefined;
}

/** The reason stored with a job whose end could not be written. */
export function storageMessage(e: unknown, dbFile: string): string {
  return storageProblem(e, dbFile)?.message ?? `the database could not be written: ${(e as Error)?.message ?? String(e)}`;
}
