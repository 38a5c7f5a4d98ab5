/**
 * File access for CLI commands: only regular files are read (a device such as /dev/zero reports 0 bytes and never
 * ends; a FIFO blocks), each with a size limit; an --out path is checked before any work is done.
 */
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors.ts';

/** The file's bytes; CliError (exit 2) at once for a missing file, a folder, a device, a FIFO or one over maxBytes. */
export async function readRegularFile(path: string, what: string, maxBytes: number, checkSize?: (bytes: number) => void): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new CliError(`${path}: cannot read the ${what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (info.isDirectory()) throw new CliError(`${path}: is a folder, not a ${what} file`);
  if (!info.isFile()) throw new CliError(`${path}: is not a regular file (a device, FIFO or socket); give the path of a ${what} file`);
  if (info.size > maxBytes) throw new CliError(`${path}: the ${what} is ${(info.size / 1024 / 1024).toFixed(1)} MB; at most ${(maxBytes / 1024 / 1024).toFixed(1)} MB is read`);
  checkSize?.(info.size);
  try {
    return await readFile(path);
  } catch (e) {
    throw new CliError(`${path}: cannot read the ${what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Before a solve: the --out folder exists and is writable, and the path is not a folder or a device. */
export async function checkOutPath(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  try {
    if (!(await stat(folder)).isDirectory()) throw new CliError(`--out ${path}: ${folder} is not a folder`);
    await access(folder, constants.W_OK);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`--out ${path}: ${code === 'ENOENT' ? `the folder ${folder} does not exist` : `cannot write in ${folder} (${code ?? (e as Error).message})`}; nothing was solved`);
  }
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile()) throw new CliError(`--out ${path}: is ${existing.isDirectory() ? 'a folder' : 'not a regular file'}; nothing was solved`);
  if (existing) await access(path, constants.W_OK).catch(() => { throw new CliError(`--out ${path}: the file is not writable; nothing was solved`); });
}
