// @vitest-environment jsdom
/**
 * The bad-input corpus (tests/fixtures/bad) through the import screen: each county file is chosen in DataScreen's file
 * input and submitted; the API double hands the bytes the screen gave it to the real app (buildApp on a real store) and
 * answers with the real reply — ApiError for a refusal, the stored dataset for an accepted file. The import-errors
 * table must then point at the row, column, cell and value that expected.json names, with labels in Chinese, and in
 * English after switching language; accepted files with warnings show the warnings box.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL, URL as NodeURL } from 'node:url';
import { ApiError, type DatasetDetail, type DatasetSummary, type ErrorBody, type ImportIssue } from '../../../web/app/src/api/client.ts';
import { DataScreen, type DataClient } from '../../../web/app/src/features/data/DataScreen.tsx';
import { importProblemText } from '../../../web/app/src/features/data/import-problems.ts';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { casePath, countyCases, makeHugeFile, type CountyCase } from '../../fixtures/bad/corpus.ts';
import { WorkspaceProbe } from '../probe.tsx';

// The jsdom environment resolves packages for the browser, which gives the server exceljs's browser bundle; the
// server runs on Node, so it gets the package's Node entry, as in production.
vi.mock('exceljs', () => {
  const exceljs = createRequire(import.meta.url)('exceljs') as object;
  return { ...exceljs, default: exceljs };
});

type Case = CountyCase & { file: string };

const errorCases = countyCases().filter((c) => c.outcome === 'error');
const warningCases = countyCases().filter((c) => c.outcome === 'ok-with-warnings');

const HEADERS = {
  zh: ['文件', '行', '列', '单元格', '内容', '问题'],
  en: ['File', 'Row', 'Column', 'Cell', 'Value', 'Problem'],
} as const;
const errorsTitle = { zh: (n: number) => `导入失败：文件有 ${n} 处问题，未保存任何数据`, en: (n: number) => `Import failed: ${n} ${n === 1 ? 'problem' : 'problems'} in the file, nothing was stored` };
const warningsTitle = { zh: (n: number) => `导入提示（${n} 条）`, en: (n: number) => `Import notes (${n})` };

/**
 * The parts of the server this test uses. The server modules are imported by a computed specifier, so that this
 * file, which the web app's tsconfig checks, does not pull the server and engine into the browser build's type check.
 */
interface InjectResponse { statusCode: number; json(): unknown }
interface ServerApp { ready(): Promise<unknown>; close(): Promise<unknown>; inject(request: { method: 'GET' | 'POST'; url: string; payload?: Buffer; headers?: Record<string, string> }): Promise<InjectResponse> }
interface WorkerPool { close(): Promise<void> }
interface Store { close(): void }
interface ServerModules {
  buildApp(options: { store: Store; pool: WorkerPool }): Promise<ServerApp>;
  createWorkerPool(threads: number): WorkerPool;
  openServerStore(dbPath: string, seed: false): Promise<{ store: Store }>;
  DEFAULT_APP_DIR: string;
}
const SERVER = '../../../web/server/';
const NODE = '../../../engine/node/';

let pool: WorkerPool;
let store: Store;
let app: ServerApp;
let dir: string | undefined;
let huge: ReturnType<typeof makeHugeFile>;

/** The repository root as a file: URL with a trailing slash. */
const ROOT_URL = pathToFileURL(`${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`).href;

/**
 * Loads the server modules as the jsdom environment transforms them. For the browser, Vite rewrites
 * `new URL('./x', import.meta.url)` to `new URL('/root-relative/x', self.location)`, which under jsdom is the string
 * http://localhost:3000/, and the server's module-level paths (worker file, seed files, app dir) would fail or
 * point there. While they load, URL resolves a root-relative path against jsdom's location from the repository
 * root instead, and is Node's URL otherwise (so fileURLToPath accepts it).
 */
async function loadServer(): Promise<ServerModules> {
  const domURL = globalThis.URL;
  const domLocation = globalThis.location;
  class ServerURL extends NodeURL {
    constructor(input: string | URL, base?: string | URL) {
      if (base !== undefined && String(base) === domLocation.href && String(input).startsWith('/')) super(`.${String(input)}`, ROOT_URL);
      else super(input, base);
    }
  }
  globalThis.URL = ServerURL as unknown as typeof URL;
  try {
    const load = (path: string) => import(/* @vite-ignore */ path) as Promise<Partial<ServerModules>>;
    const modules = Object.assign({}, await load(`${SERVER}app.ts`), await load(`${NODE}pool.ts`), await load(`${SERVER}startup.ts`), await load(`${SERVER}routes/app-static.ts`));
    for (const name of ['buildApp', 'createWorkerPool', 'openServerStore'] as const) expect(modules[name], name).toBeTypeOf('function');
    // The rewrite above must have given the server its real paths.
    expect(modules.DEFAULT_APP_DIR?.replace(/\/$/, '')).toBe(join(fileURLToPath(ROOT_URL), 'web/app/dist'));
    return modules as ServerModules;
  } finally {
    globalThis.URL = domURL;
  }
}

beforeAll(async () => {
  const { buildApp, createWorkerPool, openServerStore } = await loadServer();
  pool = createWorkerPool(1);
  dir = mkdtempSync(join(tmpdir(), 'junheng-bad-ui-'));
  store = (await openServerStore(join(dir, 'junheng.db'), false)).store;
  app = await buildApp({ store, pool });
  await app.ready();
  huge = makeHugeFile();
}, 30_000);

afterAll(async () => {
  await app?.close();
  await pool?.close();
  store?.close();
  huge?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(cleanup);

/** A multipart/form-data body with one file field, as a browser's FormData upload sends it (tests/server/helpers.ts). */
function multipart(name: string, bytes: Uint8Array): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----junheng-test-${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** What the real app answered to the last upload, and the bytes the screen handed over. */
interface Sent { status: number; body: unknown; bytes: Uint8Array; fileName: string }

/**
 * Runs a request with Node's Blob in place of jsdom's (which has no stream(); the XLSX zip guard inflates through
 * Blob.stream()), as the server has it in production.
 */
async function asServer<T>(request: () => Promise<T>): Promise<T> {
  const domBlob = globalThis.Blob;
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  try {
    return await request();
  } finally {
    globalThis.Blob = domBlob;
  }
}

async function get<T>(url: string): Promise<T> {
  const res = await asServer(() => app.inject({ method: 'GET', url }));
  if (res.statusCode !== 200) throw new ApiError(res.statusCode, res.json() as ErrorBody);
  return res.json() as T;
}

/** The screen's API, answered by the real app. */
function realClient(sent: Sent[]): DataClient {
  return {
    datasets: vi.fn(() => get<DatasetSummary[]>('/api/datasets')),
    dataset: vi.fn((id: number) => get<DatasetDetail>(`/api/datasets/${id}`)),
    evaluation: vi.fn((id: number, standard?: string) => get<DatasetDetail['evaluation']>(`/api/datasets/${id}/evaluation?standard=${standard ?? ''}`)),
    uploadDataset: vi.fn(async (file: File | Blob, fileName: string) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const res = await asServer(() => app.inject({ method: 'POST', url: '/api/datasets', ...multipart(fileName, bytes) }));
      const body = res.json() as unknown;
      sent.push({ status: res.statusCode, body, bytes, fileName });
      if (res.statusCode >= 400) throw new ApiError(res.statusCode, body as ErrorBody);
      return body as DatasetDetail;
    }),
  };
}

/** Renders the screen, chooses the fixture in the file input and submits the form; returns what the app was sent. */
async function importThroughScreen(c: Case): Promise<{ sent: Sent; bytes: Buffer }> {
  const sent: Sent[] = [];
  const client = realClient(sent);
  render(<I18nProvider><WorkspaceProvider><WorkspaceProbe /><DataScreen client={client} /></WorkspaceProvider></I18nProvider>);
  await waitFor(() => expect(client.datasets).toHaveBeenCalled());
  const bytes = readFileSync(casePath(c, huge.path));
  const submit = screen.getByTestId('upload-submit') as HTMLButtonElement;
  expect(submit.disabled, 'no file chosen yet').toBe(true);
  fireEvent.change(screen.getByTestId('upload-file'), { target: { files: [new File([new Uint8Array(bytes)], c.file)] } });
  expect(submit.disabled, 'a file is chosen').toBe(false);
  fireEvent.submit(submit.closest('form')!);
  await waitFor(() => expect(sent).toHaveLength(1), { timeout: 20_000 });
  await waitFor(() => expect(submit.textContent).toBe('上传并评估'), { timeout: 5_000 }); // no longer busy
  expect(client.uploadDataset).toHaveBeenCalledWith(expect.anything(), c.file, undefined, undefined);
  return { sent: sent[0]!, bytes };
}

/** The table's header labels and its body rows as {label: text} (value cells read from their <code>). */
function readTable(box: HTMLElement): { headers: string[]; rows: Record<string, string>[] } {
  const table = box.querySelector('table');
  if (!table) return { headers: [], rows: [] };
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => {
    const cells = [...tr.querySelectorAll('td')];
    return Object.fromEntries(headers.map((h, i) => [h, cells[i]?.textContent ?? '']));
  });
  return { headers, rows };
}

/**
 * The row of the table that shows everything the manifest names for this file's first error. The manifest quotes
 * the server's English message, which the table words from the problem's code: matched on the problem in that row.
 */
function pointedRow(rows: Record<string, string>[], c: Case, lang: 'zh' | 'en', problems?: readonly { message: string }[]): Record<string, string> | undefined {
  const [file, row, column, cell, value] = HEADERS[lang];
  return rows.find((r, i) =>
    r[file]!.startsWith(c.file) &&
    (c.row === undefined || r[row] === String(c.row)) && (c.column === undefined || r[column] === c.column) &&
    (c.cell === undefined || r[cell] === c.cell) && (c.value === undefined || r[value] === c.value) &&
    (c.message === undefined || (problems?.[i]?.message ?? '').toLowerCase().includes(c.message.toLowerCase())));
}

/** Han characters: a problem worded in Chinese has some. */
const HAN = /\p{Script=Han}/u;

function expectErrorBox(c: Case, body: ErrorBody, lang: 'zh' | 'en'): void {
  const box = screen.getByTestId('import-errors');
  const problems = body.problems ?? [];
  expect(box.querySelector('strong')!.textContent, c.file).toBe(`✗ ${errorsTitle[lang](Math.max(problems.length, 1))}`);
  // The English summary shows only when no problem is listed (the title says the rest in the interface's language).
  if (problems.length > 0) expect(box.querySelector('.data-error-message'), c.file).toBeNull();
  else expect(box.querySelector('.data-error-message')!.textContent, c.file).toBe(body.message);
  const { headers, rows } = readTable(box);
  if (problems.length === 0) {
    expect(headers, `${c.file}: no problems, no table`).toEqual([]);
    // Refused before the importer saw it (the upload limit): the headline says why.
    if (c.message !== undefined) expect(box.querySelector('.data-error-message')!.textContent, c.file).toContain(c.message);
    return;
  }
  expect(headers, c.file).toEqual(HEADERS[lang]);
  expect(rows, c.file).toHaveLength(problems.length);
  // Every problem the server named is in the table, in order, worded from its code in the interface's language.
  const cells = [...box.querySelectorAll('tbody tr td:last-child')];
  problems.forEach((p, i) => {
    const worded = importProblemText(p, lang);
    expect(worded.translated, `${c.file} row ${i}: ${p.code} ${JSON.stringify(p.params)} has a translation`).toBe(true);
    expect(rows[i]![HEADERS[lang][5]], `${c.file} row ${i}`).toBe(worded.text);
    if (lang === 'zh') expect(worded.text, `${c.file} row ${i} in Chinese`).toMatch(HAN);
    expect(cells[i]!.getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(rows[i]![HEADERS[lang][0]], `${c.file} row ${i}`).toBe(p.file ?? '—');
  });
  if ([c.row, c.column, c.cell, c.value, c.message].some((v) => v !== undefined)) {
    expect(pointedRow(rows, c, lang, problems), `${c.file} in ${lang}: ${JSON.stringify(rows)}`).toBeDefined();
  }
}

describe('bad-input corpus in the import screen', () => {
  it('lists the files it covers', () => {
    expect(errorCases.length).toBeGreaterThanOrEqual(30);
    expect(warningCases.length).toBeGreaterThanOrEqual(2);
    expect(errorCases.map((c) => c.file)).toContain('gbk-bad-value.csv');
  });

  it('every refused county file shows its error, pointing at the manifest\'s row and column, in Chinese then English', async () => {
    const failures: string[] = [];
    for (const c of errorCases) {
      try {
        const { sent, bytes } = await importThroughScreen(c);
        expect(Buffer.from(sent.bytes).equals(bytes), `${c.file}: the screen sent the file's bytes`).toBe(true);
        expect(sent.status, `${c.file}: ${JSON.stringify(sent.body).slice(0, 300)}`).toBe(c.http);
        const body = sent.body as ErrorBody;
        await screen.findByTestId('import-errors');
        expectErrorBox(c, body, 'zh');
        expect(screen.getByTestId('dataset-id').textContent, `${c.file}: nothing selected`).toBe('null');
        expect(screen.queryByTestId('evaluation-table')).toBeNull();
        expect(screen.queryByTestId('import-warnings')).toBeNull();
        fireEvent.click(screen.getByTestId('lang-switch'));
        expectErrorBox(c, body, 'en');
      } catch (e) {
        failures.push(`${c.file}: ${(e as Error).message}`);
      } finally {
        cleanup();
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('the GBK file\'s error shows the decoded Chinese header and text', async () => {
    const c = errorCases.find((x) => x.file === 'gbk-bad-value.csv')!;
    await importThroughScreen(c);
    const row = pointedRow(readTable(await screen.findByTestId('import-errors')).rows, c, 'zh')!;
    expect(row['列']).toBe('在校生数');
    expect(row['问题']).toBe('不是数字：“很多”');
    expect(row['内容']).toBe('很多');
    expect(row['单元格']).toBe('D3');
    expect(row['行']).toBe('3');
  });

  for (const c of warningCases) {
    it(`${c.file}: accepted, the warnings box lists the server's warnings and the dataset is shown`, async () => {
      const { sent } = await importThroughScreen(c);
      expect(sent.status, JSON.stringify(sent.body).slice(0, 300)).toBe(c.http);
      const detail = sent.body as DatasetDetail;
      const warnings: ImportIssue[] = detail.warnings;
      for (const code of c.codes ?? []) expect(warnings.map((w) => w.code)).toContain(code);
      await screen.findByTestId('evaluation-table');
      expect(screen.queryByTestId('import-errors')).toBeNull();
      expect(screen.getByTestId('dataset-id').textContent).toBe(String(detail.id));
      const box = screen.getByTestId('import-warnings');
      for (const lang of ['zh', 'en'] as const) {
        if (lang === 'en') fireEvent.click(screen.getByTestId('lang-switch'));
        expect(box.querySelector('summary')!.textContent).toBe(`⚠ ${warningsTitle[lang](warnings.length)}`);
        const { headers, rows } = readTable(box);
        expect(headers).toEqual(HEADERS[lang]);
        expect(rows).toHaveLength(warnings.length);
        const [file, row, column, cell, value, message] = HEADERS[lang];
        warnings.forEach((w, i) => {
          expect(rows[i]![file]!.startsWith(c.file), rows[i]![file]).toBe(true);
          expect(rows[i]![row]).toBe(w.row === undefined ? '—' : String(w.row));
          expect(rows[i]![column]).toBe(w.column ?? '—');
          expect(rows[i]![cell]).toBe(w.cell ?? '—');
          expect(rows[i]![value]).toBe(w.value === undefined || w.value === '' ? '—' : w.value);
          const worded = importProblemText(w, lang);
          expect(worded.translated, `${w.code} ${JSON.stringify(w.params)}`).toBe(true);
          expect(rows[i]![message]).toBe(worded.text);
        });
      }
      expect(within(screen.getByTestId('evaluation-table')).getAllByRole('row').length).toBeGreaterThan(c.schools!);
    }, 20_000);
  }
});
